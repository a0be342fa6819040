#include "emulator/partners/PartnerEntityApiModule.h"

#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/PayloadReader.h"
#include "emulator/partners/PartnerCollections.h"
#include "emulator/partners/PartnerEntityQuery.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace {

const QString kSlug = QStringLiteral("partner");
const QString kId = QStringLiteral("id");
const QString kOrganization = QStringLiteral("organization_id");
const QString kCompany = QStringLiteral("company_name");
const QString kStatus = QStringLiteral("status");
const QString kCreated = QStringLiteral("created_at");
const QString kUpdated = QStringLiteral("_updated_at");
const QString kDeleted = QStringLiteral("_deleted_at");
const QString kTags = QStringLiteral("_tags");

const QStringList &statuses()
{
    static const QStringList list{QStringLiteral("Pending"), QStringLiteral("Request"),
                                  QStringLiteral("Deleted"), QStringLiteral("Invited"),
                                  QStringLiteral("Rejected")};
    return list;
}

// Set by the Partner Directory's lifecycle or the entity service, never by a PATCH body.
const QStringList &readOnlyAttributes()
{
    static const QStringList list{QStringLiteral("_id"),
                                  QStringLiteral("_org"),
                                  QStringLiteral("_owners"),
                                  QStringLiteral("_created_at"),
                                  QStringLiteral("_updated_at"),
                                  QStringLiteral("_deleted_at"),
                                  QStringLiteral("_acl"),
                                  QStringLiteral("partner_org_id"),
                                  QStringLiteral("signed_up_email"),
                                  QStringLiteral("invitation_token")};
    return list;
}

// What createEntity and patchEntity may write; the entity API ignores these meta keys.
const QStringList &ignoredMeta()
{
    static const QStringList list{QStringLiteral("_schema"), QStringLiteral("_title")};
    return list;
}

QString updatedAt(const QJsonObject &partner)
{
    const QString updated = partner.value(kUpdated).toString();
    return updated.isEmpty() ? partner.value(kCreated).toString() : updated;
}

std::optional<EmulatorResponse> slugProblem(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    if (!pattern.match(slug).hasMatch())
        return EmulatorResponse::error(400,
                                       QStringLiteral("Invalid entity schema slug: %1").arg(slug));
    if (slug != kSlug)
        return EmulatorResponse::error(
            404, QStringLiteral("Schema %1 not found (the emulator has the partner schema only)")
                     .arg(slug));
    return std::nullopt;
}

// Reads the writable attributes of a partner from a create or patch body into *partner.
void readAttributes(const QJsonObject &body, QJsonObject *partner, PayloadReader *reader)
{
    for (auto it = body.begin(); it != body.end() && reader->ok(); ++it) {
        const QString &name = it.key();
        if (readOnlyAttributes().contains(name))
            reader->fail(QStringLiteral("%1 is read-only").arg(name));
        else if (name == QLatin1String("_schema") && it->toString() != kSlug)
            reader->fail(QStringLiteral("_schema must be partner"));
        else if (!ignoredMeta().contains(name) && name != kTags && name != kCompany &&
                 name != kStatus && name != QLatin1String("email") &&
                 name != QLatin1String("owner_email") && name != QLatin1String("description"))
            reader->fail(QStringLiteral("%1 is not an attribute of the partner schema").arg(name));
    }
    if (!reader->ok())
        return;
    if (const auto company = reader->optionalString(kCompany)) {
        if (company->size() > 256)
            reader->fail(QStringLiteral("company_name is longer than 256 characters"));
        partner->insert(kCompany, company->trimmed());
    }
    if (const auto email = reader->optionalEmail(QStringLiteral("email")))
        partner->insert(QStringLiteral("email"), *email);
    // owner_email and description may be cleared with null or "".
    for (const QString name : {QStringLiteral("owner_email"), QStringLiteral("description")}) {
        if (!body.contains(name) || !reader->ok())
            continue;
        const QJsonValue value = body.value(name);
        if (value.isNull() || value.toString().isEmpty()) {
            partner->remove(name);
            continue;
        }
        if (!value.isString())
            reader->fail(QStringLiteral("%1 must be a string").arg(name));
        else if (name == QLatin1String("owner_email") && !PayloadReader::isEmail(value.toString()))
            reader->fail(QStringLiteral("owner_email is not a valid e-mail address"));
        else if (value.toString().size() > 2000)
            reader->fail(QStringLiteral("%1 is longer than 2000 characters").arg(name));
        else
            partner->insert(name, value);
    }
    if (const auto status = reader->optionalEnum(kStatus, statuses()))
        partner->insert(kStatus, *status);
    if (body.contains(kTags) && reader->ok()) {
        if (body.value(kTags).isNull())
            partner->remove(kTags);
        else if (const auto tags = reader->optionalStringList(kTags))
            partner->insert(kTags, QJsonArray::fromStringList(*tags));
    }
}

// "name", "name:asc", "name:desc" (and Elasticsearch's ".keyword") over the fields people sort by.
bool sortPartners(const QJsonValue &sort, QList<QJsonObject> *partners, QString *error)
{
    QStringList keys;
    if (sort.isString())
        keys.append(sort.toString());
    else if (sort.isArray())
        for (const QJsonValue &key : sort.toArray())
            keys.append(key.toString());
    else if (!sort.isUndefined() && !sort.isNull()) {
        *error = QStringLiteral("sort must be a string or an array of strings");
        return false;
    }
    // Stable sorts from the last key to the first give the first key precedence.
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        QStringList parts = it->split(QLatin1Char(':'));
        QString field = parts.value(0).remove(QStringLiteral(".keyword"));
        const QString order = parts.value(1, QStringLiteral("asc")).toLower();
        static const QStringList known{QStringLiteral("_title"), kCompany,
                                       QStringLiteral("_created_at"),
                                       QStringLiteral("_updated_at")};
        if (!known.contains(field) || parts.size() > 2 ||
            (order != QLatin1String("asc") && order != QLatin1String("desc"))) {
            *error = QStringLiteral("Cannot sort by %1 (supported: _title, company_name, "
                                    "_created_at, _updated_at with :asc or :desc)")
                         .arg(*it);
            return false;
        }
        const auto value = [field](const QJsonObject &partner) {
            if (field == QLatin1String("_created_at"))
                return partner.value(kCreated).toString();
            if (field == QLatin1String("_updated_at"))
                return updatedAt(partner);
            return partner.value(kCompany).toString().toLower();
        };
        const bool descending = order == QLatin1String("desc");
        std::stable_sort(partners->begin(), partners->end(),
                         [&](const QJsonObject &a, const QJsonObject &b) {
                             return descending ? value(b) < value(a) : value(a) < value(b);
                         });
    }
    return true;
}

} // namespace

PartnerEntityApiModule::PartnerEntityApiModule(EmulatorStore &store) : m_store(store) {}

void PartnerEntityApiModule::registerRoutes(EmulatorRouter &router)
{
    router.add("POST", QStringLiteral("/v1/entity:search"), Access::Secured,
               [this](const EmulatorRequest &request) { return searchEntities(request); });
    router.add("POST", QStringLiteral("/v1/entity/{slug}"), Access::Secured,
               [this](const EmulatorRequest &request) { return createEntity(request); });
    router.add("GET", QStringLiteral("/v1/entity/{slug}/{id}"), Access::Secured,
               [this](const EmulatorRequest &request) { return getEntity(request); });
    router.add("PATCH", QStringLiteral("/v1/entity/{slug}/{id}"), Access::Secured,
               [this](const EmulatorRequest &request) { return patchEntity(request); });
    router.add("DELETE", QStringLiteral("/v1/entity/{slug}/{id}"), Access::Secured,
               [this](const EmulatorRequest &request) { return deleteEntity(request); });
}

QJsonObject PartnerEntityApiModule::entityOf(const QJsonObject &partner)
{
    QJsonObject entity = ModuleSupport::stripInternal(partner);
    entity.remove(kId);
    entity.remove(kOrganization);
    entity.remove(kCreated);
    entity.insert(QStringLiteral("_id"), partner.value(kId));
    entity.insert(QStringLiteral("_org"), partner.value(kOrganization));
    entity.insert(QStringLiteral("_schema"), kSlug);
    entity.insert(QStringLiteral("_title"), partner.value(kCompany).toString());
    entity.insert(kTags, partner.value(kTags).isArray() ? partner.value(kTags) : QJsonArray());
    entity.insert(QStringLiteral("_created_at"), partner.value(kCreated));
    entity.insert(QStringLiteral("_updated_at"), updatedAt(partner));
    if (partner.contains(kDeleted))
        entity.insert(QStringLiteral("_deleted_at"), partner.value(kDeleted));
    return entity;
}

QJsonObject PartnerEntityApiModule::partnerOf(const EmulatorRequest &request,
                                              EmulatorResponse *error) const
{
    if (const auto problem = slugProblem(request.pathParams.value(QStringLiteral("slug")))) {
        *error = *problem;
        return {};
    }
    const QString id = request.pathParams.value(kId);
    if (QUuid::fromString(id).isNull()) {
        *error = EmulatorResponse::error(400, QStringLiteral("Entity id %1 is not a UUID").arg(id));
        return {};
    }
    const QJsonObject partner = m_store.get(PartnerCollections::partners, id);
    // Another organization's record or a deleted one is as unknown as a made-up id.
    if (partner.isEmpty() ||
        partner.value(kOrganization).toString() != request.caller.organizationId ||
        partner.contains(kDeleted)) {
        *error = EmulatorResponse::error(404, QStringLiteral("Entity %1 not found").arg(id));
        return {};
    }
    return partner;
}

// ---- search -------------------------------------------------------------------------------------

QList<QJsonObject> PartnerEntityApiModule::searched(const EmulatorRequest &request,
                                                    EmulatorResponse *error) const
{
    const QJsonObject body = request.bodyObject();
    QString problem;
    const std::optional<PartnerEntityQuery> query =
        PartnerEntityQuery::parse(body.value(QStringLiteral("q")).toString(), &problem);
    const QString deleted = body.value(QStringLiteral("include_deleted")).toString();
    if (!query || !QStringList{QString(), QStringLiteral("true"), QStringLiteral("false"),
                               QStringLiteral("only")}
                       .contains(deleted)) {
        *error = EmulatorResponse::error(
            400, query ? QStringLiteral("include_deleted must be true, false or only") : problem);
        return {};
    }
    QList<QJsonObject> partners;
    if (!query->asksForPartners())
        return partners;
    m_store.forEach(PartnerCollections::partners, [&](const QJsonObject &partner) {
        const bool isDeleted = partner.contains(kDeleted);
        const bool wanted = deleted == QLatin1String("only")
                                ? isDeleted
                                : (!isDeleted || deleted == QLatin1String("true"));
        if (wanted && partner.value(kOrganization).toString() == request.caller.organizationId &&
            query->matches(partner))
            partners.append(partner);
        return true;
    });
    if (!sortPartners(body.value(QStringLiteral("sort")), &partners, &problem)) {
        *error = EmulatorResponse::error(400, problem);
        return {};
    }
    return partners;
}

EmulatorResponse PartnerEntityApiModule::searchEntities(const EmulatorRequest &request) const
{
    if (auto problem = ModuleSupport::requireObject(request))
        return *problem;
    const QJsonObject body = request.bodyObject();
    PayloadReader reader(body);
    if (!body.value(QStringLiteral("q")).isString())
        reader.fail(QStringLiteral("q is required and must be a string"));
    const qint64 from = reader.optionalInteger(QStringLiteral("from"), 0, 1000000).value_or(0);
    // "Max search size is 1000 with higher values defaulting to 1000".
    const qint64 size = std::min<qint64>(
        reader.optionalInteger(QStringLiteral("size"), 0, 1000000000).value_or(10), 1000);
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());
    EmulatorResponse error;
    const QList<QJsonObject> partners = searched(request, &error);
    if (error.status >= 400)
        return error;
    QJsonArray results;
    for (qsizetype index = from; index < partners.size() && index < from + size; ++index)
        results.append(entityOf(partners.at(index)));
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("hits"), partners.size()},
                                                   {QStringLiteral("results"), results}});
}

// ---- create, read, change, delete ---------------------------------------------------------------

EmulatorResponse PartnerEntityApiModule::createEntity(const EmulatorRequest &request)
{
    if (const auto problem = slugProblem(request.pathParams.value(QStringLiteral("slug"))))
        return *problem;
    if (auto problem = ModuleSupport::requireObject(request))
        return *problem;
    const QJsonObject body = request.bodyObject();
    const QString now = ModuleSupport::nowIso();
    QJsonObject partner{{kId, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {kOrganization, request.caller.organizationId},
                        {kCreated, now},
                        {kUpdated, now},
                        {kStatus, QStringLiteral("Pending")}};
    PayloadReader reader(body);
    readAttributes(body, &partner, &reader);
    if (reader.ok() && partner.value(kCompany).toString().isEmpty())
        reader.fail(QStringLiteral("company_name is required"));
    if (reader.ok() && !partner.contains(QStringLiteral("email")))
        reader.fail(QStringLiteral("email is required"));
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());
    m_store.put(PartnerCollections::partners, partner.value(kId).toString(), partner);
    return EmulatorResponse::json(201, entityOf(partner));
}

EmulatorResponse PartnerEntityApiModule::getEntity(const EmulatorRequest &request) const
{
    EmulatorResponse error;
    const QJsonObject partner = partnerOf(request, &error);
    if (partner.isEmpty())
        return error;
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("entity"), entityOf(partner)},
                                                   {QStringLiteral("relations"), QJsonArray()}});
}

EmulatorResponse PartnerEntityApiModule::patchEntity(const EmulatorRequest &request)
{
    EmulatorResponse error;
    QJsonObject partner = partnerOf(request, &error);
    if (partner.isEmpty())
        return error;
    if (auto problem = ModuleSupport::requireObject(request))
        return *problem;
    PayloadReader reader(request.bodyObject());
    readAttributes(request.bodyObject(), &partner, &reader);
    if (reader.ok() && partner.value(kCompany).toString().isEmpty())
        reader.fail(QStringLiteral("company_name must not be empty"));
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());
    partner.insert(kUpdated, ModuleSupport::nowIso());
    m_store.put(PartnerCollections::partners, partner.value(kId).toString(), partner);
    return EmulatorResponse::json(200, entityOf(partner));
}

// A deleted partner record ends the partnership: status Deleted (as the Partner Directory knows
// it) and out of searches; `purge=true` removes the record for good.
EmulatorResponse PartnerEntityApiModule::deleteEntity(const EmulatorRequest &request)
{
    EmulatorResponse error;
    QJsonObject partner = partnerOf(request, &error);
    if (partner.isEmpty())
        return error;
    const QString purge = request.queryValue(QStringLiteral("purge"));
    if (!QStringList{QString(), QStringLiteral("true"), QStringLiteral("false")}.contains(purge))
        return EmulatorResponse::error(400, QStringLiteral("purge must be true or false"));
    const QString id = partner.value(kId).toString();
    if (purge == QLatin1String("true")) {
        m_store.remove(PartnerCollections::partners, id);
        return EmulatorResponse::json(200, entityOf(partner));
    }
    const QString now = ModuleSupport::nowIso();
    partner.insert(kStatus, QStringLiteral("Deleted"));
    partner.insert(kDeleted, now);
    partner.insert(kUpdated, now);
    partner.remove(QStringLiteral("invitation_token"));
    partner.remove(QStringLiteral("_invite_token"));
    m_store.put(PartnerCollections::partners, id, partner);
    return EmulatorResponse::json(200, entityOf(partner));
}
