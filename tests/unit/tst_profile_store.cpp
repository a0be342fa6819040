#include "services/session/EnvironmentOverrides.h"
#include "services/session/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A token-looking secret that must never reach the settings file.
const QString secretToken = QStringLiteral(
    "eyJhbGciOiJSUzI1NiJ9.eyJvcmdfaWQiOiI2NiIsInNlY3JldCI6InRvcCJ9.c2lnbmF0dXJlLXNlY3JldA");

Profile localProfile(const QString &name)
{
    Profile profile = Profile::withDefaults(name);
    profile.endpoints = ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:8080")));
    profile.portal = QUrl(QStringLiteral("http://localhost:8080"));
    profile.organizationId = QStringLiteral("66");
    return profile;
}

} // namespace

class ProfileStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    QByteArray fileContents() const
    {
        QFile file(m_file);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("profiles-%1.ini")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_file);
    }

    void defaults()
    {
        const Profile profile = Profile::withDefaults(QStringLiteral("Production"));
        QCOMPARE(profile.portal, QUrl(QStringLiteral("https://portal.epilot.cloud")));
        QCOMPARE(profile.endpoints.user, QUrl(QStringLiteral("https://user.sls.epilot.io")));
        QCOMPARE(profile.endpoints.organization,
                 QUrl(QStringLiteral("https://organization-v2.sls.epilot.io")));
        QCOMPARE(profile.endpoints.partnerDirectory,
                 QUrl(QStringLiteral("https://partner-directory-api.sls.epilot.io")));
        QVERIFY(profile.organizationId.isEmpty());
        QCOMPARE(profile.validate(), QString());
    }

    void createAndReload()
    {
        {
            ProfileStore store(m_file);
            QSignalSpy changed(&store, &ProfileStore::changed);
            QVERIFY(store.profiles().isEmpty());
            QCOMPARE(store.add(Profile::withDefaults(QStringLiteral("Production"))), QString());
            QCOMPARE(store.add(localProfile(QStringLiteral("Local"))), QString());
            QCOMPARE(changed.size(), 2);
            store.setLastUsed(QStringLiteral("Local"));
        }
        ProfileStore reloaded(m_file);
        QCOMPARE(reloaded.names(), (QStringList{"Production", "Local"}));
        QCOMPARE(*reloaded.find(QStringLiteral("Local")), localProfile(QStringLiteral("Local")));
        QCOMPARE(*reloaded.find(QStringLiteral("production")),
                 Profile::withDefaults(QStringLiteral("Production")));
        QCOMPARE(reloaded.lastUsed(), QStringLiteral("Local"));
        QVERIFY(!reloaded.find(QStringLiteral("Staging")));
    }

    void refusesBadProfiles_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("expected");
        Profile profile = Profile::withDefaults(QString());
        QTest::newRow("no name") << profile << QStringLiteral("name");
        profile = Profile::withDefaults(QStringLiteral(" padded "));
        QTest::newRow("spaces around name") << profile << QStringLiteral("spaces");
        profile = Profile::withDefaults(QString(101, QLatin1Char('x')));
        QTest::newRow("long name") << profile << QStringLiteral("100");
        profile = Profile::withDefaults(QStringLiteral("tab\tname"));
        QTest::newRow("control character") << profile << QStringLiteral("control");
        profile = Profile::withDefaults(QStringLiteral("Plain"));
        profile.endpoints.user = QUrl(QStringLiteral("http://user.sls.epilot.io"));
        QTest::newRow("plain http") << profile << QStringLiteral("User API");
        profile = Profile::withDefaults(QStringLiteral("Malformed"));
        profile.endpoints.organization = QUrl(QStringLiteral("not a url"));
        QTest::newRow("malformed") << profile << QStringLiteral("Organization API");
        profile = Profile::withDefaults(QStringLiteral("Ftp"));
        profile.endpoints.partnerDirectory = QUrl(QStringLiteral("ftp://example.com"));
        QTest::newRow("ftp") << profile << QStringLiteral("Partner Directory API");
        profile = Profile::withDefaults(QStringLiteral("Password in URL"));
        profile.endpoints.user = QUrl(QStringLiteral("https://me:secret@user.sls.epilot.io"));
        QTest::newRow("user info") << profile << QStringLiteral("password");
        profile = Profile::withDefaults(QStringLiteral("Portal"));
        profile.portal = QUrl(QStringLiteral("http://portal.epilot.cloud"));
        QTest::newRow("plain http portal") << profile << QStringLiteral("Portal");
        profile = Profile::withDefaults(QStringLiteral("Org"));
        profile.organizationId = QStringLiteral("12 34");
        QTest::newRow("org id with space") << profile << QStringLiteral("organization id");
    }

    void refusesBadProfiles()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, expected);
        ProfileStore store(m_file);
        QSignalSpy changed(&store, &ProfileStore::changed);
        const QString problem = store.add(profile);
        QVERIFY2(problem.contains(expected, Qt::CaseInsensitive), qPrintable(problem));
        QVERIFY(store.profiles().isEmpty());
        QCOMPARE(changed.size(), 0);
        QVERIFY(!problem.contains(QLatin1String("secret")));
    }

    void loopbackHttpIsAllowed()
    {
        ProfileStore store(m_file);
        Profile profile = localProfile(QStringLiteral("Loopback"));
        profile.endpoints.organization = QUrl(QStringLiteral("http://[::1]:9000"));
        QCOMPARE(store.add(profile), QString());
    }

    void namesAreUniqueIgnoringCase()
    {
        ProfileStore store(m_file);
        QCOMPARE(store.add(Profile::withDefaults(QStringLiteral("Production"))), QString());
        const QString problem = store.add(Profile::withDefaults(QStringLiteral("PRODUCTION")));
        QVERIFY2(problem.contains(QLatin1String("exists")), qPrintable(problem));
        QCOMPARE(store.profiles().size(), 1);
    }

    void renameKeepsLastUsed()
    {
        ProfileStore store(m_file);
        QCOMPARE(store.add(localProfile(QStringLiteral("Local"))), QString());
        QCOMPARE(store.add(Profile::withDefaults(QStringLiteral("Production"))), QString());
        store.setLastUsed(QStringLiteral("Local"));

        QVERIFY(store.rename(QStringLiteral("Local"), QStringLiteral("Production"))
                    .contains(QLatin1String("exists")));
        QVERIFY(!store.rename(QStringLiteral("Missing"), QStringLiteral("X")).isEmpty());
        QVERIFY(!store.rename(QStringLiteral("Local"), QString()).isEmpty());

        QCOMPARE(store.rename(QStringLiteral("Local"), QStringLiteral("Emulator")), QString());
        QCOMPARE(store.names(), (QStringList{"Emulator", "Production"}));
        QCOMPARE(store.lastUsed(), QStringLiteral("Emulator"));
        QCOMPARE(store.find(QStringLiteral("Emulator"))->endpoints,
                 localProfile(QString()).endpoints);
        // Changing only the case of the name is a rename, not a clash with itself.
        QCOMPARE(store.rename(QStringLiteral("Emulator"), QStringLiteral("emulator")), QString());
        QCOMPARE(ProfileStore(m_file).names(), (QStringList{"emulator", "Production"}));
    }

    void updateChangesAddresses()
    {
        ProfileStore store(m_file);
        QCOMPARE(store.add(Profile::withDefaults(QStringLiteral("Staging"))), QString());
        Profile changed = *store.find(QStringLiteral("Staging"));
        changed.endpoints.user = QUrl(QStringLiteral("https://user.staging.example"));
        changed.organizationId = QStringLiteral("739224");
        QCOMPARE(store.update(QStringLiteral("Staging"), changed), QString());
        Profile broken = changed;
        broken.endpoints.user = QUrl(QStringLiteral("http://user.staging.example"));
        QVERIFY(!store.update(QStringLiteral("Staging"), broken).isEmpty());
        QCOMPARE(*ProfileStore(m_file).find(QStringLiteral("Staging")), changed);
    }

    void removeForgetsLastUsed()
    {
        ProfileStore store(m_file);
        QCOMPARE(store.add(Profile::withDefaults(QStringLiteral("A"))), QString());
        QCOMPARE(store.add(Profile::withDefaults(QStringLiteral("B"))), QString());
        store.setLastUsed(QStringLiteral("B"));
        QVERIFY(!store.remove(QStringLiteral("C")).isEmpty());
        QCOMPARE(store.remove(QStringLiteral("b")), QString());
        QCOMPARE(store.names(), QStringList{"A"});
        QCOMPARE(store.lastUsed(), QString());
        QCOMPARE(ProfileStore(m_file).names(), QStringList{"A"});
    }

    void skipsBrokenEntries()
    {
        {
            QSettings settings(m_file, QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("profiles"), 2);
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("name"), QString());
            settings.setArrayIndex(1);
            settings.setValue(QStringLiteral("name"), QStringLiteral("Kept"));
            settings.endArray();
        }
        ProfileStore store(m_file);
        QCOMPARE(store.names(), QStringList{"Kept"});
        // Missing addresses fall back to epilot's.
        QCOMPARE(*store.find(QStringLiteral("Kept")),
                 Profile::withDefaults(QStringLiteral("Kept")));
    }

    void neverWritesTokens()
    {
        // EPILOT_TOKEN and URL overrides flow through the same profile the store saves.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("EPILOT_TOKEN"), secretToken);
        environment.insert(QStringLiteral("EPILOT_USER_API_URL"),
                           QStringLiteral("http://127.0.0.1:4010"));
        const EnvironmentOverrides overrides = EnvironmentOverrides::fromEnvironment(environment);
        QVERIFY(overrides.hasToken());
        ProfileStore store(m_file);
        const Profile profile = overrides.applyTo(localProfile(QStringLiteral("From environment")));
        QCOMPARE(store.add(profile), QString());
        QCOMPARE(store.rename(profile.name, QStringLiteral("Renamed")), QString());
        store.setLastUsed(QStringLiteral("Renamed"));

        const QByteArray contents = fileContents();
        QVERIFY(contents.contains("http://127.0.0.1:4010"));
        QVERIFY(!contents.contains(secretToken.toLatin1()));
        for (const QByteArray &part : secretToken.toLatin1().split('.'))
            QVERIFY(!contents.contains(part));
        // The only "token" allowed is the address of the Access Token API (key and default URL).
        QByteArray withoutAccessTokenApi = contents.toLower();
        withoutAccessTokenApi.replace("accesstokenapi", "").replace("access-token.sls", "");
        QVERIFY(!withoutAccessTokenApi.contains("token"));
        QVERIFY(!contents.toLower().contains("password"));
        QCOMPARE(store.fileName(), m_file);
    }
};

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "tst_profile_store.moc"
