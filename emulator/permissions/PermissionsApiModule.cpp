#include "emulator/permissions/PermissionsApiModule.h"

#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/PayloadReader.h"
#include "emulator/permissions/PermissionsSeed.h"
#include "emulator/permissions/RoleRules.h"
#include "emulator/users/UserDirectory.h"

#include <algorithm>

namespace {

QString roleIdOf(const EmulatorRequest &request)
{
    return request.pathParams.value(QStringLiteral("roleId"));
}

QJsonArray rolesArray(const QList<QJsonObject> &roles)
{
    return ModuleSupport::stripInternal(roles);
}

// Case-insensitive search over the fields a person would type: name, slug, id, type.
bool matchesSearch(const QJsonObject &role, const QJsonObject &input)
{
    const auto listed = [&](const QString &field, const QString &value) {
        const QJsonArray wanted = input.value(field).toArray();
        return wanted.isEmpty() || wanted.contains(QJsonValue(value));
    };
    if (!listed(QStringLiteral("role_ids"), role.value(QStringLiteral("id")).toString()) ||
        !listed(QStringLiteral("org_ids"),
                role.value(QStringLiteral("organization_id")).toString()) ||
        !listed(QStringLiteral("slugs"), role.value(QStringLiteral("slug")).toString()))
        return false;
    const QString query = input.value(QStringLiteral("query")).toString().trimmed();
    return query.isEmpty() ||
           ModuleSupport::matchesQuery(role, query,
                                       {QStringLiteral("name"), QStringLiteral("slug"),
                                        QStringLiteral("id"), QStringLiteral("type")});
}

} // namespace

PermissionsApiModule::PermissionsApiModule(EmulatorStore &store) : m_store(store) {}

void PermissionsApiModule::registerRoutes(EmulatorRouter &router)
{
    const auto add = [&](const char *method, const char *path, auto handler) {
        router.add(
            method, QString::fromLatin1(path), Access::Secured,
            [this, handler](const EmulatorRequest &request) { return (this->*handler)(request); });
    };
    add("GET", "/v1/permissions/me", &PermissionsApiModule::listCurrentRoles);
    add("GET", "/v1/permissions/refresh", &PermissionsApiModule::refreshPermissions);
    add("POST", "/v1/permissions/roles:search", &PermissionsApiModule::searchRoles);
    add("GET", "/v1/permissions/roles", &PermissionsApiModule::listAllRoles);
    add("POST", "/v1/permissions/roles", &PermissionsApiModule::createRole);
    add("GET", "/v1/permissions/roles/{roleId}", &PermissionsApiModule::getRole);
    add("PUT", "/v1/permissions/roles/{roleId}", &PermissionsApiModule::putRole);
    add("DELETE", "/v1/permissions/roles/{roleId}", &PermissionsApiModule::deleteRole);
    add("GET", "/v1/permissions/assignments", &PermissionsApiModule::listAllAssignments);
    add("GET", "/v1/permissions/assignments/{userId}",
        &PermissionsApiModule::getAssignedRolesForUser);
    add("PUT", "/v1/permissions/assignments/{userId}", &PermissionsApiModule::assignRoles);
    add("POST", "/v1/permissions/assignments/{userId}/{roleId}",
        &PermissionsApiModule::addAssignment);
    add("DELETE", "/v1/permissions/assignments/{userId}/{roleId}",
        &PermissionsApiModule::removeAssignment);
}

void PermissionsApiModule::seed(const SeedOptions &options)
{
    PermissionsSeed(m_store).seed(options);
}

QJsonObject PermissionsApiModule::visibleRole(const QString &roleId,
                                              const QString &organizationId) const
{
    const QJsonObject role = m_store.get(RoleRules::kRoles, roleId);
    return RoleRules::isVisibleTo(role, organizationId) ? role : QJsonObject();
}

QList<QJsonObject> PermissionsApiModule::visibleRoles(const QString &organizationId) const
{
    QList<QJsonObject> roles;
    m_store.forEach(RoleRules::kRoles, [&](const QJsonObject &role) {
        if (RoleRules::isVisibleTo(role, organizationId))
            roles.append(role);
        return true;
    });
    return roles;
}

// The caller's effective roles: the organization's root role (applied to everyone) and the
// assigned roles that have not expired.
EmulatorResponse PermissionsApiModule::listCurrentRoles(const EmulatorRequest &request) const
{
    const QString organizationId = request.caller.organizationId;
    const QJsonObject user = m_store.get(RoleRules::kUsers, request.caller.userId);
    // An access token acts with the roles it was given, not with its creator's.
    const QStringList assigned = request.caller.isAccessToken()
                                     ? request.caller.assignments
                                     : assignmentsOf(user, organizationId);
    QList<QJsonObject> roles;
    for (const QJsonObject &role : visibleRoles(organizationId)) {
        const bool root =
            role.value(QStringLiteral("type")).toString() == QLatin1String("org_role");
        if ((root || assigned.contains(role.value(QStringLiteral("id")).toString())) &&
            !RoleRules::isExpired(role))
            roles.append(role);
    }
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("roles"), rolesArray(roles)}});
}

EmulatorResponse PermissionsApiModule::listAllRoles(const EmulatorRequest &request) const
{
    return EmulatorResponse::json(
        200, QJsonObject{{QStringLiteral("roles"),
                          rolesArray(visibleRoles(request.caller.organizationId))}});
}

EmulatorResponse PermissionsApiModule::searchRoles(const EmulatorRequest &request) const
{
    if (request.hasBody && !request.body.isObject())
        return EmulatorResponse::error(400, QStringLiteral("The body must be a RoleSearchInput"));
    const QJsonObject input = request.bodyObject();
    PayloadReader reader(input);
    reader.optionalStringList(QStringLiteral("role_ids"));
    reader.optionalStringList(QStringLiteral("org_ids"));
    reader.optionalStringList(QStringLiteral("slugs"));
    reader.optionalString(QStringLiteral("query"), true);
    const qint64 limit = reader.optionalInteger(QStringLiteral("limit"), 1, 1000).value_or(50);
    const qint64 offset = reader.optionalInteger(QStringLiteral("offset"), 0, 1 << 30).value_or(0);
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());
    QList<QJsonObject> matches;
    for (const QJsonObject &role : visibleRoles(request.caller.organizationId)) {
        if (matchesSearch(role, input))
            matches.append(role);
    }
    const QList<QJsonObject> page = matches.mid(offset, limit);
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("hits"), matches.size()},
                                                   {QStringLiteral("results"), rolesArray(page)}});
}

EmulatorResponse PermissionsApiModule::getRole(const EmulatorRequest &request) const
{
    const QJsonObject role = visibleRole(roleIdOf(request), request.caller.organizationId);
    if (role.isEmpty())
        return EmulatorResponse::error(404,
                                       QStringLiteral("Role %1 not found").arg(roleIdOf(request)));
    return EmulatorResponse::json(200, ModuleSupport::stripInternal(role));
}

EmulatorResponse PermissionsApiModule::createRole(const EmulatorRequest &request)
{
    if (!request.body.isObject())
        return EmulatorResponse::error(
            400,
            QStringLiteral("The request body must be an object with name, slug, type and grants"));
    const QString organizationId = request.caller.organizationId;
    const RoleRules::Checked checked =
        RoleRules::checkRole(m_store, request.bodyObject(), organizationId, {});
    if (!checked.ok())
        return EmulatorResponse::error(checked.status, checked.message);
    const QString id = checked.role.value(QStringLiteral("id")).toString();
    if (m_store.contains(RoleRules::kRoles, id))
        return EmulatorResponse::error(
            400, QStringLiteral("The slug \"%1\" is taken: role %2 exists already")
                     .arg(checked.role.value(QStringLiteral("slug")).toString(), id));
    m_store.put(RoleRules::kRoles, id, checked.role);
    return EmulatorResponse::json(200, ModuleSupport::stripInternal(checked.role));
}

// Creates or replaces the role of the path; the body's id must be the path's.
EmulatorResponse PermissionsApiModule::putRole(const EmulatorRequest &request)
{
    if (!request.body.isObject())
        return EmulatorResponse::error(400, QStringLiteral("The request body must be a role"));
    const QString organizationId = request.caller.organizationId;
    const QString id = roleIdOf(request);
    const QJsonObject existing = m_store.get(RoleRules::kRoles, id);
    if (!existing.isEmpty() &&
        existing.value(QStringLiteral("organization_id")).toString() != organizationId)
        return EmulatorResponse::error(
            RoleRules::isVisibleTo(existing, organizationId) ? 403 : 404,
            RoleRules::isVisibleTo(existing, organizationId)
                ? QStringLiteral("Role %1 belongs to organization %2 and cannot be changed here")
                      .arg(id, existing.value(QStringLiteral("organization_id")).toString())
                : QStringLiteral("Role %1 not found").arg(id));
    QJsonObject payload = request.bodyObject();
    if (!payload.contains(QStringLiteral("slug")) &&
        id.startsWith(organizationId + QLatin1Char(':')))
        payload.insert(QStringLiteral("slug"), id.mid(organizationId.size() + 1));
    const RoleRules::Checked checked =
        RoleRules::checkRole(m_store, payload, organizationId, existing);
    if (!checked.ok())
        return EmulatorResponse::error(checked.status, checked.message);
    if (checked.role.value(QStringLiteral("id")).toString() != id)
        return EmulatorResponse::error(
            400, QStringLiteral("The role's id %1 is not the path's %2")
                     .arg(checked.role.value(QStringLiteral("id")).toString(), id));
    if (!existing.isEmpty() &&
        existing.value(QStringLiteral("type")) != checked.role.value(QStringLiteral("type")))
        return EmulatorResponse::error(400,
                                       QStringLiteral("The type of role %1 cannot change").arg(id));
    m_store.put(RoleRules::kRoles, id, checked.role);
    return EmulatorResponse::json(200, ModuleSupport::stripInternal(checked.role));
}

// Deletes the role and takes it from everyone who holds it; the root role stays.
EmulatorResponse PermissionsApiModule::deleteRole(const EmulatorRequest &request)
{
    const QString organizationId = request.caller.organizationId;
    const QString id = roleIdOf(request);
    const QJsonObject role = m_store.get(RoleRules::kRoles, id);
    if (role.value(QStringLiteral("organization_id")).toString() != organizationId)
        return EmulatorResponse::error(404, QStringLiteral("Role %1 not found").arg(id));
    if (role.value(QStringLiteral("type")).toString() == QLatin1String("org_role"))
        return EmulatorResponse::error(
            400, QStringLiteral("The organization's root role %1 cannot be deleted").arg(id));
    bool parentOfOthers = false;
    m_store.forEach(RoleRules::kRoles, [&](const QJsonObject &other) {
        parentOfOthers = other.value(QStringLiteral("parent_role")).toString() == id;
        return !parentOfOthers;
    });
    if (parentOfOthers)
        return EmulatorResponse::error(
            400, QStringLiteral("Role %1 is the parent of another role").arg(id));
    QList<QJsonObject> holders;
    m_store.forEach(RoleRules::kUsers, [&](const QJsonObject &user) {
        if (user.value(QStringLiteral("_roles")).toArray().contains(QJsonValue(id)))
            holders.append(user);
        return true;
    });
    m_store.beginBatch();
    for (QJsonObject user : holders) {
        QJsonArray roles;
        for (const QJsonValue &held : user.value(QStringLiteral("_roles")).toArray()) {
            if (held.toString() != id)
                roles.append(held);
        }
        user.insert(QStringLiteral("_roles"), roles);
        m_store.put(RoleRules::kUsers, user.value(QStringLiteral("id")).toString(), user);
    }
    m_store.remove(RoleRules::kRoles, id);
    m_store.commitBatch();
    return EmulatorResponse::json(200, ModuleSupport::stripInternal(role));
}

EmulatorResponse PermissionsApiModule::refreshPermissions(const EmulatorRequest &) const
{
    // The emulator computes roles on every request; there is no cache to refresh.
    return EmulatorResponse::empty(200);
}
