#include "services/session/EnvironmentOverrides.h"
#include "services/session/StartupOptions.h"

#include <QTest>

namespace {

StartupOptions parse(const QStringList &arguments)
{
    return StartupOptions::parse(QStringList{QStringLiteral("epilot-admin")} + arguments);
}

} // namespace

class StartupOptionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("epilot-admin"));
        QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    }

    void nothingGiven()
    {
        const StartupOptions options = parse({});
        QCOMPARE(options.action, StartupOptions::Action::Run);
        QVERIFY(options.profileName.isEmpty());
        QVERIFY(!options.changesEndpoints());
        QVERIFY(!options.emulator);
        QCOMPARE(options.exitCode(), 0);
        const Profile profile = Profile::withDefaults(QStringLiteral("P"));
        QCOMPARE(options.applyTo(profile), profile);
    }

    void everyOption()
    {
        const StartupOptions options =
            parse({"--profile", "Staging", "--user-api", "https://user.staging.example",
                   "--organization-api=https://org.staging.example", "--partner-api",
                   "http://127.0.0.1:4010"});
        QCOMPARE(options.action, StartupOptions::Action::Run);
        QCOMPARE(options.profileName, QStringLiteral("Staging"));
        QCOMPARE(options.apiUrls.at(Api::User),
                 QUrl(QStringLiteral("https://user.staging.example")));
        QCOMPARE(options.apiUrls.at(Api::Organization),
                 QUrl(QStringLiteral("https://org.staging.example")));
        QCOMPARE(options.apiUrls.at(Api::PartnerDirectory),
                 QUrl(QStringLiteral("http://127.0.0.1:4010")));
        QCOMPARE(options.apiUrls.count(Api::Permissions), 0u);
        const Profile applied = options.applyTo(Profile::withDefaults(QStringLiteral("Staging")));
        QCOMPARE(applied.endpoints.user, options.apiUrls.at(Api::User));
        QCOMPARE(applied.endpoints.organization, options.apiUrls.at(Api::Organization));
        QCOMPARE(applied.endpoints.partnerDirectory, options.apiUrls.at(Api::PartnerDirectory));
        QCOMPARE(applied.endpoints.permissions, ApiEndpoints::defaults().permissions);
        QCOMPARE(applied.portal, Profile::defaultPortal());
    }

    void emulator()
    {
        const StartupOptions options = parse({"--emulator"});
        QCOMPARE(options.action, StartupOptions::Action::Run);
        QVERIFY(options.emulator);
        const StartupOptions combined = parse({"--emulator", "--user-api", "https://x.example"});
        QCOMPARE(combined.action, StartupOptions::Action::Fail);
        QVERIFY(combined.message.contains(QLatin1String("--emulator")));
    }

    void helpAndVersion()
    {
        const StartupOptions help = parse({"--help"});
        QCOMPARE(help.action, StartupOptions::Action::ShowHelp);
        QCOMPARE(help.exitCode(), 0);
        for (const char *option : {"--profile", "--user-api", "--organization-api", "--partner-api",
                                   "--emulator", "--version"})
            QVERIFY2(help.message.contains(QLatin1String(option)), option);
        QCOMPARE(parse({"-h"}).action, StartupOptions::Action::ShowHelp);

        const StartupOptions version = parse({"--version"});
        QCOMPARE(version.action, StartupOptions::Action::ShowVersion);
        QCOMPARE(version.message, QStringLiteral("epilot-admin 1.2.3"));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option")
            << QStringList{"--frobnicate"} << QStringLiteral("frobnicate");
        QTest::newRow("missing value") << QStringList{"--profile"} << QStringLiteral("profile");
        QTest::newRow("positional") << QStringList{"stray"} << QStringLiteral("stray");
        QTest::newRow("empty profile")
            << QStringList{"--profile", ""} << QStringLiteral("--profile");
        QTest::newRow("plain http remote") << QStringList{"--user-api", "http://user.sls.epilot.io"}
                                           << QStringLiteral("--user-api");
        QTest::newRow("malformed url") << QStringList{"--organization-api", "::nonsense"}
                                       << QStringLiteral("--organization-api");
        QTest::newRow("no host") << QStringList{"--partner-api", "https://"}
                                 << QStringLiteral("--partner-api");
        QTest::newRow("emulator with profile")
            << QStringList{"--emulator", "--profile", "P"} << QStringLiteral("--emulator");
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const StartupOptions options = parse(arguments);
        QCOMPARE(options.action, StartupOptions::Action::Fail);
        QVERIFY2(options.message.contains(expected), qPrintable(options.message));
        QCOMPARE(options.exitCode(), 2);
    }

    void environment()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("EPILOT_TOKEN"), QStringLiteral("  abc.def.ghi \n"));
        environment.insert(QStringLiteral("EPILOT_USER_API_URL"),
                           QStringLiteral("https://user.env.example"));
        environment.insert(QStringLiteral("EPILOT_ORGANIZATION_API_URL"),
                           QStringLiteral("https://org.env.example"));
        environment.insert(QStringLiteral("EPILOT_PARTNER_DIRECTORY_API_URL"),
                           QStringLiteral("https://partner.env.example"));
        const EnvironmentOverrides overrides = EnvironmentOverrides::fromEnvironment(environment);
        QVERIFY(overrides.hasToken());
        QCOMPARE(overrides.token, QStringLiteral("abc.def.ghi"));
        QVERIFY(overrides.changesEndpoints());
        QCOMPARE(overrides.validate(), QString());

        // The command line wins over the environment, which wins over the saved profile.
        const Profile saved = Profile::withDefaults(QStringLiteral("P"));
        const StartupOptions options = parse({"--user-api", "https://user.cli.example"});
        const Profile effective = options.applyTo(overrides.applyTo(saved));
        QCOMPARE(effective.endpoints.user, QUrl(QStringLiteral("https://user.cli.example")));
        QCOMPARE(effective.endpoints.organization, QUrl(QStringLiteral("https://org.env.example")));
        QCOMPARE(effective.endpoints.partnerDirectory,
                 QUrl(QStringLiteral("https://partner.env.example")));
        QCOMPARE(effective.name, saved.name);
    }

    void emptyEnvironment()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("EPILOT_TOKEN"), QString());
        environment.insert(QStringLiteral("EPILOT_USER_API_URL"), QStringLiteral("  "));
        const EnvironmentOverrides overrides = EnvironmentOverrides::fromEnvironment(environment);
        QVERIFY(!overrides.hasToken());
        QVERIFY(!overrides.changesEndpoints());
        const Profile saved = Profile::withDefaults(QStringLiteral("P"));
        QCOMPARE(overrides.applyTo(saved), saved);
    }

    void badEnvironmentUrl()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("EPILOT_ORGANIZATION_API_URL"),
                           QStringLiteral("http://organization-v2.sls.epilot.io"));
        const QString problem = EnvironmentOverrides::fromEnvironment(environment).validate();
        QVERIFY2(problem.contains(QLatin1String("EPILOT_ORGANIZATION_API_URL")),
                 qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(StartupOptionsTest)
#include "tst_startup_options.moc"
