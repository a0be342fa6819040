// The application shell against a real emulator and a real (throw-away) Secret Service:
// sign in through the dialog, use the client, survive a 401 without losing edits, sign out —
// and then search every file the application wrote, the Activity panel and everything logged
// for the token. Runs under tests/run-with-keyring.sh (KEYRING), which gives it its own HOME
// and XDG folders.
#include "../support/E2eEnvironment.h"
#include "../support/SecretScanner.h"
#include "models/ActivityLogModel.h"
#include "services/session/ProfileStore.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "ui/common/MessageWidget.h"
#include "ui/shell/ActivityDock.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pane.h"
#include "ui/shell/SessionController.h"
#include "ui/shell/SignInDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

namespace {

// A page with an edit in progress.
class EditingPane : public Pane
{
public:
    using Pane::Pane;
    QString title() const override { return QStringLiteral("Users"); }
    bool hasUnsavedChanges() const override { return !draft.isEmpty(); }
    QString draft;
};

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class ShellSessionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInThroughDialog();
    void usesTheClient();
    void expiredSessionKeepsEdits();
    void signInWithBrowser();
    void signOutRemovesToken();
    void tokenAppearsNowhere();
    void cleanupTestCase();

private:
    SignInDialog *waitForDialog();
    bool waitForState(SessionController::State state);

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
    EditingPane *m_editing = nullptr;
    const QString m_profileName = QStringLiteral("Emulator (test)");
};

void ShellSessionTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("EPILOT_KEYRING_SESSION"))
        QSKIP("Run through tests/run-with-keyring.sh (ctest does): it needs a throw-away HOME "
              "and Secret Service.");
    SecretScanner::recordMessages();
    QCoreApplication::setOrganizationName(QStringLiteral("epilot-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("epilot-admin"));
    QString error;
    QVERIFY2(m_environment.start(&error), qPrintable(error));
    QVERIFY(!m_environment.token().isEmpty());
    m_profiles = std::make_unique<ProfileStore>();
    m_tokens = std::make_unique<TokenStore>();
    m_window = std::make_unique<MainWindow>(&m_network, m_profiles.get(), m_tokens.get());
    m_window->resize(1280, 800);
    m_window->show();
    m_editing = new EditingPane(m_window->session());
    // The page with an edit in progress takes the place of the last page.
    m_window->replacePane(m_window->paneKey(m_window->paneCount() - 1), m_editing);
}

SignInDialog *ShellSessionTest::waitForDialog()
{
    QTest::qWaitFor([this] { return m_window->signInDialog() != nullptr; }, 5000);
    return m_window->signInDialog();
}

bool ShellSessionTest::waitForState(SessionController::State state)
{
    return QTest::qWaitFor([&] { return m_window->sessionController()->state() == state; }, 15000);
}

void ShellSessionTest::signInThroughDialog()
{
    m_window->showSignIn();
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    // No profile yet: the dialog offers a new one; name it as a person would.
    QTest::qWaitFor([dialog] { return !dialog->editedProfile().name.isEmpty(); }, 2000);
    const ApiEndpoints endpoints = m_environment.endpoints();
    QStringList addresses;
    for (const ApiEndpoints::Descriptor &api : ApiEndpoints::descriptors())
        addresses << (endpoints.*api.url).toString();
    addresses << m_environment.portalUrl().toString();
    for (int field = 0; field < int(addresses.size()); ++field) {
        QLineEdit *edit = dialog->urlField(field);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("http://example.com"));
        QVERIFY(dialog->urlMessage(field)->isVisibleTo(dialog)); // plain http refused
        edit->selectAll();
        QTest::keyClicks(edit, addresses[field]);
        QVERIFY(!dialog->urlMessage(field)->isVisibleTo(dialog));
    }
    // An empty token is refused with a message.
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(dialog->message().contains(QStringLiteral("Paste")));
    QVERIFY(dialog->isVisible());

    QTest::keyClicks(dialog->tokenField(), m_environment.token());
    QCOMPARE(dialog->tokenField()->echoMode(), QLineEdit::Password);
    shoot(dialog, QStringLiteral("sign-in-dialog"));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(waitForState(SessionController::State::SignedIn));
    QVERIFY(!m_window->signInDialog());

    const QJsonObject me = m_window->session()->me();
    const QString name = me.value(QStringLiteral("display_name")).toString();
    QVERIFY(!name.isEmpty());
    QVERIFY2(m_window->windowTitle().contains(name), qPrintable(m_window->windowTitle()));
    // The organization's name follows (getCurrentOrganization); the id stays in the status bar.
    QVERIFY(QTest::qWaitFor(
        [this] { return !m_window->sessionController()->organizationName().isEmpty(); }, 10000));
    const QString organizationName = m_window->sessionController()->organizationName();
    QVERIFY2(m_window->windowTitle().contains(organizationName),
             qPrintable(m_window->windowTitle()));
    const auto *organization =
        m_window->statusBar()->findChild<QLabel *>(QStringLiteral("organizationLabel"));
    QVERIFY(organization->text().contains(m_window->session()->organizationId()));
    QVERIFY(organization->text().contains(organizationName));
    const auto *user = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("userLabel"));
    QVERIFY(user->text().contains(name));

    // The profile was saved (draft "epilot"), the token went to the keychain.
    QVERIFY(!m_profiles->names().isEmpty());
    const QString profile = m_window->sessionController()->profile().name;
    bool read = false;
    m_tokens->read(profile, this, [&](const TokenStore::Result &result) {
        QVERIFY(result.ok());
        QCOMPARE(result.token, m_environment.token());
        QVERIFY(!m_tokens->hasSessionToken(profile));
        read = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return read; }, 10000));
    if (!qEnvironmentVariableIsEmpty("EPILOT_SCREENSHOT_DIR")) {
        for (int index = 0; index < m_window->paneCount() - 1; ++index) {
            QVERIFY(m_window->showPane(index));
            QTest::qWait(1500); // let the page load its data
            shoot(m_window.get(), QStringLiteral("main-window-%1").arg(m_window->paneKey(index)));
        }
    }
}

void ShellSessionTest::usesTheClient()
{
    int answered = 0;
    m_window->session()->users()->getMeV2(this, [&](const auto &result) {
        QVERIFY(result.ok());
        ++answered;
    });
    ApiRequest missing;
    missing.api = Api::User;
    missing.method = "GET";
    missing.path = QStringLiteral("/v2/users/does-not-exist-4711");
    missing.operationId = QStringLiteral("getUserV2");
    m_window->session()->client()->send(missing, this, [&](const auto &result) {
        QVERIFY(!result.ok());
        ++answered;
    });
    QVERIFY(QTest::qWaitFor([&] { return answered == 2; }, 15000));
    ActivityLogModel *log = m_window->activityDock()->model();
    QVERIFY(log->rowCount() >= 3);
    QVERIFY(log->failedCount() >= 1);
    QVERIFY(m_window->activityDock()->text().contains(QStringLiteral("/v2/users/me")));
}

void ShellSessionTest::expiredSessionKeepsEdits()
{
    QVERIFY(m_window->showPane(m_window->paneCount() - 1));
    m_editing->draft = QStringLiteral("half-typed invitation");
    auto *paneBefore = m_window->currentPane();

    // The server stops accepting the token (as when it is revoked).
    m_window->session()->client()->setToken(QStringLiteral("no-longer-valid"));
    m_window->session()->refreshMe();
    QVERIFY(waitForState(SessionController::State::Expired));
    QVERIFY(m_window->noticeBar()->isVisible());
    QVERIFY(m_window->noticeBar()->text().contains(QStringLiteral("ended")));
    QTest::qWait(50);
    bool offersSignIn = false;
    for (QToolButton *button : m_window->noticeBar()->findChildren<QToolButton *>())
        offersSignIn = offersSignIn || (button->isVisible() && button->text().contains("Sign in"));
    QVERIFY(offersSignIn);
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    shoot(m_window.get(), QStringLiteral("main-window-session-ended"));

    // Nothing was torn down.
    QCOMPARE(m_window->currentPane(), paneBefore);
    QCOMPARE(m_editing->draft, QStringLiteral("half-typed invitation"));

    // Sign in again with the stored token (field left empty).
    QVERIFY(QTest::qWaitFor(
        [dialog] {
            return dialog->findChild<QLabel *>(QStringLiteral("tokenState"))
                ->text()
                .contains(QStringLiteral("keychain"));
        },
        10000));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(waitForState(SessionController::State::SignedIn));
    QCOMPARE(m_window->currentPane(), paneBefore);
    QCOMPARE(m_editing->draft, QStringLiteral("half-typed invitation"));
    QVERIFY(!m_window->noticeBar()->isVisible());
    m_editing->draft.clear();
}

void ShellSessionTest::signInWithBrowser()
{
    const QString profile = m_window->sessionController()->profile().name;
    m_window->showSignIn(profile);
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QString shownCode;
    QUrl opened;
    QNetworkAccessManager portal;
    // The test plays browser and portal: it sends the browser back to the callback.
    dialog->setUrlOpener([&](const QUrl &url) {
        opened = url;
        shownCode = dialog->verificationCodeLabel()->text();
        const QUrlQuery login(url);
        QUrl callback(login.queryItemValue(QStringLiteral("cli_callback"), QUrl::FullyDecoded));
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("token"), m_environment.token());
        answer.addQueryItem(QStringLiteral("state"), login.queryItemValue(QStringLiteral("state")));
        answer.addQueryItem(QStringLiteral("org_id"), m_window->session()->organizationId());
        answer.addQueryItem(QStringLiteral("user_id"), m_window->session()->userId());
        answer.addQueryItem(QStringLiteral("name"), QStringLiteral("Test"));
        callback.setQuery(answer);
        QNetworkReply *reply = portal.get(QNetworkRequest(callback));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    });
    QSignalSpy states(m_window->sessionController(), &SessionController::stateChanged);
    QTest::mouseClick(dialog->browserButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->signInDialog(); }, 15000));
    QVERIFY(waitForState(SessionController::State::SignedIn));
    QVERIFY(!states.isEmpty()); // the session started again with the portal's token
    QVERIFY(opened.path().endsWith(QStringLiteral("/login")));
    QVERIFY(opened.toString().startsWith(m_environment.portalUrl().toString()));
    QCOMPARE(shownCode, QUrlQuery(opened).queryItemValue(QStringLiteral("code")));
    QVERIFY(!shownCode.isEmpty());
    QVERIFY(!m_window->signInDialog());
}

void ShellSessionTest::signOutRemovesToken()
{
    const QString profile = m_window->sessionController()->profile().name;
    QAction *signOut = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Sign &out"))
            signOut = action;
    }
    QVERIFY(signOut);
    // A page of this session, built with its data (the Users page on screen at start).
    QPointer<Pane> before = m_window->pane(0);
    QVERIFY(before);
    signOut->trigger();
    QVERIFY(waitForState(SessionController::State::SignedOut));
    // No page keeps the last session's data: each is built afresh for the next one.
    QVERIFY(QTest::qWaitFor([&] { return before.isNull(); }, 5000));
    QVERIFY(m_window->pane(0));
    std::optional<TokenStore::Status> status;
    QTest::qWait(500); // the keychain removal is asynchronous
    m_tokens->read(profile, this,
                   [&](const TokenStore::Result &result) { status = result.status; });
    QVERIFY(QTest::qWaitFor([&] { return status.has_value(); }, 10000));
    QCOMPARE(*status, TokenStore::Status::NotFound);
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral("epilot Admin")));
}

void ShellSessionTest::tokenAppearsNowhere()
{
    SecretScanner scanner;
    scanner.addSecret(QStringLiteral("token"), m_environment.token());
    m_window->close(); // writes geometry and the last page
    QSettings().sync();

    // The application did write settings there: the search is not vacuous.
    QFile settings(m_profiles->fileName());
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(m_profiles->fileName()));
    const QByteArray settingsText = settings.readAll();
    QVERIFY(settingsText.contains(m_environment.endpoints().user.host().toUtf8()));
    QVERIFY(settingsText.contains("MainWindow"));
    // And the search finds the token where it is.
    QVERIFY(scanner.contains(settingsText + m_environment.token().toUtf8()));

    int filesSearched = 0;
    QStringList findings = scanner.scanFiles(SecretScanner::writableFolders(), &filesSearched);
    QVERIFY(filesSearched > 0);

    const QString activity = m_window->activityDock()->text();
    QVERIFY(!activity.isEmpty());
    findings << scanner.scanText(QStringLiteral("Activity panel"), activity)
             << scanner.scanModel(QStringLiteral("Activity log"), m_window->activityDock()->model())
             << scanner.scanWidget(QStringLiteral("main window"), m_window.get())
             << scanner.scanMessages();
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void ShellSessionTest::cleanupTestCase()
{
    m_window.reset();
    SecretScanner::stopRecordingMessages();
}

QTEST_MAIN(ShellSessionTest)
#include "tst_shell_session.moc"
