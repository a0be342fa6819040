#pragma once

#include "emulator/core/ApiModule.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

class EmulatorStore;
class TokenRegistry;

// The emulator's stand-in for epilot's portal login used by "Sign in with browser":
//   GET /login?cli_callback=URL&state=S&code=C   shows the code and "Sign in as …" buttons
//   GET /login/authorize?cli_callback=URL&state=S&user_id=ID
//       issues a token and redirects to URL?token=…&state=S&org_id=…&user_id=…&name=…
// Only loopback callbacks (127.0.0.1, localhost, ::1) are accepted, so the page cannot be used
// to send tokens elsewhere.
class LoginPage : public ApiModule
{
public:
    LoginPage(EmulatorStore &store, TokenRegistry &tokens);
    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &) override {}

    static bool isLoopbackCallback(const QUrl &url);

private:
    QList<QJsonObject> signInCandidates() const;

    EmulatorStore &m_store;
    TokenRegistry &m_tokens;
};
