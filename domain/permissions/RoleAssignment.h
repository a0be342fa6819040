#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Which roles one user holds (Permissions API schema Assignment: {user_id, roles}). The same data
// as the User API's `roles` of that user. Unknown members survive a round trip.
struct RoleAssignment
{
    QString userId;
    QStringList roleIds;
    QJsonObject extra; // members this application does not know

    static std::optional<RoleAssignment> fromJson(const QJsonValue &json, QString *error = nullptr);
    // listAllAssignments' `assignments`; unreadable entries are skipped.
    static QList<RoleAssignment> listFromJson(const QJsonArray &array);
    // listAllAssignments' whole answer as bytes ({assignments: [...]}), checked with StrictJson
    // like every answer. Touches no shared state: made to run on a worker thread.
    static std::optional<QList<RoleAssignment>> listFromAnswer(const QByteArray &body,
                                                               QString *error = nullptr);
    // The Assignments schema: a plain array of role ids (getAssignedRolesForUser, assignRoles).
    static std::optional<QStringList> roleIdsFromJson(const QJsonValue &json,
                                                      QString *error = nullptr);
    QJsonObject toJson() const;

    bool operator==(const RoleAssignment &other) const
    {
        return userId == other.userId && roleIds == other.roleIds && extra == other.extra;
    }
};
