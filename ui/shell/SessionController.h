#pragma once

#include "services/session/Profile.h"
#include "services/session/TokenClaims.h"

#include <QDateTime>
#include <QObject>
#include <functional>

struct ApiError;
class Session;
class QTimer;
class TokenStore;

// The life of a sign-in in one window: which profile and token the Session uses, what the
// token's claims say, when it runs out, and what a 401 or sign-out does. It never closes panes:
// an ended session keeps every edit, and signing in again lets the user retry.
class SessionController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        SignedOut,
        SigningIn, // token set, getMeV2 under way
        SignedIn,
        Failed,  // getMeV2 failed for another reason than 401 (no connection, bad URL …)
        Expired, // the server said 401 or the token's expiry passed
    };
    Q_ENUM(State)

    // How long before the token's expiry the user is warned.
    static constexpr std::chrono::minutes warningLead{5};

    SessionController(Session *session, TokenStore *tokens, QObject *parent = nullptr);

    // Starts (or restarts, after expiry) the session with this token. `readOnly` asks for a
    // read-only session even when the token itself could write.
    void start(const Profile &profile, const QString &token, bool readOnly = false);
    // Removes the token from the keychain and ends the session; `done` gets an error message,
    // empty on success. The session ends even when the keychain fails.
    void signOut(std::function<void(const QString &error)> done = {});

    State state() const { return m_state; }
    bool hasProfile() const { return !m_profile.name.isEmpty(); }
    const Profile &profile() const { return m_profile; }
    const TokenClaims &claims() const { return m_claims; }
    QString lastError() const { return m_lastError; }
    Session *session() const { return m_session; }

    // "Jane Doe", from getMeV2 or, before it answers, from the token.
    QString userName() const;
    QString organizationId() const;
    // The organization's name once getCurrentOrganization answered; empty before.
    QString organizationName() const { return m_organizationName; }

signals:
    void stateChanged(SessionController::State state);
    // The token runs out at `expiry`, within warningLead from now.
    void expiresSoon(const QDateTime &expiry);

private:
    void setState(State state);
    void scheduleExpiry();
    void onExpiryTimer();
    void onFailed(const ApiError &error);
    void loadOrganizationName();

    Session *m_session;
    TokenStore *m_tokens;
    Profile m_profile;
    TokenClaims m_claims;
    State m_state = State::SignedOut;
    QString m_lastError;
    QString m_organizationName;
    QTimer *m_expiryTimer;
    bool m_warned = false;
};
