#pragma once

#include "services/session/Profile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>
#include <map>

// What the environment changes of a profile, named as the official epilot CLI names it:
// EPILOT_TOKEN replaces the stored token, EPILOT_*_API_URL replace the base URLs.
struct EnvironmentOverrides
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentOverrides)

public:
    QString token;               // empty when EPILOT_TOKEN is unset or empty
    std::map<Api, QUrl> apiUrls; // only the APIs whose variable is set

    static EnvironmentOverrides fromEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    bool hasToken() const { return !token.isEmpty(); }
    bool changesEndpoints() const;
    // Empty when every URL given may be used; otherwise which variable is wrong and why.
    QString validate() const;
    Profile applyTo(Profile profile) const;
};
