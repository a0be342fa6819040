#include "models/UserMemberships.h"

#include "domain/users/Group.h"
#include "services/api/UserService.h"

#include <QJsonArray>

UserMemberships::UserMemberships(UserService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

void UserMemberships::load(const QStringList &organizationIds, const QString &query)
{
    ++m_generation;
    if (m_rolesCall)
        m_rolesCall->cancel();
    if (m_groupsCall)
        m_groupsCall->cancel();
    m_organizations = organizationIds;
    m_query = query.trimmed();
    m_roles.clear();
    m_groups.clear();
    m_rolesLoaded = false;
    m_groupsLoaded = false;
    emit changed();
    loadRoles(0);
    loadGroups(0);
}

QString UserMemberships::roleLabel(const QString &roleId, const QString &userOrganizationId) const
{
    if (const PermissionRole *role = m_catalog.find(roleId); role && !role->name().isEmpty())
        return role->name();
    if (!userOrganizationId.isEmpty() && roleId.startsWith(userOrganizationId + QLatin1Char(':')))
        return PermissionRole::slugOf(roleId);
    return m_catalog.label(roleId);
}

void UserMemberships::setRoleCatalog(const RoleCatalog &catalog)
{
    m_catalog = catalog;
    emit changed();
}

void UserMemberships::setUserRoles(const QString &userId, const QStringList &roleIds)
{
    // The Permissions API answers this organization's roles; others' stay as they were.
    QStringList roles;
    for (const QString &id : m_roles.value(userId)) {
        if (m_catalog.isForeign(id))
            roles << id;
    }
    roles << roleIds;
    roles.removeDuplicates();
    m_roles.insert(userId, roles);
    emit changed();
}

void UserMemberships::loadRoles(int offset)
{
    const quint64 generation = m_generation;
    m_rolesCall = m_service->listUsers(
        m_organizations, m_query, kPageSize, offset, this,
        [this, generation, offset](const ApiResult<QJsonArray> &result) {
            if (generation != m_generation || !result.ok())
                return; // a newer load runs, or the column stays empty (the details have them)
            for (const QJsonValue &value : result.value()) {
                if (const auto user = User::fromJson(value.toObject()))
                    m_roles.insert(user->id(), user->roles());
            }
            const int next = offset + kPageSize;
            if (result.value().size() == kPageSize && next < kMaxUsers)
                loadRoles(next);
            m_rolesLoaded = true;
            emit changed();
        });
}

void UserMemberships::loadGroups(int offset)
{
    const quint64 generation = m_generation;
    m_groupsCall =
        m_service->getGroups({}, kPageSize, offset, false, this,
                             [this, generation, offset](const ApiResult<QJsonObject> &result) {
                                 if (generation != m_generation || !result.ok())
                                     return;
                                 const QJsonArray groups =
                                     result.value().value(QStringLiteral("groups")).toArray();
                                 for (const QJsonValue &value : groups) {
                                     const auto group = Group::fromJson(value.toObject());
                                     if (!group)
                                         continue;
                                     for (const QString &member : group->memberIds())
                                         m_groups[member] << group->name();
                                 }
                                 const int next = offset + kPageSize;
                                 if (groups.size() == kPageSize && next < kMaxUsers)
                                     loadGroups(next);
                                 m_groupsLoaded = true;
                                 emit changed();
                             });
}
