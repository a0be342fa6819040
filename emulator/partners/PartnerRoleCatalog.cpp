#include "emulator/partners/PartnerRoleCatalog.h"

#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/GrantExpansion.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/PayloadReader.h"
#include "emulator/partners/PartnerCollections.h"
#include "emulator/partners/PartnerRegistry.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString kOrgIdField = QStringLiteral("_org_id");

QString orgIdOf(const EmulatorRequest &request)
{
    return request.pathParams.value(QStringLiteral("orgId"));
}

bool isSlug(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(slug).hasMatch();
}

} // namespace

PartnerRoleCatalog::PartnerRoleCatalog(EmulatorStore &store) : m_store(store) {}

void PartnerRoleCatalog::registerRoutes(EmulatorRouter &router)
{
    router.add("GET", QStringLiteral("/v2/partners/{orgId}/roles"), Access::Secured,
               [this](const EmulatorRequest &request) { return getRoles(request); });
    router.add("POST", QStringLiteral("/v2/partners/{orgId}/roles"), Access::Secured,
               [this](const EmulatorRequest &request) { return createRole(request); });
    router.add("PUT", QStringLiteral("/v2/partners/{orgId}/roles/{roleId}"), Access::Secured,
               [this](const EmulatorRequest &request) { return updateRole(request); });
    router.add("DELETE", QStringLiteral("/v2/partners/{orgId}/roles/{roleId}"), Access::Secured,
               [this](const EmulatorRequest &request) { return deleteRole(request); });
}

QString PartnerRoleCatalog::roleId(const QString &organizationId, const QString &slug)
{
    return organizationId + QLatin1Char(':') + slug;
}

QJsonObject PartnerRoleCatalog::roleReference(const QJsonObject &role)
{
    return {{QStringLiteral("id"), role.value(QStringLiteral("id"))},
            {QStringLiteral("slug"), role.value(QStringLiteral("slug"))},
            {QStringLiteral("name"), role.value(QStringLiteral("name"))}};
}

QJsonObject PartnerRoleCatalog::role(const QString &organizationId, const QString &id) const
{
    const QJsonObject document = m_store.get(PartnerCollections::partnerRoles, id);
    if (document.value(kOrgIdField).toString() != organizationId)
        return {};
    return document;
}

QJsonObject PartnerRoleCatalog::makeRole(const QString &organizationId, const QString &slug,
                                         const QString &name, const QJsonArray &flatGrants) const
{
    return {{QStringLiteral("id"), roleId(organizationId, slug)},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("share_role")},
            {QStringLiteral("grants"), flatGrants},
            {kOrgIdField, organizationId}};
}

std::optional<EmulatorResponse>
PartnerRoleCatalog::refuseOrganization(const EmulatorRequest &request) const
{
    const QString organizationId = orgIdOf(request);
    if (PartnerRegistry::connectedPartner(m_store, request.caller.organizationId, organizationId)
            .isEmpty())
        return EmulatorResponse::error(
            404, QStringLiteral("Partner organization %1 not found").arg(organizationId));
    return std::nullopt;
}

bool PartnerRoleCatalog::isAssigned(const QString &organizationId, const QString &id) const
{
    const QList<QJsonObject> users = m_store.all(PartnerCollections::partnerUsers);
    for (const QJsonObject &user : users) {
        if (user.value(kOrgIdField).toString() == organizationId &&
            user.value(QStringLiteral("_role_ids")).toArray().contains(QJsonValue(id)))
            return true;
    }
    return false;
}

// ---- grants -------------------------------------------------------------------------------------

std::optional<QJsonObject> PartnerRoleCatalog::checkedGrant(const QJsonValue &value,
                                                            const QString &where, QString *error)
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
    QJsonObject clean{{QStringLiteral("action"), action},
                      {QStringLiteral("effect"), effect.value_or(QStringLiteral("allow"))}};
    if (resource)
        clean.insert(QStringLiteral("resource"), *resource);
    if (conditions) {
        QJsonArray cleanConditions;
        for (qsizetype index = 0; index < conditions->size() && reader.ok(); ++index) {
            const QString conditionWhere =
                QStringLiteral("%1.conditions[%2]").arg(where).arg(index);
            const QJsonValue condition = conditions->at(index);
            if (!condition.isObject()) {
                reader.fail(QStringLiteral("%1 must be an object").arg(conditionWhere));
                break;
            }
            PayloadReader conditionReader(condition.toObject(), conditionWhere);
            const QString attribute = conditionReader.requiredString(QStringLiteral("attribute"));
            if (!condition.toObject().contains(QStringLiteral("operation")))
                conditionReader.fail(
                    QStringLiteral("Missing required field: %1.operation").arg(conditionWhere));
            const std::optional<QString> operation = conditionReader.optionalEnum(
                QStringLiteral("operation"), {QStringLiteral("equals")});
            if (!condition.toObject().contains(QStringLiteral("values")))
                conditionReader.fail(
                    QStringLiteral("Missing required field: %1.values").arg(conditionWhere));
            const std::optional<QJsonArray> values =
                conditionReader.optionalArray(QStringLiteral("values"));
            if (values) {
                for (const QJsonValue &item : *values) {
                    if (!item.isString())
                        conditionReader.fail(
                            QStringLiteral("%1.values must only hold strings").arg(conditionWhere));
                }
            }
            if (!conditionReader.ok()) {
                reader.fail(conditionReader.error());
                break;
            }
            cleanConditions.append(QJsonObject{{QStringLiteral("attribute"), attribute},
                                               {QStringLiteral("operation"), *operation},
                                               {QStringLiteral("values"), *values}});
        }
        if (reader.ok())
            clean.insert(QStringLiteral("conditions"), cleanConditions);
    }
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return clean;
}

std::optional<QJsonArray> PartnerRoleCatalog::expandGrants(const QJsonArray &grants, QString *error)
{
    return expandGrantDependencies(grants, &PartnerRoleCatalog::checkedGrant, error);
}

// ---- handlers -----------------------------------------------------------------------------------

EmulatorResponse PartnerRoleCatalog::getRoles(const EmulatorRequest &request) const
{
    if (auto refusal = refuseOrganization(request))
        return *refusal;
    const QString organizationId = orgIdOf(request);
    QJsonArray results;
    const QList<QJsonObject> roles = m_store.all(PartnerCollections::partnerRoles);
    for (const QJsonObject &role : roles) {
        if (role.value(kOrgIdField).toString() == organizationId)
            results.append(ModuleSupport::stripInternal(role));
    }
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}

EmulatorResponse PartnerRoleCatalog::createRole(const EmulatorRequest &request)
{
    if (auto refusal = refuseOrganization(request))
        return *refusal;
    if (!request.hasBody || !request.body.isObject())
        return EmulatorResponse::error(
            400, QStringLiteral("The request body must be an object with name, slug and grants"));
    const QString organizationId = orgIdOf(request);
    PayloadReader reader(request.body.toObject());
    const QString name = reader.requiredString(QStringLiteral("name"));
    const QString slug = reader.requiredString(QStringLiteral("slug"));
    const QJsonArray grants = reader.requiredArray(QStringLiteral("grants"));
    if (reader.ok() && !isSlug(slug))
        reader.fail(QStringLiteral("slug must match ^[a-z][a-z0-9_]*$: \"%1\"").arg(slug));
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());
    QString error;
    const std::optional<QJsonArray> flat = expandGrants(grants, &error);
    if (!flat)
        return EmulatorResponse::error(400, error);
    const QString id = roleId(organizationId, slug);
    if (m_store.contains(PartnerCollections::partnerRoles, id))
        return EmulatorResponse::error(
            400, QStringLiteral("A role with slug %1 already exists in organization %2")
                     .arg(slug, organizationId));

    const QJsonObject role = makeRole(organizationId, slug, name, *flat);
    m_store.put(PartnerCollections::partnerRoles, id, role);
    return EmulatorResponse::json(201, ModuleSupport::stripInternal(role));
}

EmulatorResponse PartnerRoleCatalog::updateRole(const EmulatorRequest &request)
{
    if (auto refusal = refuseOrganization(request))
        return *refusal;
    const QString organizationId = orgIdOf(request);
    const QString id = request.pathParams.value(QStringLiteral("roleId"));
    QJsonObject stored = role(organizationId, id);
    if (stored.isEmpty())
        return EmulatorResponse::error(
            404, QStringLiteral("Role %1 not found in organization %2").arg(id, organizationId));
    if (!request.hasBody || !request.body.isObject())
        return EmulatorResponse::error(
            400, QStringLiteral("The request body must be an object with name, slug and grants"));

    PayloadReader reader(request.body.toObject());
    const QString name = reader.requiredString(QStringLiteral("name"));
    const QString slug = reader.requiredString(QStringLiteral("slug"));
    const QJsonArray grants = reader.requiredArray(QStringLiteral("grants"));
    const std::optional<QString> bodyId = reader.optionalString(QStringLiteral("id"));
    if (reader.ok() && !isSlug(slug))
        reader.fail(QStringLiteral("slug must match ^[a-z][a-z0-9_]*$: \"%1\"").arg(slug));
    if (reader.ok() && slug != stored.value(QStringLiteral("slug")).toString())
        reader.fail(QStringLiteral("slug cannot be changed (role %1 has slug %2)")
                        .arg(id, stored.value(QStringLiteral("slug")).toString()));
    if (reader.ok() && bodyId && *bodyId != id)
        reader.fail(
            QStringLiteral("id %1 does not match the role in the path (%2)").arg(*bodyId, id));
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());
    QString error;
    const std::optional<QJsonArray> flat = expandGrants(grants, &error);
    if (!flat)
        return EmulatorResponse::error(400, error);

    stored.insert(QStringLiteral("name"), name);
    stored.insert(QStringLiteral("grants"), *flat);
    m_store.put(PartnerCollections::partnerRoles, id, stored);
    return EmulatorResponse::json(200, ModuleSupport::stripInternal(stored));
}

EmulatorResponse PartnerRoleCatalog::deleteRole(const EmulatorRequest &request)
{
    if (auto refusal = refuseOrganization(request))
        return *refusal;
    const QString organizationId = orgIdOf(request);
    const QString id = request.pathParams.value(QStringLiteral("roleId"));
    const QJsonObject stored = role(organizationId, id);
    if (stored.isEmpty())
        return EmulatorResponse::error(
            404, QStringLiteral("Role %1 not found in organization %2").arg(id, organizationId));
    if (isAssigned(organizationId, id))
        return EmulatorResponse::error(
            409,
            QStringLiteral("Role %1 is assigned to users; unassign it before deleting").arg(id));
    m_store.remove(PartnerCollections::partnerRoles, id);
    return EmulatorResponse::json(200, ModuleSupport::stripInternal(stored));
}
