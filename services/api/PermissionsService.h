#pragma once

#include "services/network/ServiceCall.h"

#include <QObject>
#include <QStringList>

// The query of searchRoles (request body of POST /v1/permissions/roles:search, RoleSearchInput).
struct RoleSearch
{
    QString query;       // searched across fields; empty = all
    QStringList roleIds; // filters; empty = no filter
    QStringList organizationIds;
    QStringList slugs;
    int limit = 50; // ≥ 1
    int offset = 0; // ≥ 0

    QJsonObject toJson() const;
    // Empty when the query may be sent, else why not.
    QString problem() const;
};

// The Permissions API (permissions.json, 13 operations). Each call mirrors one operationId and
// hands back the answer's JSON; domain/permissions reads it (PermissionRole, RoleAssignment).
// Bad input is refused before sending with a readable error, reported through the callback.
class PermissionsService : public QObject
{
    Q_OBJECT
public:
    explicit PermissionsService(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

    // Roles. The lists hand over `roles`; searchRoles the whole {hits, results}.
    ApiCall *listCurrentRoles(QObject *context, ArrayCallback done);
    ApiCall *listAllRoles(QObject *context, ArrayCallback done);
    ApiCall *searchRoles(const RoleSearch &search, QObject *context, ObjectCallback done);
    ApiCall *getRole(const QString &roleId, QObject *context, ObjectCallback done);
    // `role` is the payload (PermissionRole::createPayload / putPayload).
    ApiCall *createRole(const QJsonObject &role, QObject *context, ObjectCallback done);
    ApiCall *putRole(const QString &roleId, const QJsonObject &role, QObject *context,
                     ObjectCallback done);
    ApiCall *deleteRole(const QString &roleId, QObject *context, ObjectCallback done);
    ApiCall *refreshPermissions(QObject *context, DoneCallback done);

    // Assignments. getAssignedRolesForUser and assignRoles hand over the role ids;
    // add/removeAssignment the Assignment {user_id, roles}; listAllAssignments `assignments`.
    ApiCall *getAssignedRolesForUser(const QString &userId, QObject *context, ArrayCallback done);
    ApiCall *assignRoles(const QString &userId, const QStringList &roleIds, QObject *context,
                         ArrayCallback done);
    ApiCall *addAssignment(const QString &userId, const QString &roleId, QObject *context,
                           ObjectCallback done);
    ApiCall *removeAssignment(const QString &userId, const QString &roleId, QObject *context,
                              ObjectCallback done);
    ApiCall *listAllAssignments(QObject *context, ArrayCallback done);

    // "<organization id>:<slug>" with both parts present.
    static bool isRoleId(const QString &roleId);

private:
    ApiCall *refuseRole(const QString &roleId, QObject *context, ObjectCallback &done);

    ApiClient *m_client;
};
