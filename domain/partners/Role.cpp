#include "domain/partners/Role.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

std::optional<Role> Role::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!id.isString() && !id.isDouble()) {
        if (error)
            *error = QCoreApplication::translate("Role", "A role without an id.");
        return std::nullopt;
    }
    if (!hasTypes(json, {"slug", "name", "type"}, QJsonValue::String, error))
        return std::nullopt;
    const QJsonValue grants = json.value(QStringLiteral("grants"));
    if (!grants.isUndefined() && !grants.isNull() && !Grant::listFromJson(grants, error))
        return std::nullopt;
    Role role;
    role.m_json = json;
    return role;
}

QList<Role> Role::listFromJson(const QJsonArray &array)
{
    QList<Role> roles;
    for (const QJsonValue &value : array) {
        if (auto role = fromJson(value.toObject()))
            roles.append(*role);
    }
    return roles;
}

Role Role::create(const QString &name, const QString &slug, const QList<Grant> &grants)
{
    Role role;
    role.setName(name);
    role.setSlug(slug);
    role.setGrants(grants);
    return role;
}

QList<Grant> Role::grants() const
{
    return Grant::listFromJson(m_json.value(QStringLiteral("grants")).toArray())
        .value_or(QList<Grant>());
}

void Role::setType(const QString &type)
{
    if (type.isEmpty())
        remove(QStringLiteral("type"));
    else
        set(QStringLiteral("type"), type);
}

QJsonObject Role::payload() const
{
    QJsonObject body = m_json;
    body.remove(QStringLiteral("type"));
    if (!body.value(QStringLiteral("grants")).isArray())
        body.insert(QStringLiteral("grants"), QJsonArray());
    if (id().isEmpty())
        body.remove(QStringLiteral("id"));
    return body;
}

QString Role::suggestSlug(const QString &name)
{
    QString slug = name.normalized(QString::NormalizationForm_D).toLower();
    slug.replace(QStringLiteral("ß"), QStringLiteral("ss"));
    QString result;
    for (const QChar c : slug) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            result += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        else if (!result.endsWith(QLatin1Char('_')))
            result += QLatin1Char('_');
    }
    static const QRegularExpression edges(QStringLiteral("^[_0-9]+|_+$"));
    result.remove(edges);
    return result;
}

void Role::setParentRole(const QString &roleId)
{
    if (roleId.isEmpty())
        remove(QStringLiteral("parent_role"));
    else
        set(QStringLiteral("parent_role"), roleId);
}

void Role::setExpiresAt(const QString &isoDateTime)
{
    if (isoDateTime.isEmpty())
        remove(QStringLiteral("expires_at"));
    else
        set(QStringLiteral("expires_at"), isoDateTime);
}
