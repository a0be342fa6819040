// The assignment operations of the Permissions API: reading and writing the users' `_roles`.
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/permissions/PermissionsApiModule.h"
#include "emulator/permissions/RoleRules.h"
#include "emulator/users/UserDirectory.h"

namespace {

QString userIdOf(const EmulatorRequest &request)
{
    return request.pathParams.value(QStringLiteral("userId"));
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject PermissionsApiModule::assignment(const QString &userId, const QStringList &roleIds)
{
    return {{QStringLiteral("user_id"), userId}, {QStringLiteral("roles"), toArray(roleIds)}};
}

std::optional<EmulatorResponse>
PermissionsApiModule::refuseUser(const QString &userId, const QString &organizationId) const
{
    const QJsonObject user = m_store.get(RoleRules::kUsers, userId);
    if (user.isEmpty() || !UserDirectory::isMember(user, organizationId))
        return EmulatorResponse::error(
            404,
            QStringLiteral("User %1 is not a user of organization %2").arg(userId, organizationId));
    return std::nullopt;
}

// A deleted user keeps the roles it had (they can be read) but is given no new ones.
std::optional<EmulatorResponse> PermissionsApiModule::refuseDeleted(const QString &userId) const
{
    const QJsonObject user = m_store.get(RoleRules::kUsers, userId);
    if (user.value(QStringLiteral("status")).toString() == QLatin1String("Deleted"))
        return EmulatorResponse::error(
            404, QStringLiteral("User %1 is deleted: no roles can be assigned").arg(userId));
    return std::nullopt;
}

// A role id counts for the organization when it names one of its roles, a partner role given to
// it, or (not in the store yet, e.g. a fresh sign-up's "<org>:owner") carries its prefix.
QStringList PermissionsApiModule::assignmentsOf(const QJsonObject &user,
                                                const QString &organizationId) const
{
    QStringList result;
    const QString prefix = organizationId + QLatin1Char(':');
    for (const QJsonValue &value : user.value(QStringLiteral("_roles")).toArray()) {
        const QString id = value.toString();
        if (id.startsWith(prefix) || !visibleRole(id, organizationId).isEmpty())
            result.append(id);
    }
    return result;
}

void PermissionsApiModule::storeAssignments(QJsonObject user, const QString &organizationId,
                                            const QStringList &roleIds)
{
    // Keeps the order of what stays (the User API answers `roles` in this order).
    const QStringList ours = assignmentsOf(user, organizationId);
    QJsonArray roles;
    for (const QJsonValue &value : user.value(QStringLiteral("_roles")).toArray()) {
        if (!ours.contains(value.toString()) || roleIds.contains(value.toString()))
            roles.append(value);
    }
    for (const QString &id : roleIds) {
        if (!roles.contains(QJsonValue(id)))
            roles.append(id);
    }
    user.insert(QStringLiteral("_roles"), roles);
    m_store.put(RoleRules::kUsers, user.value(QStringLiteral("id")).toString(), user);
}

std::optional<EmulatorResponse>
PermissionsApiModule::refuseAssignable(const QString &roleId, const QString &organizationId) const
{
    const QJsonObject role = visibleRole(roleId, organizationId);
    if (role.isEmpty())
        return EmulatorResponse::error(
            400, QStringLiteral("Unknown role %1 in organization %2").arg(roleId, organizationId));
    if (role.value(QStringLiteral("type")).toString() == QLatin1String("org_role"))
        return EmulatorResponse::error(
            400, QStringLiteral("%1 is the organization's root role: it applies to everyone and is "
                                "not assigned")
                     .arg(roleId));
    return std::nullopt;
}

EmulatorResponse PermissionsApiModule::getAssignedRolesForUser(const EmulatorRequest &request) const
{
    const QString organizationId = request.caller.organizationId;
    if (auto refusal = refuseUser(userIdOf(request), organizationId))
        return *refusal;
    const QJsonObject user = m_store.get(RoleRules::kUsers, userIdOf(request));
    return EmulatorResponse::json(200, toArray(assignmentsOf(user, organizationId)));
}

EmulatorResponse PermissionsApiModule::assignRoles(const EmulatorRequest &request)
{
    const QString organizationId = request.caller.organizationId;
    if (auto refusal = refuseUser(userIdOf(request), organizationId))
        return *refusal;
    if (auto refusal = refuseDeleted(userIdOf(request)))
        return *refusal;
    if (!request.body.isArray())
        return EmulatorResponse::error(400,
                                       QStringLiteral("The body must be an array of role ids"));
    QStringList roleIds;
    for (const QJsonValue &value : request.body.toArray()) {
        if (!value.isString() || value.toString().isEmpty())
            return EmulatorResponse::error(400, QStringLiteral("Each role id must be a string"));
        if (auto refusal = refuseAssignable(value.toString(), organizationId))
            return *refusal;
        if (!roleIds.contains(value.toString()))
            roleIds.append(value.toString());
    }
    storeAssignments(m_store.get(RoleRules::kUsers, userIdOf(request)), organizationId, roleIds);
    return EmulatorResponse::json(200, toArray(roleIds));
}

EmulatorResponse PermissionsApiModule::addAssignment(const EmulatorRequest &request)
{
    const QString organizationId = request.caller.organizationId;
    const QString userId = userIdOf(request);
    const QString roleId = request.pathParams.value(QStringLiteral("roleId"));
    if (auto refusal = refuseUser(userId, organizationId))
        return *refusal;
    if (auto refusal = refuseDeleted(userId))
        return *refusal;
    if (auto refusal = refuseAssignable(roleId, organizationId))
        return *refusal;
    const QJsonObject user = m_store.get(RoleRules::kUsers, userId);
    QStringList roleIds = assignmentsOf(user, organizationId);
    if (!roleIds.contains(roleId)) {
        roleIds.append(roleId);
        storeAssignments(user, organizationId, roleIds);
    }
    return EmulatorResponse::json(201, assignment(userId, roleIds));
}

EmulatorResponse PermissionsApiModule::removeAssignment(const EmulatorRequest &request)
{
    const QString organizationId = request.caller.organizationId;
    const QString userId = userIdOf(request);
    const QString roleId = request.pathParams.value(QStringLiteral("roleId"));
    if (auto refusal = refuseUser(userId, organizationId))
        return *refusal;
    const QJsonObject user = m_store.get(RoleRules::kUsers, userId);
    QStringList roleIds = assignmentsOf(user, organizationId);
    if (!roleIds.contains(roleId))
        return EmulatorResponse::error(
            404, QStringLiteral("User %1 does not hold role %2").arg(userId, roleId));
    roleIds.removeAll(roleId);
    storeAssignments(user, organizationId, roleIds);
    return EmulatorResponse::json(200, assignment(userId, roleIds));
}

EmulatorResponse PermissionsApiModule::listAllAssignments(const EmulatorRequest &request) const
{
    const QString organizationId = request.caller.organizationId;
    QJsonArray assignments;
    m_store.forEach(RoleRules::kUsers, [&](const QJsonObject &user) {
        if (UserDirectory::isMember(user, organizationId))
            assignments.append(assignment(user.value(QStringLiteral("id")).toString(),
                                          assignmentsOf(user, organizationId)));
        return true;
    });
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("assignments"), assignments}});
}
