#pragma once

#include "domain/common/JsonRecord.h"
#include "domain/users/User.h"

#include <QList>
#include <optional>

// A user group as the User API returns it (schema Group): a team that tasks are assigned to in
// turn. `users` holds ids only, or whole users when asked for with hydrate=true.
class Group : public JsonRecord
{
public:
    Group() = default;
    // Refuses JSON whose known fields have the wrong shape; `error` says which.
    static std::optional<Group> fromJson(const QJsonObject &json, QString *error = nullptr);

    QString id() const { return idString(QStringLiteral("id")); }
    QString organizationId() const { return idString(QStringLiteral("org_id")); }
    QString name() const { return string(QStringLiteral("name")); }
    QString abbreviation() const { return string(QStringLiteral("abbreviation")); }
    QString createdBy() const { return idString(QStringLiteral("created_by")); }
    QDateTime createdAt() const { return dateTime(QStringLiteral("created_at")); }
    QDateTime updatedAt() const { return dateTime(QStringLiteral("updated_at")); }

    // Member ids in the group's order (the order assignment rotates in).
    QStringList memberIds() const;
    // Members with whatever the server sent about them (only ids unless hydrated).
    QList<User> members() const;
    int memberCount() const;

    // The member assigned last, with its place in the member list (crt_index), if any.
    std::optional<User> currentAssignee() const;
    int currentAssigneeIndex() const; // -1 when none
    // Member ids in the order "Assign next" will pick them, starting after the current one.
    QStringList rotationOrder() const;

    // [base, accent] as "#rrggbb", empty when the group has none (or an uploaded image).
    QStringList gradientColors() const;
    QString imageUrl() const;
    // The abbreviation to show: the group's own, else one suggested from the name.
    QString displayAbbreviation() const;

    // Two letters from a name: initials of the first two words, else its first two letters.
    static QString suggestAbbreviation(const QString &name);
    static bool isHexColor(const QString &text);
    // Gradients a new group may start with ([base, accent], "#rrggbb"), as the portal offers.
    static QList<QStringList> defaultGradients();

private:
    explicit Group(const QJsonObject &json) : JsonRecord(json) {}
};
