#pragma once

#include "services/network/ApiEndpoints.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// One place the application can sign in to: three API base URLs, an optional organization and
// the portal whose login page issues tokens. The token itself never lives here (see TokenStore).
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    QString name;
    ApiEndpoints endpoints = ApiEndpoints::defaults();
    QString organizationId; // empty: whatever organization the token belongs to
    QUrl portal = defaultPortal();

    // The profile --emulator writes: its name is a key in the settings, so it stays the same in
    // every language; shownName() translates it.
    static QString emulatorProfileName();
    // The name to show: the profile's own, or the emulator's in the interface language.
    QString shownName() const;

    static QUrl defaultPortal();
    static Profile withDefaults(const QString &name);

    // Empty when the profile can be used; otherwise every problem, one per line, readable.
    QString validate() const;
    static QString validateName(const QString &name);

    bool operator==(const Profile &) const = default;
};
