#include "emulator/permissions/RoleRules.h"

#include "emulator/core/EmulatorStore.h"
#include "emulator/core/GrantExpansion.h"
#include "emulator/core/PayloadReader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

const QStringList kRoleTypes = {QStringLiteral("user_role"), QStringLiteral("org_role"),
                                QStringLiteral("share_role"), QStringLiteral("partner_role"),
                                QStringLiteral("portal_role")};
const QStringList kValueOperations = {QStringLiteral("equals"), QStringLiteral("not_equals")};
const QStringList kUserOperations = {QStringLiteral("equals_current_user"),
                                     QStringLiteral("not_equals_current_user")};

bool isSlug(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    return pattern.match(slug).hasMatch();
}

// One condition: equals / not_equals need attribute and values; the current-user kinds take an
// optional attribute or a non-empty attributes list. Stored as given.
void checkCondition(const QJsonValue &value, const QString &where, PayloadReader &outer)
{
    if (!value.isObject()) {
        outer.fail(QStringLiteral("%1 must be an object").arg(where));
        return;
    }
    const QJsonObject condition = value.toObject();
    PayloadReader reader(condition, where);
    if (!condition.contains(QStringLiteral("operation")))
        reader.fail(QStringLiteral("Missing required field: %1.operation").arg(where));
    const std::optional<QString> operation =
        reader.optionalEnum(QStringLiteral("operation"), kValueOperations + kUserOperations);
    if (reader.ok() && operation && kValueOperations.contains(*operation)) {
        reader.requiredString(QStringLiteral("attribute"));
        const QJsonArray values = reader.requiredArray(QStringLiteral("values"));
        if (reader.ok() && values.isEmpty())
            reader.fail(QStringLiteral("%1.values must not be empty").arg(where));
    } else if (reader.ok()) {
        reader.optionalString(QStringLiteral("attribute"));
        const std::optional<QStringList> attributes =
            reader.optionalStringList(QStringLiteral("attributes"));
        if (reader.ok() && attributes && attributes->isEmpty())
            reader.fail(QStringLiteral("%1.attributes must not be empty").arg(where));
    }
    if (!reader.ok())
        outer.fail(reader.error());
}

std::optional<QJsonObject> checkedGrant(const QJsonValue &value, const QString &where,
                                        QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("%1 must be an object, not %2")
                     .arg(where, PayloadReader::typeName(value));
        return std::nullopt;
    }
    const QJsonObject grant = value.toObject();
    PayloadReader reader(grant, where);
    const QString action = reader.requiredString(QStringLiteral("action"));
    const std::optional<QString> resource = reader.optionalString(QStringLiteral("resource"));
    const std::optional<QString> effect = reader.optionalEnum(
        QStringLiteral("effect"), {QStringLiteral("allow"), QStringLiteral("deny")});
    const std::optional<QJsonArray> conditions = reader.optionalArray(QStringLiteral("conditions"));
    for (qsizetype index = 0; conditions && index < conditions->size() && reader.ok(); ++index)
        checkCondition(conditions->at(index),
                       QStringLiteral("%1.conditions[%2]").arg(where).arg(index), reader);
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    QJsonObject clean{{QStringLiteral("action"), action}};
    if (resource)
        clean.insert(QStringLiteral("resource"), *resource);
    if (effect)
        clean.insert(QStringLiteral("effect"), *effect);
    if (conditions && !conditions->isEmpty())
        clean.insert(QStringLiteral("conditions"), *conditions);
    return clean;
}

RoleRules::Checked refuse(int status, const QString &message)
{
    RoleRules::Checked checked;
    checked.status = status;
    checked.message = message;
    return checked;
}

// The parent rules of the spec's examples (createRole/putRole 400 and 404 answers).
std::optional<RoleRules::Checked> checkParent(const EmulatorStore &store, const QString &id,
                                              const QString &parentId,
                                              const QString &organizationId)
{
    if (parentId == id)
        return refuse(400, QStringLiteral("Role cannot be its own parent"));
    const QJsonObject parent = store.get(RoleRules::kRoles, parentId);
    if (parent.isEmpty())
        return refuse(404, QStringLiteral("Parent role %1 does not exist").arg(parentId));
    const QString type = parent.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("org_role") && type != QLatin1String("share_role"))
        return refuse(
            400, QStringLiteral("Parent role must be org_role or share_role, got %1").arg(type));
    if (type == QLatin1String("org_role") &&
        parent.value(QStringLiteral("organization_id")).toString() != organizationId)
        return refuse(400, QStringLiteral("Parent org_role must be in the same organization"));
    if (parent.contains(QStringLiteral("parent_role")))
        return refuse(400, QStringLiteral("Parent role cannot itself have a parent (max 2 levels "
                                          "of hierarchy)"));
    return std::nullopt;
}

// Type-specific fields: parent_role only for user roles, partner_org_id required for partner
// roles, one root role per organization.
std::optional<RoleRules::Checked> checkKind(const EmulatorStore &store, const QJsonObject &role,
                                            const QString &organizationId)
{
    const QString type = role.value(QStringLiteral("type")).toString();
    const QString id = role.value(QStringLiteral("id")).toString();
    const QJsonValue parent = role.value(QStringLiteral("parent_role"));
    if (!parent.isUndefined() && !parent.isNull()) {
        if (type != QLatin1String("user_role"))
            return refuse(400, QStringLiteral("parent_role is only allowed for a user_role"));
        if (!parent.isString() || parent.toString().isEmpty())
            return refuse(400, QStringLiteral("parent_role must be a role id"));
        if (auto refusal = checkParent(store, id, parent.toString(), organizationId))
            return refusal;
    }
    if (type == QLatin1String("partner_role") &&
        role.value(QStringLiteral("partner_org_id")).toString().isEmpty())
        return refuse(400, QStringLiteral("A partner_role needs partner_org_id"));
    if (type == QLatin1String("org_role")) {
        bool otherRoot = false;
        store.forEach(RoleRules::kRoles, [&](const QJsonObject &other) {
            otherRoot =
                other.value(QStringLiteral("organization_id")).toString() == organizationId &&
                other.value(QStringLiteral("type")).toString() == QLatin1String("org_role") &&
                other.value(QStringLiteral("id")).toString() != id;
            return !otherRoot;
        });
        if (otherRoot)
            return refuse(400,
                          QStringLiteral("The organization has a root role (org_role) already"));
    }
    return std::nullopt;
}

} // namespace

namespace RoleRules {

QString roleId(const QString &organizationId, const QString &slug)
{
    return organizationId + QLatin1Char(':') + slug;
}

bool isExpired(const QJsonObject &role)
{
    const QString expiresAt = role.value(QStringLiteral("expires_at")).toString();
    if (expiresAt.isEmpty())
        return false;
    const QDateTime when = QDateTime::fromString(expiresAt, Qt::ISODateWithMs);
    return when.isValid() && when <= QDateTime::currentDateTimeUtc();
}

bool isVisibleTo(const QJsonObject &role, const QString &organizationId)
{
    return role.value(QStringLiteral("organization_id")).toString() == organizationId ||
           (role.value(QStringLiteral("type")).toString() == QLatin1String("partner_role") &&
            role.value(QStringLiteral("partner_org_id")).toString() == organizationId);
}

std::optional<QJsonArray> expandGrants(const QJsonArray &grants, QString *error)
{
    return expandGrantDependencies(grants, checkedGrant, error);
}

Checked checkRole(const EmulatorStore &store, const QJsonObject &payload,
                  const QString &organizationId, const QJsonObject &existing)
{
    PayloadReader reader(payload);
    const QString name = reader.requiredString(QStringLiteral("name"));
    const QString slug = reader.requiredString(QStringLiteral("slug"));
    if (reader.ok() && !payload.contains(QStringLiteral("type")))
        reader.fail(QStringLiteral("Missing required field: type"));
    const std::optional<QString> type = reader.optionalEnum(QStringLiteral("type"), kRoleTypes);
    const QJsonArray grants = reader.requiredArray(QStringLiteral("grants"));
    const std::optional<QString> expiresAt = reader.optionalString(QStringLiteral("expires_at"));
    if (reader.ok() && !isSlug(slug))
        reader.fail(QStringLiteral("slug must match ^[a-z0-9][a-z0-9_-]*$: \"%1\"").arg(slug));
    if (reader.ok() && expiresAt && !QDateTime::fromString(*expiresAt, Qt::ISODateWithMs).isValid())
        reader.fail(QStringLiteral("expires_at must be a date-time: \"%1\"").arg(*expiresAt));
    const std::optional<QString> sentOrganization =
        reader.optionalString(QStringLiteral("organization_id"));
    if (reader.ok() && sentOrganization && *sentOrganization != organizationId)
        reader.fail(QStringLiteral("organization_id must be the caller's organization %1")
                        .arg(organizationId));
    const QString id = roleId(organizationId, slug);
    const std::optional<QString> sentId = reader.optionalString(QStringLiteral("id"));
    if (reader.ok() && sentId && *sentId != id)
        reader.fail(QStringLiteral("id must be <organization id>:<slug> = %1").arg(id));
    if (!reader.ok())
        return refuse(400, reader.error());
    QString error;
    const std::optional<QJsonArray> flat = expandGrants(grants, &error);
    if (!flat)
        return refuse(400, error);

    QJsonObject role = payload; // unknown fields are kept
    role.insert(QStringLiteral("id"), id);
    role.insert(QStringLiteral("organization_id"), organizationId);
    role.insert(QStringLiteral("name"), name.trimmed());
    role.insert(QStringLiteral("grants"), *flat);
    role.remove(QStringLiteral("vendor_enforced_user_limit")); // read-only
    if (existing.contains(QStringLiteral("vendor_enforced_user_limit")))
        role.insert(QStringLiteral("vendor_enforced_user_limit"),
                    existing.value(QStringLiteral("vendor_enforced_user_limit")));
    if (role.value(QStringLiteral("parent_role")).isNull())
        role.remove(QStringLiteral("parent_role"));
    if (auto refusal = checkKind(store, role, organizationId))
        return *refusal;
    Checked checked;
    checked.role = role;
    return checked;
}

} // namespace RoleRules
