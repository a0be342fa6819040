#pragma once

#include "emulator/core/ApiModule.h"

#include <functional>

class EmulatorStore;
class FaultInjector;
class Outbox;
class TokenRegistry;

// Emulator-only endpoints under /emulator/ (public, never faulted):
//   GET    /emulator/health         {"status": "ok"}
//   GET    /emulator/outbox         ?to=ADDRESS&kind=KIND (both optional)
//                                   → {"mails": [{id, kind, to, sent_at, data}, ...]}
//   DELETE /emulator/outbox         empties the outbox
//   POST   /emulator/reset          back to the seeded state (start-up tokens stay valid)
//   POST   /emulator/tokens         {"user_id"?, "organization_id"?, "expires_in"?} → {"token"}
//   POST   /emulator/tokens/revoke  {"token"} → 204, 404 when unknown
//   GET    /emulator/faults         the faults injected now (FaultOptions::toJson)
//   PUT    /emulator/faults         {"latency_ms"?, "fail_rate"?, ...} → 200 with them; absent
//                                   members are 0, so {} ends every fault (400 out of range)
class EmulatorControlModule : public ApiModule
{
public:
    EmulatorControlModule(EmulatorStore &store, Outbox &outbox, TokenRegistry &tokens,
                          FaultInjector &faults, std::function<void()> reset);
    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &) override {}

private:
    EmulatorStore &m_store;
    Outbox &m_outbox;
    TokenRegistry &m_tokens;
    FaultInjector &m_faults;
    std::function<void()> m_reset;
};
