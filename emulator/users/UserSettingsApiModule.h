#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <optional>

class EmulatorStore;

// The caller's own settings (/v2/users/me/settings…): scope ≤ 64 and key ≤ 128 characters,
// value any JSON of at most 64 KiB serialized. Stored in "userSettings" with id
// "<user_id>/<scope>/<key>" (scope and key percent-encoded) as UserSetting objects plus _user_id.
class UserSettingsApiModule : public ApiModule
{
public:
    static constexpr int kMaximumScopeLength = 64;
    static constexpr int kMaximumKeyLength = 128;
    static constexpr int kMaximumValueBytes = 64 * 1024;

    explicit UserSettingsApiModule(EmulatorStore &store);
    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

private:
    EmulatorResponse list(const EmulatorRequest &request);
    EmulatorResponse getScope(const EmulatorRequest &request);
    EmulatorResponse get(const EmulatorRequest &request);
    EmulatorResponse put(const EmulatorRequest &request);
    EmulatorResponse remove(const EmulatorRequest &request);

    static std::optional<EmulatorResponse> checkNames(const EmulatorRequest &request, bool withKey);
    static QString idOf(const QString &userId, const QString &scope, const QString &key);
    void store(const QString &userId, const QString &scope, const QString &key,
               const QJsonValue &value, const QString &createdAt, const QString &updatedAt);

    EmulatorStore &m_store;
};
