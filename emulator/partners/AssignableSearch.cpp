#include "emulator/partners/AssignableSearch.h"

#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/partners/PartnerCollections.h"
#include "emulator/partners/PartnerRegistry.h"
#include "emulator/core/PayloadReader.h"

#include <QRegularExpression>
#include <algorithm>

namespace {

constexpr qint64 kDefaultSize = 25;
constexpr qint64 kMaxSize = 1000;
constexpr qsizetype kMaxBatchItems = 1000;

const QStringList kStatuses = {QStringLiteral("Active"), QStringLiteral("Pending"),
                               QStringLiteral("Deactivated"), QStringLiteral("Deleted")};

struct EcpPlaceholder
{
    QString userId;
    QString displayName;
};

// The portal users epilot offers before a task is scoped to one entity's portal users.
const QList<EcpPlaceholder> &ecpPlaceholderList()
{
    static const QList<EcpPlaceholder> list{
        {QStringLiteral("ecp_placeholder_customer"),
         QStringLiteral("Kundenportal: Kunde (Platzhalter)")},
        {QStringLiteral("ecp_placeholder_installer"),
         QStringLiteral("Installateursportal: Installateur (Platzhalter)")},
    };
    return list;
}

QJsonObject ecpAssignable(const EcpPlaceholder &placeholder, const QString &organizationId)
{
    return {{QStringLiteral("type"), QStringLiteral("ecp")},
            {QStringLiteral("display_name"), placeholder.displayName},
            {QStringLiteral("user_id"), placeholder.userId},
            {QStringLiteral("org_id"), organizationId}};
}

QString displayNameOf(const QJsonObject &document, const QString &nameField)
{
    const QString name = document.value(nameField).toString().trimmed();
    return name.isEmpty() ? document.value(QStringLiteral("email")).toString() : name;
}

} // namespace

AssignableSearch::AssignableSearch(const EmulatorStore &store) : m_store(store) {}

void AssignableSearch::registerRoutes(EmulatorRouter &router)
{
    router.add("POST", QStringLiteral("/v1/partners/assignables:search"), Access::Secured,
               [this](const EmulatorRequest &request) { return search(request); });
    router.add("POST", QStringLiteral("/v1/partners/assignables:batchGet"), Access::Secured,
               [this](const EmulatorRequest &request) { return batchGet(request); });
}

const QStringList &AssignableSearch::allTypes()
{
    static const QStringList types{QStringLiteral("user"),
                                   QStringLiteral("partner_user"),
                                   QStringLiteral("partner_organization"),
                                   QStringLiteral("ecp"),
                                   QStringLiteral("group"),
                                   QStringLiteral("parent_organization_user")};
    return types;
}

// ---- shaping ------------------------------------------------------------------------------------

void AssignableSearch::copyCommonFields(const QJsonObject &from, QJsonObject *to)
{
    const QJsonObject image = from.value(QStringLiteral("image_uri")).toObject();
    if (image.value(QStringLiteral("original")).isString()) {
        QJsonObject imageUri{{QStringLiteral("original"), image.value(QStringLiteral("original"))}};
        if (image.value(QStringLiteral("thumbnail_32")).isString())
            imageUri.insert(QStringLiteral("thumbnail_32"),
                            image.value(QStringLiteral("thumbnail_32")));
        to->insert(QStringLiteral("image_uri"), imageUri);
    }
    for (const QString &field : {QStringLiteral("created_at"), QStringLiteral("activated_at")}) {
        if (from.value(field).isString() && !from.value(field).toString().isEmpty())
            to->insert(field, from.value(field));
    }
    const QString status = from.value(QStringLiteral("status")).toString();
    if (kStatuses.contains(status))
        to->insert(QStringLiteral("status"), status);
    const QString email = from.value(QStringLiteral("email")).toString();
    if (PayloadReader::isEmail(email))
        to->insert(QStringLiteral("email"), email);
}

bool AssignableSearch::belongsTo(const QJsonObject &user, const QString &organizationId)
{
    return user.value(QStringLiteral("organization_id")).toString() == organizationId ||
           user.value(QStringLiteral("_org_ids")).toArray().contains(QJsonValue(organizationId));
}

QJsonObject AssignableSearch::userAssignable(const QJsonObject &user, const QString &organizationId)
{
    QJsonObject assignable{
        {QStringLiteral("type"), QStringLiteral("user")},
        {QStringLiteral("display_name"), displayNameOf(user, QStringLiteral("display_name"))},
        {QStringLiteral("user_id"), user.value(QStringLiteral("id"))},
        {QStringLiteral("org_id"), organizationId}};
    copyCommonFields(user, &assignable);
    return assignable;
}

QJsonObject AssignableSearch::partnerUserAssignable(const QJsonObject &user,
                                                    const QString &partnerId)
{
    QJsonObject assignable{
        {QStringLiteral("type"), QStringLiteral("partner_user")},
        {QStringLiteral("display_name"), displayNameOf(user, QStringLiteral("name"))},
        {QStringLiteral("user_id"), user.value(QStringLiteral("id"))},
        {QStringLiteral("org_id"), user.value(QStringLiteral("_org_id"))},
        {QStringLiteral("partner_id"), partnerId}};
    // Partner users keep their image and creation time under PartnerUser's own names.
    QJsonObject common = user;
    common.insert(QStringLiteral("image_uri"), user.value(QStringLiteral("image")));
    common.insert(QStringLiteral("created_at"), user.value(QStringLiteral("_created_at")));
    copyCommonFields(common, &assignable);
    return assignable;
}

QJsonObject AssignableSearch::groupAssignable(const QJsonObject &group)
{
    QJsonObject assignable{
        {QStringLiteral("type"), QStringLiteral("group")},
        {QStringLiteral("display_name"), group.value(QStringLiteral("name")).toString()},
        {QStringLiteral("group_id"), group.value(QStringLiteral("id"))},
        {QStringLiteral("org_id"), group.value(QStringLiteral("org_id"))}};
    QJsonObject common = group;
    common.remove(QStringLiteral("status"));
    common.remove(QStringLiteral("email"));
    copyCommonFields(common, &assignable);
    return assignable;
}

QJsonObject AssignableSearch::partnerOrganizationAssignable(const QJsonObject &partner)
{
    QJsonObject assignable{
        {QStringLiteral("type"), QStringLiteral("partner_organization")},
        {QStringLiteral("display_name"), displayNameOf(partner, QStringLiteral("company_name"))},
        {QStringLiteral("partner_id"), partner.value(QStringLiteral("id"))},
        {QStringLiteral("org_id"), partner.value(QStringLiteral("partner_org_id"))},
        {QStringLiteral("status"), QStringLiteral("Active")}};
    const QString email = partner.value(QStringLiteral("email")).toString();
    if (PayloadReader::isEmail(email))
        assignable.insert(QStringLiteral("email"), email);
    if (partner.value(QStringLiteral("created_at")).isString())
        assignable.insert(QStringLiteral("created_at"),
                          partner.value(QStringLiteral("created_at")));
    if (partner.value(QStringLiteral("_phone")).isString())
        assignable.insert(QStringLiteral("phone"), partner.value(QStringLiteral("_phone")));
    if (partner.value(QStringLiteral("_activity_radius")).isDouble())
        assignable.insert(QStringLiteral("activity_radius"),
                          partner.value(QStringLiteral("_activity_radius")));
    if (partner.value(QStringLiteral("_geolocations")).isArray())
        assignable.insert(QStringLiteral("geolocations"),
                          partner.value(QStringLiteral("_geolocations")));
    return assignable;
}

// ---- matching -----------------------------------------------------------------------------------

bool AssignableSearch::matches(const Query &query, const QString &organizationId,
                               const std::function<QStringList()> &textsOf)
{
    if (!query.orgIds.isEmpty() && !query.orgIds.contains(organizationId))
        return false;
    if (query.terms.isEmpty())
        return true;
    const QStringList texts = textsOf();
    // Every word of q must occur in one of the texts (name, e-mail).
    for (const QString &term : query.terms) {
        const bool found = std::any_of(texts.begin(), texts.end(), [&term](const QString &text) {
            return text.contains(term, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

QHash<QString, QString> AssignableSearch::connectedPartnerIds(const QString &organizationId) const
{
    QHash<QString, QString> ids;
    const QList<QJsonObject> partners = m_store.all(PartnerCollections::partners);
    for (const QJsonObject &partner : partners) {
        if (partner.value(QStringLiteral("organization_id")).toString() == organizationId &&
            PartnerRegistry::isConnected(partner))
            ids.insert(partner.value(QStringLiteral("partner_org_id")).toString(),
                       partner.value(QStringLiteral("id")).toString());
    }
    return ids;
}

void AssignableSearch::users(const QString &organizationId, const Query &query, Page &page) const
{
    const QList<QJsonObject> documents = m_store.all(PartnerCollections::users);
    for (const QJsonObject &user : documents) {
        // Deleted users cannot take new assignments.
        if (!belongsTo(user, organizationId) ||
            user.value(QStringLiteral("status")).toString() == QLatin1String("Deleted"))
            continue;
        if (matches(query, organizationId, [&]() -> QStringList {
                return {user.value(QStringLiteral("display_name")).toString(),
                        user.value(QStringLiteral("email")).toString()};
            }))
            page.offer([&] { return userAssignable(user, organizationId); });
    }
}

void AssignableSearch::partnerUsers(const QString &organizationId, const Query &query,
                                    Page &page) const
{
    const QHash<QString, QString> partnerIds = connectedPartnerIds(organizationId);
    if (partnerIds.isEmpty())
        return;
    const QList<QJsonObject> documents = m_store.all(PartnerCollections::partnerUsers);
    for (const QJsonObject &user : documents) {
        const QString userOrganization = user.value(QStringLiteral("_org_id")).toString();
        if (!partnerIds.contains(userOrganization))
            continue;
        if (matches(query, userOrganization, [&]() -> QStringList {
                return {user.value(QStringLiteral("name")).toString(),
                        user.value(QStringLiteral("email")).toString()};
            }))
            page.offer(
                [&] { return partnerUserAssignable(user, partnerIds.value(userOrganization)); });
    }
}

void AssignableSearch::partnerOrganizations(const QString &organizationId, const Query &query,
                                            Page &page) const
{
    const QList<QJsonObject> partners = m_store.all(PartnerCollections::partners);
    for (const QJsonObject &partner : partners) {
        if (partner.value(QStringLiteral("organization_id")).toString() != organizationId ||
            !PartnerRegistry::isConnected(partner))
            continue;
        if (matches(query, partner.value(QStringLiteral("partner_org_id")).toString(),
                    [&]() -> QStringList {
                        return {partner.value(QStringLiteral("company_name")).toString(),
                                partner.value(QStringLiteral("email")).toString()};
                    }))
            page.offer([&] { return partnerOrganizationAssignable(partner); });
    }
}

void AssignableSearch::ecpPlaceholders(const QString &organizationId, const Query &query,
                                       Page &page) const
{
    // Scoped to an entity, the real service lists that entity's portal users; the emulator keeps
    // no entities, so there are none.
    if (!query.portalEntityId.isEmpty())
        return;
    for (const EcpPlaceholder &placeholder : ecpPlaceholderList()) {
        if (matches(query, organizationId, [&]() -> QStringList {
                return {placeholder.displayName, placeholder.userId};
            }))
            page.offer([&] { return ecpAssignable(placeholder, organizationId); });
    }
}

void AssignableSearch::groups(const QString &organizationId, const Query &query, Page &page) const
{
    const QList<QJsonObject> documents = m_store.all(PartnerCollections::groups);
    for (const QJsonObject &group : documents) {
        if (group.value(QStringLiteral("org_id")).toString() != organizationId)
            continue;
        if (matches(query, organizationId, [&]() -> QStringList {
                return {group.value(QStringLiteral("name")).toString()};
            }))
            page.offer([&] { return groupAssignable(group); });
    }
}

// ---- searchAssignable ---------------------------------------------------------------------------

EmulatorResponse AssignableSearch::search(const EmulatorRequest &request) const
{
    if (!request.hasBody || !request.body.isObject())
        return EmulatorResponse::error(
            400, QStringLiteral("The request body must be an object with at least q"));
    PayloadReader reader(request.body.toObject());
    if (!reader.has(QStringLiteral("q")))
        reader.fail(QStringLiteral("Missing required field: q"));
    const QString text = reader.optionalString(QStringLiteral("q"), true).value_or(QString());
    const qint64 from =
        reader.optionalInteger(QStringLiteral("from"), 0, 1'000'000'000).value_or(0);
    const qint64 size =
        reader.optionalInteger(QStringLiteral("size"), 1, kMaxSize).value_or(kDefaultSize);
    Query query;
    query.orgIds = reader.optionalStringList(QStringLiteral("org_ids")).value_or(QStringList());
    query.portalEntityId =
        reader.optionalString(QStringLiteral("portalUsersEntityIdScope"), true).value_or(QString());
    const std::optional<QStringList> types = reader.optionalStringList(QStringLiteral("types"));
    if (types) {
        for (const QString &type : *types) {
            if (!allTypes().contains(type))
                reader.fail(QStringLiteral("types: unknown type \"%1\" (allowed: %2)")
                                .arg(type, allTypes().join(QStringLiteral(", "))));
        }
    }
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());
    query.types = types.value_or(allTypes().mid(0, 5));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    query.terms = text.toLower().split(spaces, Qt::SkipEmptyParts);

    const QString organizationId = request.caller.organizationId;
    Page page;
    page.from = from;
    page.size = size;
    if (query.types.contains(QLatin1String("user")))
        users(organizationId, query, page);
    if (query.types.contains(QLatin1String("partner_user")))
        partnerUsers(organizationId, query, page);
    if (query.types.contains(QLatin1String("partner_organization")))
        partnerOrganizations(organizationId, query, page);
    if (query.types.contains(QLatin1String("ecp")))
        ecpPlaceholders(organizationId, query, page);
    if (query.types.contains(QLatin1String("group")))
        groups(organizationId, query, page);
    // parent_organization_user: the emulator's organizations have no parent organization.

    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("hits"), page.hits},
                                                   {QStringLiteral("results"), page.results}});
}

// ---- batchGetAssignable -------------------------------------------------------------------------

QJsonObject AssignableSearch::findUser(const QString &callerOrganizationId, const QString &userId,
                                       const QString &organizationId) const
{
    for (const EcpPlaceholder &placeholder : ecpPlaceholderList()) {
        if (placeholder.userId == userId && organizationId == callerOrganizationId)
            return ecpAssignable(placeholder, organizationId);
    }
    if (organizationId == callerOrganizationId) {
        const QJsonObject user = m_store.get(PartnerCollections::users, userId);
        if (!user.isEmpty() && belongsTo(user, organizationId))
            return userAssignable(user, organizationId);
        return {};
    }
    const QJsonObject partner =
        PartnerRegistry::connectedPartner(m_store, callerOrganizationId, organizationId);
    const QJsonObject user = m_store.get(PartnerCollections::partnerUsers, userId);
    if (partner.isEmpty() || user.value(QStringLiteral("_org_id")).toString() != organizationId)
        return {};
    return partnerUserAssignable(user, partner.value(QStringLiteral("id")).toString());
}

QJsonObject AssignableSearch::findGroup(const QString &callerOrganizationId,
                                        const QString &groupId) const
{
    const QJsonObject group = m_store.get(PartnerCollections::groups, groupId);
    if (group.isEmpty() || group.value(QStringLiteral("org_id")).toString() != callerOrganizationId)
        return {};
    return groupAssignable(group);
}

EmulatorResponse AssignableSearch::batchGet(const EmulatorRequest &request) const
{
    if (!request.hasBody || !request.body.isArray() || request.body.toArray().isEmpty())
        return EmulatorResponse::error(
            400, QStringLiteral("The request body must be a non-empty array of {user_id} or "
                                "{group_id} items"));
    const QJsonArray items = request.body.toArray();
    if (items.size() > kMaxBatchItems)
        return EmulatorResponse::error(
            400, QStringLiteral("At most %1 items can be fetched at once").arg(kMaxBatchItems));

    struct Wanted
    {
        QString userId;
        QString groupId;
        QString organizationId;
    };
    QList<Wanted> wanted;
    for (qsizetype index = 0; index < items.size(); ++index) {
        const QString where = QStringLiteral("[%1]").arg(index);
        if (!items.at(index).isObject())
            return EmulatorResponse::error(400,
                                           QStringLiteral("Item %1 must be an object").arg(where));
        PayloadReader reader(items.at(index).toObject(), where);
        const std::optional<QString> userId = reader.optionalString(QStringLiteral("user_id"));
        const std::optional<QString> groupId = reader.optionalString(QStringLiteral("group_id"));
        const std::optional<QString> organizationId =
            reader.optionalString(QStringLiteral("org_id"));
        if (reader.ok() && userId.has_value() == groupId.has_value())
            reader.fail(
                QStringLiteral("Item %1 needs exactly one of user_id or group_id").arg(where));
        if (!reader.ok())
            return EmulatorResponse::error(400, reader.error());
        wanted.append({userId.value_or(QString()), groupId.value_or(QString()),
                       organizationId.value_or(request.caller.organizationId)});
    }

    // Ids that match nothing are left out, as the real service does.
    QJsonArray results;
    for (const Wanted &item : wanted) {
        const QJsonObject found =
            item.groupId.isEmpty()
                ? findUser(request.caller.organizationId, item.userId, item.organizationId)
                : findGroup(request.caller.organizationId, item.groupId);
        if (!found.isEmpty())
            results.append(found);
    }
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("hits"), results.size()},
                                                   {QStringLiteral("results"), results}});
}
