#pragma once

#include "ApiModule.h"
#include "AssignableSearch.h"
#include "EmulatorRequest.h"
#include "EmulatorResponse.h"
#include "PartnerRegistry.h"
#include "PartnerRoleCatalog.h"
#include "PartnerUserDirectory.h"

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
