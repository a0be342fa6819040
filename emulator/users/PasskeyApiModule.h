#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonObject>
#include <optional>

class EmulatorStore;
class TokenRegistry;

// Passkeys of the User API. Registration and authentication hand out WebAuthn options with a
// random challenge and a challenge_token: base64url(JSON {purpose, challenge, user_id, exp, …})
// "." HMAC-SHA256 signature with the emulator's secret; the complete/resolve steps check the
// signature, purpose, expiry (5 minutes), user, and — when the client sends clientDataJSON —
// that it carries the same challenge. Attestation and assertion signatures are NOT verified
// (no COSE/CBOR parsing): any well-formed response with a credential id is accepted.
class PasskeyApiModule : public ApiModule
{
public:
    PasskeyApiModule(EmulatorStore &store, TokenRegistry &tokens);
    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

    static constexpr qint64 kChallengeLifetimeSeconds = 300;
    static const QString kRelyingPartyId;

private:
    EmulatorResponse list(const EmulatorRequest &request);
    EmulatorResponse remove(const EmulatorRequest &request);
    EmulatorResponse beginRegistration(const EmulatorRequest &request);
    EmulatorResponse completeRegistration(const EmulatorRequest &request);
    EmulatorResponse beginAuthentication(const EmulatorRequest &request);
    EmulatorResponse beginDiscoverable(const EmulatorRequest &request);
    EmulatorResponse resolveCredential(const EmulatorRequest &request);

    QString challengeToken(const QJsonObject &claims) const;
    // The token's claims, or the 400 answer when it is forged, expired or for another purpose.
    std::optional<EmulatorResponse> readChallengeToken(const QString &token, const QString &purpose,
                                                       QJsonObject *claims) const;
    static std::optional<EmulatorResponse> checkClientData(const QJsonObject &response,
                                                           const QString &challenge);
    QList<QJsonObject> passkeysOf(const QString &userId) const;
    void updateHasPasskeys(const QString &userId);

    EmulatorStore &m_store;
    TokenRegistry &m_tokens;
};
