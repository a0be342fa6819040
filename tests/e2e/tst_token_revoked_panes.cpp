// The token is revoked on the server while edits are open in two real pages of the main window
// (a user's department in Users, a role's grants in Partner users & roles). Pressing Save earns
// a 401: the window asks to sign in again (SessionController's flow, answered through the sign-in
// dialog's browser seam), nothing is lost, both forms still say "unsaved", and after signing in
// again each Save goes through and reaches the server exactly once.
//
// tst_shell_session covers the shell's side with a stand-in page and a token changed on the
// client; tst_faults covers faults without 401. This one revokes the token on the server
// (POST /emulator/tokens/revoke) and uses the real pages.
#include "models/ActivityLogModel.h"
#include "domain/grants/Grant.h"
#include "domain/partners/Role.h"
#include "models/UserListModel.h"
#include "services/session/ProfileStore.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "tests/support/E2eEnvironment.h"
#include "tests/support/PortalBrowser.h"
#include "ui/shell/ActivityDock.h"
#include "ui/common/Confirmation.h"
#include "ui/shell/MainWindow.h"
#include "ui/partners/PartnerUsersRolesPane.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"
#include "ui/shell/SessionController.h"
#include "ui/shell/SignInDialog.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersPane.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

constexpr int timeout = 15000;
constexpr int anyStatus = -1;

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    emit edit->editingFinished();
}

} // namespace

class TokenRevokedPanesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editsSurviveRevocationAndSaveOnce();
    void windowClosesWithUnsavedGrants();
    void cleanupTestCase();

private:
    int paneIndex(const QString &key) const;
    bool waitForState(SessionController::State state);
    int activityCount(const QString &operationId, int status) const;
    QString activity() const;
    std::optional<ApiResult<QJsonObject>> fetchUser(const QString &id);
    std::optional<Role> fetchRole(const QString &organizationId, const QString &roleId);

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Session> m_colleague; // the test's own client, on the start-up token
    Profile m_profile;
    QString m_firstToken;
    // What to put back afterwards.
    QString m_userId;
    QString m_department;
    QString m_organizationId;
    std::optional<Role> m_role;
};

void TokenRevokedPanesTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("EPILOT_KEYRING_SESSION"))
        QSKIP("Run through tests/run-with-keyring.sh (ctest does): it needs a throw-away "
              "Secret Service.");
    QCoreApplication::setOrganizationName(QStringLiteral("epilot-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("epilot-admin"));
    QString error;
    QVERIFY2(m_environment.start(&error), qPrintable(error));
    if (!m_environment.isEmulator())
        QSKIP("Revoking a token needs the emulator.");
    Confirmation::setAutomaticAnswer(true);
    RoleReviewDialog::setAutomaticAnswer(true);
    m_colleague = std::make_unique<Session>(&m_network);
    QSignalSpy me(m_colleague.get(), &Session::meChanged);
    m_colleague->begin(m_environment.endpoints(), m_environment.token());
    QVERIFY(me.wait(timeout));

    // A token of its own for the window, so revoking it leaves the test's token alone.
    int status = 0;
    m_firstToken = m_environment
                       .emulatorRequest("POST", QStringLiteral("/emulator/tokens"),
                                        QJsonDocument(QJsonObject{}), &status)
                       .object()
                       .value(QStringLiteral("token"))
                       .toString();
    QCOMPARE(status, 201);
    QVERIFY(!m_firstToken.isEmpty());

    // As at start-up with a saved profile and its token in the keychain.
    m_profiles = std::make_unique<ProfileStore>();
    m_tokens = std::make_unique<TokenStore>();
    m_profile = Profile::withDefaults(QStringLiteral("Emulator (revocation)"));
    m_profile.endpoints = m_environment.endpoints();
    m_profile.portal = m_environment.emulatorUrl();
    QCOMPARE(m_profiles->add(m_profile), QString());
    std::optional<TokenStore::Result> written;
    m_tokens->write(m_profile.name, m_firstToken, this,
                    [&](const TokenStore::Result &result) { written = result; });
    QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, timeout));
    QVERIFY2(written->ok(), qPrintable(written->message));
    m_window = std::make_unique<MainWindow>(&m_network, m_profiles.get(), m_tokens.get());
    m_window->resize(1280, 800);
    m_window->show();
    m_window->startSession(m_profile, m_firstToken);
    QVERIFY(waitForState(SessionController::State::SignedIn));
}

int TokenRevokedPanesTest::paneIndex(const QString &key) const
{
    for (int index = 0; index < m_window->paneCount(); ++index) {
        if (m_window->paneKey(index) == key)
            return index;
    }
    return -1;
}

bool TokenRevokedPanesTest::waitForState(SessionController::State state)
{
    return QTest::qWaitFor([&] { return m_window->sessionController()->state() == state; },
                           timeout);
}

int TokenRevokedPanesTest::activityCount(const QString &operationId, int status) const
{
    const ActivityLogModel *log = m_window->activityDock()->model();
    int count = 0;
    for (int row = 0; row < log->rowCount(); ++row) {
        const ActivityEntry &entry = log->entryAt(row);
        if (entry.operationId == operationId && (status == anyStatus || entry.status == status))
            ++count;
    }
    return count;
}

// The last requests, for a failure message.
QString TokenRevokedPanesTest::activity() const
{
    const ActivityLogModel *log = m_window->activityDock()->model();
    QStringList lines;
    for (int row = std::max(0, log->rowCount() - 8); row < log->rowCount(); ++row) {
        const ActivityEntry &entry = log->entryAt(row);
        lines << QStringLiteral("%1 %2 %3").arg(entry.operationId).arg(entry.status).arg(entry.url);
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<ApiResult<QJsonObject>> TokenRevokedPanesTest::fetchUser(const QString &id)
{
    std::optional<ApiResult<QJsonObject>> user;
    m_colleague->users()->getUserV2(id, this,
                                    [&](const ApiResult<QJsonObject> &result) { user = result; });
    (void)QTest::qWaitFor([&] { return user.has_value(); }, timeout);
    return user;
}

std::optional<Role> TokenRevokedPanesTest::fetchRole(const QString &organizationId,
                                                     const QString &roleId)
{
    std::optional<Role> role;
    bool answered = false;
    m_colleague->partners()->getPartnerRoles(
        organizationId, this, [&](const ApiResult<QJsonArray> &result) {
            answered = true;
            if (!result.ok())
                return;
            for (const QJsonValue &value : result.value()) {
                const auto candidate = Role::fromJson(value.toObject());
                if (candidate && candidate->id() == roleId)
                    role = candidate;
            }
        });
    (void)QTest::qWaitFor([&] { return answered; }, timeout);
    return role;
}

void TokenRevokedPanesTest::editsSurviveRevocationAndSaveOnce()
{
    const QString department =
        QStringLiteral("Revoked E2E %1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    const QString resource = QStringLiteral("entity:*:revocation_e2e_%1:*")
                                 .arg(QRandomGenerator::global()->bounded(100000, 999999));

    // A role's grants are being edited on the Partner users & roles page …
    QVERIFY(m_window->showPane(paneIndex(QStringLiteral("partner-roles"))));
    auto *roles = qobject_cast<PartnerUsersRolesPane *>(m_window->currentPane());
    QVERIFY(roles);
    QVERIFY2(
        QTest::qWaitFor([&] { return !roles->isBusy() && !roles->roles().isEmpty(); }, timeout),
        qPrintable(roles->statusLabel()->text()));
    m_organizationId = roles->partnerOrganizationId();
    m_role = roles->roles().first();
    roles->tabs()->setCurrentIndex(1);
    roles->selectRole(m_role->id());
    RoleEditor *editor = roles->roleEditor();
    QCOMPARE(editor->nameEdit()->text(), m_role->name());
    editor->addGrant();
    editor->actionBox()->setEditText(QStringLiteral("entity-read"));
    emit editor->actionBox()->activated(0);
    retype(editor->resourceEdit(), resource);
    QVERIFY(roles->hasUnsavedChanges());
    const QJsonArray editedGrants = Grant::listToJson(editor->draft().grants);
    QVERIFY(QJsonDocument(editedGrants).toJson().contains(resource.toUtf8()));

    // … and, on the Users page, a user's department. The window shows one page at a time and
    // asks before leaving unsaved edits (Pane::confirmLeave), so the role is left open on its
    // page while the Users page is worked on — as one would with a second window.
    auto *users = qobject_cast<UsersPane *>(m_window->pane(paneIndex(QStringLiteral("users"))));
    QVERIFY(users);
    QVERIFY(QTest::qWaitFor([&] { return users->model()->rowCount() > 1; }, timeout));
    int row = 0;
    while (row < users->model()->rowCount() &&
           users->model()->row(row).id == m_window->session()->userId())
        ++row;
    users->table()->selectRow(row);
    UserDetailPanel *details = users->details();
    QVERIFY(QTest::qWaitFor([&] { return details->editor()->isLoaded(); }, timeout));
    m_userId = details->userId();
    m_department = details->field(UserEditor::Department)->text();
    retype(details->field(UserEditor::Department), department);
    QVERIFY(details->editor()->isChanged(UserEditor::Department));
    QVERIFY(users->hasUnsavedChanges());

    // The token is revoked on the server (an administrator, a password change, …).
    int status = 0;
    m_environment.emulatorRequest("POST", QStringLiteral("/emulator/tokens/revoke"),
                                  QJsonDocument(QJsonObject{{"token", m_firstToken}}), &status);
    QCOMPARE(status, 204);

    // Save on the user: 401, the window asks to sign in again.
    QSignalSpy saveFailed(details->editor(), &UserEditor::saveFailed);
    QSignalSpy saved(details->editor(), &UserEditor::saved);
    QTest::mouseClick(details->saveButton(), Qt::LeftButton);
    QVERIFY(saveFailed.wait(timeout));
    QVERIFY(waitForState(SessionController::State::Expired));
    QVERIFY(QTest::qWaitFor([this] { return m_window->signInDialog() != nullptr; }, timeout));
    SignInDialog *dialog = m_window->signInDialog();
    QCOMPARE(dialog->editedProfile().name, m_profile.name);

    // Save on the role: refused as well, one dialog only.
    QSignalSpy roleSaved(roles, &PartnerUsersRolesPane::roleSaved);
    roles->save(); // Ctrl+S on the roles tab
    QVERIFY(QTest::qWaitFor([&] { return !roles->isBusy(); }, timeout));
    QCOMPARE(roleSaved.size(), 0);
    QCOMPARE(m_window->signInDialog(), dialog);
    // Each save first reads what the server holds (to never overwrite a colleague's change);
    // that read met the 401, so no write was attempted.
    QVERIFY2(activityCount(QStringLiteral("getUserV2"), 401) == 1, qPrintable(activity()));
    QVERIFY2(activityCount(QStringLiteral("getPartnerRoles"), 401) == 1, qPrintable(activity()));
    QCOMPARE(activityCount(QStringLiteral("updateUserV2"), anyStatus), 0);
    QCOMPARE(activityCount(QStringLiteral("updatePartnerRole"), anyStatus), 0);

    // Nothing was lost, and both forms still say so.
    QCOMPARE(details->field(UserEditor::Department)->text(), department);
    QVERIFY(details->editor()->isChanged(UserEditor::Department));
    QVERIFY(!details->field(UserEditor::Department)->styleSheet().isEmpty()); // tinted
    QVERIFY(users->hasUnsavedChanges());
    QCOMPARE(Grant::listToJson(editor->draft().grants), editedGrants);
    QVERIFY(roles->hasUnsavedChanges());
    QVERIFY(!roles->statusLabel()->text().isEmpty()); // says why it was not saved

    // Sign in again through the browser (the dialog's seam for the system browser).
    bool browsed = false;
    QString secondToken;
    dialog->setUrlOpener([&](const QUrl &url) {
        QTimer::singleShot(0, this, [&, url, dialog] {
            QString problem;
            secondToken =
                PortalBrowser::signIn(url, dialog->verificationCodeLabel()->text(), &problem);
            QVERIFY2(!secondToken.isEmpty(), qPrintable(problem));
            browsed = true;
        });
        return true;
    });
    QTest::mouseClick(dialog->browserButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return browsed; }, timeout));
    QVERIFY(waitForState(SessionController::State::SignedIn));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->signInDialog(); }, timeout));
    QVERIFY(!secondToken.isEmpty() && secondToken != m_firstToken);

    // Still there after the new sign-in (meChanged) reached every page.
    QTest::qWait(200);
    QCOMPARE(details->userId(), m_userId);
    QCOMPARE(details->field(UserEditor::Department)->text(), department);
    QVERIFY(details->editor()->isChanged(UserEditor::Department));
    QCOMPARE(Grant::listToJson(editor->draft().grants), editedGrants);
    QVERIFY(roles->hasUnsavedChanges());

    // Save again: both go through, once each.
    QTest::mouseClick(details->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(timeout), qPrintable(details->messageLabel()->text()));
    QVERIFY(!users->hasUnsavedChanges());
    roles->save();
    QVERIFY2(roleSaved.wait(timeout), qPrintable(roles->statusLabel()->text()));
    QVERIFY(!roles->hasUnsavedChanges());
    QVERIFY2(activityCount(QStringLiteral("updateUserV2"), anyStatus) == 1, qPrintable(activity()));
    QVERIFY2(activityCount(QStringLiteral("updatePartnerRole"), anyStatus) == 1,
             qPrintable(activity()));
    QCOMPARE(activityCount(QStringLiteral("updateUserV2"), 200), 1);
    QCOMPARE(activityCount(QStringLiteral("updatePartnerRole"), 200), 1);

    // The server holds each edit exactly once.
    const auto stored = fetchUser(m_userId);
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->value().value(QStringLiteral("department")).toString(), department);
    const std::optional<Role> storedRole = fetchRole(m_organizationId, m_role->id());
    QVERIFY(storedRole);
    int withResource = 0;
    for (const Grant &grant : storedRole->grants())
        withResource += grant.resource() == resource ? 1 : 0;
    QCOMPARE(withResource, 1);
    QCOMPARE(storedRole->grants().size(), m_role->grants().size() + 1);
}

void TokenRevokedPanesTest::windowClosesWithUnsavedGrants()
{
    // Quitting with a role's grants still unsaved: the editor's undo stack outlives the editor's
    // own destructor and used to signal into it (an abort in debug builds).
    auto *roles = qobject_cast<PartnerUsersRolesPane *>(
        m_window->pane(paneIndex(QStringLiteral("partner-roles"))));
    QVERIFY(roles);
    roles->roleEditor()->addGrant();
    QVERIFY(roles->hasUnsavedChanges());
    m_window.reset();
}

void TokenRevokedPanesTest::cleanupTestCase()
{
    if (m_colleague && !m_userId.isEmpty()) {
        bool done = false;
        m_colleague->users()->updateUserV2(m_userId, {{"department", m_department}}, this,
                                           [&](const auto &) { done = true; });
        (void)QTest::qWaitFor([&] { return done; }, timeout);
    }
    if (m_colleague && m_role) {
        bool done = false;
        m_colleague->partners()->updatePartnerRole(m_organizationId, m_role->id(),
                                                   m_role->payload(), this,
                                                   [&](const auto &) { done = true; });
        (void)QTest::qWaitFor([&] { return done; }, timeout);
    }
    if (m_tokens) {
        bool removed = false;
        m_tokens->remove(m_profile.name, this, [&](const auto &) { removed = true; });
        (void)QTest::qWaitFor([&] { return removed; }, timeout);
    }
    m_window.reset();
    Confirmation::setAutomaticAnswer(std::nullopt);
    RoleReviewDialog::setAutomaticAnswer(std::nullopt);
}

QTEST_MAIN(TokenRevokedPanesTest)
#include "tst_token_revoked_panes.moc"
