#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonObject>

class EmulatorStore;

// The Entity API (entity.json) for the one schema this application needs: `partner`. Its five
// operations (searchEntities, createEntity, getEntity, patchEntity, deleteEntity) read and change
// the same partner records as the Partner Directory API (collection "partners"), so an invitation
// or approval there shows in the entity search and an edit here shows there.
//
// epilot does not publish the attributes of a partner entity; this module uses the names of the
// Partner Directory's `Partner` schema (company_name, email, owner_email, description, status,
// signed_up_email, partner_org_id, invitation_token) beside the entity's own `_id`, `_org`,
// `_schema`, `_title` (the company name), `_tags`, `_created_at`, `_updated_at`, `_deleted_at`.
class PartnerEntityApiModule : public ApiModule
{
public:
    explicit PartnerEntityApiModule(EmulatorStore &store);

    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &) override {} // the Partner Directory seeds the records

    // The partner record as an EntityItem.
    static QJsonObject entityOf(const QJsonObject &partner);

private:
    EmulatorResponse searchEntities(const EmulatorRequest &request) const;
    EmulatorResponse createEntity(const EmulatorRequest &request);
    EmulatorResponse getEntity(const EmulatorRequest &request) const;
    EmulatorResponse patchEntity(const EmulatorRequest &request);
    EmulatorResponse deleteEntity(const EmulatorRequest &request);

    // The caller's live partner named by the path's slug and id, or {} and an error answer.
    QJsonObject partnerOf(const EmulatorRequest &request, EmulatorResponse *error) const;
    QList<QJsonObject> searched(const EmulatorRequest &request, EmulatorResponse *error) const;

    EmulatorStore &m_store;
};
