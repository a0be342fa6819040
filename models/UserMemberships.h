#pragma once

#include "domain/permissions/RoleCatalog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiCall;
class UserService;

// Roles and groups of the listed users, for the list's Roles and Groups columns. UserV2 carries
// neither: roles come from the V1 list (same search, same organizations), groups from the group
// list (its member ids). Each load() starts over and drops answers of the previous one.
class UserMemberships : public QObject
{
    Q_OBJECT
public:
    explicit UserMemberships(UserService *service, QObject *parent = nullptr);

    // Empty organizations: the token's own.
    void load(const QStringList &organizationIds, const QString &query);
    // Role ids ("<organization id>:<slug>") and group names; empty until known.
    QStringList roles(const QString &userId) const { return m_roles.value(userId); }
    // A role as the column shows it: its name from the organization's roles; a role of the
    // user's own organization not in the list by its slug; another organization's marked so.
    QString roleLabel(const QString &roleId, const QString &userOrganizationId) const;
    void setRoleCatalog(const RoleCatalog &catalog);
    const RoleCatalog &roleCatalog() const { return m_catalog; }
    // What a save or a batch left on the server for one user.
    void setUserRoles(const QString &userId, const QStringList &roleIds);
    QStringList groups(const QString &userId) const { return m_groups.value(userId); }
    bool hasRoles() const { return m_rolesLoaded; }
    bool hasGroups() const { return m_groupsLoaded; }

    // Pages are this large; the look-up stops after kMaxUsers people (the column stays empty for
    // the rest rather than reading a huge organization twice).
    static constexpr int kPageSize = 500;
    static constexpr int kMaxUsers = 5000;

signals:
    void changed();

private:
    void loadRoles(int offset);
    void loadGroups(int offset);

    UserService *m_service;
    QStringList m_organizations;
    QString m_query;
    quint64 m_generation = 0;
    QPointer<ApiCall> m_rolesCall;
    QPointer<ApiCall> m_groupsCall;
    QHash<QString, QStringList> m_roles;  // user id -> role ids
    QHash<QString, QStringList> m_groups; // user id -> group names
    bool m_rolesLoaded = false;
    RoleCatalog m_catalog;
    bool m_groupsLoaded = false;
};
