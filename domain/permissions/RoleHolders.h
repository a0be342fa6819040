#pragma once

#include "domain/permissions/RoleAssignment.h"

#include <QHash>
#include <QStringList>

// Who holds which role, from listAllAssignments and the names of the users: the Roles page's
// holder counts and names, and what a delete confirmation names.
class RoleHolders
{
public:
    void setAssignments(const QList<RoleAssignment> &assignments);
    // user id → name to show; users without a name are shown by id.
    void setNames(const QHash<QString, QString> &names) { m_names = names; }

    int countOf(const QString &roleId) const { return m_holders.value(roleId).size(); }
    // Sorted names of the people holding the role.
    QStringList namesOf(const QString &roleId) const;

private:
    QHash<QString, QStringList> m_holders; // role id → user ids
    QHash<QString, QString> m_names;
};
