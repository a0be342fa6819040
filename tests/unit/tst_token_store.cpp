#include "services/session/TokenStore.h"

#include <QDirIterator>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <optional>
#include <qt6keychain/keychain.h>

// Runs against a real Secret Service: CTest starts it through tests/run-with-keyring.sh
// (private D-Bus session, gnome-keyring-daemon, throw-away HOME).

namespace {

const QString probeVariable = QStringLiteral("EPILOT_TOKEN_STORE_PROBE");

// Waits, with the event loop running, for one store call to answer.
class Waiter
{
public:
    TokenStore::Callback callback()
    {
        return [this](const TokenStore::Result &result) { m_result = result; };
    }
    std::optional<TokenStore::Result> wait(int milliseconds = 10000)
    {
        (void)QTest::qWaitFor([this] { return m_result.has_value(); }, milliseconds);
        return m_result;
    }

private:
    std::optional<TokenStore::Result> m_result;
};

QString describe(const std::optional<TokenStore::Result> &result)
{
    if (!result)
        return QStringLiteral("no answer");
    return QStringLiteral("status %1: %2").arg(int(result->status)).arg(result->message);
}

// One store operation, waited for.
std::optional<TokenStore::Result> readToken(TokenStore &store, const QString &profile)
{
    QObject context;
    Waiter waiter;
    store.read(profile, &context, waiter.callback());
    return waiter.wait();
}

std::optional<TokenStore::Result> writeToken(TokenStore &store, const QString &profile,
                                             const QString &token)
{
    QObject context;
    Waiter waiter;
    store.write(profile, token, &context, waiter.callback());
    return waiter.wait();
}

std::optional<TokenStore::Result> removeToken(TokenStore &store, const QString &profile)
{
    QObject context;
    Waiter waiter;
    store.remove(profile, &context, waiter.callback());
    return waiter.wait();
}

// The child-process half of the "no keychain" tests: prints what read and write report.
int probe(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    TokenStore store;
    QObject context;
    int answers = 0;
    QString line;
    const auto report = [&](const char *what) {
        return [&, what](const TokenStore::Result &result) {
            line += QStringLiteral("%1=%2 ").arg(QLatin1String(what)).arg(int(result.status));
            if (++answers == 2) {
                std::printf("%s\n%s\n", qPrintable(line.trimmed()), qPrintable(result.message));
                application.quit();
            }
        };
    };
    store.read(QStringLiteral("probe"), &context, report("read"));
    store.write(QStringLiteral("probe"), QStringLiteral("probe-secret-token"), &context,
                report("write"));
    QTimer::singleShot(20000, &application, [&application] { application.exit(3); });
    return application.exec();
}

} // namespace

class TokenStoreTest : public QObject
{
    Q_OBJECT

private:
    const QString m_token = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJvcmdfaWQiOiI2NiJ9.first-sig");
    const QString m_newerToken =
        QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJvcmdfaWQiOiI2NiJ9.second-sig");

    QString runProbe(const QProcessEnvironment &environment, const QString &home)
    {
        QProcessEnvironment childEnvironment = environment;
        childEnvironment.insert(probeVariable, QStringLiteral("1"));
        childEnvironment.insert(QStringLiteral("HOME"), home);
        childEnvironment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        childEnvironment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                                home + QStringLiteral("/config"));
        childEnvironment.remove(QStringLiteral("DISPLAY"));
        childEnvironment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        QProcess child;
        child.setProcessEnvironment(childEnvironment);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(30000))
            return QStringLiteral("probe did not finish");
        return QString::fromUtf8(child.readAllStandardOutput());
    }

    static QStringList filesContaining(const QString &folder, const QByteArray &needle)
    {
        QStringList found;
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found << file.fileName();
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        TokenStore store;
        const auto result = removeToken(store, QStringLiteral("availability check"));
        QVERIFY2(result && result->ok(),
                 qPrintable(QStringLiteral("A Secret Service is needed; run this test through "
                                           "tests/run-with-keyring.sh (%1)")
                                .arg(describe(result))));
    }

    void writeReadOverwriteDelete()
    {
        TokenStore store;
        QCOMPARE(store.service(), QStringLiteral("epilot-admin"));
        const QString profile = QStringLiteral("Production");

        auto result = writeToken(store, profile, m_token);
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        result = readToken(store, profile);
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        QCOMPARE(result->token, m_token);

        result = writeToken(store, profile, m_newerToken);
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        QCOMPARE(readToken(store, profile)->token, m_newerToken);

        result = removeToken(store, profile);
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        result = readToken(store, profile);
        QVERIFY(result);
        QCOMPARE(result->status, TokenStore::Status::NotFound);
        QVERIFY(result->token.isEmpty());
        QVERIFY(!result->message.isEmpty());

        // Removing what is not there is fine: signing out twice must not be an error.
        result = removeToken(store, profile);
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
    }

    void storedUnderServiceAndProfileName()
    {
        TokenStore store;
        const QString profile = QStringLiteral("Stadtwerke / Süd");
        QVERIFY(writeToken(store, profile, m_token)->ok());
        // Read back with QtKeychain directly: other tools find it under the documented names.
        auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("epilot-admin"));
        job->setKey(profile);
        QSignalSpy finished(job, &QKeychain::Job::finished);
        QString found;
        connect(job, &QKeychain::Job::finished, this, [&found](QKeychain::Job *done) {
            found = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        });
        job->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(found, m_token);
        QVERIFY(removeToken(store, profile)->ok());
    }

    void profilesAreSeparate()
    {
        TokenStore store;
        QVERIFY(writeToken(store, QStringLiteral("A"), m_token)->ok());
        QVERIFY(writeToken(store, QStringLiteral("B"), m_newerToken)->ok());
        QCOMPARE(readToken(store, QStringLiteral("A"))->token, m_token);
        QCOMPARE(readToken(store, QStringLiteral("B"))->token, m_newerToken);
        QVERIFY(removeToken(store, QStringLiteral("A"))->ok());
        QCOMPARE(readToken(store, QStringLiteral("B"))->token, m_newerToken);
        QVERIFY(removeToken(store, QStringLiteral("B"))->ok());
    }

    void refusesEmptyInput()
    {
        TokenStore store;
        auto result = writeToken(store, QStringLiteral("Empty"), QStringLiteral("  "));
        QVERIFY(result);
        QCOMPARE(result->status, TokenStore::Status::Failed);
        QVERIFY(!result->message.isEmpty());
        QCOMPARE(readToken(store, QStringLiteral("Empty"))->status, TokenStore::Status::NotFound);
        result = writeToken(store, QString(), m_token);
        QCOMPARE(result->status, TokenStore::Status::Failed);
        QVERIFY(!result->message.contains(m_token));
    }

    void jobOutlivesItsContext()
    {
        TokenStore store;
        const QString profile = QStringLiteral("Outlived");
        bool called = false;
        auto *context = new QObject;
        store.write(profile, m_token, context,
                    [&called](const TokenStore::Result &) { called = true; });
        auto *readContext = new QObject;
        store.read(profile, readContext, [&called](const TokenStore::Result &) { called = true; });
        // Gone while both jobs are still running: the jobs finish, their answers are dropped.
        delete context;
        delete readContext;

        // Jobs run one after the other, so this answer comes after the orphaned ones.
        const auto result = readToken(store, profile);
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        QCOMPARE(result->token, m_token);
        QTest::qWait(100);
        QVERIFY(!called);
        QVERIFY(removeToken(store, profile)->ok());
    }

    void storeMayGoFirst()
    {
        // The dialog that owned the store closes before the keychain answers.
        auto *store = new TokenStore;
        QObject context;
        Waiter waiter;
        store->write(QStringLiteral("Store gone"), m_token, &context, waiter.callback());
        delete store;
        const auto result = waiter.wait();
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        TokenStore other;
        QCOMPARE(readToken(other, QStringLiteral("Store gone"))->token, m_token);
        QVERIFY(removeToken(other, QStringLiteral("Store gone"))->ok());
    }

    void moveFollowsRename()
    {
        TokenStore store;
        QVERIFY(writeToken(store, QStringLiteral("Old name"), m_token)->ok());
        QObject context;
        Waiter waiter;
        store.move(QStringLiteral("Old name"), QStringLiteral("New name"), &context,
                   waiter.callback());
        const auto result = waiter.wait();
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        QCOMPARE(readToken(store, QStringLiteral("New name"))->token, m_token);
        QCOMPARE(readToken(store, QStringLiteral("Old name"))->status,
                 TokenStore::Status::NotFound);
        QVERIFY(removeToken(store, QStringLiteral("New name"))->ok());

        // Nothing stored: nothing to move, and that is not an error.
        Waiter nothing;
        store.move(QStringLiteral("Never stored"), QStringLiteral("Elsewhere"), &context,
                   nothing.callback());
        QVERIFY(nothing.wait()->ok());
    }

    void sessionOnlyToken()
    {
        TokenStore store;
        const QString profile = QStringLiteral("Session only");
        store.keepForSession(profile, m_token);
        QVERIFY(store.hasSessionToken(profile));
        auto result = readToken(store, profile);
        QVERIFY(result && result->ok());
        QCOMPARE(result->token, m_token);
        // It never reached the keychain.
        TokenStore other;
        QCOMPARE(readToken(other, profile)->status, TokenStore::Status::NotFound);
        QVERIFY(removeToken(store, profile)->ok());
        QVERIFY(!store.hasSessionToken(profile));
        QCOMPARE(readToken(store, profile)->status, TokenStore::Status::NotFound);
    }

    void noPlainTextAnywhere()
    {
        TokenStore store;
        const QString marker =
            QStringLiteral("plain-text-marker-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(writeToken(store, QStringLiteral("Marker"), marker)->ok());
        const QString home = QDir::homePath();
        QVERIFY2(!home.isEmpty() && home != QLatin1String("/"), qPrintable(home));
        QCOMPARE(filesContaining(home, marker.toUtf8()), QStringList());
        const QString data = qEnvironmentVariable("XDG_DATA_HOME");
        if (!data.isEmpty())
            QCOMPARE(filesContaining(data, marker.toUtf8()), QStringList());
        QVERIFY(removeToken(store, QStringLiteral("Marker"))->ok());
    }

    void noSessionBusMeansNoKeychain()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=%1/no-such-bus").arg(home.path()));
        const QString output = runProbe(environment, home.path());
        QVERIFY2(output.startsWith(QLatin1String("read=2 write=2")), qPrintable(output));
        QVERIFY(output.contains(QLatin1String("session only")));
        QCOMPARE(filesContaining(home.path(), "probe-secret-token"), QStringList());
    }

    void busWithoutSecretServiceMeansNoKeychain()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed.");
        QTemporaryDir folder;
        // A session bus that knows no services at all, so nothing can provide the secrets.
        const QString config = folder.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/"
                "busconfig.dtd\">\n<busconfig><type>session</type>"
                "<listen>unix:path=%1/bus</listen><auth>EXTERNAL</auth>"
                "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                "<allow eavesdrop=\"true\"/>"
                "<allow own=\"*\"/></policy></busconfig>\n")
                .arg(folder.path())
                .toUtf8());
        file.close();
        QProcess bus;
        bus.start(daemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                           QStringLiteral("--print-address")});
        QVERIFY(bus.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(bus.canReadLine() || bus.waitForReadyRead(100), 10000);
        const QString address = QString::fromUtf8(bus.readLine()).trimmed();
        QVERIFY2(address.startsWith(QLatin1String("unix:")), qPrintable(address));

        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        const QString output = runProbe(environment, home.path());
        bus.terminate();
        bus.waitForFinished(5000);
        QVERIFY2(output.startsWith(QLatin1String("read=2 write=2")), qPrintable(output));
        QCOMPARE(filesContaining(home.path(), "probe-secret-token"), QStringList());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("EPILOT_TOKEN_STORE_PROBE"))
        return probe(argc, argv);
    QCoreApplication application(argc, argv);
    TokenStoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_token_store.moc"
