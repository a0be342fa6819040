#include "emulator/security/AuditHistory.h"

#include "emulator/core/AuditTrail.h"
#include "emulator/core/AuditedOperations.h"
#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cstring>

namespace {
constexpr qint64 kSpanMs = 120LL * 86400 * 1000; // "a few months"
const QString kProfileId = QStringLiteral("profile");
const QString kIdPrefix = QStringLiteral("a0d1e7e0-0000-4000-8000-");

quint64 mix(quint64 value) // splitmix64
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

enum class Target { None, User, Role, Group, Partner, Setting, Token };

struct Template
{
    const char *method;
    const char *path;
    Target target;
    int weight;
};

// What administrators of a utility do in a week, roughly in proportion.
const Template kTemplates[] = {
    {"PATCH", "/v2/users/{id}", Target::User, 22},
    {"PUT", "/v1/permissions/assignments/{userId}", Target::User, 10},
    {"POST", "/v2/users/invite", Target::User, 8},
    {"POST", "/v2/users/invite:resendEmail", Target::User, 4},
    {"POST", "/v2/users:sendPasswordReset", Target::User, 4},
    {"DELETE", "/v2/users/{id}", Target::User, 2},
    {"PATCH", "/v1/groups/{id}", Target::Group, 8},
    {"POST", "/v1/groups", Target::None, 2},
    {"PUT", "/v1/permissions/roles/{roleId}", Target::Role, 6},
    {"POST", "/v1/permissions/roles", Target::None, 2},
    {"PUT", "/v2/organization/{org_id}/settings/{key}", Target::Setting, 6},
    {"PATCH", "/v2/organization/{org_id}", Target::None, 3},
    {"POST", "/v1/partners/{id}/approve", Target::Partner, 3},
    {"POST", "/v1/access-tokens", Target::None, 2},
    {"DELETE", "/v1/access-tokens/{id}", Target::Token, 1},
    {"POST", "/v2/users/me/passkeys:registerComplete", Target::None, 2},
};
constexpr int kTemplateCount = int(sizeof(kTemplates) / sizeof(kTemplates[0]));

int totalWeight()
{
    int total = 0;
    for (const Template &entry : kTemplates)
        total += entry.weight;
    return total;
}

const QStringList kSettings{QStringLiteral("mfa_enabled"), QStringLiteral("session_timeout"),
                            QStringLiteral("default_language"), QStringLiteral("password_policy")};
const QStringList kDepartments{QStringLiteral("Vertrieb"), QStringLiteral("Kundenservice"),
                               QStringLiteral("Netzbetrieb"), QStringLiteral("Abrechnung"),
                               QStringLiteral("IT")};

QJsonArray actorsOf(const QList<QJsonObject> &users)
{
    QJsonArray result;
    for (const QJsonObject &user : users)
        result.append(
            QJsonObject{{QStringLiteral("id"), user.value(QStringLiteral("id"))},
                        {QStringLiteral("email"), user.value(QStringLiteral("email"))},
                        {QStringLiteral("name"), user.value(QStringLiteral("display_name"))}});
    return result;
}

QString fillPath(const QString &pattern, const QHash<QString, QString> &parameters)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}/]+)\\}"));
    QString result;
    qsizetype position = 0;
    auto iterator = placeholder.globalMatch(pattern);
    while (iterator.hasNext()) {
        const auto match = iterator.next();
        result += pattern.mid(position, match.capturedStart() - position) +
                  parameters.value(match.captured(1));
        position = match.capturedEnd();
    }
    return result + pattern.mid(position);
}
} // namespace

void AuditHistory::seed(EmulatorStore &store, const SeedOptions &options)
{
    const int count =
        options.auditEvents >= 0 ? options.auditEvents : (options.demo ? kDemoEvents : 0);
    if (count == 0)
        return;
    QList<QJsonObject> actors;
    QList<QJsonObject> users;
    store.forEach(QStringLiteral("users"), [&](const QJsonObject &user) {
        const QString organization = user.value(QStringLiteral("organization_id")).toString();
        if (organization != kDemoOrganizationId)
            return true;
        const bool active =
            user.value(QStringLiteral("status")).toString() == QLatin1String("Active");
        if (active && actors.size() < 6)
            actors.append(user);
        if (users.size() < 40)
            users.append(user);
        return actors.size() < 6 || users.size() < 40;
    });
    QJsonArray roles;
    store.forEach(QStringLiteral("permissionRoles"), [&](const QJsonObject &role) {
        if (role.value(QStringLiteral("organization_id")).toString() == kDemoOrganizationId &&
            role.value(QStringLiteral("type")).toString() != QLatin1String("org_role"))
            roles.append(role.value(QStringLiteral("id")));
        return roles.size() < 20;
    });
    QJsonArray groups;
    store.forEach(QStringLiteral("groups"), [&](const QJsonObject &group) {
        if (group.value(QStringLiteral("org_id")).toString() == kDemoOrganizationId)
            groups.append(group.value(QStringLiteral("id")));
        return groups.size() < 20;
    });
    QJsonArray partners;
    store.forEach(QStringLiteral("partners"), [&](const QJsonObject &partner) {
        partners.append(partner.value(QStringLiteral("id")));
        return partners.size() < 10;
    });
    if (actors.isEmpty())
        actors.append(store.get(QStringLiteral("users"), kDemoAdminUserId));
    store.put(kCollection, kProfileId,
              {{QStringLiteral("id"), kProfileId},
               {QStringLiteral("organization_id"), kDemoOrganizationId},
               {QStringLiteral("anchor_ms"), QDateTime::currentMSecsSinceEpoch()},
               {QStringLiteral("count"), count},
               {QStringLiteral("actors"), actorsOf(actors)},
               {QStringLiteral("users"), actorsOf(users)},
               {QStringLiteral("roles"), roles},
               {QStringLiteral("groups"), groups},
               {QStringLiteral("partners"), partners}});
}

AuditHistory::AuditHistory(const EmulatorStore &store)
{
    const QJsonObject profile = store.get(kCollection, kProfileId);
    if (profile.isEmpty())
        return;
    m_anchorMs = profile.value(QStringLiteral("anchor_ms")).toInteger();
    m_count = profile.value(QStringLiteral("count")).toInteger();
    m_stepMs = m_count > 0 ? double(kSpanMs) / double(m_count) : 0;
    m_organizationId = profile.value(QStringLiteral("organization_id")).toString();
    const auto people = [](const QJsonValue &value) {
        QList<Actor> list;
        for (const QJsonValue &entry : value.toArray()) {
            const QJsonObject object = entry.toObject();
            list.append({object.value(QStringLiteral("id")).toString(),
                         object.value(QStringLiteral("email")).toString(),
                         object.value(QStringLiteral("name")).toString()});
        }
        return list;
    };
    const auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &entry : value.toArray())
            list.append(entry.toString());
        return list;
    };
    m_actors = people(profile.value(QStringLiteral("actors")));
    m_users = people(profile.value(QStringLiteral("users")));
    m_roles = strings(profile.value(QStringLiteral("roles")));
    m_groups = strings(profile.value(QStringLiteral("groups")));
    m_partners = strings(profile.value(QStringLiteral("partners")));
    if (m_actors.isEmpty())
        m_count = 0;
}

AuditHistory::Compact AuditHistory::compact(qint64 position) const
{
    static const int weights = totalWeight();
    Compact event;
    event.hash = mix(quint64(position) ^ 0x5EEDA0D1ULL);
    // Strictly falling with the position: the offset stays below one step.
    const double fraction = double(event.hash >> 11) / double(1ULL << 53) * 0.9;
    event.timestampMs = m_anchorMs - qint64((double(position) + fraction) * m_stepMs) - 1;
    int pick = int((event.hash >> 8) % quint64(weights));
    for (int index = 0; index < kTemplateCount; ++index) {
        if (pick < kTemplates[index].weight) {
            event.kind = index;
            break;
        }
        pick -= kTemplates[index].weight;
    }
    event.actor = int((event.hash >> 20) % quint64(m_actors.size()));
    event.api = (event.hash >> 28) % 100 < 8;
    const int failure = int((event.hash >> 36) % 100);
    static const int failures[] = {400, 403, 404, 409};
    if (failure < 4)
        event.statusCode = failures[failure];
    else
        event.statusCode = qstrcmp(kTemplates[event.kind].method, "POST") == 0 &&
                                   !std::strchr(kTemplates[event.kind].path, ':')
                               ? 201
                               : 200;
    return event;
}

namespace {
// The catalog entry and filter values of each template, looked up once (a filter scans up to
// millions of positions).
struct TemplateInfo
{
    const AuditedOperation *operation = nullptr;
    QString service;
    QString event;
    QString method;
};

const TemplateInfo &infoOf(int kind)
{
    static const QList<TemplateInfo> infos = [] {
        QList<TemplateInfo> list;
        for (const Template &entry : kTemplates) {
            TemplateInfo info;
            info.operation = AuditedOperations::find(entry.method, QString::fromLatin1(entry.path));
            Q_ASSERT(info.operation);
            info.service = QString::fromLatin1(info.operation->service);
            info.event = QString::fromLatin1(info.operation->operationId);
            info.method = QString::fromLatin1(entry.method);
            list.append(info);
        }
        return list;
    }();
    return infos.at(kind);
}
} // namespace

const QString &AuditHistory::serviceName(const Compact &event) const
{
    return infoOf(event.kind).service;
}

const QString &AuditHistory::eventName(const Compact &event) const
{
    return infoOf(event.kind).event;
}

const QString &AuditHistory::method(const Compact &event) const
{
    return infoOf(event.kind).method;
}

const QString &AuditHistory::actorId(const Compact &event) const
{
    return m_actors.at(event.actor).id;
}

const QString &AuditHistory::actorEmail(const Compact &event) const
{
    return m_actors.at(event.actor).email;
}

QJsonObject AuditHistory::event(qint64 position) const
{
    const Compact compactEvent = compact(position);
    const Template &entry = kTemplates[compactEvent.kind];
    const AuditedOperation *operation = infoOf(compactEvent.kind).operation;
    const Actor &actor = m_actors.at(compactEvent.actor);
    const quint64 hash = mix(compactEvent.hash);
    const auto pickFrom = [&](const QStringList &list, int shift) {
        return list.isEmpty() ? QStringLiteral("0")
                              : list.at(int((hash >> shift) % quint64(list.size())));
    };
    const Actor target =
        m_users.isEmpty() ? actor : m_users.at(int((hash >> 4) % quint64(m_users.size())));

    QHash<QString, QString> parameters;
    QJsonValue body;
    const QString department = kDepartments.at(int((hash >> 12) % quint64(kDepartments.size())));
    switch (compactEvent.kind) {
    case 0:
        parameters.insert(QStringLiteral("id"), target.id);
        body = QJsonObject{{QStringLiteral("department"), department}};
        break;
    case 1:
        parameters.insert(QStringLiteral("userId"), target.id);
        body = QJsonArray{pickFrom(m_roles, 16)};
        break;
    case 2:
        body = QJsonObject{{QStringLiteral("email"),
                            QStringLiteral("neu.%1@stadtwerke-musterstadt.de").arg(position)},
                           {QStringLiteral("language"), QStringLiteral("de")}};
        break;
    case 3:
    case 4:
        body = QJsonObject{{QStringLiteral("email"), target.email}};
        break;
    case 5:
        parameters.insert(QStringLiteral("id"), target.id);
        break;
    case 6:
        parameters.insert(QStringLiteral("id"), pickFrom(m_groups, 16));
        body = QJsonObject{{QStringLiteral("user_ids"), QJsonArray{target.id, actor.id}}};
        break;
    case 7:
        body = QJsonObject{{QStringLiteral("name"), QStringLiteral("Projekt %1").arg(department)},
                           {QStringLiteral("user_ids"), QJsonArray{target.id}}};
        break;
    case 8:
        parameters.insert(QStringLiteral("roleId"), pickFrom(m_roles, 16));
        body = QJsonObject{
            {QStringLiteral("grants"),
             QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("entity-read")},
                                    {QStringLiteral("resource"), QStringLiteral("contact")}}}}};
        break;
    case 9:
        body = QJsonObject{{QStringLiteral("slug"), QStringLiteral("team_%1").arg(position % 97)},
                           {QStringLiteral("name"), QStringLiteral("Team %1").arg(department)},
                           {QStringLiteral("type"), QStringLiteral("user_role")},
                           {QStringLiteral("grants"), QJsonArray{}}};
        break;
    case 10:
        parameters.insert(QStringLiteral("org_id"), m_organizationId);
        parameters.insert(QStringLiteral("key"), pickFrom(kSettings, 16));
        body = QJsonValue(bool(hash & 1));
        break;
    case 11:
        parameters.insert(QStringLiteral("org_id"), m_organizationId);
        body = QJsonObject{
            {QStringLiteral("phone"), QStringLiteral("+49 521 51-%1").arg(hash % 9000 + 1000)}};
        break;
    case 12:
        parameters.insert(QStringLiteral("id"), pickFrom(m_partners, 16));
        break;
    case 13:
        body = QJsonObject{{QStringLiteral("name"), QStringLiteral("Export %1").arg(department)},
                           {QStringLiteral("token_type"), QStringLiteral("api")},
                           {QStringLiteral("read_only"), true},
                           {QStringLiteral("expires_in"), QStringLiteral("90d")}};
        break;
    case 14:
        parameters.insert(QStringLiteral("id"), QStringLiteral("api_%1").arg(hash, 0, 36));
        break;
    default:
        body = QJsonObject{
            {QStringLiteral("credential"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("cred-%1").arg(hash % 100000)}}}};
        break;
    }
    const QString path = fillPath(QString::fromLatin1(entry.path), parameters);
    const QString service = QString::fromLatin1(operation->service);
    QJsonObject pathParams;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        pathParams.insert(it.key(), it.value());
    QString actorName = actor.name.isEmpty() ? actor.email : actor.name;
    if (compactEvent.api)
        actorName = QStringLiteral("API token \"CRM-Synchronisation (alt)\" of %1").arg(actorName);
    QJsonObject result{
        {QStringLiteral("id"), idOf(position)},
        {QStringLiteral("org_id"), m_organizationId},
        {QStringLiteral("service_name"), service},
        {QStringLiteral("event_name"), QString::fromLatin1(operation->operationId)},
        {QStringLiteral("status_code"), compactEvent.statusCode},
        {QStringLiteral("timestamp"),
         QDateTime::fromMSecsSinceEpoch(compactEvent.timestampMs, Qt::UTC)
             .toString(Qt::ISODateWithMs)},
        {QStringLiteral("caller"),
         QJsonObject{{QStringLiteral("user_id"), actor.id},
                     {QStringLiteral("user_email"), actor.email},
                     {QStringLiteral("trigger_type"),
                      compactEvent.api ? QStringLiteral("api") : QStringLiteral("user")}}},
        {QStringLiteral("http"),
         QJsonObject{
             {QStringLiteral("method"), QString::fromLatin1(entry.method)},
             {QStringLiteral("path"), path},
             {QStringLiteral("pathParams"), pathParams},
             {QStringLiteral("query"), QJsonObject()},
             {QStringLiteral("domainName"), AuditedOperations::serviceUrl(service).mid(8)}}},
        {QStringLiteral("activity"),
         AuditTrail::sentence(actorName, *operation, parameters, body.toObject(),
                              compactEvent.statusCode)},
        {QStringLiteral("source_url"), AuditedOperations::serviceUrl(service) + path},
    };
    if (!body.isUndefined())
        result.insert(QStringLiteral("detail"), AuditTrail::detailOf(body));
    return result;
}

qint64 AuditHistory::firstAtOrBefore(qint64 ms) const
{
    qint64 low = 0;
    qint64 high = m_count;
    while (low < high) {
        const qint64 middle = low + (high - low) / 2;
        if (compact(middle).timestampMs <= ms)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

qint64 AuditHistory::firstBefore(qint64 ms) const
{
    return firstAtOrBefore(ms - 1);
}

QString AuditHistory::idOf(qint64 position)
{
    return kIdPrefix + QStringLiteral("%1").arg(position, 12, 16, QLatin1Char('0'));
}

std::optional<qint64> AuditHistory::positionOf(const QString &id)
{
    if (!id.startsWith(kIdPrefix) || id.size() != kIdPrefix.size() + 12)
        return std::nullopt;
    bool ok = false;
    const qint64 position = id.mid(kIdPrefix.size()).toLongLong(&ok, 16);
    if (!ok || position < 0)
        return std::nullopt;
    return position;
}
