#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

class EmulatorStore;

// The Audit Logs API (audit-logs.json): getLogs (POST /v1/logs with SearchOptions: time range,
// service, event, outcome, method, user; `page` counted from 0, `limit` 1–1000, default 50;
// `total`) and getLogById. The log of the caller's organization, newest first: the events the
// server recorded (AuditTrail, collection "auditLogs") and behind them the generated history
// (AuditHistory). Bad filters are 400 with a message.
class AuditLogApiModule : public ApiModule
{
public:
    explicit AuditLogApiModule(EmulatorStore &store);

    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

private:
    EmulatorResponse getLogs(const EmulatorRequest &request) const;
    EmulatorResponse getLogById(const EmulatorRequest &request) const;

    EmulatorStore &m_store;
};
