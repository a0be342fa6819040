#include "emulator/users/GroupApiModule.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/users/UserDemoSeed.h"
#include "emulator/users/UserDirectory.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

using namespace ModuleSupport;

namespace {
const QString kGroups = QStringLiteral("groups");
const QString kUsers = QStringLiteral("users");
constexpr int kMaximumSeedMembers = 12;

QString groupIdFor(const QString &seedName)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c2d4e-8a7b-4c3d-9e2f-1a2b3c4d5e6f}")),
                               seedName)
        .toString(QUuid::WithoutBraces);
}

std::optional<EmulatorResponse> checkImageUri(const QJsonValue &value)
{
    if (value.isNull())
        return std::nullopt;
    if (!value.isObject())
        return EmulatorResponse::error(400, QStringLiteral("image_uri must be an object or null"));
    const QJsonObject image = value.toObject();
    for (const QString &field : {QStringLiteral("original"), QStringLiteral("thumbnail_32"),
                                 QStringLiteral("thumbnail_64")}) {
        if (image.contains(field) && !image.value(field).isString())
            return EmulatorResponse::error(400,
                                           QStringLiteral("image_uri.%1 must be a URL").arg(field));
    }
    if (image.contains(QStringLiteral("gradient_colors"))) {
        static const QRegularExpression color(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        const QJsonArray colors = image.value(QStringLiteral("gradient_colors")).toArray();
        if (colors.size() != 2)
            return EmulatorResponse::error(
                400, QStringLiteral("image_uri.gradient_colors needs exactly two colors"));
        for (const QJsonValue &entry : colors) {
            if (!color.match(entry.toString()).hasMatch())
                return EmulatorResponse::error(
                    400, QStringLiteral("image_uri.gradient_colors: \"%1\" is not "
                                        "a color like #0588f0")
                             .arg(entry.toString()));
        }
    }
    return std::nullopt;
}
} // namespace

GroupApiModule::GroupApiModule(EmulatorStore &store) : m_store(store) {}

void GroupApiModule::registerRoutes(EmulatorRouter &router)
{
    const auto bind = [this](EmulatorResponse (GroupApiModule::*method)(const EmulatorRequest &)) {
        return [this, method](const EmulatorRequest &request) { return (this->*method)(request); };
    };
    router.add("GET", QStringLiteral("/v1/groups"), Access::Secured,
               bind(&GroupApiModule::listGroups));
    router.add("POST", QStringLiteral("/v1/groups"), Access::Secured,
               bind(&GroupApiModule::createGroup));
    router.add("GET", QStringLiteral("/v1/groups/{id}"), Access::Secured,
               bind(&GroupApiModule::getGroup));
    router.add("PATCH", QStringLiteral("/v1/groups/{id}"), Access::Secured,
               bind(&GroupApiModule::updateGroup));
    router.add("DELETE", QStringLiteral("/v1/groups/{id}"), Access::Secured,
               bind(&GroupApiModule::deleteGroup));
    router.add("POST", QStringLiteral("/v1/groups/{id}/user:next"), Access::Secured,
               bind(&GroupApiModule::advanceAssignment));
    router.add("GET", QStringLiteral("/v2/users/{id}/groups"), Access::Secured,
               bind(&GroupApiModule::groupsForUser));
}

void GroupApiModule::seed(const SeedOptions &options)
{
    const int count = options.groups >= 0 ? options.groups : (options.demo ? 8 : 0);
    if (count == 0)
        return;
    // Members: active users of the demo organization, by department for the eight demo groups.
    QHash<QString, QJsonArray> byDepartment;
    QJsonArray everyone;
    for (const QJsonObject &user : m_store.all(kUsers)) {
        if (user.value(QStringLiteral("organization_id")).toString() != kDemoOrganizationId ||
            user.value(QStringLiteral("status")).toString() != QLatin1String("Active"))
            continue;
        const QString department = user.value(QStringLiteral("department")).toString();
        if (byDepartment[department].size() < kMaximumSeedMembers)
            byDepartment[department].append(user.value(QStringLiteral("id")));
        if (everyone.size() < 200)
            everyone.append(user.value(QStringLiteral("id")));
    }
    static const QStringList abbreviations = {
        QStringLiteral("VT"), QStringLiteral("KS"), QStringLiteral("NB"), QStringLiteral("AB"),
        QStringLiteral("EH"), QStringLiteral("IT"), QStringLiteral("MK"), QStringLiteral("GK")};
    static const QStringList colors = {QStringLiteral("#0588f0"), QStringLiteral("#3358d4"),
                                       QStringLiteral("#e5484d"), QStringLiteral("#30a46c"),
                                       QStringLiteral("#f76b15"), QStringLiteral("#8e4ec6")};
    const QStringList &departments = UserDemoSeed::departments();
    for (int index = 0; index < count; ++index) {
        const bool demoGroup = index < departments.size();
        const QString name =
            demoGroup ? departments.at(index) : QStringLiteral("Team %1").arg(index + 1);
        QJsonArray members = demoGroup ? byDepartment.value(name) : QJsonArray();
        if (!demoGroup) {
            for (int member = 0; member < 5 && !everyone.isEmpty(); ++member)
                members.append(everyone.at((index * 5 + member) % everyone.size()));
        }
        const QString created =
            QStringLiteral("2023-0%1-1%2T09:30:00.000Z").arg(1 + index % 9).arg(index % 10);
        QJsonObject group{
            {QStringLiteral("id"), groupIdFor(name)},
            {QStringLiteral("org_id"), kDemoOrganizationId},
            {QStringLiteral("name"), name},
            {QStringLiteral("created_at"), created},
            {QStringLiteral("updated_at"), created},
            {QStringLiteral("created_by"), kDemoAdminUserId},
            {QStringLiteral("abbreviation"),
             demoGroup ? abbreviations.at(index) : QStringLiteral("T%1").arg(index % 10)},
            {QStringLiteral("image_uri"),
             QJsonObject{{QStringLiteral("gradient_colors"),
                          QJsonArray{colors.at(index % colors.size()),
                                     colors.at((index + 1) % colors.size())}}}},
            {QStringLiteral("_user_ids"), members},
        };
        if (index % 2 == 0 && !members.isEmpty())
            group.insert(QStringLiteral("_crt_index"), 0);
        m_store.put(kGroups, group.value(QStringLiteral("id")).toString(), group);
    }
}

std::optional<EmulatorResponse> GroupApiModule::hydrateFlag(const EmulatorRequest &request,
                                                            bool *hydrate)
{
    *hydrate = false;
    if (!request.query.hasQueryItem(QStringLiteral("hydrate")))
        return std::nullopt;
    const QString value = request.queryValue(QStringLiteral("hydrate"));
    if (value != QLatin1String("true") && value != QLatin1String("false"))
        return EmulatorResponse::error(400, QStringLiteral("hydrate must be true or false"));
    *hydrate = value == QLatin1String("true");
    return std::nullopt;
}

QJsonObject GroupApiModule::present(const QJsonObject &group, bool hydrate) const
{
    QJsonObject result = stripInternal(group);
    QJsonArray users;
    QList<QJsonObject> members;
    for (const QJsonValue &id : group.value(QStringLiteral("_user_ids")).toArray()) {
        const QJsonObject user = m_store.get(kUsers, id.toString());
        if (user.isEmpty())
            continue; // removed since (a rejected invitation)
        members.append(user);
        users.append(hydrate ? UserDirectory::toV2(user) : QJsonObject{{QStringLiteral("id"), id}});
    }
    result.insert(QStringLiteral("users"), users);
    if (group.contains(QStringLiteral("_crt_index")) && !members.isEmpty()) {
        const int index = group.value(QStringLiteral("_crt_index")).toInt() % int(members.size());
        QJsonObject assignee = UserDirectory::toV2(members.at(index));
        assignee.insert(QStringLiteral("crt_index"), index);
        result.insert(QStringLiteral("crt_assignee"), assignee);
    }
    return result;
}

std::optional<EmulatorResponse> GroupApiModule::findGroup(const EmulatorRequest &request,
                                                          QJsonObject *group) const
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    *group = m_store.get(kGroups, id);
    if (group->isEmpty() ||
        group->value(QStringLiteral("org_id")).toString() != request.caller.organizationId)
        return EmulatorResponse::error(404, QStringLiteral("Group %1 not found").arg(id));
    return std::nullopt;
}

std::optional<EmulatorResponse> GroupApiModule::applyFields(const QJsonObject &body,
                                                            const QString &organizationId,
                                                            QJsonObject *group) const
{
    QJsonObject updated = *group;
    if (body.contains(QStringLiteral("name"))) {
        const QJsonValue name = body.value(QStringLiteral("name"));
        if (!name.isString() || name.toString().trimmed().isEmpty())
            return EmulatorResponse::error(400, QStringLiteral("name must be a non-empty string"));
        updated.insert(QStringLiteral("name"), name.toString().trimmed());
    }
    if (body.contains(QStringLiteral("abbreviation"))) {
        const QJsonValue abbreviation = body.value(QStringLiteral("abbreviation"));
        if (!abbreviation.isNull() &&
            (!abbreviation.isString() || abbreviation.toString().size() > 2))
            return EmulatorResponse::error(
                400, QStringLiteral("abbreviation must be at most 2 characters or null"));
        updated.insert(QStringLiteral("abbreviation"), abbreviation);
    }
    if (body.contains(QStringLiteral("image_uri"))) {
        if (auto error = checkImageUri(body.value(QStringLiteral("image_uri"))))
            return error;
        updated.insert(QStringLiteral("image_uri"), body.value(QStringLiteral("image_uri")));
    }
    if (body.contains(QStringLiteral("user_ids"))) {
        if (!body.value(QStringLiteral("user_ids")).isArray())
            return EmulatorResponse::error(400,
                                           QStringLiteral("user_ids must be an array of user ids"));
        QJsonArray members;
        for (const QJsonValue &id : body.value(QStringLiteral("user_ids")).toArray()) {
            const QJsonObject user = m_store.get(kUsers, id.toString());
            if (!id.isString() || user.isEmpty() || !UserDirectory::isMember(user, organizationId))
                return EmulatorResponse::error(
                    400,
                    QStringLiteral("Unknown user id \"%1\" in user_ids")
                        .arg(id.isString() ? id.toString() : QStringLiteral("(not a string)")));
            if (!members.contains(id))
                members.append(id);
        }
        updated.insert(QStringLiteral("_user_ids"), members);
        if (members.isEmpty())
            updated.remove(QStringLiteral("_crt_index"));
        else if (updated.contains(QStringLiteral("_crt_index")))
            updated.insert(QStringLiteral("_crt_index"),
                           updated.value(QStringLiteral("_crt_index")).toInt() %
                               int(members.size()));
    }
    *group = updated;
    return std::nullopt;
}

EmulatorResponse GroupApiModule::listGroups(const EmulatorRequest &request)
{
    bool hydrate = false;
    if (auto error = hydrateFlag(request, &hydrate))
        return *error;
    const IntParameter limit = intQuery(request, QStringLiteral("limit"), 1000, 0, INT_MAX);
    if (limit.error)
        return *limit.error;
    const IntParameter offset = intQuery(request, QStringLiteral("offset"), 0, 0, INT_MAX);
    if (offset.error)
        return *offset.error;
    const QString query = request.queryValue(QStringLiteral("query")).trimmed();
    QJsonArray groups;
    int hits = 0;
    for (const QJsonObject &group : m_store.all(kGroups)) {
        if (group.value(QStringLiteral("org_id")).toString() != request.caller.organizationId ||
            !matchesQuery(group, query, {QStringLiteral("name"), QStringLiteral("abbreviation")}))
            continue;
        if (hits++ >= offset.value && groups.size() < qMin(limit.value, 1000))
            groups.append(present(group, hydrate));
    }
    return EmulatorResponse::json(
        200, QJsonObject{{QStringLiteral("hits"), hits}, {QStringLiteral("groups"), groups}});
}

EmulatorResponse GroupApiModule::createGroup(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = requireStrings(body, {QStringLiteral("name")}))
        return *error;
    const QString now = nowIso();
    QJsonObject group{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {QStringLiteral("org_id"), request.caller.organizationId},
                      {QStringLiteral("created_at"), now},
                      {QStringLiteral("updated_at"), now},
                      {QStringLiteral("created_by"), request.caller.userId},
                      {QStringLiteral("_user_ids"), QJsonArray()}};
    if (auto error = applyFields(body, request.caller.organizationId, &group))
        return *error;
    m_store.put(kGroups, group.value(QStringLiteral("id")).toString(), group);
    return EmulatorResponse::json(201, present(group, true));
}

EmulatorResponse GroupApiModule::getGroup(const EmulatorRequest &request)
{
    bool hydrate = false;
    if (auto error = hydrateFlag(request, &hydrate))
        return *error;
    QJsonObject group;
    if (auto error = findGroup(request, &group))
        return *error;
    return EmulatorResponse::json(200, present(group, hydrate));
}

EmulatorResponse GroupApiModule::updateGroup(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    QJsonObject group;
    if (auto error = findGroup(request, &group))
        return *error;
    if (auto error = applyFields(request.bodyObject(), request.caller.organizationId, &group))
        return *error;
    group.insert(QStringLiteral("updated_at"), nowIso());
    m_store.put(kGroups, group.value(QStringLiteral("id")).toString(), group);
    return EmulatorResponse::json(201, present(group, true)); // 201 as the spec says
}

EmulatorResponse GroupApiModule::deleteGroup(const EmulatorRequest &request)
{
    QJsonObject group;
    if (auto error = findGroup(request, &group))
        return *error;
    m_store.remove(kGroups, group.value(QStringLiteral("id")).toString());
    return EmulatorResponse::empty(204);
}

EmulatorResponse GroupApiModule::advanceAssignment(const EmulatorRequest &request)
{
    QJsonObject group;
    if (auto error = findGroup(request, &group))
        return *error;
    const qsizetype size = group.value(QStringLiteral("_user_ids")).toArray().size();
    if (size == 0)
        return EmulatorResponse::error(422,
                                       QStringLiteral("User Group has no users assigned, thus it "
                                                      "cannot advance to next user"));
    // Round robin: the first call picks the first member, every further call the next one.
    const int next = group.contains(QStringLiteral("_crt_index"))
                         ? (group.value(QStringLiteral("_crt_index")).toInt() + 1) % int(size)
                         : 0;
    group.insert(QStringLiteral("_crt_index"), next);
    group.insert(QStringLiteral("updated_at"), nowIso());
    m_store.put(kGroups, group.value(QStringLiteral("id")).toString(), group);
    return EmulatorResponse::json(200, present(group, true));
}

EmulatorResponse GroupApiModule::groupsForUser(const EmulatorRequest &request)
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    const QJsonObject user = m_store.get(kUsers, id);
    if (user.isEmpty() || !UserDirectory::isMember(user, request.caller.organizationId))
        return EmulatorResponse::error(404, QStringLiteral("User %1 not found").arg(id));
    QJsonArray groups;
    for (const QJsonObject &group : m_store.all(kGroups)) {
        if (group.value(QStringLiteral("org_id")).toString() == request.caller.organizationId &&
            group.value(QStringLiteral("_user_ids")).toArray().contains(QJsonValue(id)))
            groups.append(present(group, false));
    }
    return EmulatorResponse::json(200, groups);
}
