// The Users and Groups panes clicked through as a person would, offscreen, against the emulator
// (or a real tenant). Everything created here is removed again.
#include "models/GroupListModel.h"
#include "models/InvitationBatch.h"
#include "services/session/ProfileStore.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/Confirmation.h"
#include "ui/groups/GroupDialog.h"
#include "ui/groups/GroupMemberEditor.h"
#include "ui/groups/GroupsPane.h"
#include "ui/shell/MainWindow.h"
#include "ui/users/InviteDialog.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// Answers the next message box (a modal question) with this button.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}

int paneIndex(const MainWindow &window, const QString &key)
{
    for (int index = 0; index < window.paneCount(); ++index) {
        if (window.paneKey(index) == key)
            return index;
    }
    return -1;
}

} // namespace

class TestUsersGroupsPanes : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;
    QStringList m_createdUsers;
    QStringList m_createdGroups;
    QString m_screenshots = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");

    void shoot(QWidget *widget, const QString &name)
    {
        if (!m_screenshots.isEmpty())
            widget->grab().save(m_screenshots + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    int rowOf(const UserListModel *model, const QString &email)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->row(row).email.compare(email, Qt::CaseInsensitive) == 0)
                return row;
        }
        return -1;
    }

    // Types into the search box like a person and waits for the debounced answer.
    bool search(UsersPane &pane, const QString &text)
    {
        pane.searchBox()->clear();
        QTest::keyClicks(pane.searchBox(), text);
        QTest::qWait(300);
        return QTest::qWaitFor(
            [&] { return !pane.model()->isLoading() && pane.model()->query() == text; }, 10000);
    }

    // Runs one service call and waits for its JSON answer.
    template <typename Start> QJsonObject wait(Start start)
    {
        bool done = false;
        QJsonObject answer;
        start(this, [&](const ApiResult<QJsonObject> &result) {
            if (result.ok())
                answer = result.value();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no answer");
        return answer;
    }

    QString statusOf(UsersPane &pane, int row)
    {
        return pane.model()->index(row, UserListModel::Status).data().toString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        m_session = new Session(&m_network, this);
        QSignalSpy me(m_session, &Session::meChanged);
        m_session->begin(m_environment.endpoints(), m_environment.token());
        QVERIFY(me.wait(10000));
        Confirmation::setAutomaticAnswer(true);
    }

    void cleanupTestCase()
    {
        // Whatever a failed step left behind goes away.
        for (const QString &id : std::as_const(m_createdUsers)) {
            bool done = false;
            m_session->users()->deleteUserV2(id, this, [&](const auto &) { done = true; });
            QTest::qWaitFor([&] { return done; }, 5000);
        }
        for (const QString &id : std::as_const(m_createdGroups)) {
            bool done = false;
            m_session->users()->deleteGroup(id, this, [&](const auto &) { done = true; });
            QTest::qWaitFor([&] { return done; }, 5000);
        }
        Confirmation::setAutomaticAnswer(std::nullopt);
    }

    void userLifecycle()
    {
        UsersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->rowCount() > 0; }, 10000));
        shoot(&pane, QStringLiteral("users-pane"));

        // Invite three addresses: one new, one invalid, one that is a user already.
        const QString fresh = QStringLiteral("e2e.invite.%1@example.com")
                                  .arg(QRandomGenerator::global()->bounded(1000000, 9999999));
        const QString existing = m_session->me().value(QStringLiteral("email")).toString();
        QVERIFY(!existing.isEmpty());
        pane.openInvitations();
        auto *dialog = pane.findChild<InviteDialog *>();
        QVERIFY(dialog);
        dialog->addressEdit()->setPlainText(fresh + QStringLiteral("\nnot an address\n") +
                                            existing);
        QCOMPARE(dialog->batch()->rowCount(), 3);
        QSignalSpy finished(dialog->batch(), &InvitationBatch::finished);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QAbstractItemModel *results = dialog->resultTable()->model();
        auto resultFor = [&](const QString &address) {
            for (int row = 0; row < results->rowCount(); ++row) {
                if (results->index(row, InvitationBatch::Address).data().toString() == address)
                    return results->index(row, InvitationBatch::Result).data().toString();
            }
            return QString();
        };
        QCOMPARE(resultFor(fresh), InvitationBatch::outcomeText(InvitationBatch::Outcome::Invited));
        QCOMPARE(resultFor(QStringLiteral("not an address")),
                 InvitationBatch::outcomeText(InvitationBatch::Outcome::Invalid));
        QCOMPARE(resultFor(existing),
                 InvitationBatch::outcomeText(InvitationBatch::Outcome::AlreadyUser));
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("1 invited")));
        QVERIFY(!dialog->retryButton()->isEnabled()); // nothing failed
        for (const auto &entry : dialog->batch()->entries()) {
            if (entry.address == fresh)
                m_createdUsers << entry.userId;
        }
        QCOMPARE(m_createdUsers.size(), 1);
        dialog->resize(720, 620);
        shoot(dialog, QStringLiteral("invite-dialog"));
        dialog->close();

        // The new person is listed as Pending.
        QVERIFY(search(pane, fresh));
        int row = rowOf(pane.model(), fresh);
        QVERIFY(row >= 0);
        QCOMPARE(statusOf(pane, row), QStringLiteral("Pending"));

        // Resend the invitation.
        pane.table()->selectRow(row);
        QSignalSpy actions(&pane, &UsersPane::actionFinished);
        auto *resend = pane.findChild<QPushButton *>(); // any; find by text below
        for (QPushButton *button : pane.findChildren<QPushButton *>()) {
            if (button->text() == UsersPane::tr("Resend invitation"))
                resend = button;
        }
        QVERIFY(resend->isEnabled());
        QTest::mouseClick(resend, Qt::LeftButton);
        QVERIFY(actions.wait(10000));
        QVERIFY2(pane.lastReport().contains(QStringLiteral("1 of 1 succeeded")),
                 qPrintable(pane.lastReport()));
        QVERIFY(pane.lastReport().contains(fresh));
        for (QMessageBox *box : pane.findChildren<QMessageBox *>())
            box->close();

        // Accept the invitation as the invited person would: the token from the e-mail.
        if (m_environment.isEmulator()) {
            QString token;
            for (const QJsonValue &mail : m_environment.outbox()) {
                const QJsonObject object = mail.toObject();
                if (object.value("to").toString() == fresh &&
                    object.value("kind").toString() == "user_invite")
                    token = object.value("data").toObject().value("token").toString();
            }
            QVERIFY(!token.isEmpty());
            int status = 0;
            m_environment.emulatorRequest(
                "POST", QStringLiteral("/v2/users/public/activate?token=") + token,
                QJsonDocument(QJsonObject{{"display_name", "E2E Invitee"},
                                          {"password", "Str0ng!Passw0rd-e2e"}}),
                &status);
            QCOMPARE(status, 200);
            pane.reload();
            QVERIFY(QTest::qWaitFor([&] { return !pane.model()->isLoading(); }, 10000));
            row = rowOf(pane.model(), fresh);
            QVERIFY(row >= 0);
            QCOMPARE(statusOf(pane, row), QStringLiteral("Active"));
        }

        // Edit the department and save.
        pane.table()->clearSelection();
        pane.table()->selectRow(row);
        UserDetailPanel *details = pane.details();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return details->editor()->isLoaded() &&
                       details->editor()->original().email() == fresh;
            },
            10000));
        QLineEdit *department = details->field(UserEditor::Department);
        department->clear();
        QTest::keyClicks(department, QStringLiteral("Netzbetrieb E2E"));
        QVERIFY(details->editor()->isChanged(UserEditor::Department));
        QVERIFY(!details->editor()->isChanged(UserEditor::Phone));
        QCOMPARE(details->editor()->changes().keys(), QStringList{QStringLiteral("department")});
        QVERIFY(pane.hasUnsavedChanges());
        shoot(&pane, QStringLiteral("users-pane-editing"));
        QSignalSpy saved(details->editor(), &UserEditor::saved);
        QTest::mouseClick(details->saveButton(), Qt::LeftButton);
        QVERIFY2(saved.wait(10000), qPrintable(details->messageLabel()->text()));
        QVERIFY(!pane.hasUnsavedChanges());
        QCOMPARE(pane.model()->row(rowOf(pane.model(), fresh)).department,
                 QStringLiteral("Netzbetrieb E2E"));
        bool checked = false;
        m_session->users()->getUserV2(m_createdUsers.first(), this,
                                      [&](const ApiResult<QJsonObject> &r) {
                                          QVERIFY(r.ok());
                                          QCOMPARE(r.value().value("department").toString(),
                                                   QStringLiteral("Netzbetrieb E2E"));
                                          checked = true;
                                      });
        QVERIFY(QTest::qWaitFor([&] { return checked; }, 5000));

        // Delete the person; the confirmation names them.
        const int asked = Confirmation::askedCount();
        pane.table()->selectRow(rowOf(pane.model(), fresh));
        pane.deleteSelection();
        QVERIFY(actions.wait(10000));
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        QVERIFY(pane.lastReport().contains(QStringLiteral("1 of 1 succeeded")));
        // The server keeps deleted people listed as Deleted; so does the pane, until reload.
        const int deletedRow = rowOf(pane.model(), fresh);
        QVERIFY(deletedRow >= 0);
        QCOMPARE(pane.model()->row(deletedRow).status, User::Status::Deleted);
        m_createdUsers.clear();
        for (QMessageBox *box : pane.findChildren<QMessageBox *>())
            box->close();
    }

    void conflictingSaveIsRefused()
    {
        UsersPane pane(m_session);
        pane.resize(1280, 800);
        const QString email = m_session->me().value(QStringLiteral("email")).toString();
        QVERIFY(search(pane, email));
        const int row = rowOf(pane.model(), email);
        QVERIFY(row >= 0);
        pane.table()->selectRow(row);
        UserDetailPanel *details = pane.details();
        QVERIFY(QTest::qWaitFor([&] { return details->editor()->isLoaded(); }, 10000));
        const QString before = details->editor()->original().phone();
        QTest::keyClicks(details->field(UserEditor::Phone), QStringLiteral("9"));
        // Someone else changes the phone meanwhile.
        bool done = false;
        m_session->users()->updateUserV2(details->userId(), {{"phone", "+49 30 000000"}}, this,
                                         [&](const auto &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QSignalSpy failed(details->editor(), &UserEditor::saveFailed);
        QTest::mouseClick(details->saveButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(details->messageLabel()->text().contains(UserEditor::label(UserEditor::Phone)));
        QVERIFY(details->editor()->isChanged(UserEditor::Phone)); // edits kept
        // Put the phone back.
        done = false;
        m_session->users()->updateUserV2(details->userId(), {{"phone", before}}, this,
                                         [&](const auto &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        details->revert();
    }

    // Leaving the Users page with Save while the save fails: the page, the sidebar and the edit
    // stay; a save that succeeds lets the window leave. A typed, not yet committed edit counts.
    void leavingWhileTheSaveFails()
    {
        if (!m_environment.isEmulator())
            QSKIP("Needs a user to delete: runs against the emulator.");
        QTemporaryDir settings;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
        ProfileStore profiles(settings.filePath(QStringLiteral("profiles.ini")));
        TokenStore tokens(QStringLiteral("epilot-admin-test"));
        QNetworkAccessManager windowNetwork;
        MainWindow window(&windowNetwork, &profiles, &tokens);
        window.resize(1280, 800);
        window.show();
        auto *pane = new UsersPane(m_session);
        window.replacePane(QStringLiteral("users"), pane);
        const int users = paneIndex(window, QStringLiteral("users"));
        const int groups = paneIndex(window, QStringLiteral("groups"));
        QVERIFY(users >= 0 && groups >= 0);
        QVERIFY(window.showPane(users));

        // A person the save will fail for: deleted behind the form's back.
        const QString email = QStringLiteral("e2e.leave.%1@example.com")
                                  .arg(QRandomGenerator::global()->bounded(1000000, 9999999));
        const QString id = wait([&](QObject *context, auto done) {
                               return m_session->users()->inviteUser(email, QStringLiteral("en"),
                                                                     {}, context, done);
                           })
                               .value("id")
                               .toVariant()
                               .toString();
        QVERIFY(!id.isEmpty());
        m_createdUsers << id;
        UserDetailPanel *details = pane->details();
        pane->showUser(id, email);
        QVERIFY(QTest::qWaitFor([&] { return details->editor()->original().id() == id; }, 10000));
        QVERIFY(!pane->hasUnsavedChanges());
        QTest::keyClicks(details->field(UserEditor::Department), QStringLiteral("Left behind"));
        QVERIFY(pane->hasUnsavedChanges()); // typed, the field still has the focus
        wait([&](QObject *context, auto done) {
            return m_session->users()->deleteUserV2(id, context, done);
        });
        m_createdUsers.removeAll(id);

        QSignalSpy finished(pane, &Pane::saveFinished);
        answerNextMessageBox(QMessageBox::Save);
        window.navigation()->setCurrentRow(groups);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QTest::qWait(50);
        QCOMPARE(window.currentPaneIndex(), users);
        QCOMPARE(window.navigation()->currentRow(), users);
        QCOMPARE(details->userId(), id);
        QCOMPARE(details->field(UserEditor::Department)->text(), QStringLiteral("Left behind"));
        QVERIFY(details->editor()->isChanged(UserEditor::Department));
        QVERIFY(details->messageLabel()->isError());

        // Another person, whose save succeeds: the window leaves.
        const QString me = m_session->userId();
        answerNextMessageBox(QMessageBox::Discard); // the deleted person's edit
        pane->showUser(me, m_session->me().value(QStringLiteral("email")).toString());
        QVERIFY(QTest::qWaitFor([&] { return details->editor()->original().id() == me; }, 10000));
        const QString before = details->editor()->original().department();
        QLineEdit *department = details->field(UserEditor::Department);
        department->selectAll();
        QTest::keyClicks(department, QStringLiteral("Leaving E2E"));
        QVERIFY(pane->hasUnsavedChanges());
        finished.clear();
        answerNextMessageBox(QMessageBox::Save);
        window.navigation()->setCurrentRow(groups);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QTRY_COMPARE(window.currentPaneIndex(), groups);
        QCOMPARE(window.navigation()->currentRow(), groups);
        QVERIFY(!pane->hasUnsavedChanges());
        const QJsonObject stored = wait([&](QObject *context, auto done) {
            return m_session->users()->getUserV2(me, context, done);
        });
        QCOMPARE(stored.value("department").toString(), QStringLiteral("Leaving E2E"));
        wait([&](QObject *context, auto done) {
            return m_session->users()->updateUserV2(
                me, {{"department", before.isEmpty() ? QJsonValue() : QJsonValue(before)}}, context,
                done);
        });
    }

    // A name typed in the group dialog (not committed) is an unsaved change of the Groups page;
    // the page's save saves it through the dialog.
    void groupDialogEditsCountAsUnsaved()
    {
        const QJsonObject created = wait([&](QObject *context, auto done) {
            return m_session->users()->createGroup(
                {{"name", "E2E Unsaved Base"}, {"user_ids", QJsonArray{m_session->userId()}}},
                context, done);
        });
        const QString id = created.value("id").toVariant().toString();
        QVERIFY(!id.isEmpty());
        m_createdGroups << id;
        GroupsPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        pane.showGroup(id);
        QVERIFY(QTest::qWaitFor([&] { return pane.selectedGroupId() == id; }, 10000));
        pane.editSelected();
        auto *dialog = pane.findChild<GroupDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->hasUnsavedChanges());
        QVERIFY(!pane.hasUnsavedChanges());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral(" 2"));
        QVERIFY(dialog->hasUnsavedChanges());
        QVERIFY(pane.hasUnsavedChanges());
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Backspace);
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Backspace);
        QVERIFY(!pane.hasUnsavedChanges()); // back to what was loaded
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral(" 3"));

        QSignalSpy finished(&pane, &Pane::saveFinished);
        pane.save();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!pane.hasUnsavedChanges());
        const QJsonObject stored = wait([&](QObject *context, auto done) {
            return m_session->users()->getGroup(id, false, context, done);
        });
        QCOMPARE(stored.value("name").toString(), QStringLiteral("E2E Unsaved Base 3"));
        bool deleted = false;
        m_session->users()->deleteGroup(id, this, [&](const auto &) { deleted = true; });
        QVERIFY(QTest::qWaitFor([&] { return deleted; }, 5000));
        m_createdGroups.removeAll(id);
    }

    void groupLifecycle()
    {
        GroupsPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        pane.reload();
        QVERIFY(QTest::qWaitFor([&] { return !pane.model()->isLoading(); }, 10000));

        const QString name =
            QStringLiteral("E2E Field Team %1").arg(QRandomGenerator::global()->bounded(100000));
        pane.createNew();
        auto *dialog = pane.findChild<GroupDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), name);
        QCOMPARE(dialog->abbreviationEdit()->text(), QStringLiteral("EF")); // suggested
        // Two members, picked by searching as a person would.
        GroupMemberEditor *picker = dialog->members();
        QStringList picked;
        for (const QString &query : {QStringLiteral("a"), QStringLiteral("e")}) {
            picker->searchBox()->clear();
            QSignalSpy shown(picker, &GroupMemberEditor::resultsShown);
            QTest::keyClicks(picker->searchBox(), query);
            QVERIFY(shown.wait(5000));
            QVERIFY(picker->results()->count() > 0);
            QListWidgetItem *item = picker->results()->item(0);
            QTest::mouseClick(picker->results()->viewport(), Qt::LeftButton, {},
                              picker->results()->visualItemRect(item).center());
        }
        QCOMPARE(picker->memberIds().size(), 2);
        picked = picker->memberIds();
        shoot(dialog, QStringLiteral("group-dialog"));
        QSignalSpy saved(dialog, &GroupDialog::saved);
        dialog->save();
        QVERIFY(saved.wait(10000));
        const Group created = saved.first().first().value<Group>();
        m_createdGroups << created.id();
        QCOMPARE(created.memberIds(), picked);
        QVERIFY(QTest::qWaitFor([&] { return pane.selectedGroupId() == created.id(); }, 5000));
        shoot(&pane, QStringLiteral("groups-pane"));

        // Edit the colours.
        pane.editSelected();
        auto *editor = pane.findChildren<GroupDialog *>().last();
        editor->setColour(0, QColor("#c0392b"));
        editor->setColour(1, QColor("#8e44ad"));
        QCOMPARE(editor->colourButton(0)->text(), QStringLiteral("#c0392b"));
        QSignalSpy edited(editor, &GroupDialog::saved);
        editor->save();
        QVERIFY(edited.wait(10000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const int row = pane.model()->indexOfGroup(created.id());
                return row >= 0 && pane.model()->group(row).gradientColors() ==
                                       QStringList({"#c0392b", "#8e44ad"});
            },
            5000));

        // Assign next twice: the rotation moves through both members.
        QSignalSpy advanced(&pane, &GroupsPane::assignmentAdvanced);
        QTest::mouseClick(pane.assignNextButton(), Qt::LeftButton);
        QVERIFY(advanced.wait(5000));
        const QString first = advanced.last().first().value<Group>().currentAssignee()->id();
        const QString shownFirst = pane.assigneeLabel()->text();
        QTest::mouseClick(pane.assignNextButton(), Qt::LeftButton);
        QVERIFY(advanced.wait(5000));
        const Group after = advanced.last().first().value<Group>();
        const QString second = after.currentAssignee()->id();
        QVERIFY(first != second);
        QCOMPARE(QSet<QString>({first, second}), QSet<QString>(picked.begin(), picked.end()));
        QVERIFY(pane.assigneeLabel()->text() != shownFirst);
        QCOMPARE(after.rotationOrder().first(), first); // next in line is the first again
        QVERIFY(!pane.rotationLabel()->text().isEmpty());
        shoot(&pane, QStringLiteral("groups-pane-assigned"));

        // Delete it.
        QSignalSpy deleted(&pane, &GroupsPane::groupDeleted);
        pane.deleteSelection();
        QVERIFY(deleted.wait(5000));
        QCOMPARE(pane.model()->indexOfGroup(created.id()), -1);
        m_createdGroups.clear();
    }
};

Q_DECLARE_METATYPE(Group)

QTEST_MAIN(TestUsersGroupsPanes)
#include "tst_users_groups_panes.moc"
