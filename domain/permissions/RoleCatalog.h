#pragma once

#include "domain/permissions/PermissionRole.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// The organization's roles (listAllRoles) by id, name and slug: what a person reads and types
// instead of role ids ("739224:admin"). A role id that is not in the list still reads as
// something: its slug, marked as another organization's when its prefix is not ours.
class RoleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RoleCatalog)
public:
    RoleCatalog() = default;
    RoleCatalog(const QList<PermissionRole> &roles, const QString &organizationId);

    bool isLoaded() const { return m_loaded; }
    QString organizationId() const { return m_organizationId; }
    const QList<PermissionRole> &roles() const { return m_roles; }
    // The roles people can be given (not the root role), sorted by name.
    QList<PermissionRole> assignable() const;
    // nullptr when the id is not in the list.
    const PermissionRole *find(const QString &roleId) const;

    // The name to show: the role's name; else the slug marked "another organization" or "not in
    // the role list".
    QString label(const QString &roleId) const;
    // The id, the kind, expiry: for a tooltip.
    QString details(const QString &roleId) const;
    QStringList labels(const QStringList &roleIds) const;
    // Another organization's role (its id's prefix is not this organization's id).
    bool isForeign(const QString &roleId) const;

    // A name, slug or id (case-insensitive) of an assignable role → its id; empty when none.
    QString resolve(const QString &text) const;
    struct Resolution
    {
        QStringList roleIds; // in the order written, without duplicates
        QStringList unknown; // the parts that name no assignable role, as written
    };
    // "Sales; customer-service; 739224:admin" (separated by ';').
    Resolution resolveList(const QString &text) const;

private:
    QList<PermissionRole> m_roles;
    QHash<QString, qsizetype> m_byId;
    QString m_organizationId;
    bool m_loaded = false;
};
