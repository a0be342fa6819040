#pragma once

#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonObject>
#include <QString>
#include <optional>

class EmulatorRouter;
class EmulatorStore;
class Outbox;
class PartnerRoleCatalog;

// Users of connected partner organizations (collection "partnerUsers", keyed by user id, with the
// organization in `_org_id` and the assigned role ids in `_role_ids`) and their role assignments.
class PartnerUserDirectory
{
public:
    PartnerUserDirectory(EmulatorStore &store, Outbox &outbox, const PartnerRoleCatalog &roles);

    void registerRoutes(EmulatorRouter &router);

    // The PartnerUser answer shape: stored fields plus the roles resolved to {id, slug, name}.
    QJsonObject partnerUserView(const QJsonObject &document) const;

private:
    EmulatorResponse getUsers(const EmulatorRequest &request) const;
    EmulatorResponse createUser(const EmulatorRequest &request);
    EmulatorResponse deleteUser(const EmulatorRequest &request);
    EmulatorResponse assignRoles(const EmulatorRequest &request);
    EmulatorResponse unassignRoles(const EmulatorRequest &request);
    EmulatorResponse changeRoles(const EmulatorRequest &request, bool assign);

    std::optional<EmulatorResponse> refuseOrganization(const EmulatorRequest &request) const;
    QJsonObject user(const QString &organizationId, const QString &userId) const;
    QString newUserId(const QString &organizationId) const;
    bool emailTaken(const QString &organizationId, const QString &email) const;

    EmulatorStore &m_store;
    Outbox &m_outbox;
    const PartnerRoleCatalog &m_roles;
};
