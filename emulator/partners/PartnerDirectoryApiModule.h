#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/partners/AssignableSearch.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"
#include "emulator/partners/PartnerRegistry.h"
#include "emulator/partners/PartnerRoleCatalog.h"
#include "emulator/partners/PartnerUserDirectory.h"

class EmulatorStore;
class Outbox;

// The Partner Directory API (partner-directory.json, 17 operations): partners and their
// invitation lifecycle, assignables, geolocation, partner users, partner roles.
class PartnerDirectoryApiModule : public ApiModule
{
public:
    PartnerDirectoryApiModule(EmulatorStore &store, Outbox &outbox);

    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

private:
    static EmulatorResponse searchGeolocation(const EmulatorRequest &request);
    EmulatorResponse listPartners(const EmulatorRequest &request) const;

    EmulatorStore &m_store;
    Outbox &m_outbox;
    PartnerRegistry m_partners;
    PartnerRoleCatalog m_roles;
    PartnerUserDirectory m_users;
    AssignableSearch m_assignables;
};
