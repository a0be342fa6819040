#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/AuditTrail.h"
#include "emulator/core/EmulatorOptions.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/FaultInjector.h"
#include "emulator/core/Outbox.h"
#include "emulator/core/TokenRegistry.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

class EmulatorServer;

// Wires store, token registry, fault injector, router, API modules and the HTTP server together.
class EmulatorInstance : public QObject
{
    Q_OBJECT
public:
    explicit EmulatorInstance(const EmulatorOptions &options, QObject *parent = nullptr);
    ~EmulatorInstance() override;

    bool start(QString *error);
    QString baseUrl() const { return m_baseUrl; }
    QStringList startupTokens() const { return m_startupTokens; } // the tokens it accepts
    void reset();                                                 // back to the seeded state

private:
    void seedAll();
    void registerStartupTokens();

    EmulatorOptions m_options;
    EmulatorStore m_store;
    Outbox m_outbox;
    TokenRegistry m_tokens;
    FaultInjector m_faults;
    AuditTrail m_audit;
    EmulatorRouter m_router;
    std::vector<std::unique_ptr<ApiModule>> m_modules;
    EmulatorServer *m_server = nullptr;
    QString m_baseUrl;
    QStringList m_startupTokens;
};
