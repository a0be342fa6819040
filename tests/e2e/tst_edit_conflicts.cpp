// Edits never overwrite someone else's change (issue 7): the user details form and the group
// dialog against the emulator (or a real tenant), with a second client changing the same record
// behind the form's back, as a colleague in the web portal would. Everything created is removed.
#include "models/GroupListModel.h"
#include "services/network/ApiClient.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/ConflictDialog.h"
#include "ui/groups/GroupDialog.h"
#include "ui/groups/GroupMemberEditor.h"
#include "ui/groups/GroupsPane.h"
#include "ui/users/UserDetailPanel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using Resolution = FieldConflict::Resolution;

namespace {

// What a conflict dialog showed: field label -> {theirs, mine, original}.
using Shown = QHash<QString, QStringList>;

Shown shownIn(ConflictDialog &dialog)
{
    Shown shown;
    QTableWidget *table = dialog.table();
    for (int row = 0; row < table->rowCount(); ++row) {
        shown.insert(table->item(row, ConflictDialog::FieldColumn)->text(),
                     {table->item(row, ConflictDialog::TheirsColumn)->text(),
                      table->item(row, ConflictDialog::MineColumn)->text(),
                      table->item(row, ConflictDialog::BaseColumn)->text()});
    }
    return shown;
}

void typeInto(QLineEdit *line, const QString &text)
{
    line->selectAll();
    QTest::keyClicks(line, text); // replaces the selection, as typing over it does
}

} // namespace

class TestEditConflicts : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_otherNetwork;
    Session *m_session = nullptr;
    Session *m_other = nullptr; // the colleague
    QString m_userId;
    QString m_groupId;
    QString m_meId;
    QStringList m_operations; // operation ids this application's session sent
    QStringList m_methods;    // their HTTP methods, in the same order
    QString m_screenshots = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");

    // Runs one service call and waits for its JSON answer.
    template <typename Start> QJsonObject wait(Start start)
    {
        bool done = false;
        QJsonObject answer;
        start(this, [&](const ApiResult<QJsonObject> &result) {
            if (result.ok())
                answer = result.value();
            else
                qWarning() << result.error().message << result.error().serverMessage;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no answer");
        return answer;
    }

    QJsonObject theirUserChange(const QJsonObject &changes)
    {
        return wait([&](QObject *context, auto done) {
            return m_other->users()->updateUserV2(m_userId, changes, context, done);
        });
    }
    QJsonObject serverUser()
    {
        return wait([&](QObject *context, auto done) {
            return m_session->users()->getUserV2(m_userId, context, done);
        });
    }
    QJsonObject theirGroupChange(const QJsonObject &changes)
    {
        return wait([&](QObject *context, auto done) {
            return m_other->users()->updateGroup(m_groupId, changes, context, done);
        });
    }
    std::optional<Group> serverGroup()
    {
        return Group::fromJson(wait([&](QObject *context, auto done) {
            return m_session->users()->getGroup(m_groupId, true, context, done);
        }));
    }
    int sent(const QString &operationId) const { return m_operations.count(operationId); }

    // The user form with the test user loaded, department and phone as given.
    void openUser(UserDetailPanel &panel)
    {
        theirUserChange({{"department", "Base department"},
                         {"phone", "+49 30 100"},
                         {"display_name", "Conflict Test"}});
        panel.resize(900, 700);
        panel.showUser(m_userId);
        QVERIFY(QTest::qWaitFor([&] { return panel.editor()->isLoaded(); }, 10000));
        QCOMPARE(panel.field(UserEditor::Department)->text(), QStringLiteral("Base department"));
    }

    void shoot(QWidget *widget, const QString &name)
    {
        if (!m_screenshots.isEmpty())
            widget->grab().save(m_screenshots + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        m_session = new Session(&m_network, this);
        m_other = new Session(&m_otherNetwork, this);
        for (Session *session : {m_session, m_other}) {
            QSignalSpy me(session, &Session::meChanged);
            session->begin(m_environment.endpoints(), m_environment.token());
            QVERIFY(me.wait(10000));
        }
        connect(m_session->client(), &ApiClient::activity, this,
                [this](const ActivityEntry &entry) {
                    m_operations << entry.operationId;
                    m_methods << entry.method;
                });
        m_meId = m_session->userId();
        QVERIFY(!m_meId.isEmpty());
        const QString email = QStringLiteral("e2e.conflict.%1@example.com")
                                  .arg(QRandomGenerator::global()->bounded(1000000, 9999999));
        const QJsonObject invited = wait([&](QObject *context, auto done) {
            return m_session->users()->inviteUser(email, QStringLiteral("en"), {}, context, done);
        });
        m_userId = invited.value("id").toVariant().toString();
        QVERIFY2(!m_userId.isEmpty(), "inviteUser gave no id");
        const QJsonObject group = wait([&](QObject *context, auto done) {
            return m_session->users()->createGroup(
                {{"name", "E2E Conflict Base"},
                 {"abbreviation", "CB"},
                 {"user_ids", QJsonArray{m_meId}},
                 {"image_uri", QJsonObject{{"gradient_colors", QJsonArray{"#0588f0", "#3358d4"}}}}},
                context, done);
        });
        m_groupId = group.value("id").toVariant().toString();
        QVERIFY2(!m_groupId.isEmpty(), "createGroup gave no id");
    }

    void cleanup() { ConflictDialog::setAutomaticAnswer({}); }

    void cleanupTestCase()
    {
        if (!m_userId.isEmpty())
            wait([&](QObject *context, auto done) {
                return m_session->users()->deleteUserV2(m_userId, context, done);
            });
        if (!m_groupId.isEmpty()) {
            bool done = false;
            m_session->users()->deleteGroup(m_groupId, this, [&](const auto &) { done = true; });
            QTest::qWaitFor([&] { return done; }, 5000);
        }
    }

    // The real dialog, found and clicked as a person would: keep theirs.
    void userKeepTheirs()
    {
        UserDetailPanel panel(m_session);
        openUser(panel);
        typeInto(panel.field(UserEditor::Department), QStringLiteral("My department"));
        typeInto(panel.field(UserEditor::SecondaryPhone), QStringLiteral("+49 30 999"));
        theirUserChange({{"department", "Their department"}});

        QSignalSpy failed(panel.editor(), &UserEditor::saveFailed);
        const int updates = sent("updateUserV2");
        QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(panel.messageLabel()->text().contains(UserEditor::label(UserEditor::Department)));
        auto *dialog = panel.findChild<ConflictDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const Shown shown = shownIn(*dialog);
        QCOMPARE(shown.value(UserEditor::label(UserEditor::Department)),
                 (QStringList{"Their department", "My department", "Base department"}));
        // My edit of a field they did not touch is listed too, with nothing to choose.
        QCOMPARE(shown.value(UserEditor::label(UserEditor::SecondaryPhone)).value(1),
                 QStringLiteral("+49 30 999"));
        QVERIFY(!dialog->choiceBox(UserEditor::key(UserEditor::SecondaryPhone)));
        QVERIFY(dialog->introLabel()->text().contains(UserEditor::label(UserEditor::Department)));
        dialog->resize(900, 400);
        shoot(dialog, QStringLiteral("conflict-dialog-user"));
        QTest::mouseClick(dialog->keepTheirsButton(), Qt::LeftButton);

        // The form shows theirs; my other edit stays, marked, unsaved; nothing was sent.
        QCOMPARE(panel.field(UserEditor::Department)->text(), QStringLiteral("Their department"));
        QVERIFY(!panel.editor()->isChanged(UserEditor::Department));
        QCOMPARE(panel.field(UserEditor::SecondaryPhone)->text(), QStringLiteral("+49 30 999"));
        QVERIFY(panel.editor()->isChanged(UserEditor::SecondaryPhone));
        QVERIFY(panel.saveButton()->isEnabled());
        QVERIFY(panel.messageLabel()->text().contains(UserEditor::label(UserEditor::Department)));
        shoot(&panel, QStringLiteral("conflict-user-kept-theirs"));
        QCOMPARE(sent("updateUserV2"), updates);
        const QJsonObject server = serverUser();
        QCOMPARE(server.value("department").toString(), QStringLiteral("Their department"));
        QVERIFY(server.value("secondary_phone").toString() != QStringLiteral("+49 30 999"));

        // Saving now sends my remaining edit and keeps theirs.
        QSignalSpy saved(panel.editor(), &UserEditor::saved);
        QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        const QJsonObject after = serverUser();
        QCOMPARE(after.value("department").toString(), QStringLiteral("Their department"));
        QCOMPARE(after.value("secondary_phone").toString(), QStringLiteral("+49 30 999"));
        theirUserChange({{"secondary_phone", QJsonValue()}});
    }

    void userOverwrite()
    {
        UserDetailPanel panel(m_session);
        openUser(panel);
        typeInto(panel.field(UserEditor::Department), QStringLiteral("My department"));
        theirUserChange({{"department", "Their department"}});
        Shown shown;
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &dialog) {
            shown = shownIn(dialog);
            dialog.overwriteButton()->click();
        });
        const int asked = ConflictDialog::askedCount();
        QSignalSpy saved(panel.editor(), &UserEditor::saved);
        QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QCOMPARE(shown.value(UserEditor::label(UserEditor::Department)),
                 (QStringList{"Their department", "My department", "Base department"}));
        QCOMPARE(serverUser().value("department").toString(), QStringLiteral("My department"));
        QCOMPARE(panel.field(UserEditor::Department)->text(), QStringLiteral("My department"));
        QVERIFY(!panel.hasUnsavedChanges());
    }

    void userMergeByField()
    {
        UserDetailPanel panel(m_session);
        openUser(panel);
        typeInto(panel.field(UserEditor::Department), QStringLiteral("My department"));
        typeInto(panel.field(UserEditor::Phone), QStringLiteral("+49 30 111"));
        theirUserChange({{"department", "Their department"}, {"phone", "+49 30 222"}});
        Shown shown;
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &dialog) {
            shown = shownIn(dialog);
            dialog.choiceBox(UserEditor::key(UserEditor::Department))->setCurrentIndex(1); // mine
            dialog.choiceBox(UserEditor::key(UserEditor::Phone))->setCurrentIndex(0);      // theirs
            QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
        });
        QSignalSpy saved(panel.editor(), &UserEditor::saved);
        QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(shown.value(UserEditor::label(UserEditor::Phone)),
                 (QStringList{"+49 30 222", "+49 30 111", "+49 30 100"}));
        const QJsonObject server = serverUser();
        QCOMPARE(server.value("department").toString(), QStringLiteral("My department"));
        QCOMPARE(server.value("phone").toString(), QStringLiteral("+49 30 222"));
        QCOMPARE(panel.field(UserEditor::Phone)->text(), QStringLiteral("+49 30 222"));
    }

    // Cancel: the form stays as it was, unsaved; the server keeps theirs.
    void userCancelKeepsTheForm()
    {
        UserDetailPanel panel(m_session);
        openUser(panel);
        typeInto(panel.field(UserEditor::Department), QStringLiteral("My department"));
        theirUserChange({{"department", "Their department"}});
        ConflictDialog::setAutomaticAnswer(
            [](ConflictDialog &dialog) { QTest::keyClick(&dialog, Qt::Key_Escape); });
        const int updates = sent("updateUserV2");
        QSignalSpy failed(panel.editor(), &UserEditor::saveFailed);
        QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QTest::qWait(100); // the answer arrives on the next turn of the event loop
        QVERIFY(!panel.findChild<ConflictDialog *>() ||
                !panel.findChild<ConflictDialog *>()->isVisible());
        QCOMPARE(panel.field(UserEditor::Department)->text(), QStringLiteral("My department"));
        QVERIFY(panel.editor()->isChanged(UserEditor::Department));
        QVERIFY(panel.messageLabel()->text().contains(UserEditor::label(UserEditor::Department)));
        QCOMPARE(sent("updateUserV2"), updates);
        QCOMPARE(serverUser().value("department").toString(), QStringLiteral("Their department"));
    }

    // Someone changes the field again while the dialog is open: asked a second time.
    void userChangedAgainWhileDeciding()
    {
        UserDetailPanel panel(m_session);
        openUser(panel);
        typeInto(panel.field(UserEditor::Department), QStringLiteral("My department"));
        theirUserChange({{"department", "Their department"}});
        QList<Shown> shown;
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &dialog) {
            shown << shownIn(dialog);
            if (shown.size() == 1)
                theirUserChange({{"department", "Their second department"}});
            dialog.overwriteButton()->click();
        });
        QSignalSpy saved(panel.editor(), &UserEditor::saved);
        QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(1).value(UserEditor::label(UserEditor::Department)),
                 (QStringList{"Their second department", "My department", "Their department"}));
        QCOMPARE(serverUser().value("department").toString(), QStringLiteral("My department"));
    }

    // They changed another field: saved without a question, and their change survives.
    void userDifferentFieldIsKept()
    {
        UserDetailPanel panel(m_session);
        openUser(panel);
        typeInto(panel.field(UserEditor::Department), QStringLiteral("My department"));
        theirUserChange({{"phone", "+49 30 333"}});
        const int asked = ConflictDialog::askedCount();
        QSignalSpy saved(panel.editor(), &UserEditor::saved);
        QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(ConflictDialog::askedCount(), asked);
        const QJsonObject server = serverUser();
        QCOMPARE(server.value("department").toString(), QStringLiteral("My department"));
        QCOMPARE(server.value("phone").toString(), QStringLiteral("+49 30 333"));
        QCOMPARE(panel.field(UserEditor::Phone)->text(), QStringLiteral("+49 30 333"));
    }

    // The group dialog, real dialog clicked: keep theirs.
    void groupKeepTheirs()
    {
        theirGroupChange({{"name", "E2E Conflict Base"}, {"abbreviation", "CB"}});
        const auto loaded = serverGroup();
        QVERIFY(loaded);
        GroupDialog dialog(m_session, *loaded, {});
        typeInto(dialog.nameEdit(), QStringLiteral("E2E Conflict Mine"));
        theirGroupChange({{"name", "E2E Conflict Theirs"}});
        const int updates = sent("updateGroup");
        QPushButton *save = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == GroupDialog::tr("Save"))
                save = button;
        }
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        ConflictDialog *conflict = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (conflict = dialog.findChild<ConflictDialog *>()) != nullptr; }, 10000));
        const Shown shown = shownIn(*conflict);
        QCOMPARE(shown.value(QCoreApplication::translate("GroupDraft", "Name")),
                 (QStringList{"E2E Conflict Theirs", "E2E Conflict Mine", "E2E Conflict Base"}));
        QVERIFY(dialog.messageLabel()->text().contains(
            QCoreApplication::translate("GroupDraft", "Name")));
        conflict->resize(900, 400);
        shoot(conflict, QStringLiteral("conflict-dialog-group"));
        QTest::mouseClick(conflict->keepTheirsButton(), Qt::LeftButton);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("E2E Conflict Theirs"));
        QCOMPARE(dialog.result(), 0); // still open, nothing saved
        QCOMPARE(sent("updateGroup"), updates);
        QCOMPARE(serverGroup()->name(), QStringLiteral("E2E Conflict Theirs"));
    }

    // From the Groups page: after "Keep theirs" the list and the open group show their version
    // at once (no reload), and nothing is written.
    void groupKeepTheirsInPane()
    {
        theirGroupChange({{"name", "E2E Conflict Base"}, {"user_ids", QJsonArray{m_meId}}});
        GroupsPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->rowCount() > 0; }, 10000));
        pane.showGroup(m_groupId);
        QVERIFY(QTest::qWaitFor([&] { return pane.selectedGroupId() == m_groupId; }, 10000));
        const auto cell = [&](int column) {
            return pane.model()->index(pane.model()->indexOfGroup(m_groupId), column).data();
        };
        QCOMPARE(cell(GroupListModel::Name).toString(), QStringLiteral("E2E Conflict Base"));
        pane.editSelected();
        auto *dialog = pane.findChild<GroupDialog *>();
        QVERIFY(dialog);
        typeInto(dialog->nameEdit(), QStringLiteral("E2E Conflict Mine"));
        theirGroupChange(
            {{"name", "E2E Conflict Theirs"}, {"user_ids", QJsonArray{m_meId, m_userId}}});

        const qsizetype before = m_methods.size();
        bool answered = false;
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &conflict) {
            conflict.keepTheirsButton()->click();
            answered = true;
        });
        QPushButton *save = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == GroupDialog::tr("Save"))
                save = button;
        }
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));

        // At once: the row, the details beside it and the dialog show their version.
        QCOMPARE(cell(GroupListModel::Name).toString(), QStringLiteral("E2E Conflict Theirs"));
        QCOMPARE(cell(GroupListModel::Members).toInt(), 2);
        QCOMPARE(pane.membersLabel()->text().count(QStringLiteral("<a ")), 2);
        QCOMPARE(pane.selectedGroupId(), m_groupId);
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("E2E Conflict Theirs"));
        QCOMPARE(dialog->members()->memberIds(), (QStringList{m_meId, m_userId}));
        QVERIFY(dialog->isVisible()); // still open, nothing saved
        shoot(&pane, QStringLiteral("conflict-group-kept-theirs-pane"));
        shoot(dialog, QStringLiteral("conflict-group-kept-theirs-dialog"));
        QTest::qWait(300); // a write would have been answered by now
        for (const QString &method : m_methods.mid(before))
            QVERIFY2(method == QLatin1String("GET"), qPrintable(method));
        dialog->reject();
    }

    void groupOverwrite()
    {
        theirGroupChange({{"name", "E2E Conflict Base"}});
        GroupDialog dialog(m_session, *serverGroup(), {});
        typeInto(dialog.nameEdit(), QStringLiteral("E2E Conflict Mine"));
        theirGroupChange({{"name", "E2E Conflict Theirs"}});
        Shown shown;
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &conflict) {
            shown = shownIn(conflict);
            conflict.overwriteButton()->click();
        });
        QSignalSpy saved(&dialog, &GroupDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(shown.value(QCoreApplication::translate("GroupDraft", "Name")).value(0),
                 QStringLiteral("E2E Conflict Theirs"));
        QCOMPARE(serverGroup()->name(), QStringLiteral("E2E Conflict Mine"));
    }

    void groupMergeByField()
    {
        theirGroupChange({{"name", "E2E Conflict Base"}, {"abbreviation", "CB"}});
        GroupDialog dialog(m_session, *serverGroup(), {});
        typeInto(dialog.nameEdit(), QStringLiteral("E2E Conflict Mine"));
        typeInto(dialog.abbreviationEdit(), QStringLiteral("CM"));
        theirGroupChange({{"name", "E2E Conflict Theirs"}, {"abbreviation", "CT"}});
        Shown shown;
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &conflict) {
            shown = shownIn(conflict);
            conflict.choiceBox("name")->setCurrentIndex(1);         // mine
            conflict.choiceBox("abbreviation")->setCurrentIndex(0); // theirs
            conflict.mergeButton()->click();
        });
        QSignalSpy saved(&dialog, &GroupDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(shown.value(QCoreApplication::translate("GroupDraft", "Abbreviation")),
                 (QStringList{"CT", "CM", "CB"}));
        const auto server = serverGroup();
        QCOMPARE(server->name(), QStringLiteral("E2E Conflict Mine"));
        QCOMPARE(server->abbreviation(), QStringLiteral("CT"));
    }

    // They changed the colours and the members; I renamed it: no question, nothing of theirs lost.
    void groupDifferentFieldIsKept()
    {
        theirGroupChange({{"name", "E2E Conflict Base"}});
        GroupDialog dialog(m_session, *serverGroup(), {});
        typeInto(dialog.nameEdit(), QStringLiteral("E2E Conflict Mine"));
        const QStringList colours{"#12a594", "#0d74ce"};
        theirGroupChange(
            {{"image_uri", QJsonObject{{"gradient_colors", QJsonArray::fromStringList(colours)}}},
             {"user_ids", QJsonArray{m_meId, m_userId}}});
        const int asked = ConflictDialog::askedCount();
        QSignalSpy saved(&dialog, &GroupDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(ConflictDialog::askedCount(), asked);
        const auto server = serverGroup();
        QCOMPARE(server->name(), QStringLiteral("E2E Conflict Mine"));
        QCOMPARE(server->gradientColors(), colours);
        QCOMPARE(server->memberIds(), (QStringList{m_meId, m_userId}));
    }

    // A members conflict shows people, not ids.
    void groupMembersConflictNamesPeople()
    {
        theirGroupChange({{"user_ids", QJsonArray{m_meId}}});
        GroupDialog dialog(m_session, *serverGroup(), {});
        dialog.members()->setMemberIds({}); // I remove everyone
        theirGroupChange({{"user_ids", QJsonArray{m_meId, m_userId}}});
        Shown shown;
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &conflict) {
            shown = shownIn(conflict);
            conflict.keepTheirsButton()->click();
        });
        dialog.save();
        QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 10000));
        const QStringList members =
            shown.value(QCoreApplication::translate("GroupDraft", "Members"));
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.at(1), FieldConflict::displayText(QJsonValue())); // mine: nobody
        QVERIFY2(!members.at(0).contains(m_meId) && !members.at(0).contains(m_userId),
                 qPrintable(members.at(0)));
        QCOMPARE(dialog.members()->memberIds(), (QStringList{m_meId, m_userId}));
        QCOMPARE(serverGroup()->memberIds(), (QStringList{m_meId, m_userId}));
    }
};

QTEST_MAIN(TestEditConflicts)
#include "tst_edit_conflicts.moc"
