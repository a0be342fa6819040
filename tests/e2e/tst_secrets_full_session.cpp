// A whole session as a person would run it, then a search for its secrets everywhere they could
// have leaked. Sign in through the browser (the emulator's portal page plays the portal), the
// token goes into a real (throw-away) Secret Service; work in every page of the main window,
// including typing passwords in Account tools and copying commands from the API console; sign
// out. Afterwards neither the token nor a typed password may be in any file under the HOME and
// XDG folders (tests/run-with-keyring.sh sets them before the process starts), the Activity
// panel, the console's output, any widget or window title, anything the clipboard held, or any
// log message. The same search is first shown to find the secrets where they are planted.
#include "models/AccessTokenListModel.h"
#include "models/ActivityLogModel.h"
#include "models/AssignableListModel.h"
#include "models/AuditLogModel.h"
#include "models/GroupListModel.h"
#include "models/PeopleRolesModel.h"
#include "models/RoleMatrixModel.h"
#include "models/UserListModel.h"
#include "services/session/ProfileStore.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "tests/support/E2eEnvironment.h"
#include "tests/support/PortalBrowser.h"
#include "tests/support/SecretScanner.h"
#include "ui/account/AccountToolsPane.h"
#include "ui/account/MyAccountPane.h"
#include "ui/common/Confirmation.h"
#include "ui/common/MessageWidget.h"
#include "ui/console/ApiConsolePane.h"
#include "ui/groups/GroupsPane.h"
#include "ui/organization/OrganizationPane.h"
#include "ui/partners/PartnerUsersRolesPane.h"
#include "ui/partners/PartnersPane.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/roles/AccessCheckPane.h"
#include "ui/roles/PeopleRolesPane.h"
#include "ui/roles/RolesPane.h"
#include "ui/roles/WhoCanPage.h"
#include "ui/security/ApiTokensPane.h"
#include "ui/security/AuditEventPanel.h"
#include "ui/security/AuditLogPane.h"
#include "ui/security/CreateTokenDialog.h"
#include "ui/security/NewTokenDialog.h"
#include "ui/security/SecurityOverviewPane.h"
#include "ui/shell/ActivityDock.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SessionController.h"
#include "ui/shell/SignInDialog.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

constexpr int timeout = 15000;

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString uniqueAddress(const QString &stem)
{
    return QStringLiteral("%1.%2@example.org")
        .arg(stem)
        .arg(QRandomGenerator::global()->bounded(1000000, 9999999));
}

} // namespace

class SecretsFullSessionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInWithBrowser();
    void usersPane();
    void groupsPane();
    void partnersPane();
    void partnerUsersRolesPane();
    void rolesPane();
    void peopleRolesPane();
    void accessCheckPane();
    void organizationPane();
    void myAccountPane();
    void accountToolsPane();
    void apiConsolePane();
    void apiTokensPane();
    void auditLogPane();
    void securityOverviewPane();
    void signOut();
    void searchFindsPlantedSecrets();
    void secretsAppearNowhere();
    void cleanupTestCase();

private:
    int paneIndex(const QString &key) const;
    template <typename T> T *open(const QString &key);
    void scanScreenBeforeSignOut();
    QString mailToken(const QString &address, const QString &kind) const;
    bool deleteUser(const QString &id);

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
    SecretScanner m_scanner;
    QString m_token;       // the one the portal issued for this session
    QString m_password;    // typed when activating an invited user
    QString m_newPassword; // typed when resetting that user's password
    QString m_invitedUserId;
    QStringList m_panesVisited;
    QStringList m_findingsOnScreen; // secrets found on the pages just before sign-out
};

void SecretsFullSessionTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("EPILOT_KEYRING_SESSION"))
        QSKIP("Run through tests/run-with-keyring.sh (ctest does): it needs a throw-away HOME, "
              "XDG folders and Secret Service.");
    // The folders searched at the end are the wrapper's throw-away ones, not the user's.
    QVERIFY2(qEnvironmentVariable("HOME").contains(QStringLiteral("epilot-keyring")),
             qPrintable(qEnvironmentVariable("HOME")));
    SecretScanner::recordMessages();
    m_scanner.recordClipboard();
    QCoreApplication::setOrganizationName(QStringLiteral("epilot-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("epilot-admin"));
    QString error;
    QVERIFY2(m_environment.start(&error), qPrintable(error));
    if (!m_environment.isEmulator())
        QSKIP("Browser sign-in and the mailed tokens need the emulator.");
    // The start-up token is not given to the application, but it must not show up either.
    m_scanner.addSecret(QStringLiteral("start-up token"), m_environment.token());
    const QString suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    m_password = QStringLiteral("Typed-Secret-%1!a").arg(suffix);
    m_newPassword = QStringLiteral("Reset-Secret-%1?b").arg(suffix);
    m_scanner.addSecret(QStringLiteral("typed password"), m_password);
    m_scanner.addSecret(QStringLiteral("typed new password"), m_newPassword);
    Confirmation::setAutomaticAnswer(true);

    m_profiles = std::make_unique<ProfileStore>();
    m_tokens = std::make_unique<TokenStore>();
    m_window = std::make_unique<MainWindow>(&m_network, m_profiles.get(), m_tokens.get());
    m_window->resize(1280, 800);
    m_window->show();
}

int SecretsFullSessionTest::paneIndex(const QString &key) const
{
    for (int index = 0; index < m_window->paneCount(); ++index) {
        if (m_window->paneKey(index) == key)
            return index;
    }
    return -1;
}

template <typename T> T *SecretsFullSessionTest::open(const QString &key)
{
    const int index = paneIndex(key);
    if (index < 0 || !m_window->showPane(index))
        return nullptr;
    m_panesVisited << key;
    return qobject_cast<T *>(m_window->currentPane());
}

QString SecretsFullSessionTest::mailToken(const QString &address, const QString &kind) const
{
    QString token;
    for (const QJsonValue &mail : m_environment.outbox()) {
        if (mail[QStringLiteral("to")].toString() == address &&
            mail[QStringLiteral("kind")].toString() == kind)
            token = mail[QStringLiteral("data")][QStringLiteral("token")].toString();
    }
    return token;
}

bool SecretsFullSessionTest::deleteUser(const QString &id)
{
    std::optional<bool> deleted;
    m_window->session()->users()->deleteUserV2(
        id, this, [&](const ApiResult<QJsonObject> &result) { deleted = result.ok(); });
    return QTest::qWaitFor([&] { return deleted.has_value(); }, timeout) && *deleted;
}

void SecretsFullSessionTest::signInWithBrowser()
{
    m_window->showSignIn();
    QVERIFY(QTest::qWaitFor([this] { return m_window->signInDialog() != nullptr; }, timeout));
    SignInDialog *dialog = m_window->signInDialog();
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->editedProfile().name.isEmpty(); }, 2000));
    const ApiEndpoints endpoints = m_environment.endpoints();
    QStringList addresses;
    for (const ApiEndpoints::Descriptor &api : ApiEndpoints::descriptors())
        addresses << (endpoints.*api.url).toString();
    addresses << m_environment.emulatorUrl().toString();
    for (int field = 0; field < int(addresses.size()); ++field)
        retype(dialog->urlField(field), addresses[field]);

    // The system browser (the emulator's portal page has no password field: one picks
    // "Sign in as …").
    bool browsed = false;
    dialog->setUrlOpener([&](const QUrl &url) {
        QTimer::singleShot(0, this, [&, url, dialog] {
            QString error;
            m_token = PortalBrowser::signIn(url, dialog->verificationCodeLabel()->text(), &error);
            QVERIFY2(!m_token.isEmpty(), qPrintable(error));
            browsed = true;
        });
        return true;
    });
    QTest::mouseClick(dialog->browserButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return browsed; }, timeout));
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_window->sessionController()->state() == SessionController::State::SignedIn;
        },
        timeout));
    QVERIFY(!m_window->signInDialog());
    QVERIFY(m_token != m_environment.token());
    m_scanner.addSecret(QStringLiteral("token"), m_token);

    // The token is in the keychain.
    std::optional<TokenStore::Result> stored;
    m_tokens->read(m_window->sessionController()->profile().name, this,
                   [&](const TokenStore::Result &result) { stored = result; });
    QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, timeout));
    QVERIFY2(stored->ok(), qPrintable(stored->message));
    QCOMPARE(stored->token, m_token);
    QVERIFY(!m_tokens->hasSessionToken(m_window->sessionController()->profile().name));
}

void SecretsFullSessionTest::usersPane()
{
    auto *pane = open<UsersPane>(QStringLiteral("users"));
    QVERIFY(pane);
    QVERIFY(QTest::qWaitFor([&] { return pane->model()->rowCount() > 0; }, timeout));
    QTest::keyClicks(pane->searchBox(), QStringLiteral("Schneider"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return pane->model()->query() == QStringLiteral("Schneider") &&
                   !pane->model()->isLoading() && pane->model()->rowCount() > 0;
        },
        timeout));
    pane->table()->selectRow(0);
    UserDetailPanel *details = pane->details();
    QVERIFY(QTest::qWaitFor([&] { return details->editor()->isLoaded(); }, timeout));
    QLineEdit *department = details->field(UserEditor::Department);
    const QString before = department->text();
    retype(department, QStringLiteral("Secrets E2E"));
    QSignalSpy saved(details->editor(), &UserEditor::saved);
    QTest::mouseClick(details->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(timeout), qPrintable(details->messageLabel()->text()));
    retype(department, before.isEmpty() ? QStringLiteral("-") : before);
    QTest::mouseClick(details->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(timeout), qPrintable(details->messageLabel()->text()));
}

void SecretsFullSessionTest::groupsPane()
{
    auto *pane = open<GroupsPane>(QStringLiteral("groups"));
    QVERIFY(pane);
    pane->reload();
    QVERIFY(QTest::qWaitFor(
        [&] { return !pane->model()->isLoading() && pane->model()->rowCount() > 0; }, timeout));
    pane->table()->selectRow(0);
    QVERIFY(QTest::qWaitFor([&] { return !pane->selectedGroupId().isEmpty(); }, timeout));
    QVERIFY(QTest::qWaitFor([&] { return !pane->membersLabel()->text().isEmpty(); }, timeout));
}

void SecretsFullSessionTest::partnersPane()
{
    auto *pane = open<PartnersPane>(QStringLiteral("partners"));
    QVERIFY(pane);
    QSignalSpy pages(pane->results(), &AssignableListModel::pageLoaded);
    pane->setTypeFilter({QStringLiteral("partner_organization")});
    QVERIFY(pages.wait(timeout));
    QVERIFY(pane->results()->rowCount() > 0);
    pane->resultView()->setCurrentIndex(pane->results()->index(0, 0));
    QVERIFY(!pane->details()->text().isEmpty());
    QSignalSpy found(pane, &PartnersPane::addressFound);
    pane->lookUpAddress(QStringLiteral("Auweg 1, 93055 Regensburg, DE"));
    QVERIFY(found.wait(timeout));
}

void SecretsFullSessionTest::partnerUsersRolesPane()
{
    auto *pane = open<PartnerUsersRolesPane>(QStringLiteral("partner-roles"));
    QVERIFY(pane);
    QSignalSpy loaded(pane, &PartnerUsersRolesPane::loaded);
    pane->reload();
    QVERIFY2(loaded.wait(timeout), qPrintable(pane->statusLabel()->text()));
    QVERIFY(QTest::qWaitFor([&] { return !pane->isBusy(); }, timeout));
    QVERIFY(!pane->roles().isEmpty());
    pane->selectRole(pane->roles().first().id());
    QCOMPARE(pane->roleEditor()->nameEdit()->text(), pane->roles().first().name());
    QVERIFY(pane->matrix()->rowCount() > 0);
}

void SecretsFullSessionTest::rolesPane()
{
    auto *pane = open<RolesPane>(QStringLiteral("roles"));
    QVERIFY(pane);
    // The roles arrive on their own once the page is shown.
    QVERIFY2(QTest::qWaitFor([pane] { return pane->tree()->topLevelItemCount() > 0; }, timeout),
             qPrintable(pane->status()->text()));
    QVERIFY(QTest::qWaitFor([pane] { return !pane->isLoading(); }, timeout));
}

void SecretsFullSessionTest::peopleRolesPane()
{
    auto *pane = open<PeopleRolesPane>(QStringLiteral("people-roles"));
    QVERIFY(pane);
    QVERIFY2(QTest::qWaitFor([pane] { return !pane->isLoading() && pane->model()->rowCount() > 0; },
                             timeout),
             qPrintable(pane->status()->text()));
}

void SecretsFullSessionTest::accessCheckPane()
{
    auto *pane = open<AccessCheckPane>(QStringLiteral("access-check"));
    QVERIFY(pane);
    QVERIFY2(QTest::qWaitFor([pane] { return !pane->isLoading(); }, timeout),
             qPrintable(pane->status()->text()));
    pane->tabs()->setCurrentWidget(pane->whoCanPage()); // both pages seen
}

void SecretsFullSessionTest::organizationPane()
{
    auto *pane = open<OrganizationPane>(QStringLiteral("organization"));
    QVERIFY(pane);
    QSignalSpy loaded(pane, &OrganizationPane::loaded);
    pane->reload();
    QVERIFY(loaded.wait(timeout));
    const QString phone = pane->field(QStringLiteral("phone"))->text();
    retype(pane->field(QStringLiteral("phone")), QStringLiteral("+49 30 7654321"));
    QSignalSpy saved(pane, &OrganizationPane::saved);
    pane->save();
    QVERIFY(saved.wait(timeout));
    retype(pane->field(QStringLiteral("phone")), phone);
    pane->save();
    QVERIFY(saved.wait(timeout));
}

void SecretsFullSessionTest::myAccountPane()
{
    auto *pane = open<MyAccountPane>(QStringLiteral("account"));
    QVERIFY(pane);
    QLineEdit *department = pane->profileField(QStringLiteral("department"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return pane->profileField(QStringLiteral("display_name"))->text() ==
                   m_window->session()->me().value(QStringLiteral("display_name")).toString();
        },
        timeout));
    const QString before = department->text();
    retype(department, QStringLiteral("Secrets E2E account"));
    QSignalSpy saved(pane, &MyAccountPane::profileSaved);
    pane->save();
    QVERIFY2(saved.wait(timeout), qPrintable(pane->profileStatus()->text()));
    retype(department, before);
    pane->save();
    QVERIFY2(saved.wait(timeout), qPrintable(pane->profileStatus()->text()));
    QSignalSpy settings(pane, &MyAccountPane::userSettingsChanged);
    pane->loadUserSettings();
    QVERIFY(settings.wait(timeout));
}

void SecretsFullSessionTest::accountToolsPane()
{
    // Someone is invited (through the session, as the Users pane does) …
    const QString address = uniqueAddress(QStringLiteral("secrets.invitee"));
    std::optional<ApiResult<QJsonObject>> invited;
    m_window->session()->users()->inviteUser(
        address, QStringLiteral("en"), {}, this,
        [&](const ApiResult<QJsonObject> &result) { invited = result; });
    QVERIFY(QTest::qWaitFor([&] { return invited.has_value(); }, timeout));
    QVERIFY(invited->ok());
    m_invitedUserId = invited->value().value(QStringLiteral("id")).toVariant().toString();
    const QString inviteToken = mailToken(address, QStringLiteral("user_invite"));
    QVERIFY(!inviteToken.isEmpty());

    // … and the administrator activates the account, typing its password twice.
    auto *pane = open<AccountToolsPane>(QStringLiteral("account-tools"));
    QVERIFY(pane);
    QSignalSpy finished(pane, &AccountToolsPane::finished);
    pane->tabs()->setCurrentIndex(0);
    QTest::keyClicks(pane->inviteTokenEdit(), inviteToken);
    pane->checkInviteToken();
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane->inviteResult()->text()));
    QTest::keyClicks(pane->displayNameEdit(), QStringLiteral("Secrets Invitee"));
    QTest::keyClicks(pane->passwordEdit(), m_password);
    QTest::keyClicks(pane->passwordRepeatEdit(), m_password);
    QCOMPARE(pane->passwordEdit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(buttonWithText(pane, AccountToolsPane::tr("Activate")), Qt::LeftButton);
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane->inviteResult()->text()));

    // A forgotten password: reset e-mail, then the new one typed twice.
    pane->tabs()->setCurrentIndex(2);
    QTest::keyClicks(pane->resetEmailEdit(), address);
    QTest::mouseClick(buttonWithText(pane, AccountToolsPane::tr("Send reset e-mail")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane->resetResult()->text()));
    const QString resetToken = mailToken(address, QStringLiteral("password_reset"));
    QVERIFY(!resetToken.isEmpty());
    QTest::keyClicks(pane->resetTokenEdit(), resetToken);
    QTest::keyClicks(pane->resetPasswordEdit(), m_newPassword);
    QTest::keyClicks(pane->resetPasswordRepeatEdit(), m_newPassword);
    QTest::mouseClick(buttonWithText(pane, AccountToolsPane::tr("Set new password")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane->resetResult()->text()));

    // Login parameters of the new account.
    pane->tabs()->setCurrentIndex(4);
    QTest::keyClicks(pane->loginUsernameEdit(), address);
    pane->lookUpLoginParameters();
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane->loginResult()->text()));

    QVERIFY(deleteUser(m_invitedUserId));
    m_invitedUserId.clear();
}

void SecretsFullSessionTest::apiConsolePane()
{
    auto *pane = open<ApiConsolePane>(QStringLiteral("api-console"));
    QVERIFY(pane);
    QSignalSpy finished(pane, &ApiConsolePane::callFinished);
    QVERIFY(pane->selectOperation(QStringLiteral("getUserV2")));
    QTest::keyClicks(pane->parameterEdit(QStringLiteral("id")), m_window->session()->userId());
    QTest::mouseClick(pane->sendButton(), Qt::LeftButton);
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.takeFirst().first().toInt(), 200);
    QVERIFY(!pane->responseView()->toPlainText().isEmpty());
    QVERIFY(!pane->headersView()->toPlainText().isEmpty());

    QVERIFY(!pane->showTokenBox()->isChecked());
    const int copiesBefore = int(m_scanner.clipboardTexts().size());
    QTest::mouseClick(buttonWithText(pane, ApiConsolePane::tr("Copy as curl")), Qt::LeftButton);
    QTest::mouseClick(buttonWithText(pane, ApiConsolePane::tr("Copy as epilot CLI")),
                      Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return m_scanner.clipboardTexts().size() >= copiesBefore + 2; },
                            timeout));
    const QStringList copies = m_scanner.clipboardTexts().mid(copiesBefore);
    QVERIFY2(copies.first().contains(QStringLiteral("curl")), qPrintable(copies.first()));
    QVERIFY2(copies.last().contains(QStringLiteral("epilot user getUserV2")),
             qPrintable(copies.last()));
    for (const QString &copy : copies)
        QVERIFY2(copy.contains(QStringLiteral("$EPILOT_TOKEN")), qPrintable(copy));
}

// An API token made in the page: shown once, then it works as a read-only bearer (a read is
// answered, a write refused), is revoked (refused afterwards), and is searched for everywhere
// with the session's other secrets at the end.
void SecretsFullSessionTest::apiTokensPane()
{
    auto *pane = open<ApiTokensPane>(QStringLiteral("api-tokens"));
    QVERIFY(pane);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return pane->model()->state() != ListStateModel::State::Loading &&
                   pane->model()->state() != ListStateModel::State::Idle;
        },
        timeout));
    if (pane->model()->state() == ListStateModel::State::Failed &&
        pane->model()->stateMessage().contains(QStringLiteral("404")))
        QSKIP("This emulator has no Access Token API yet.");
    QVERIFY(QTest::qWaitFor([&] { return !pane->roles().isEmpty(); }, timeout));
    QString viewer;
    for (const PermissionRole &role : pane->roles())
        if (role.slug() == QLatin1String("viewer"))
            viewer = role.id();
    QVERIFY(!viewer.isEmpty());
    pane->createNew();
    QPointer<CreateTokenDialog> dialog = pane->createDialog(); // it closes itself
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Secrets E2E read-only"));
    dialog->checkRole(viewer);
    QVERIFY(dialog->readOnlyBox()->isChecked());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([&] { return pane->newTokenDialog() != nullptr; }, timeout),
             qPrintable(dialog ? dialog->message()->text() : QString()));
    // A copy of its own: closing the dialog overwrites the field's text where it lies, and so
    // every string still sharing that buffer.
    const QString shown = pane->newTokenDialog()->tokenField()->text();
    const QString created(shown.constData(), shown.size());
    QVERIFY(created.size() > 20);
    m_scanner.addSecret(QStringLiteral("API token created in the page"), created);
    pane->newTokenDialog()->accept();
    QVERIFY(QTest::qWaitFor([&] { return pane->newTokenDialog() == nullptr; }, timeout));

    // The token at work, as a program would use it.
    ApiClient program(&m_network);
    program.setEndpoints(m_environment.endpoints());
    program.setToken(created);
    UserService users(&program);
    std::optional<ApiResult<QJsonObject>> read;
    users.getMeV2(this, [&](const ApiResult<QJsonObject> &result) { read = result; });
    QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, timeout));
    QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().message));
    std::optional<ApiResult<QJsonObject>> write;
    users.updateUserV2(m_window->session()->userId(),
                       QJsonObject{{QStringLiteral("department"), QStringLiteral("token write")}},
                       this, [&](const ApiResult<QJsonObject> &result) { write = result; });
    QVERIFY(QTest::qWaitFor([&] { return write.has_value(); }, timeout));
    QVERIFY(!write->ok());
    QCOMPARE(write->error().httpStatus, 403);

    // Revoked with a confirmation that names it; refused from then on.
    QVERIFY(QTest::qWaitFor([&] { return pane->model()->rowCount() > 0; }, timeout));
    for (int row = 0; row < pane->model()->rowCount(); ++row)
        if (pane->model()->tokenAt(row).name() == QLatin1String("Secrets E2E read-only"))
            pane->table()->selectRow(row);
    QSignalSpy revoked(pane, &ApiTokensPane::tokenRevoked);
    pane->deleteSelection();
    QVERIFY(Confirmation::lastQuestion().contains(QStringLiteral("Secrets E2E read-only")));
    QVERIFY(revoked.wait(timeout));
    read.reset();
    users.getMeV2(this, [&](const ApiResult<QJsonObject> &result) { read = result; });
    QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, timeout));
    QCOMPARE(read->error().httpStatus, 401);
}

void SecretsFullSessionTest::auditLogPane()
{
    auto *pane = open<AuditLogPane>(QStringLiteral("audit-log"));
    QVERIFY(pane);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return pane->model()->state() != ListStateModel::State::Loading &&
                   pane->model()->state() != ListStateModel::State::Idle;
        },
        timeout));
    if (pane->model()->state() == ListStateModel::State::Failed)
        QSKIP("This emulator has no Audit Logs API yet.");
    QVERIFY(pane->model()->total() > 0);
    pane->table()->setCurrentIndex(pane->model()->index(0, 0));
    QVERIFY(QTest::qWaitFor([&] { return !pane->details()->isLoading(); }, timeout));
}

void SecretsFullSessionTest::scanScreenBeforeSignOut()
{
    // The API console's output, history and command previews.
    auto *console =
        qobject_cast<ApiConsolePane *>(m_window->pane(paneIndex(QStringLiteral("api-console"))));
    QVERIFY(console);
    QVERIFY(!console->responseView()->toPlainText().isEmpty());
    m_findingsOnScreen << m_scanner.scanWidget(QStringLiteral("API console"), console)
                       << m_scanner.scanText(QStringLiteral("console curl preview"),
                                             console->curlCommand())
                       << m_scanner.scanText(QStringLiteral("console CLI preview"),
                                             console->cliCommand());
    for (int index = 0; index < console->historyList()->count(); ++index)
        m_findingsOnScreen << m_scanner.scanText(
            QStringLiteral("console history"), console->historyList()->item(index)->text() +
                                                   console->historyList()->item(index)->toolTip());
    // Every top-level widget with every page as the session left it.
    m_findingsOnScreen << m_scanner.scanTopLevelWidgets();
}

void SecretsFullSessionTest::securityOverviewPane()
{
    auto *pane = open<SecurityOverviewPane>(QStringLiteral("security"));
    QVERIFY(pane);
    QVERIFY2(QTest::qWaitFor([pane] { return !pane->findings().isEmpty(); }, timeout),
             qPrintable(pane->status()->text()));
}

void SecretsFullSessionTest::signOut()
{
    const QString profile = m_window->sessionController()->profile().name;
    QAction *signOut = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == MainWindow::tr("Sign &out"))
            signOut = action;
    }
    QVERIFY(signOut);
    scanScreenBeforeSignOut();
    signOut->trigger();
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_window->sessionController()->state() == SessionController::State::SignedOut;
        },
        timeout));
    // The keychain entry is gone (removal is asynchronous; jobs run in order).
    std::optional<TokenStore::Status> status;
    m_tokens->read(profile, this,
                   [&](const TokenStore::Result &result) { status = result.status; });
    QVERIFY(QTest::qWaitFor([&] { return status.has_value(); }, timeout));
    QCOMPARE(*status, TokenStore::Status::NotFound);
    m_window->close(); // writes the window's settings
    QSettings().sync();
}

void SecretsFullSessionTest::searchFindsPlantedSecrets()
{
    // Every page was used.
    QStringList keys;
    for (int index = 0; index < m_window->paneCount(); ++index)
        keys << m_window->paneKey(index);
    for (const QString &key : std::as_const(keys))
        QVERIFY2(m_panesVisited.contains(key), qPrintable(QStringLiteral("not visited: ") + key));

    // The search finds each secret in the forms it takes on the way.
    const QStringList secrets = {m_token, m_password, m_newPassword, m_environment.token()};
    for (const QString &secret : secrets) {
        QVERIFY(m_scanner.contains(QStringLiteral("Authorization: Bearer ") + secret));
        QVERIFY(m_scanner.contains(QUrl::toPercentEncoding(secret)));
        QVERIFY(!m_scanner.scanText(QStringLiteral("probe"), QStringLiteral("x") + secret + "y")
                     .isEmpty());
    }
    QVERIFY(m_scanner.contains(m_token.section(QLatin1Char('.'), 2)));
    QVERIFY(!m_scanner.contains(QStringLiteral("nothing secret here")));

    // … in a file under the searched folders, …
    const QString planted = SecretScanner::writableFolders().first() + "/planted-probe.txt";
    QFile file(planted);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("token=" + QUrl::toPercentEncoding(m_token));
    file.close();
    const QStringList fileFindings = m_scanner.scanFiles(SecretScanner::writableFolders());
    QFile::remove(planted);
    QCOMPARE(fileFindings.size(), 1);
    QVERIFY(fileFindings.first().endsWith(QStringLiteral("planted-probe.txt")));
    QVERIFY(!fileFindings.first().contains(m_token)); // findings name the secret, not its value

    // … in a widget's title, a log message and the clipboard.
    QWidget probe;
    probe.setWindowTitle(m_password);
    QCOMPARE(m_scanner.scanTopLevelWidgets().size(), 1);
    const int messagesBefore = int(SecretScanner::messages().size());
    qDebug("probe %s", m_newPassword.toUtf8().toBase64().constData()); // not in plain in the log
    QVERIFY(SecretScanner::messages().size() == messagesBefore + 1);
    QVERIFY(m_scanner.scanText(QStringLiteral("probe message"), SecretScanner::messages().last())
                .size() == 1);
}

void SecretsFullSessionTest::secretsAppearNowhere()
{
    // Drop the planted log message from the search: it is the test's own, made above.
    QStringList findings;
    const QStringList messages = SecretScanner::messages();
    for (int index = 0; index < messages.size(); ++index) {
        if (!messages.at(index).startsWith(QStringLiteral("probe ")))
            findings << m_scanner.scanText(QStringLiteral("log message %1").arg(index),
                                           messages.at(index));
    }

    // Files: settings (profiles, window state), keyring files, caches, whatever was written.
    int filesSearched = 0;
    findings << m_scanner.scanFiles(SecretScanner::writableFolders(), &filesSearched);
    QFile settings(m_profiles->fileName());
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(m_profiles->fileName()));
    const QByteArray settingsText = settings.readAll();
    QVERIFY(settingsText.contains("127.0.0.1")); // the search was not vacuous
    QVERIFY(settingsText.contains("MainWindow"));
    QVERIFY(filesSearched >= 2);
    qInfo("searched %d files under %s", filesSearched,
          qPrintable(SecretScanner::writableFolders().join(QStringLiteral(", "))));

    // The Activity panel: its text, every cell and role, and every entry's fields.
    ActivityLogModel *log = m_window->activityDock()->model();
    QVERIFY(log->rowCount() > 30);
    findings << m_scanner.scanText(QStringLiteral("Activity panel"),
                                   m_window->activityDock()->text())
             << m_scanner.scanText(QStringLiteral("Activity log text"), log->toText())
             << m_scanner.scanModel(QStringLiteral("Activity log"), log);
    for (int row = 0; row < log->rowCount(); ++row) {
        const ActivityEntry &entry = log->entryAt(row);
        findings << m_scanner.scanText(QStringLiteral("Activity entry %1").arg(row),
                                       entry.method + entry.url + entry.operationId + entry.error);
    }

    // What the pages showed during the session (scanned just before sign-out, which discards
    // them) and every top-level widget now.
    findings << m_findingsOnScreen;
    findings << m_scanner.scanTopLevelWidgets();

    // Everything the clipboard held during the session.
    QVERIFY(m_scanner.clipboardTexts().size() >= 2);
    findings << m_scanner.scanClipboard();

    findings.removeDuplicates();
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void SecretsFullSessionTest::cleanupTestCase()
{
    if (m_window && !m_invitedUserId.isEmpty() &&
        m_window->sessionController()->state() == SessionController::State::SignedIn)
        deleteUser(m_invitedUserId);
    Confirmation::setAutomaticAnswer(std::nullopt);
    m_window.reset();
    SecretScanner::stopRecordingMessages();
}

QTEST_MAIN(SecretsFullSessionTest)
#include "tst_secrets_full_session.moc"
