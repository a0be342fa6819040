#include "domain/permissions/RoleHolders.h"

#include <algorithm>

void RoleHolders::setAssignments(const QList<RoleAssignment> &assignments)
{
    m_holders.clear();
    for (const RoleAssignment &assignment : assignments) {
        for (const QString &roleId : assignment.roleIds)
            m_holders[roleId].append(assignment.userId);
    }
}

QStringList RoleHolders::namesOf(const QString &roleId) const
{
    QStringList names;
    for (const QString &userId : m_holders.value(roleId))
        names.append(m_names.value(userId, userId));
    std::sort(names.begin(), names.end(), [](const QString &left, const QString &right) {
        return left.localeAwareCompare(right) < 0;
    });
    return names;
}
