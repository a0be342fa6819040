#include "domain/permissions/RoleAssignment.h"

#include "services/network/StrictJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

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

std::optional<QList<RoleAssignment>> RoleAssignment::listFromAnswer(const QByteArray &body,
                                                                    QString *error)
{
    const auto refuse = [error](const QString &why) -> std::optional<QList<RoleAssignment>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (const QString problem = StrictJson::problem(body); !problem.isEmpty())
        return refuse(problem);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The list of assignments is damaged (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    const QJsonValue list = document.object().value(QStringLiteral("assignments"));
    if (!document.isObject() || !(list.isArray() || list.isUndefined()))
        return refuse(tr("The answer is not a list of assignments."));
    return listFromJson(list.toArray());
}

QJsonObject RoleAssignment::toJson() const
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("user_id"), userId);
    json.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roleIds));
    return json;
}
