#include "domain/permissions/RoleCatalog.h"

#include <algorithm>

RoleCatalog::RoleCatalog(const QList<PermissionRole> &roles, const QString &organizationId)
    : m_roles(roles), m_organizationId(organizationId), m_loaded(true)
{
    for (qsizetype index = 0; index < m_roles.size(); ++index)
        m_byId.insert(m_roles.at(index).id(), index);
}

QList<PermissionRole> RoleCatalog::assignable() const
{
    QList<PermissionRole> result;
    for (const PermissionRole &role : m_roles) {
        if (role.isAssignable())
            result << role;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const PermissionRole &a, const PermissionRole &b) {
                         return QString::localeAwareCompare(a.name(), b.name()) < 0;
                     });
    return result;
}

const PermissionRole *RoleCatalog::find(const QString &roleId) const
{
    const auto found = m_byId.constFind(roleId);
    return found == m_byId.constEnd() ? nullptr : &m_roles.at(*found);
}

bool RoleCatalog::isForeign(const QString &roleId) const
{
    const qsizetype colon = roleId.indexOf(QLatin1Char(':'));
    return colon > 0 && !m_organizationId.isEmpty() && roleId.left(colon) != m_organizationId &&
           !find(roleId);
}

QString RoleCatalog::label(const QString &roleId) const
{
    if (const PermissionRole *role = find(roleId); role && !role->name().isEmpty())
        return role->name();
    const QString slug = PermissionRole::slugOf(roleId);
    if (isForeign(roleId))
        return tr("%1 (organization %2)").arg(slug, roleId.section(QLatin1Char(':'), 0, 0));
    if (m_loaded && !find(roleId))
        return tr("%1 (not in the role list)").arg(slug.isEmpty() ? roleId : slug);
    return slug.isEmpty() ? roleId : slug;
}

QStringList RoleCatalog::labels(const QStringList &roleIds) const
{
    QStringList result;
    for (const QString &id : roleIds)
        result << label(id);
    return result;
}

QString RoleCatalog::details(const QString &roleId) const
{
    const PermissionRole *role = find(roleId);
    if (!role) {
        return isForeign(roleId) ? tr("%1: a role of another organization").arg(roleId)
                                 : tr("%1: not in this organization's role list").arg(roleId);
    }
    QString text = roleId;
    if (role->isExpired())
        text += QLatin1Char('\n') +
                tr("Expired on %1")
                    .arg(QLocale().toString(role->expiresAt().toLocalTime(), QLocale::ShortFormat));
    else if (role->expiresAt().isValid())
        text += QLatin1Char('\n') +
                tr("Expires on %1")
                    .arg(QLocale().toString(role->expiresAt().toLocalTime(), QLocale::ShortFormat));
    return text;
}

QString RoleCatalog::resolve(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    // The id first, then the name, then the slug: a name may look like another role's slug.
    for (const auto &matches : {+[](const PermissionRole &role, const QString &w) {
                                    return role.id().compare(w, Qt::CaseInsensitive) == 0;
                                },
                                +[](const PermissionRole &role, const QString &w) {
                                    return role.name().trimmed().compare(w, Qt::CaseInsensitive) ==
                                           0;
                                },
                                +[](const PermissionRole &role, const QString &w) {
                                    return role.slug().compare(w, Qt::CaseInsensitive) == 0;
                                }}) {
        for (const PermissionRole &role : m_roles) {
            if (role.isAssignable() && matches(role, wanted))
                return role.id();
        }
    }
    return {};
}

RoleCatalog::Resolution RoleCatalog::resolveList(const QString &text) const
{
    Resolution result;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString written = part.trimmed();
        if (written.isEmpty())
            continue;
        const QString id = resolve(written);
        if (id.isEmpty())
            result.unknown << written;
        else if (!result.roleIds.contains(id))
            result.roleIds << id;
    }
    return result;
}
