// Who changed what, both ways, through the real pages against the emulator (or a tenant named by
// EPILOT_*): a user, a role and an organization setting are changed; each change is found in the
// Audit log page with who did it; from the user's event the page opens the user in Users; the
// History of the user (Users page) and of the role (Roles page) list their own events only,
// the change among them.
#include "controllers/RecordHistory.h"
#include "domain/permissions/PermissionRole.h"
#include "domain/users/User.h"
#include "models/AuditLogModel.h"
#include "services/api/OrganizationService.h"
#include "services/api/PermissionsService.h"
#include "services/api/UserService.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "tests/support/E2eSession.h"
#include "tests/support/WindowUnderTest.h"
#include "ui/roles/RolesPane.h"
#include "ui/security/AuditEventPanel.h"
#include "ui/security/AuditLogPane.h"
#include "ui/security/RecordHistoryDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersPane.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class TestRecordHistory : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;
    QString m_base = QStringLiteral("hist%1_").arg(QRandomGenerator::global()->bounded(100000000));
    User m_user;
    QString m_departmentBefore;
    QString m_roleId;
    QString m_email; // the signed-in administrator, who makes the changes

    // The History dialog the page opened (the newest one).
    static RecordHistoryDialog *openedHistory()
    {
        RecordHistoryDialog *found = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<RecordHistoryDialog *>(widget);
                dialog && dialog->isVisible())
                found = dialog;
        return found;
    }

    // Waits for the whole span to be read (pressing "Look further back" as a person would) and
    // gives the events' names; every event listed must name `record`.
    QStringList historyEvents(RecordHistoryDialog *dialog, const AuditRecord &record)
    {
        RecordHistory *history = dialog->history();
        for (int step = 0; step < 50 && !history->isComplete(); ++step) {
            if (!QTest::qWaitFor([&] { return !history->isRunning(); }, 20000))
                return {QStringLiteral("(still reading)")};
            if (!history->isComplete())
                QTest::mouseClick(dialog->moreButton(), Qt::LeftButton);
        }
        QStringList names;
        for (const AuditEvent &event : history->events()) {
            if (!record.isNamedBy(event))
                return {QStringLiteral("(an event of another record)")};
            names << event.eventName() + QLatin1Char('/') + event.callerEmail();
        }
        if (dialog->table()->rowCount() != names.size())
            return {QStringLiteral("(table and events differ)")};
        return names;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        m_session = new Session(&m_network, this);
        QVERIFY2(signIn(m_session, m_environment, &error), qPrintable(error));
        m_email = User::emailIn(m_session->me());
        QVERIFY(waitForAnswer([&](auto done) {
            m_session->users()->listUsersV2(
                {}, 50, 0, this, [&, done](const ApiResult<QJsonArray> &result) {
                    for (const QJsonValue &value : result.value()) {
                        const auto user = User::fromJson(value.toObject());
                        if (user && user->status() == User::Status::Active &&
                            user->id() != m_session->userId() && m_user.id().isEmpty())
                            m_user = *user;
                    }
                    done(result);
                });
        }));
        QVERIFY(!m_user.id().isEmpty());
        m_departmentBefore = m_user.department();

        // The three changes.
        QVERIFY(waitForAnswer([&](auto done) {
            m_session->users()->updateUserV2(
                m_user.id(), {{QStringLiteral("department"), m_base + QStringLiteral("dept")}},
                this, done);
        }));
        PermissionRole role =
            PermissionRole::create(QStringLiteral("History role"), m_base + QStringLiteral("role"),
                                   RoleKind::User, {Grant(QStringLiteral("a"), QString())});
        QVERIFY(waitForAnswer([&](auto done) {
            m_session->permissions()->createRole(role.createPayload(), this, done);
        }));
        m_roleId = m_session->organizationId() + QLatin1Char(':') + m_base + QStringLiteral("role");
        role.setName(QStringLiteral("History role, renamed"));
        QJsonObject put = role.createPayload();
        put.insert(QStringLiteral("id"), m_roleId);
        QVERIFY(waitForAnswer(
            [&](auto done) { m_session->permissions()->putRole(m_roleId, put, this, done); }));
        QVERIFY(waitForAnswer([&](auto done) {
            m_session->organizations()->putSettingsValue(m_session->organizationId(),
                                                         m_base + QStringLiteral("setting"), "true",
                                                         this, done);
        }));
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        if (!m_user.id().isEmpty())
            waitForAnswer([&](auto done) {
                m_session->users()->updateUserV2(
                    m_user.id(), {{QStringLiteral("department"), m_departmentBefore}}, this, done);
            });
        if (!m_roleId.isEmpty())
            waitForAnswer(
                [&](auto done) { m_session->permissions()->deleteRole(m_roleId, this, done); });
        waitForAnswer([&](auto done) {
            m_session->organizations()->deleteSettingsValue(
                m_session->organizationId(), m_base + QStringLiteral("setting"), this, done);
        });
    }

    // Each change in the Audit log page, with who made it; the user's event opens the user.
    void eachChangeIsInTheAuditLogAndLeadsToItsRecord()
    {
        WindowUnderTest under;
        MainWindow &window = under.window;
        auto *log = new AuditLogPane(m_session);
        auto *users = new UsersPane(m_session);
        window.replacePane(QStringLiteral("audit-log"), log);
        window.replacePane(QStringLiteral("users"), users);
        const int logIndex = under.indexOf(QStringLiteral("audit-log"));
        const int usersIndex = under.indexOf(QStringLiteral("users"));
        QVERIFY(window.showPane(logIndex));

        const auto find = [&](const QString &eventName, const QString &recordId) {
            log->eventEdit()->setText(eventName);
            log->personEdit()->setText(m_email);
            if (!log->apply())
                return -2;
            AuditLogModel *model = log->model();
            const bool loaded = QTest::qWaitFor(
                [&] { return model->state() == ListStateModel::State::Loaded; }, 20000);
            for (int row = 0; loaded && row < model->rowCount(); ++row) {
                const auto event = model->eventAt(row);
                if (event && event->eventName() == eventName && event->callerEmail() == m_email &&
                    QJsonDocument(event->pathParameters()).toJson().contains(recordId.toUtf8()))
                    return row;
            }
            return -1;
        };
        // A real audit log takes a moment to take events in: searched again until they are.
        const auto findSoon = [&](const QString &eventName, const QString &recordId) {
            int row = -1;
            QTest::qWaitFor([&] { return (row = find(eventName, recordId)) >= 0; }, 30000);
            return row;
        };
        QVERIFY(findSoon(QStringLiteral("putRole"), m_roleId) >= 0);
        QVERIFY(findSoon(QStringLiteral("putSettingsValue"), m_base + QStringLiteral("setting")) >=
                0);
        const int row = findSoon(QStringLiteral("updateUserV2"), m_user.id());
        QVERIFY(row >= 0);

        AuditEventPanel *details = log->details();
        QSignalSpy loaded(details, &AuditEventPanel::loaded);
        log->table()->selectRow(row);
        QVERIFY(loaded.wait(20000));
        QVERIFY(details->openRecordButton()->isVisible());
        QVERIFY(details->openRecordButton()->text().contains(m_user.id()));
        QTest::mouseClick(details->openRecordButton(), Qt::LeftButton);
        QCOMPARE(window.currentPaneIndex(), usersIndex);
        QVERIFY(QTest::qWaitFor([&] { return users->details()->userId() == m_user.id(); }, 20000));
    }

    void theUsersHistoryListsItsOwnEvents()
    {
        UsersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        pane.showUser(m_user.id(), m_user.email());
        UserDetailPanel *details = pane.details();
        QVERIFY(QTest::qWaitFor([&] { return details->userId() == m_user.id(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return details->historyButton()->isVisible(); }, 20000));
        QTest::mouseClick(details->historyButton(), Qt::LeftButton);
        RecordHistoryDialog *dialog = openedHistory();
        QVERIFY(dialog);
        const QStringList events = historyEvents(dialog, {AuditRecord::Kind::User, m_user.id()});
        QVERIFY2(events.contains(QStringLiteral("updateUserV2/") + m_email),
                 qPrintable(events.join(QStringLiteral(", "))));
        QVERIFY(dialog->progress()->text().contains(QStringLiteral("concern")));
        // For looking at it: EPILOT_GRAB_DIR=/tmp/x saves the dialog.
        if (const QString dir = qEnvironmentVariable("EPILOT_GRAB_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/record-history.png"));
        dialog->close();
    }

    void theRolesHistoryListsItsOwnEvents()
    {
        RolesPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        pane.showRole(m_roleId);
        QVERIFY(QTest::qWaitFor([&] { return pane.selectedRoleId() == m_roleId; }, 20000));
        QVERIFY(pane.historyButton()->isEnabled());
        QTest::mouseClick(pane.historyButton(), Qt::LeftButton);
        RecordHistoryDialog *dialog = openedHistory();
        QVERIFY(dialog);
        const QStringList events = historyEvents(dialog, {AuditRecord::Kind::Role, m_roleId});
        QCOMPARE(events, QStringList{QStringLiteral("putRole/") + m_email});
        dialog->close();
    }

    void theSettingsHistoryListsItsOwnEvents()
    {
        const QString key = m_base + QStringLiteral("setting");
        RecordHistoryDialog dialog(m_session, {AuditRecord::Kind::Setting, key}, key);
        dialog.show();
        const QStringList events = historyEvents(&dialog, {AuditRecord::Kind::Setting, key});
        QCOMPARE(events, QStringList{QStringLiteral("putSettingsValue/") + m_email});
    }
};

QTEST_MAIN(TestRecordHistory)
#include "tst_record_history.moc"
