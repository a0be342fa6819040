#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonObject>
#include <QString>
#include <optional>

class EmulatorStore;
class TokenRegistry;

// The Access Token API (access-token.json) for tokens of type `api`: createAccessToken,
// listAccessTokens, revokeAccessToken. The descriptions live in the collection "accessTokens"
// (AccessTokenItem + internal `_org_id`, `_user_id`, `_key`); the token itself is issued by the
// TokenRegistry, which keeps only its SHA-256 (`_key`), so no answer after the 201 can show it.
// The token then works as a bearer on every emulated API as its creator, with its assignments
// and, when read_only, 403 on any write (EmulatorServer). Listing shows the tokens of the
// caller's organization (the real API shows the caller's own), revoked ones are gone.
class AccessTokenApiModule : public ApiModule
{
public:
    static inline const QString kCollection = QStringLiteral("accessTokens");
    static constexpr qint64 kMinimumSeconds = 30;
    static constexpr qint64 kMaximumSeconds = 365LL * 86400;

    AccessTokenApiModule(EmulatorStore &store, TokenRegistry &tokens);

    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

    // expires_in as the spec allows it (seconds, or "7d", "10h", "2 days"); nullopt + *error
    // when malformed or outside 30 s – 365 days.
    static std::optional<qint64> expirySeconds(const QJsonValue &value, QString *error);

private:
    EmulatorResponse createAccessToken(const EmulatorRequest &request);
    EmulatorResponse listAccessTokens(const EmulatorRequest &request) const;
    EmulatorResponse revokeAccessToken(const EmulatorRequest &request);

    // Issues the token and stores its description; answers the AccessTokenItem + token.
    QJsonObject issue(const QString &userId, const QString &organizationId, const QString &name,
                      const QStringList &assignments, qint64 lifetimeSeconds, bool readOnly,
                      bool anonymize, qint64 createdAtMs);
    QStringList currentAssignments(const QString &userId, const QString &organizationId) const;

    EmulatorStore &m_store;
    TokenRegistry &m_tokens;
};
