#include "domain/partners/PartnerUser.h"

#include <QCoreApplication>
#include <QJsonArray>

std::optional<PartnerUser> PartnerUser::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!id.isString() && !id.isDouble()) {
        if (error)
            *error = QCoreApplication::translate("PartnerUser", "A partner user without an id.");
        return std::nullopt;
    }
    if (!hasTypes(json, {"name", "email", "status"}, QJsonValue::String, error))
        return std::nullopt;
    if (!hasType(json, QLatin1String("roles"), QJsonValue::Array, error) ||
        !hasType(json, QLatin1String("image"), QJsonValue::Object, error))
        return std::nullopt;
    for (const QJsonValue &role : json.value(QStringLiteral("roles")).toArray()) {
        if (!role.isObject() || !role.toObject().value(QStringLiteral("id")).isString()) {
            if (error)
                *error = QCoreApplication::translate("PartnerUser", "A role of user %1 has no id.")
                             .arg(id.toVariant().toString());
            return std::nullopt;
        }
    }
    return PartnerUser(json);
}

QList<PartnerUser> PartnerUser::listFromJson(const QJsonArray &array)
{
    QList<PartnerUser> users;
    for (const QJsonValue &value : array) {
        if (auto user = fromJson(value.toObject()))
            users.append(*user);
    }
    return users;
}

QString PartnerUser::thumbnailUrl() const
{
    return object(QStringLiteral("image")).value(QStringLiteral("thumbnail_32")).toString();
}

QList<RoleReference> PartnerUser::roles() const
{
    QList<RoleReference> roles;
    for (const QJsonValue &value : m_json.value(QStringLiteral("roles")).toArray()) {
        const QJsonObject role = value.toObject();
        roles.append({role.value(QStringLiteral("id")).toString(),
                      role.value(QStringLiteral("slug")).toString(),
                      role.value(QStringLiteral("name")).toString()});
    }
    return roles;
}

QStringList PartnerUser::roleIds() const
{
    QStringList ids;
    for (const RoleReference &role : roles())
        ids << role.id;
    return ids;
}
