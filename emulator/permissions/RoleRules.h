#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

class EmulatorStore;

// The role records of the Permissions API (permissions.json) as the emulator stores them
// (collection "permissionRoles", id "<organization id>:<slug>"): checking a payload, expanding
// `dependencies` into plain grants, expiry. Answers are 4xx with a message, never 5xx.
namespace RoleRules {

inline const QString kRoles = QStringLiteral("permissionRoles");
inline const QString kUsers = QStringLiteral("users"); // owned by the User API: `_roles`

// The outcome of checking a role payload: the role to store, or the status and message to answer.
struct Checked
{
    QJsonObject role;
    int status = 200;
    QString message;
    bool ok() const { return message.isEmpty(); }
};

// Checks a CreateRolePayload / RolePayload for the caller's organization and returns the role to
// store: id "<org>:<slug>", grants with dependencies flattened, read-only fields taken from
// `existing` (vendor_enforced_user_limit), unknown fields kept as sent.
Checked checkRole(const EmulatorStore &store, const QJsonObject &payload,
                  const QString &organizationId, const QJsonObject &existing);

// A GrantWithDependencies list flattened and de-duplicated; nullopt and *error on bad input.
std::optional<QJsonArray> expandGrants(const QJsonArray &grants, QString *error);

QString roleId(const QString &organizationId, const QString &slug);
bool isExpired(const QJsonObject &role);
// The roles the organization sees: its own and the partner roles given to it.
bool isVisibleTo(const QJsonObject &role, const QString &organizationId);

} // namespace RoleRules
