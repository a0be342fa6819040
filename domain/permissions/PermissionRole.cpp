#include "domain/permissions/PermissionRole.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct KindName
{
    RoleKind kind;
    const char *type;
};

constexpr KindName kKinds[] = {
    {RoleKind::Root, "org_role"},      {RoleKind::User, "user_role"},
    {RoleKind::Share, "share_role"},   {RoleKind::Partner, "partner_role"},
    {RoleKind::Portal, "portal_role"},
};

} // namespace

std::optional<PermissionRole> PermissionRole::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = QCoreApplication::translate("PermissionRole", "A role must be an object.");
        return std::nullopt;
    }
    const QJsonObject json = value.toObject();
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("PermissionRole", "A role without an id.");
        return std::nullopt;
    }
    if (!hasTypes(json, {"slug", "name", "type", "expires_at", "parent_role"}, QJsonValue::String,
                  error))
        return std::nullopt;
    const QJsonValue grants = json.value(QStringLiteral("grants"));
    if (!grants.isUndefined() && !grants.isNull() &&
        !Grant::listFromJson(grants, error, QStringLiteral("grants")))
        return std::nullopt;
    PermissionRole role;
    role.m_json = json;
    return role;
}

QList<PermissionRole> PermissionRole::listFromJson(const QJsonArray &array)
{
    QList<PermissionRole> roles;
    roles.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (auto role = fromJson(value))
            roles.append(*role);
    }
    return roles;
}

PermissionRole PermissionRole::create(const QString &name, const QString &slug, RoleKind kind,
                                      const QList<Grant> &grants)
{
    PermissionRole role;
    role.setName(name);
    role.setSlug(slug);
    role.setKind(kind);
    role.setGrants(grants);
    return role;
}

QList<Grant> PermissionRole::grants() const
{
    return Grant::listFromJson(m_json.value(QStringLiteral("grants")).toArray())
        .value_or(QList<Grant>());
}

int PermissionRole::userLimit() const
{
    return m_json.value(QStringLiteral("vendor_enforced_user_limit")).toInt();
}

bool PermissionRole::isExpired(const QDateTime &now) const
{
    const QDateTime when = expiresAt();
    return when.isValid() && when <= now;
}

bool PermissionRole::isAssignable() const
{
    const RoleKind roleKind = kind();
    return roleKind == RoleKind::User || roleKind == RoleKind::Share ||
           roleKind == RoleKind::Partner;
}

void PermissionRole::setSlug(const QString &slug)
{
    set(QStringLiteral("slug"), slug);
}

void PermissionRole::setKind(RoleKind kind)
{
    if (kind != RoleKind::Unknown)
        set(QStringLiteral("type"), typeOf(kind));
}

void PermissionRole::setGrants(const QList<Grant> &grants)
{
    set(QStringLiteral("grants"), Grant::listToJson(grants));
}

void PermissionRole::setParentRole(const QString &roleId)
{
    if (roleId.isEmpty())
        remove(QStringLiteral("parent_role"));
    else
        set(QStringLiteral("parent_role"), roleId);
}

void PermissionRole::setExpiresAt(const QDateTime &when)
{
    if (!when.isValid())
        remove(QStringLiteral("expires_at"));
    else
        set(QStringLiteral("expires_at"), when.toUTC().toString(Qt::ISODateWithMs));
}

void PermissionRole::setPartnerOrganizationId(const QString &organizationId)
{
    if (organizationId.isEmpty())
        remove(QStringLiteral("partner_org_id"));
    else
        set(QStringLiteral("partner_org_id"), organizationId);
}

QJsonObject PermissionRole::createPayload() const
{
    QJsonObject body = putPayload();
    body.remove(QStringLiteral("id"));
    return body;
}

QJsonObject PermissionRole::putPayload() const
{
    QJsonObject body = m_json;
    body.remove(QStringLiteral("vendor_enforced_user_limit"));
    if (!body.value(QStringLiteral("grants")).isArray())
        body.insert(QStringLiteral("grants"), QJsonArray());
    return body;
}

PermissionRole PermissionRole::duplicated(const QString &name, const QString &slug) const
{
    PermissionRole copy = *this;
    copy.remove(QStringLiteral("id"));
    copy.remove(QStringLiteral("organization_id"));
    copy.remove(QStringLiteral("vendor_enforced_user_limit"));
    copy.remove(QStringLiteral("vendor_created"));
    copy.setName(name);
    copy.setSlug(slug);
    return copy;
}

RoleKind PermissionRole::kindOf(const QString &type)
{
    for (const KindName &entry : kKinds) {
        if (type == QLatin1String(entry.type))
            return entry.kind;
    }
    return RoleKind::Unknown;
}

QString PermissionRole::typeOf(RoleKind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return QLatin1String(entry.type);
    }
    return {};
}

QString PermissionRole::slugOf(const QString &roleId)
{
    const qsizetype colon = roleId.indexOf(QLatin1Char(':'));
    return colon < 0 ? roleId : roleId.mid(colon + 1);
}

std::optional<RoleSearchPage> RoleSearchPage::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue results = json.value(QStringLiteral("results"));
    if (!results.isArray() && !results.isUndefined()) {
        if (error)
            *error = QCoreApplication::translate("PermissionRole",
                                                 "The search answer has no list of roles.");
        return std::nullopt;
    }
    RoleSearchPage page;
    page.roles = PermissionRole::listFromJson(results.toArray());
    page.hits = json.value(QStringLiteral("hits")).toInt(int(page.roles.size()));
    return page;
}
