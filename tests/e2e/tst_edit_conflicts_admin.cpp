// Edit conflicts in the organization editor and its settings: the form is loaded, a colleague
// (a second client) changes the same record, the save re-fetches, finds the change and asks;
// keep theirs / overwrite / merge are each checked on the server, and a colleague's change to
// another field survives. Runs against the emulator (or a real tenant) and restores the values.
#include "domain/common/FieldConflict.h"
#include "domain/grants/Grant.h"
#include "domain/partners/Role.h"
#include "services/api/AccountService.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/account/MyAccountPane.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/JsonEditor.h"
#include "ui/organization/OrganizationPane.h"
#include "ui/partners/PartnerUsersRolesPane.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <functional>
#include <memory>

namespace {

const int timeout = 15000;

// EPILOT_SCREENSHOT_DIR set: the dialog as the administrator sees it, kept to look at.
void shoot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    widget->resize(900, 420);
    widget->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class EditConflictsAdminTest : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;   // the form's
    Session *m_colleague = nullptr; // another client on the same organization
    QJsonObject m_before;           // the organization before the test

    template <typename T, typename Start> std::optional<T> call(Start start)
    {
        std::optional<ApiResult<T>> outcome;
        start([&outcome](const ApiResult<T> &result) { outcome.emplace(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, timeout) || !outcome->ok())
            return std::nullopt;
        return outcome->value();
    }

    QJsonObject serverOrganization()
    {
        return call<QJsonObject>([&](auto done) {
                   m_colleague->organizations()->getOrganization(m_session->organizationId(), this,
                                                                 done);
               })
            .value_or(QJsonObject());
    }

    bool colleagueChanges(const QJsonObject &changes)
    {
        return call<QJsonObject>([&](auto done) {
                   m_colleague->organizations()->updateOrganization(m_session->organizationId(),
                                                                    changes, this, done);
               })
            .has_value();
    }

    QJsonValue serverSetting(const QString &key)
    {
        return call<QJsonObject>([&](auto done) {
                   m_colleague->organizations()->getSettings(m_session->organizationId(), this,
                                                             done);
               })
            .value_or(QJsonObject())
            .value(key);
    }

    bool colleaguePuts(const QString &key, const QByteArray &json)
    {
        std::optional<bool> ok;
        m_colleague->organizations()->putSettingsValue(
            m_session->organizationId(), key, json, this,
            [&ok](const ApiResult<void> &result) { ok = result.ok(); });
        return QTest::qWaitFor([&] { return ok.has_value(); }, timeout) && *ok;
    }

    void loadPane(OrganizationPane &pane)
    {
        pane.resize(1280, 800);
        pane.show();
        QSignalSpy loaded(&pane, &OrganizationPane::loaded);
        pane.reload();
        QVERIFY(loaded.wait(timeout));
        QVERIFY(QTest::qWaitFor([&] { return !pane.settings().isEmpty(); }, timeout));
    }

    // What the conflict dialogs showed: how often one was asked and, per row, the three columns
    // (theirs, mine, the original), so a case can assert that the conflict was really detected.
    struct Shown
    {
        int asked = 0;
        QList<QStringList> rows;
        // A row whose theirs, mine and original columns contain these texts.
        bool has(const QString &theirs, const QString &mine, const QString &original) const
        {
            return std::any_of(rows.cbegin(), rows.cend(), [&](const QStringList &row) {
                return row.at(0).contains(theirs) && row.at(1).contains(mine) &&
                       row.at(2).contains(original);
            });
        }
        QString describe() const
        {
            QStringList lines;
            for (const QStringList &row : rows)
                lines << row.join(QStringLiteral(" | "));
            return QStringLiteral("asked %1 time(s): %2").arg(asked).arg(lines.join("; "));
        }
    };
    static std::shared_ptr<Shown> answerWith(std::function<void(ConflictDialog &)> click)
    {
        auto shown = std::make_shared<Shown>();
        ConflictDialog::setAutomaticAnswer([shown, click](ConflictDialog &dialog) {
            ++shown->asked;
            QTableWidget *table = dialog.table();
            for (int row = 0; row < table->rowCount(); ++row)
                shown->rows << QStringList{table->item(row, ConflictDialog::TheirsColumn)->text(),
                                           table->item(row, ConflictDialog::MineColumn)->text(),
                                           table->item(row, ConflictDialog::BaseColumn)->text()};
            click(dialog);
        });
        return shown;
    }

    static void edit(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        for (Session **session : {&m_session, &m_colleague}) {
            *session = new Session(&m_network, this);
            QSignalSpy me(*session, &Session::meChanged);
            (*session)->begin(m_environment.endpoints(), m_environment.token());
            QVERIFY(me.wait(timeout));
        }
        m_before = serverOrganization();
        QVERIFY(!m_before.isEmpty());
    }

    void cleanup() { ConflictDialog::setAutomaticAnswer({}); }

    void userSettingConflict()
    {
        AccountService colleague(m_colleague->client());
        const QString scope = QStringLiteral("e2e_conflicts");
        const QString key = "k" + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        auto put = [&](const QByteArray &json) {
            return call<QJsonObject>(
                       [&](auto done) { colleague.putUserSetting(scope, key, json, this, done); })
                .has_value();
        };
        auto onServer = [&] {
            return call<QJsonObject>(
                       [&](auto done) { colleague.getUserSetting(scope, key, this, done); })
                .value_or(QJsonObject())
                .value("value")
                .toObject();
        };
        auto json = [](const char *text) { return QJsonDocument::fromJson(text).object(); };
        MyAccountPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        pane.tabs()->setCurrentIndex(1);
        QVERIFY(put(R"({"v":1})"));
        auto openEditSave = [&](const QByteArray &theirs, const QString &mine) {
            QSignalSpy opened(&pane, &MyAccountPane::userSettingLoaded);
            pane.openUserSetting(scope, key);
            QVERIFY(opened.wait(timeout));
            pane.settingEditor()->setText(mine);
            QVERIFY(put(theirs));
            pane.putUserSetting();
        };

        ConflictDialog::setAutomaticAnswer(
            [](ConflictDialog &dialog) { dialog.keepTheirsButton()->click(); });
        QSignalSpy failed(&pane, &MyAccountPane::userSettingFailed);
        openEditSave(R"({"v":2})", R"({"v":3})");
        QVERIFY(failed.wait(timeout));
        QTRY_COMPARE_WITH_TIMEOUT(pane.settingEditor()->value().toObject(), json(R"({"v":2})"),
                                  timeout);
        QCOMPARE(onServer(), json(R"({"v":2})"));

        auto shown = answerWith([](ConflictDialog &dialog) { dialog.overwriteButton()->click(); });
        openEditSave(R"({"v":4})", R"({"v":5})");
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), json(R"({"v":5})"), timeout);
        QVERIFY2(shown->asked == 1 && shown->has(R"("v":4)", R"("v":5)", R"("v":2)"),
                 qPrintable(shown->describe()));

        shown = answerWith([&](ConflictDialog &dialog) {
            dialog.choiceBox(key)->setCurrentIndex(1);
            dialog.mergeButton()->click();
        });
        openEditSave(R"({"v":6})", R"({"v":7})");
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), json(R"({"v":7})"), timeout);
        QVERIFY2(shown->asked == 1 && shown->has(R"("v":6)", R"("v":7)", R"("v":5)"),
                 qPrintable(shown->describe()));

        call<QJsonObject>([&](auto done) {
            colleague.deleteUserSetting(scope, key, this,
                                        [done](const ApiResult<void> &) { done(QJsonObject()); });
        });
    }

    void roleConflict()
    {
        Confirmation::setAutomaticAnswer(true);
        RoleReviewDialog::setAutomaticAnswer(true);
        PartnerUsersRolesPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        auto reload = [&] {
            QSignalSpy loaded(&pane, &PartnerUsersRolesPane::loaded);
            pane.reload();
            return loaded.wait(timeout) && QTest::qWaitFor([&] { return !pane.isBusy(); }, timeout);
        };
        QVERIFY(reload());
        const QString organization = pane.partnerOrganizationId();
        QVERIFY(!organization.isEmpty());
        auto grant = [](const char *action) {
            return Grant::fromJson(QJsonObject{{"action", action},
                                               {"resource", "entity:*:opportunity:*"},
                                               {"effect", "allow"}})
                .value();
        };
        const QString slug =
            "e2e_conflict_" + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        const auto created = call<QJsonObject>([&](auto done) {
            m_colleague->partners()->createPartnerRole(
                organization, Role::create("E2E conflict", slug, {grant("entity-read")}).payload(),
                this, done);
        });
        QVERIFY(created);
        const QString id = created->value("id").toString();
        auto onServer = [&] {
            const auto roles = call<QJsonArray>([&](auto done) {
                m_colleague->partners()->getPartnerRoles(organization, this, done);
            });
            for (const QJsonValue &value : roles.value_or(QJsonArray())) {
                if (value["id"].toString() == id)
                    return Role::fromJson(value.toObject()).value_or(Role());
            }
            return Role();
        };
        RoleEditor *editor = pane.roleEditor();
        auto openAndRename = [&](const QString &mine) {
            QVERIFY(reload());
            pane.selectRole(id);
            QCOMPARE(editor->loadedRole().id(), id);
            editor->nameEdit()->setFocus();
            editor->nameEdit()->selectAll();
            QTest::keyClicks(editor->nameEdit(), mine);
            emit editor->nameEdit()->editingFinished();
            QCOMPARE(editor->draft().name, mine);
        };
        auto theyChange = [&](const QString &name, const QList<Grant> &grants) {
            Role theirs = onServer();
            theirs.setName(name);
            if (!grants.isEmpty())
                theirs.setGrants(grants);
            QVERIFY(call<QJsonObject>([&](auto done) {
                m_colleague->partners()->updatePartnerRole(organization, id, theirs.payload(), this,
                                                           done);
            }));
        };

        // Keep theirs: their name in the editor and on the server; both versions were shown.
        openAndRename("Mine 1");
        theyChange("Theirs 1", {});
        QString shownTheirs, shownMine;
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &dialog) {
            const int row = dialog.rowOf("name");
            shownTheirs = dialog.table()->item(row, ConflictDialog::TheirsColumn)->text();
            shownMine = dialog.table()->item(row, ConflictDialog::MineColumn)->text();
            shoot(&dialog, QStringLiteral("conflict-role"));
            dialog.keepTheirsButton()->click();
        });
        const int asked = ConflictDialog::askedCount();
        pane.saveRole();
        QVERIFY(
            QTest::qWaitFor([&] { return ConflictDialog::askedCount() == asked + 1; }, timeout));
        QVERIFY(QTest::qWaitFor([&] { return !shownTheirs.isEmpty(); }, timeout));
        QCOMPARE(shownTheirs, QString("Theirs 1"));
        QCOMPARE(shownMine, QString("Mine 1"));
        QTRY_COMPARE_WITH_TIMEOUT(editor->nameEdit()->text(), QString("Theirs 1"), timeout);
        QCOMPARE(onServer().name(), QString("Theirs 1"));

        // Overwrite: mine on the server.
        openAndRename("Mine 2");
        theyChange("Theirs 2", {});
        auto shown = answerWith([](ConflictDialog &dialog) { dialog.overwriteButton()->click(); });
        QSignalSpy saved(&pane, &PartnerUsersRolesPane::roleSaved);
        pane.saveRole();
        QVERIFY2(saved.wait(timeout), qPrintable(pane.statusLabel()->text()));
        QCOMPARE(onServer().name(), QString("Mine 2"));
        QVERIFY2(shown->asked == 1 && shown->has("Theirs 2", "Mine 2", "Theirs 1"),
                 qPrintable(shown->describe()));

        // Merge: my name, and their new grant (a change to another field) survives.
        openAndRename("Mine 3");
        theyChange("Theirs 3", {grant("entity-read"), grant("entity-update")});
        shown = answerWith([](ConflictDialog &dialog) {
            QVERIFY(dialog.choiceBox("name"));
            QVERIFY(!dialog.choiceBox("grants")); // only they changed the grants
            dialog.choiceBox("name")->setCurrentIndex(1);
            dialog.mergeButton()->click();
        });
        pane.saveRole();
        QVERIFY2(saved.wait(timeout), qPrintable(pane.statusLabel()->text()));
        QVERIFY2(shown->asked == 1 && shown->has("Theirs 3", "Mine 3", "Mine 2"),
                 qPrintable(shown->describe()));
        const Role merged = onServer();
        QCOMPARE(merged.name(), QString("Mine 3"));
        QCOMPARE(merged.grants().size(), 2);

        std::optional<bool> deleted;
        m_colleague->partners()->deletePartnerRole(
            organization, id, this, [&](const ApiResult<void> &r) { deleted = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return deleted.has_value(); }, timeout));
        Confirmation::setAutomaticAnswer(std::nullopt);
        RoleReviewDialog::setAutomaticAnswer(std::nullopt);
    }

    void cleanupTestCase()
    {
        QJsonObject restore;
        for (const char *key : {"phone", "email", "website", "address"})
            restore.insert(key, m_before.value(key));
        colleagueChanges(restore);
    }

    void organizationKeepTheirs()
    {
        OrganizationPane pane(m_session);
        loadPane(pane);
        edit(pane.field("phone"), "+49 333 000");
        edit(pane.field("address.city"), "Mine-City");
        QVERIFY(
            colleagueChanges({{"phone", "+49 111 000"}, {"website", "https://theirs.example"}}));

        QStringList shownTheirs, shownMine;
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &dialog) {
            const int row = dialog.rowOf("phone");
            shownTheirs << dialog.table()->item(row, ConflictDialog::TheirsColumn)->text();
            shownMine << dialog.table()->item(row, ConflictDialog::MineColumn)->text();
            shoot(&dialog, QStringLiteral("conflict-organization"));
            dialog.keepTheirsButton()->click();
        });
        const int asked = ConflictDialog::askedCount();
        QSignalSpy failed(&pane, &OrganizationPane::saveFailed);
        pane.save();
        QVERIFY(failed.wait(timeout));
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        // The dialog is answered on the next turn of the event loop.
        QVERIFY(QTest::qWaitFor([&] { return !shownTheirs.isEmpty(); }, timeout));
        QCOMPARE(shownTheirs, QStringList{"+49 111 000"});
        QCOMPARE(shownMine, QStringList{"+49 333 000"});
        // Theirs in the form, my other edit kept (unsent), the server untouched by us.
        QTRY_COMPARE_WITH_TIMEOUT(pane.field("phone")->text(), QString("+49 111 000"), timeout);
        QCOMPARE(pane.field("website")->text(), QString("https://theirs.example"));
        QCOMPARE(pane.field("address.city")->text(), QString("Mine-City"));
        const QJsonObject server = serverOrganization();
        QCOMPARE(server.value("phone").toString(), QString("+49 111 000"));
        QVERIFY(server.value("address").toObject().value("city").toString() != "Mine-City");
        // Saving now sends only the city and keeps their website.
        QSignalSpy saved(&pane, &OrganizationPane::saved);
        pane.save();
        QVERIFY2(saved.wait(timeout), qPrintable(pane.statusLabel()->text()));
        const QJsonObject after = serverOrganization();
        QCOMPARE(after.value("address").toObject().value("city").toString(), QString("Mine-City"));
        QCOMPARE(after.value("website").toString(), QString("https://theirs.example"));
        QCOMPARE(after.value("phone").toString(), QString("+49 111 000"));
    }

    void organizationOverwrite()
    {
        OrganizationPane pane(m_session);
        loadPane(pane);
        const QString loadedPhone = pane.field("phone")->text();
        edit(pane.field("phone"), "+49 333 111");
        QVERIFY(colleagueChanges({{"phone", "+49 111 111"}, {"website", "https://other.example"}}));
        auto shown = answerWith([](ConflictDialog &dialog) { dialog.overwriteButton()->click(); });
        QSignalSpy saved(&pane, &OrganizationPane::saved);
        pane.save();
        QVERIFY2(saved.wait(timeout), qPrintable(pane.statusLabel()->text()));
        const QJsonObject server = serverOrganization();
        QCOMPARE(server.value("phone").toString(), QString("+49 333 111"));
        QVERIFY2(shown->asked == 1 && shown->has("+49 111 111", "+49 333 111", loadedPhone),
                 qPrintable(shown->describe()));
        // Their change to another field survives the overwrite.
        QCOMPARE(server.value("website").toString(), QString("https://other.example"));
        QCOMPARE(pane.field("website")->text(), QString("https://other.example"));
    }

    void organizationMergeByField()
    {
        OrganizationPane pane(m_session);
        loadPane(pane);
        const QString loadedPhone = pane.field("phone")->text();
        edit(pane.field("phone"), "+49 333 222");
        edit(pane.field("email"), "mine@example.com");
        QVERIFY(colleagueChanges({{"phone", "+49 111 222"}, {"email", "theirs@example.com"}}));
        auto shown = answerWith([](ConflictDialog &dialog) {
            QVERIFY(dialog.choiceBox("phone"));
            QVERIFY(dialog.choiceBox("email"));
            dialog.choiceBox("phone")->setCurrentIndex(1); // mine
            dialog.choiceBox("email")->setCurrentIndex(0); // theirs
            dialog.mergeButton()->click();
        });
        QSignalSpy saved(&pane, &OrganizationPane::saved);
        pane.save();
        QVERIFY2(saved.wait(timeout), qPrintable(pane.statusLabel()->text()));
        QVERIFY2(shown->asked == 1 && shown->has("+49 111 222", "+49 333 222", loadedPhone) &&
                     shown->has("theirs@example.com", "mine@example.com", ""),
                 qPrintable(shown->describe()));
        const QJsonObject server = serverOrganization();
        QCOMPARE(server.value("phone").toString(), QString("+49 333 222"));
        QCOMPARE(server.value("email").toString(), QString("theirs@example.com"));
        QCOMPARE(pane.field("email")->text(), QString("theirs@example.com"));
    }

    void settingConflict()
    {
        const QString key =
            "e2e_conflict_" + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        const QString other = key + "_other";
        QVERIFY(colleaguePuts(key, R"({"value":1})"));
        QVERIFY(colleaguePuts(other, R"({"value":1})"));
        OrganizationPane pane(m_session);
        loadPane(pane);
        pane.tabs()->setCurrentIndex(1);
        auto editAndSave = [&](const QByteArray &theirs, const QString &mine) {
            QVERIFY(pane.selectSetting(key));
            pane.settingEditor()->setText(mine);
            QVERIFY(colleaguePuts(key, theirs));
            pane.saveSetting();
        };
        auto json = [](const char *text) { return QJsonDocument::fromJson(text).object(); };

        // Keep theirs: nothing sent, their value in the editor.
        ConflictDialog::setAutomaticAnswer(
            [](ConflictDialog &dialog) { dialog.keepTheirsButton()->click(); });
        QSignalSpy failed(&pane, &OrganizationPane::settingFailed);
        editAndSave(R"({"value":2})", R"({"value":3})");
        QVERIFY(failed.wait(timeout));
        QTRY_COMPARE_WITH_TIMEOUT(pane.settingEditor()->value().toObject(), json(R"({"value":2})"),
                                  timeout);
        QCOMPARE(serverSetting(key).toObject(), json(R"({"value":2})"));

        // Overwrite: mine on the server.
        auto shown = answerWith([](ConflictDialog &dialog) { dialog.overwriteButton()->click(); });
        QSignalSpy changed(&pane, &OrganizationPane::settingsChanged);
        editAndSave(R"({"value":4})", R"({"value":5})");
        QVERIFY(changed.wait(timeout));
        QCOMPARE(serverSetting(key).toObject(), json(R"({"value":5})"));
        QVERIFY2(shown->asked == 1 && shown->has(R"("value":4)", R"("value":5)", R"("value":2)"),
                 qPrintable(shown->describe()));

        // Merge with "mine" chosen for the one field: mine on the server.
        shown = answerWith([&](ConflictDialog &dialog) {
            dialog.choiceBox(key)->setCurrentIndex(1);
            dialog.mergeButton()->click();
        });
        editAndSave(R"({"value":6})", R"({"value":7})");
        QVERIFY(changed.wait(timeout));
        QCOMPARE(serverSetting(key).toObject(), json(R"({"value":7})"));
        QVERIFY2(shown->asked == 1 && shown->has(R"("value":6)", R"("value":7)", R"("value":5)"),
                 qPrintable(shown->describe()));

        // Their change to another key survives all of it.
        QVERIFY(colleaguePuts(other, R"({"value":9})"));
        ConflictDialog::setAutomaticAnswer({});
        QVERIFY(pane.selectSetting(key));
        pane.settingEditor()->setText(R"({"value":8})");
        pane.saveSetting();
        QVERIFY(changed.wait(timeout));
        QCOMPARE(serverSetting(key).toObject(), json(R"({"value":8})"));
        QCOMPARE(serverSetting(other).toObject(), json(R"({"value":9})"));
        for (const QString &name : {key, other}) {
            std::optional<bool> ok;
            m_colleague->organizations()->deleteSettingsValue(
                m_session->organizationId(), name, this,
                [&ok](const ApiResult<void> &result) { ok = result.ok(); });
            QVERIFY(QTest::qWaitFor([&] { return ok.has_value(); }, timeout));
        }
    }
};

QTEST_MAIN(EditConflictsAdminTest)
#include "tst_edit_conflicts_admin.moc"
