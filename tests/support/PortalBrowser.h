#pragma once

#include <QString>
#include <QUrl>

// Plays the system browser in "Sign in with browser" against the emulator's portal page: opens
// the login page, checks it shows the application's verification code, clicks the first
// "Sign in as …" and follows the portal's redirect back to the application's callback.
// Blocks on a local event loop (tests only).
class PortalBrowser
{
public:
    // The token the portal handed to the application; empty, with `error` set, on failure.
    static QString signIn(const QUrl &loginUrl, const QString &verificationCode, QString *error);
};
