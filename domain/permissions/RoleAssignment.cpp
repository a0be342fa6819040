#include "domain/permissions/RoleAssignment.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RoleAssignment", text);
}

} // namespace

std::optional<QStringList> RoleAssignment::roleIdsFromJson(const QJsonValue &json, QString *error)
{
    if (!json.isArray()) {
        if (error)
            *error = tr("The roles must be a list of role ids.");
        return std::nullopt;
    }
    QStringList ids;
    for (const QJsonValue &value : json.toArray()) {
        if (!value.isString()) {
            if (error)
                *error = tr("A role id must be text.");
            return std::nullopt;
        }
        ids.append(value.toString());
    }
    return ids;
}

std::optional<RoleAssignment> RoleAssignment::fromJson(const QJsonValue &json, QString *error)
{
    const QJsonObject object = json.toObject();
    const QJsonValue user = object.value(QStringLiteral("user_id"));
    if (!json.isObject() || !(user.isString() || user.isDouble())) {
        if (error)
            *error = tr("An assignment without a user id.");
        return std::nullopt;
    }
    RoleAssignment assignment;
    assignment.userId =
        user.isString() ? user.toString() : QString::number(qint64(user.toDouble()));
    const QJsonValue roles = object.value(QStringLiteral("roles"));
    if (!roles.isUndefined() && !roles.isNull()) {
        std::optional<QStringList> ids = roleIdsFromJson(roles, error);
        if (!ids)
            return std::nullopt;
        assignment.roleIds = *ids;
    }
    assignment.extra = object;
    assignment.extra.remove(QStringLiteral("user_id"));
    assignment.extra.remove(QStringLiteral("roles"));
    return assignment;
}

QList<RoleAssignment> RoleAssignment::listFromJson(const QJsonArray &array)
{
    QList<RoleAssignment> assignments;
    assignments.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (auto assignment = fromJson(value))
            assignments.append(*assignment);
    }
    return assignments;
}

QJsonObject RoleAssignment::toJson() const
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("user_id"), userId);
    json.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roleIds));
    return json;
}
