#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

class EmulatorStore;

// The Permissions API (permissions.json, 13 operations). Roles live in the collection
// "permissionRoles"; a user's assignments ARE the User API's `_roles` field of the "users"
// collection (one source of truth: the User API's `roles` answer and these assignments are the
// same data). Seen from an organization, a user's assignments are the `_roles` entries that are
// roles of that organization (or partner roles given to it); other entries are left alone.
class PermissionsApiModule : public ApiModule
{
public:
    explicit PermissionsApiModule(EmulatorStore &store);

    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

private:
    // Roles (PermissionsApiModule.cpp)
    EmulatorResponse listCurrentRoles(const EmulatorRequest &request) const;
    EmulatorResponse listAllRoles(const EmulatorRequest &request) const;
    EmulatorResponse searchRoles(const EmulatorRequest &request) const;
    EmulatorResponse getRole(const EmulatorRequest &request) const;
    EmulatorResponse createRole(const EmulatorRequest &request);
    EmulatorResponse putRole(const EmulatorRequest &request);
    EmulatorResponse deleteRole(const EmulatorRequest &request);
    EmulatorResponse refreshPermissions(const EmulatorRequest &request) const;

    // Assignments (PermissionsAssignments.cpp)
    EmulatorResponse getAssignedRolesForUser(const EmulatorRequest &request) const;
    EmulatorResponse assignRoles(const EmulatorRequest &request);
    EmulatorResponse addAssignment(const EmulatorRequest &request);
    EmulatorResponse removeAssignment(const EmulatorRequest &request);
    EmulatorResponse listAllAssignments(const EmulatorRequest &request) const;

    // A role the caller's organization sees, {} when none.
    QJsonObject visibleRole(const QString &roleId, const QString &organizationId) const;
    QList<QJsonObject> visibleRoles(const QString &organizationId) const;
    // The member of the organization, or the 404 to answer.
    std::optional<EmulatorResponse> refuseUser(const QString &userId,
                                               const QString &organizationId) const;
    // The 404 to answer when the user is deleted (its roles can be read, not added to).
    std::optional<EmulatorResponse> refuseDeleted(const QString &userId) const;
    // The user's assignments as the organization sees them (see the class comment).
    QStringList assignmentsOf(const QJsonObject &user, const QString &organizationId) const;
    // Replaces the organization's part of the user's `_roles`, keeps the rest.
    void storeAssignments(QJsonObject user, const QString &organizationId,
                          const QStringList &roleIds);
    // 400 for an unknown role or one that is not assigned to people (the root role).
    std::optional<EmulatorResponse> refuseAssignable(const QString &roleId,
                                                     const QString &organizationId) const;
    static QJsonObject assignment(const QString &userId, const QStringList &roleIds);

    EmulatorStore &m_store;
};
