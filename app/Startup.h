#pragma once

#include "services/session/EnvironmentOverrides.h"
#include "services/session/StartupOptions.h"

#include <QObject>

class EmulatorLauncher;
class MainWindow;
class ProfileStore;
class TokenStore;

// What happens after the window appears: sign in to the local emulator (--emulator), with
// EPILOT_TOKEN, with the chosen profile's stored token, or open the sign-in dialog.
class Startup : public QObject
{
    Q_OBJECT
public:
    static const QString emulatorProfileName;

    Startup(MainWindow *window, ProfileStore *profiles, TokenStore *tokens,
            const StartupOptions &options, const EnvironmentOverrides &environment,
            QObject *parent = nullptr);

    void run();

private:
    void startEmulator();
    void signInToEmulator(const QUrl &baseUrl, const QString &token);
    void signInWithProfile();

    MainWindow *m_window;
    ProfileStore *m_profiles;
    TokenStore *m_tokens;
    StartupOptions m_options;
    EnvironmentOverrides m_environment;
    EmulatorLauncher *m_emulator = nullptr;
};
