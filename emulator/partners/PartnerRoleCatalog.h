#pragma once

#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

class EmulatorRouter;
class EmulatorStore;

// Roles of partner organizations (collection "partnerRoles", id "<orgId>:<slug>"). As epilot's
// service does, a grant's `dependencies` are expanded into plain grants when a role is stored,
// so reading a role back returns one flat, de-duplicated grants list.
class PartnerRoleCatalog
{
public:
    explicit PartnerRoleCatalog(EmulatorStore &store);

    void registerRoutes(EmulatorRouter &router);

    // Checks a GrantWithDependencies list and returns it flattened; on bad input returns nullopt
    // and sets *error to a message naming the offending grant field.
    static std::optional<QJsonArray> expandGrants(const QJsonArray &grants, QString *error);
    static QString roleId(const QString &organizationId, const QString &slug);
    static QJsonObject roleReference(const QJsonObject &role); // {id, slug, name}

    // A role of the given organization, {} if there is none.
    QJsonObject role(const QString &organizationId, const QString &roleId) const;
    QJsonObject makeRole(const QString &organizationId, const QString &slug, const QString &name,
                         const QJsonArray &flatGrants) const;

private:
    EmulatorResponse getRoles(const EmulatorRequest &request) const;
    EmulatorResponse createRole(const EmulatorRequest &request);
    EmulatorResponse updateRole(const EmulatorRequest &request);
    EmulatorResponse deleteRole(const EmulatorRequest &request);

    // 404 unless the path's orgId is a partner organization connected to the caller's.
    std::optional<EmulatorResponse> refuseOrganization(const EmulatorRequest &request) const;
    static std::optional<QJsonObject> checkedGrant(const QJsonValue &value, const QString &where,
                                                   QString *error);
    bool isAssigned(const QString &organizationId, const QString &roleId) const;

    EmulatorStore &m_store;
};
