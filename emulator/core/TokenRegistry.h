#pragma once

#include "emulator/core/EmulatorRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

class EmulatorStore;

// Issues and checks bearer tokens. Tokens are JWT-shaped (header.payload.signature, base64url,
// HS256 with a per-data-file secret) and carry the claims of epilot's tokens (sub,
// custom:ivy_user_id, custom:ivy_org_id, email, exp, ...), so the application can read the
// organization, user and expiry. A token is accepted when it is registered in the "tokens"
// collection (keyed by its SHA-256), not revoked and not expired — or when any-token mode is on.
class TokenRegistry
{
public:
    explicit TokenRegistry(EmulatorStore &store);

    void setAcceptAnyToken(bool accept) { m_acceptAnyToken = accept; }
    bool acceptsAnyToken() const { return m_acceptAnyToken; }
    void setIssuer(const QString &issuer) { m_issuer = issuer; }

    // lifetimeSeconds <= 0: never expires (tokens given with --token). `access` marks an access
    // token of the Access Token API: {access_token_id, read_only, assignments}.
    QString issue(const QString &userId, const QString &organizationId,
                  qint64 lifetimeSeconds = kDefaultLifetimeSeconds, const QJsonObject &access = {});
    // Registers a token chosen by someone else (--token T) for the given user.
    void accept(const QString &token, const QString &userId, const QString &organizationId);
    std::optional<Caller> resolve(const QString &token) const;
    bool revoke(const QString &token);
    // Revokes by the registry's key (keyOf(token)); the Access Token API keeps only the key.
    bool revokeKey(const QString &key);
    static QString keyOf(const QString &token); // SHA-256 hex: the token itself is never stored
    // Makes the token act in another organization (switchOrganization).
    bool setOrganization(const QString &token, const QString &organizationId);

    // HMAC-SHA256 with the emulator's secret, base64url; for signed challenges and tokens.
    QByteArray sign(const QByteArray &data) const;
    bool verify(const QByteArray &data, const QByteArray &signature) const;

    static QJsonObject claimsOf(const QString &token); // {} when not JWT-shaped
    static constexpr qint64 kDefaultLifetimeSeconds = 12 * 3600;

private:
    QByteArray secret() const;

    EmulatorStore &m_store;
    bool m_acceptAnyToken = false;
    QString m_issuer = QStringLiteral("epilot-emulator");
    mutable QByteArray m_secret;
};
