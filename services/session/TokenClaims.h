#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <chrono>

// What an epilot access token says about itself. The JWT payload is decoded but NOT verified:
// the servers verify the signature; we only use the claims to inform the user and grey out
// actions a read-only token may not do.
class TokenClaims
{
    Q_DECLARE_TR_FUNCTIONS(TokenClaims)

public:
    // Accepts a bare JWT or one pasted with a leading "Bearer ". Never throws; check isValid().
    static TokenClaims decode(const QString &token);

    bool isValid() const { return m_error.isEmpty(); }
    // Why the token could not be decoded; never contains the token itself.
    QString errorString() const { return m_error; }

    QString organizationId() const;
    QString userId() const;
    QString email() const;
    // The best name to show: token name, name, e-mail or user name, whichever the token has.
    QString displayName() const;
    // Invalid when the token has no "exp" claim (API tokens may never expire).
    QDateTime expiresAt() const;
    QDateTime issuedAt() const;
    bool isReadOnly() const;
    bool isAnonymized() const;
    // Long-lived API token (token_type "api") rather than a user's login token.
    bool isApiToken() const;

    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // True when the token expires within `within` from `now`, or has expired already.
    bool expiresSoon(std::chrono::seconds within,
                     const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    const QJsonObject &payload() const { return m_payload; }

private:
    QString firstString(std::initializer_list<const char *> names) const;
    bool firstFlag(std::initializer_list<const char *> names) const;
    QDateTime timeClaim(const char *name) const;

    QJsonObject m_payload;
    QString m_error = tr("No token.");
};
