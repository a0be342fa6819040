#include "services/session/StartupOptions.h"

#include "services/network/UrlPolicy.h"

#include <QCommandLineParser>

namespace {

StartupOptions failure(const QString &message)
{
    StartupOptions options;
    options.action = StartupOptions::Action::Fail;
    options.message = message;
    return options;
}

} // namespace

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Administer an epilot organization: users, groups, "
                                        "partners, roles and settings."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("Sign in with the saved profile NAME."),
                                           QStringLiteral("NAME"));
    QList<QCommandLineOption> urlOptions;
    for (const ApiEndpoints::Descriptor &api : ApiEndpoints::descriptors())
        urlOptions << QCommandLineOption(
            QString::fromLatin1(api.option),
            tr("Base URL of the %1.").arg(QCoreApplication::translate("ApiEndpoints", api.label)),
            QStringLiteral("URL"));
    const QCommandLineOption emulatorOption(
        QStringLiteral("emulator"),
        tr("Start the local epilot emulator with demo data and sign in to it."));
    parser.addOptions({profileOption});
    parser.addOptions(urlOptions);
    parser.addOption(emulatorOption);

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(helpOption)) {
        StartupOptions options;
        options.action = Action::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(versionOption)) {
        StartupOptions options;
        options.action = Action::ShowVersion;
        options.message = QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                      QCoreApplication::applicationVersion());
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    StartupOptions options;
    options.emulator = parser.isSet(emulatorOption);
    if (parser.isSet(profileOption)) {
        options.profileName = parser.value(profileOption);
        if (const QString problem = Profile::validateName(options.profileName); !problem.isEmpty())
            return failure(tr("--profile: %1").arg(problem));
    }
    for (const ApiEndpoints::Descriptor &api : ApiEndpoints::descriptors()) {
        const QString name = QString::fromLatin1(api.option);
        if (!parser.isSet(name))
            continue;
        const QUrl url(parser.value(name).trimmed(), QUrl::StrictMode);
        if (const QString problem = UrlPolicy::check(url); !problem.isEmpty())
            return failure(QStringLiteral("--%1: %2").arg(name, problem));
        options.apiUrls[api.api] = url;
    }
    if (options.emulator && (options.changesEndpoints() || !options.profileName.isEmpty()))
        return failure(tr("--emulator chooses its own profile and addresses; it cannot be "
                          "combined with --profile or the --*-api options."));
    return options;
}

bool StartupOptions::changesEndpoints() const
{
    return !apiUrls.empty();
}

Profile StartupOptions::applyTo(Profile profile) const
{
    for (const auto &[api, url] : apiUrls)
        profile.endpoints.*ApiEndpoints::descriptor(api).url = url;
    return profile;
}

int StartupOptions::exitCode() const
{
    return action == Action::Fail ? 2 : 0;
}
