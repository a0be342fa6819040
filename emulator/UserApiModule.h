#pragma once

#include "ApiModule.h"

class EmulatorStore;
class Outbox;
class TokenRegistry;

// The User API (user.json): users, invitations, ...
class UserApiModule : public ApiModule
{
public:
    UserApiModule(EmulatorStore &store, Outbox &outbox, TokenRegistry &tokens);
    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

private:
    EmulatorStore &m_store;
    Outbox &m_outbox;
    TokenRegistry &m_tokens;
};
