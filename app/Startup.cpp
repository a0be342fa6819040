#include "app/Startup.h"

#include "services/session/EmulatorLauncher.h"
#include "services/session/ProfileStore.h"
#include "services/session/TokenStore.h"
#include "ui/common/MessageWidget.h"
#include "ui/shell/MainWindow.h"

#include <QMessageBox>

const QString Startup::emulatorProfileName = Profile::emulatorProfileName();

Startup::Startup(MainWindow *window, ProfileStore *profiles, TokenStore *tokens,
                 const StartupOptions &options, const EnvironmentOverrides &environment,
                 QObject *parent)
    : QObject(parent), m_window(window), m_profiles(profiles), m_tokens(tokens), m_options(options),
      m_environment(environment)
{
}

void Startup::run()
{
    if (m_options.emulator)
        startEmulator();
    else
        signInWithProfile();
}

void Startup::startEmulator()
{
    m_emulator = new EmulatorLauncher(this);
    const QString program = EmulatorLauncher::findProgram();
    if (program.isEmpty()) {
        m_window->noticeBar()->showMessage(
            MessageWidget::Level::Error,
            tr("The local emulator (epilot-emulator) was not found next to epilot-admin, in the "
               "build tree or on PATH. Build it, or set EPILOT_EMULATOR_PATH."));
        return;
    }
    m_emulator->setProgram(program);
    m_window->noticeBar()->showMessage(MessageWidget::Level::Info,
                                       tr("Starting the local emulator with demo data…"));
    connect(m_emulator, &EmulatorLauncher::started, this, &Startup::signInToEmulator);
    connect(m_emulator, &EmulatorLauncher::failed, this, [this](const QString &message) {
        m_window->noticeBar()->showMessage(MessageWidget::Level::Error,
                                           tr("The local emulator did not start: %1").arg(message));
    });
    connect(m_emulator, &EmulatorLauncher::stopped, this, [this](int exitCode) {
        m_window->noticeBar()->showMessage(
            MessageWidget::Level::Error,
            tr("The local emulator stopped (exit code %1). Restart epilot Admin with --emulator.")
                .arg(exitCode));
    });
    m_emulator->start({QStringLiteral("--seed"), QStringLiteral("demo")});
}

void Startup::signInToEmulator(const QUrl &baseUrl, const QString &token)
{
    // The port differs per run, so the profile is rewritten each time; the token lives in
    // memory only, because the emulator forgets it when it stops.
    Profile profile = Profile::withDefaults(emulatorProfileName);
    profile.endpoints = ApiEndpoints::singleServer(baseUrl);
    profile.portal = baseUrl;
    const QString problem = m_profiles->contains(emulatorProfileName)
                                ? m_profiles->update(emulatorProfileName, profile)
                                : m_profiles->add(profile);
    if (!problem.isEmpty()) {
        m_window->noticeBar()->showMessage(
            MessageWidget::Level::Error,
            tr("Could not save the emulator's profile: %1").arg(problem));
        return;
    }
    m_tokens->keepForSession(emulatorProfileName, token);
    m_window->startSession(profile, token);
}

void Startup::signInWithProfile()
{
    const QString name =
        m_options.profileName.isEmpty() ? m_profiles->lastUsed() : m_options.profileName;
    const std::optional<Profile> stored = m_profiles->find(name);
    Profile profile =
        stored.value_or(Profile::withDefaults(name.isEmpty() ? QStringLiteral("epilot") : name));
    // The command line wins over the environment, which wins over the saved profile.
    profile = m_options.applyTo(m_environment.applyTo(profile));

    if (m_environment.hasToken()) {
        m_window->startSession(profile, m_environment.token);
        return;
    }
    if (!stored) {
        m_window->showSignIn(
            {}, m_options.profileName.isEmpty()
                    ? QString()
                    : tr("There is no profile called \u201c%1\u201d. Create it or choose another.")
                          .arg(m_options.profileName));
        return;
    }
    m_tokens->read(profile.name, m_window, [this, profile](const TokenStore::Result &result) {
        if (result.ok() && !result.token.isEmpty()) {
            m_window->startSession(profile, result.token);
            return;
        }
        m_window->showSignIn(profile.name, result.status == TokenStore::Status::NotFound
                                               ? QString()
                                               : result.message);
    });
}
