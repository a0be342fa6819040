#pragma once

#include "services/session/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <map>
#include <optional>

// The application's command line. Parsing never exits the process: app/main.cpp looks at
// `action`, prints `message` and decides. Command-line URLs win over EPILOT_*_API_URL.
struct StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)

public:
    enum class Action {
        Run,
        ShowHelp,    // print message to stdout, exit 0
        ShowVersion, // print message to stdout, exit 0
        Fail,        // print message to stderr, exit 2
    };

    Action action = Action::Run;
    QString message;
    QString profileName;         // empty: the last used profile
    std::map<Api, QUrl> apiUrls; // only the APIs whose --*-api option is given
    bool emulator = false;       // start the bundled emulator and sign in to it

    // `arguments` as QCoreApplication::arguments() gives them, program name first.
    static StartupOptions parse(const QStringList &arguments);

    bool changesEndpoints() const;
    Profile applyTo(Profile profile) const;
    int exitCode() const;
};
