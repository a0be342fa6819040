#include "emulator/permissions/PermissionsSeed.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/permissions/RoleRules.h"

#include <QSet>

namespace {

const QString kPartners = QStringLiteral("partners");

QJsonObject grant(const QString &action, const QString &resource = {}, const QString &effect = {})
{
    QJsonObject object{{QStringLiteral("action"), action}};
    if (!resource.isEmpty())
        object.insert(QStringLiteral("resource"), resource);
    if (!effect.isEmpty())
        object.insert(QStringLiteral("effect"), effect);
    return object;
}

QJsonObject withConditions(QJsonObject object, const QJsonArray &conditions)
{
    object.insert(QStringLiteral("conditions"), conditions);
    return object;
}

QJsonObject withDependencies(QJsonObject object, const QJsonArray &dependencies)
{
    object.insert(QStringLiteral("dependencies"), dependencies);
    return object;
}

QJsonObject role(const QString &organizationId, const QString &slug, const QString &name,
                 const QString &type)
{
    return {{QStringLiteral("id"), RoleRules::roleId(organizationId, slug)},
            {QStringLiteral("name"), name},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("type"), type},
            {QStringLiteral("organization_id"), organizationId}};
}

QJsonObject messaging()
{
    return withDependencies(grant(QStringLiteral("message:view")),
                            {grant(QStringLiteral("entity:view"), QStringLiteral("message*")),
                             grant(QStringLiteral("entity:view"), QStringLiteral("thread*"))});
}

// Entities assigned to the current user only (equals_current_user) for the support team.
QJsonObject ownTickets()
{
    return withConditions(
        grant(QStringLiteral("entity:edit"), QStringLiteral("ticket:*")),
        {QJsonObject{{QStringLiteral("operation"), QStringLiteral("equals_current_user")},
                     {QStringLiteral("attribute"), QStringLiteral("assignee.*.user_id")}}});
}

} // namespace

PermissionsSeed::PermissionsSeed(EmulatorStore &store) : m_store(store) {}

void PermissionsSeed::seed(const SeedOptions &options)
{
    QSet<QString> organizations;
    m_store.forEach(RoleRules::kUsers, [&](const QJsonObject &user) {
        organizations.insert(user.value(QStringLiteral("organization_id")).toString());
        for (const QJsonValue &other : user.value(QStringLiteral("_org_ids")).toArray())
            organizations.insert(other.toString());
        return true;
    });
    organizations.insert(kDemoOrganizationId);
    organizations.remove(QString());
    QStringList sorted(organizations.begin(), organizations.end());
    sorted.sort();
    for (const QString &organizationId : sorted)
        seedStandardRoles(organizationId);
    if (options.roles > 0)
        seedTeamRoles(kDemoOrganizationId, options.roles);
    if (!options.demo)
        return;
    seedDemoRoles(kDemoOrganizationId);
    seedPartnerRoles(kDemoOrganizationId);
    assignDemoRoles(kDemoOrganizationId);
}

void PermissionsSeed::putRole(QJsonObject role, const QJsonArray &grantsWithDependencies)
{
    QString error;
    role.insert(QStringLiteral("grants"),
                RoleRules::expandGrants(grantsWithDependencies, &error).value_or(QJsonArray()));
    Q_ASSERT(error.isEmpty());
    m_store.put(RoleRules::kRoles, role.value(QStringLiteral("id")).toString(), role);
}

void PermissionsSeed::seedStandardRoles(const QString &org)
{
    QJsonObject root = role(org, QStringLiteral("root"), QStringLiteral("Organization root role"),
                            QStringLiteral("org_role"));
    root.insert(QStringLiteral("pricing_tier"), QStringLiteral("Professional"));
    putRole(root, {grant(QStringLiteral("*"), QStringLiteral("*")),
                   grant(QStringLiteral("webhook:*"), {}, QStringLiteral("deny"))});
    const QString userRole = QStringLiteral("user_role");
    putRole(role(org, QStringLiteral("owner"), QStringLiteral("Owner"), userRole),
            {grant(QStringLiteral("*"), QStringLiteral("*"))});
    putRole(role(org, QStringLiteral("admin"), QStringLiteral("Administrator"), userRole),
            {grant(QStringLiteral("*"), QStringLiteral("*")),
             grant(QStringLiteral("billing:*"), {}, QStringLiteral("deny"))});
    putRole(role(org, QStringLiteral("user"), QStringLiteral("Standard user"), userRole),
            {grant(QStringLiteral("entity:view"), QStringLiteral("*")),
             grant(QStringLiteral("entity:edit"), QStringLiteral("*")),
             grant(QStringLiteral("user:view")), messaging(),
             grant(QStringLiteral("workflow:execution:*"))});
    putRole(role(org, QStringLiteral("viewer"), QStringLiteral("Read-only"), userRole),
            {grant(QStringLiteral("entity:view"), QStringLiteral("*")),
             grant(QStringLiteral("user:view"))});
    putRole(role(org, QStringLiteral("sales_manager"), QStringLiteral("Sales"), userRole),
            {grant(QStringLiteral("entity:*"), QStringLiteral("opportunity:*")),
             grant(QStringLiteral("entity:*"), QStringLiteral("contact:*")),
             withConditions(
                 grant(QStringLiteral("entity:view"), QStringLiteral("file:*")),
                 {QJsonObject{{QStringLiteral("attribute"), QStringLiteral("_tags")},
                              {QStringLiteral("operation"), QStringLiteral("equals")},
                              {QStringLiteral("values"),
                               QJsonArray{QStringLiteral("offer"), QStringLiteral("contract")}}}}),
             messaging()});
    putRole(
        role(org, QStringLiteral("customer_service"), QStringLiteral("Customer service"), userRole),
        {grant(QStringLiteral("entity:view"), QStringLiteral("*")), ownTickets(), messaging(),
         withConditions(grant(QStringLiteral("entity:delete"), QStringLiteral("ticket:*"),
                              QStringLiteral("deny")),
                        {QJsonObject{{QStringLiteral("operation"),
                                      QStringLiteral("not_equals_current_user")}}})});
}

void PermissionsSeed::seedDemoRoles(const QString &org)
{
    QJsonObject share =
        role(org, QStringLiteral("grid_connection_share"),
             QStringLiteral("Grid connection files (shared)"), QStringLiteral("share_role"));
    putRole(share,
            {grant(QStringLiteral("entity:view"), QStringLiteral("opportunity:*")),
             withConditions(
                 grant(QStringLiteral("entity:edit"), QStringLiteral("opportunity:*")),
                 {QJsonObject{{QStringLiteral("attribute"), QStringLiteral("status")},
                              {QStringLiteral("operation"), QStringLiteral("not_equals")},
                              {QStringLiteral("values"), QJsonArray{QStringLiteral("closed")}}}}),
             messaging()});
    QJsonObject rollout =
        role(org, QStringLiteral("smart_meter_rollout"),
             QStringLiteral("Smart meter rollout (project)"), QStringLiteral("user_role"));
    rollout.insert(QStringLiteral("expires_at"), QStringLiteral("2030-06-30T22:00:00.000Z"));
    rollout.insert(QStringLiteral("parent_role"), share.value(QStringLiteral("id")));
    putRole(rollout, {grant(QStringLiteral("entity:*"), QStringLiteral("meter:*")),
                      grant(QStringLiteral("workflow:execution:*"))});
    QJsonObject audit = role(org, QStringLiteral("audit_2025"), QStringLiteral("Annual audit 2025"),
                             QStringLiteral("user_role"));
    audit.insert(QStringLiteral("expires_at"), QStringLiteral("2025-03-31T22:00:00.000Z"));
    putRole(audit, {grant(QStringLiteral("entity:view"), QStringLiteral("*")),
                    grant(QStringLiteral("audit_log:view"))});
    putRole(role(org, QStringLiteral("default_end_customer_portal_role"),
                 QStringLiteral("Default end customer portal role"), QStringLiteral("portal_role")),
            {grant(QStringLiteral("entity:attribute:view"), QStringLiteral("contact:*/*")),
             grant(QStringLiteral("entity:edit"), QStringLiteral("opportunity*"))});
}

// One partner role per partner organization that the partner directory knows for this
// organization (the partner's own roles stay in the partner directory's "partnerRoles").
void PermissionsSeed::seedPartnerRoles(const QString &org)
{
    QList<QJsonObject> partners;
    m_store.forEach(kPartners, [&](const QJsonObject &partner) {
        const QString status = partner.value(QStringLiteral("status")).toString();
        if (partner.value(QStringLiteral("organization_id")).toString() == org &&
            !partner.value(QStringLiteral("partner_org_id")).toString().isEmpty() &&
            status != QLatin1String("Rejected") && status != QLatin1String("Deleted"))
            partners.append(partner);
        return true;
    });
    for (const QJsonObject &partner : partners) {
        const QString partnerOrg = partner.value(QStringLiteral("partner_org_id")).toString();
        QJsonObject partnerRole = role(org, QStringLiteral("partner_") + partnerOrg,
                                       QStringLiteral("Partner: ") +
                                           partner.value(QStringLiteral("company_name")).toString(),
                                       QStringLiteral("partner_role"));
        partnerRole.insert(QStringLiteral("partner_org_id"), partnerOrg);
        partnerRole.insert(QStringLiteral("vendor_enforced_user_limit"), 25);
        putRole(partnerRole, {grant(QStringLiteral("entity:view"), QStringLiteral("opportunity*")),
                              grant(QStringLiteral("entity:edit"), QStringLiteral("opportunity*")),
                              grant(QStringLiteral("workflow:execution:*")), messaging()});
    }
}

// Some active people hold the project role, a few still the expired audit role, and one the
// share role: the list shows holders, expiry and expired roles without anything set up by hand.
void PermissionsSeed::assignDemoRoles(const QString &org)
{
    QList<QJsonObject> changed;
    int index = 0;
    m_store.forEach(RoleRules::kUsers, [&](const QJsonObject &user) {
        if (user.value(QStringLiteral("organization_id")).toString() != org ||
            user.value(QStringLiteral("id")).toString() == kDemoAdminUserId)
            return true;
        ++index;
        QJsonArray roles = user.value(QStringLiteral("_roles")).toArray();
        if (index % 6 == 1)
            roles.append(RoleRules::roleId(org, QStringLiteral("smart_meter_rollout")));
        if (index % 15 == 4)
            roles.append(RoleRules::roleId(org, QStringLiteral("audit_2025")));
        if (index == 9)
            roles.append(RoleRules::roleId(org, QStringLiteral("grid_connection_share")));
        if (roles.size() != user.value(QStringLiteral("_roles")).toArray().size()) {
            QJsonObject updated = user;
            updated.insert(QStringLiteral("_roles"), roles);
            changed.append(updated);
        }
        return true;
    });
    for (const QJsonObject &user : changed)
        m_store.put(RoleRules::kUsers, user.value(QStringLiteral("id")).toString(), user);
}

void PermissionsSeed::seedTeamRoles(const QString &org, int count)
{
    for (int team = 1; team <= count; ++team)
        putRole(role(org, QStringLiteral("team_%1").arg(team), QStringLiteral("Team %1").arg(team),
                     QStringLiteral("user_role")),
                {grant(QStringLiteral("entity:view"), QStringLiteral("team_%1:*").arg(team)),
                 grant(QStringLiteral("entity:edit"), QStringLiteral("team_%1:*").arg(team))});
    // The users' `_roles` stay the one source of truth (the User API's `roles` reads them too).
    QList<QJsonObject> changed;
    int index = 0;
    m_store.forEach(RoleRules::kUsers, [&](const QJsonObject &user) {
        if (user.value(QStringLiteral("organization_id")).toString() != org)
            return true;
        QJsonArray roles = user.value(QStringLiteral("_roles")).toArray();
        const int first = index % count, second = (index * 7 + 3) % count;
        roles.append(RoleRules::roleId(org, QStringLiteral("team_%1").arg(first + 1)));
        if (second != first)
            roles.append(RoleRules::roleId(org, QStringLiteral("team_%1").arg(second + 1)));
        ++index;
        QJsonObject updated = user;
        updated.insert(QStringLiteral("_roles"), roles);
        changed.append(updated);
        return true;
    });
    m_store.beginBatch();
    for (const QJsonObject &user : changed)
        m_store.put(RoleRules::kUsers, user.value(QStringLiteral("id")).toString(), user);
    m_store.commitBatch();
}
