// Windows close while keychain jobs still run. QtKeychain 0.13.2 frees a job's state when the
// job is deleted, yet libsecret calls back into that state when the D-Bus answer arrives
// (upstream issue 261), so TokenStore must never delete a running job. CTest runs this under
// valgrind inside tests/run-with-keyring.sh: touching freed memory fails the run even where it
// happens not to crash. Each case destroys the owner at a different moment of the job's life
// (before it started, just after, while D-Bus is busy) and then waits until the job is done.
#include "services/session/Profile.h"
#include "services/session/ProfileStore.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "ui/shell/SessionController.h"
#include "ui/shell/SignInDialog.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <optional>

namespace {

const QString service = QStringLiteral("epilot-admin-lifetime-test");
const QString profileName = QStringLiteral("Lifetime");
const QString token = QStringLiteral("lifetime-test-token-0123456789");

// How long the owner lives after the jobs were started: not at all, one pass of the event
// loop (the job has handed its request to libsecret), and a few milliseconds (D-Bus busy).
const int lifetimesMs[] = {-1, 0, 1, 3, 10};

void spin(int milliseconds)
{
    if (milliseconds < 0)
        return;
    if (milliseconds == 0)
        QCoreApplication::processEvents();
    else
        QTest::qWait(milliseconds);
}

// Jobs run one after the other, so once a later job answered, every earlier one finished;
// the short wait lets their deleteLater() run.
bool waitForEarlierJobs()
{
    TokenStore store(service);
    QObject context;
    std::optional<TokenStore::Result> result;
    store.read(profileName, &context, [&](const TokenStore::Result &r) { result = r; });
    const bool answered = QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    QTest::qWait(20);
    return answered && result->status != TokenStore::Status::NoKeychain;
}

} // namespace

class KeychainLifetimeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeOwnerDestroyedWhileJobsRun();
    void signInDialogClosedWhileReading();
    void windowClosedRightAfterSignOut();
    void cleanupTestCase();

private:
    QTemporaryDir m_settings;
    QNetworkAccessManager m_network;
};

void KeychainLifetimeTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("EPILOT_KEYRING_SESSION"))
        QSKIP("Run through tests/run-with-keyring.sh (ctest does): it needs a throw-away "
              "Secret Service.");
    QVERIFY(m_settings.isValid());
    QVERIFY2(waitForEarlierJobs(), "no Secret Service answers");
}

void KeychainLifetimeTest::storeOwnerDestroyedWhileJobsRun()
{
    for (const int lifetime : lifetimesMs) {
        auto *owner = new QObject;
        auto *store = new TokenStore(service, owner);
        int answers = 0;
        const auto count = [&answers](const TokenStore::Result &) { ++answers; };
        store->write(profileName, token, owner, count);
        store->read(profileName, owner, count);
        store->remove(profileName, owner, count);
        store->move(profileName, profileName + QStringLiteral(" renamed"), owner, count);
        spin(lifetime);
        delete owner; // the store and every callback's context go at once
        QVERIFY(waitForEarlierJobs());
        if (lifetime < 0)
            QCOMPARE(answers, 0); // the answers of a destroyed owner are dropped
    }
}

void KeychainLifetimeTest::signInDialogClosedWhileReading()
{
    ProfileStore profiles(m_settings.filePath(QStringLiteral("profiles.ini")));
    Profile profile = Profile::withDefaults(profileName);
    profile.endpoints = ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:9")));
    QCOMPARE(profiles.add(profile), QString());
    for (const int lifetime : lifetimesMs) {
        auto *window = new QWidget;
        auto *tokens = new TokenStore(service, window);
        // Opening the dialog on a profile asks the keychain whether a token is stored.
        QPointer<SignInDialog> dialog = new SignInDialog(&profiles, tokens, window);
        dialog->selectProfile(profileName);
        dialog->show();
        spin(lifetime);
        dialog->close();
        window->close();
        delete window;
        QVERIFY(dialog.isNull());
        QVERIFY(waitForEarlierJobs());
    }
}

void KeychainLifetimeTest::windowClosedRightAfterSignOut()
{
    // Sign out removes the token from the keychain; the user quits before it is done.
    for (const int lifetime : lifetimesMs) {
        auto *window = new QWidget;
        auto *tokens = new TokenStore(service, window);
        auto *session = new Session(&m_network, window);
        auto *controller = new SessionController(session, tokens, window);
        Profile profile = Profile::withDefaults(profileName);
        profile.endpoints = ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:9")));
        controller->start(profile, token);
        bool done = false;
        controller->signOut([&done](const QString &) { done = true; });
        spin(lifetime);
        delete window;
        QVERIFY(waitForEarlierJobs());
        if (lifetime < 0)
            QVERIFY(!done);
    }
}

void KeychainLifetimeTest::cleanupTestCase()
{
    TokenStore store(service);
    QObject context;
    bool removed = false;
    for (const QString &name : {profileName, profileName + QStringLiteral(" renamed")})
        store.remove(name, &context, [&removed](const TokenStore::Result &) { removed = true; });
    (void)QTest::qWaitFor([&] { return removed; }, 10000);
}

QTEST_MAIN(KeychainLifetimeTest)
#include "tst_keychain_lifetime.moc"
