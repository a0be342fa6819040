#include "emulator/partners/PartnerUserDirectory.h"

#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/Outbox.h"
#include "emulator/partners/PartnerCollections.h"
#include "emulator/partners/PartnerRegistry.h"
#include "emulator/partners/PartnerRoleCatalog.h"
#include "emulator/core/PayloadReader.h"

#include <QDateTime>
#include <QJsonArray>

namespace {

const QString kOrgIdField = QStringLiteral("_org_id");
const QString kRoleIds = QStringLiteral("_role_ids");

QString orgIdOf(const EmulatorRequest &request)
{
    return request.pathParams.value(QStringLiteral("orgId"));
}

} // namespace

PartnerUserDirectory::PartnerUserDirectory(EmulatorStore &store, Outbox &outbox,
                                           const PartnerRoleCatalog &roles)
    : m_store(store), m_outbox(outbox), m_roles(roles)
{
}

void PartnerUserDirectory::registerRoutes(EmulatorRouter &router)
{
    router.add("GET", QStringLiteral("/v2/partners/{orgId}/users"), Access::Secured,
               [this](const EmulatorRequest &request) { return getUsers(request); });
    router.add("POST", QStringLiteral("/v2/partners/{orgId}/users"), Access::Secured,
               [this](const EmulatorRequest &request) { return createUser(request); });
    router.add("POST", QStringLiteral("/v2/partners/{orgId}/users/{userId}/roles"), Access::Secured,
               [this](const EmulatorRequest &request) { return assignRoles(request); });
    router.add("DELETE", QStringLiteral("/v2/partners/{orgId}/users/{userId}/roles"),
               Access::Secured,
               [this](const EmulatorRequest &request) { return unassignRoles(request); });
    router.add("DELETE", QStringLiteral("/v2/partners/{orgId}/users/{userId}"), Access::Secured,
               [this](const EmulatorRequest &request) { return deleteUser(request); });
}

std::optional<EmulatorResponse>
PartnerUserDirectory::refuseOrganization(const EmulatorRequest &request) const
{
    const QString organizationId = orgIdOf(request);
    if (PartnerRegistry::connectedPartner(m_store, request.caller.organizationId, organizationId)
            .isEmpty())
        return EmulatorResponse::error(
            404, QStringLiteral("Partner organization %1 not found").arg(organizationId));
    return std::nullopt;
}

QJsonObject PartnerUserDirectory::user(const QString &organizationId, const QString &userId) const
{
    const QJsonObject document = m_store.get(PartnerCollections::partnerUsers, userId);
    if (document.value(kOrgIdField).toString() != organizationId)
        return {};
    return document;
}

QJsonObject PartnerUserDirectory::partnerUserView(const QJsonObject &document) const
{
    const QString organizationId = document.value(kOrgIdField).toString();
    QJsonObject view = ModuleSupport::stripInternal(document);
    QJsonArray roles;
    const QJsonArray roleIds = document.value(kRoleIds).toArray();
    for (const QJsonValue &roleId : roleIds) {
        const QJsonObject role = m_roles.role(organizationId, roleId.toString());
        if (!role.isEmpty())
            roles.append(PartnerRoleCatalog::roleReference(role));
    }
    view.insert(QStringLiteral("roles"), roles);
    return view;
}

QString PartnerUserDirectory::newUserId(const QString &organizationId) const
{
    // Deterministic: "<orgId><4-digit counter>", the first number not yet taken.
    qsizetype counter = m_store.count(PartnerCollections::partnerUsers) + 1;
    QString id;
    do {
        id = organizationId + QStringLiteral("%1").arg(counter++, 4, 10, QLatin1Char('0'));
    } while (m_store.contains(PartnerCollections::partnerUsers, id));
    return id;
}

bool PartnerUserDirectory::emailTaken(const QString &organizationId, const QString &email) const
{
    const QList<QJsonObject> users = m_store.all(PartnerCollections::partnerUsers);
    for (const QJsonObject &document : users) {
        if (document.value(kOrgIdField).toString() == organizationId &&
            document.value(QStringLiteral("email"))
                    .toString()
                    .compare(email, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// ---- users --------------------------------------------------------------------------------------

EmulatorResponse PartnerUserDirectory::getUsers(const EmulatorRequest &request) const
{
    if (auto refusal = refuseOrganization(request))
        return *refusal;
    const QString organizationId = orgIdOf(request);
    QJsonArray results;
    const QList<QJsonObject> users = m_store.all(PartnerCollections::partnerUsers);
    for (const QJsonObject &document : users) {
        if (document.value(kOrgIdField).toString() == organizationId)
            results.append(partnerUserView(document));
    }
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}

EmulatorResponse PartnerUserDirectory::createUser(const EmulatorRequest &request)
{
    if (auto refusal = refuseOrganization(request))
        return *refusal;
    if (!request.hasBody || !request.body.isObject())
        return EmulatorResponse::error(
            400, QStringLiteral("The request body must be an object with at least an email"));
    const QString organizationId = orgIdOf(request);
    PayloadReader reader(request.body.toObject());
    const QString email = reader.requiredEmail(QStringLiteral("email"));
    const std::optional<QString> language = reader.optionalEnum(
        QStringLiteral("language"), {QStringLiteral("en"), QStringLiteral("de")});
    const QStringList roleIds =
        reader.optionalStringList(QStringLiteral("roles")).value_or(QStringList());
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());
    for (const QString &roleId : roleIds) {
        if (m_roles.role(organizationId, roleId).isEmpty())
            return EmulatorResponse::error(
                400,
                QStringLiteral("Unknown role %1 in organization %2").arg(roleId, organizationId));
    }
    if (emailTaken(organizationId, email))
        return EmulatorResponse::error(
            400, QStringLiteral("A user with e-mail %1 already exists in organization %2")
                     .arg(email, organizationId));

    const QString id = newUserId(organizationId);
    const QString token = PartnerRegistry::newInvitationToken();
    QJsonArray storedRoles;
    for (const QString &roleId : roleIds) {
        if (!storedRoles.contains(QJsonValue(roleId)))
            storedRoles.append(roleId);
    }
    const QJsonObject document{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), email},
        {QStringLiteral("email"), email},
        {QStringLiteral("status"), QStringLiteral("Pending")},
        {QStringLiteral("_created_at"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {kOrgIdField, organizationId},
        {kRoleIds, storedRoles},
        {QStringLiteral("_language"), language.value_or(QStringLiteral("de"))},
        {QStringLiteral("_invite_token"), token},
    };
    m_store.put(PartnerCollections::partnerUsers, id, document);
    m_outbox.send(QStringLiteral("partner_user_invite"), email,
                  {{QStringLiteral("token"), token},
                   {QStringLiteral("link"),
                    QStringLiteral("https://partner.epilot.cloud/activate-user?token=") + token},
                   {QStringLiteral("user_id"), id},
                   {QStringLiteral("organization_id"), organizationId},
                   {QStringLiteral("language"), language.value_or(QStringLiteral("de"))}});
    return EmulatorResponse::json(
        201, QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("email"), email},
                         {QStringLiteral("display_name"), email},
                         {QStringLiteral("status"), QStringLiteral("Pending")}});
}

EmulatorResponse PartnerUserDirectory::deleteUser(const EmulatorRequest &request)
{
    if (auto refusal = refuseOrganization(request))
        return *refusal;
    const QString organizationId = orgIdOf(request);
    const QString userId = request.pathParams.value(QStringLiteral("userId"));
    if (user(organizationId, userId).isEmpty())
        return EmulatorResponse::error(
            404,
            QStringLiteral("User %1 not found in organization %2").arg(userId, organizationId));
    m_store.remove(PartnerCollections::partnerUsers, userId);
    return EmulatorResponse::json(200, QJsonObject());
}

// ---- role assignment ----------------------------------------------------------------------------

EmulatorResponse PartnerUserDirectory::assignRoles(const EmulatorRequest &request)
{
    return changeRoles(request, true);
}

EmulatorResponse PartnerUserDirectory::unassignRoles(const EmulatorRequest &request)
{
    return changeRoles(request, false);
}

EmulatorResponse PartnerUserDirectory::changeRoles(const EmulatorRequest &request, bool assign)
{
    if (auto refusal = refuseOrganization(request))
        return *refusal;
    const QString organizationId = orgIdOf(request);
    const QString userId = request.pathParams.value(QStringLiteral("userId"));
    QJsonObject document = user(organizationId, userId);
    if (document.isEmpty())
        return EmulatorResponse::error(
            404,
            QStringLiteral("User %1 not found in organization %2").arg(userId, organizationId));
    if (!request.hasBody || !request.body.isObject())
        return EmulatorResponse::error(
            400, QStringLiteral("The request body must be an object with roleIds"));
    PayloadReader reader(request.body.toObject());
    const QStringList roleIds = reader.requiredStringList(QStringLiteral("roleIds"));
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());

    // Each role is processed on its own: unknown roles fail, the rest succeed.
    QJsonArray assigned = document.value(kRoleIds).toArray();
    QJsonArray results;
    for (const QString &roleId : roleIds) {
        if (m_roles.role(organizationId, roleId).isEmpty()) {
            results.append(
                QJsonObject{{QStringLiteral("roleId"), roleId},
                            {QStringLiteral("success"), false},
                            {QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("status"), 404},
                                         {QStringLiteral("message"),
                                          QStringLiteral("Role %1 not found in organization %2")
                                              .arg(roleId, organizationId)}}}});
            continue;
        }
        const qsizetype index = assigned.toVariantList().indexOf(roleId);
        if (assign && index < 0)
            assigned.append(roleId);
        if (!assign && index >= 0)
            assigned.removeAt(index);
        results.append(
            QJsonObject{{QStringLiteral("roleId"), roleId},
                        {QStringLiteral("success"), true},
                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("userId"), userId},
                                                             {QStringLiteral("roleId"), roleId}}}});
    }
    if (assigned != document.value(kRoleIds).toArray()) {
        document.insert(kRoleIds, assigned);
        m_store.put(PartnerCollections::partnerUsers, userId, document);
    }
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}
