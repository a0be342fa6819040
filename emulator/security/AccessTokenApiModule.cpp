#include "emulator/security/AccessTokenApiModule.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/TokenRegistry.h"
#include "emulator/permissions/RoleRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <cmath>

namespace {
const QStringList kTokenTypes{QStringLiteral("api"),
                              QStringLiteral("journey"),
                              QStringLiteral("portal"),
                              QStringLiteral("assume"),
                              QStringLiteral("app"),
                              QStringLiteral("portal_preview"),
                              QStringLiteral("contact_identification")};

// The spec's 400 shape ({status, error}) plus the {message} every other emulated API answers.
EmulatorResponse badRequest(const QString &message)
{
    return EmulatorResponse::json(400, QJsonObject{{QStringLiteral("status"), 400},
                                                   {QStringLiteral("error"), message},
                                                   {QStringLiteral("message"), message}});
}

QString newTokenId()
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = QStringLiteral("api_");
    for (int index = 0; index < 21; ++index)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return id;
}

QString isoOf(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

AccessTokenApiModule::AccessTokenApiModule(EmulatorStore &store, TokenRegistry &tokens)
    : m_store(store), m_tokens(tokens)
{
}

void AccessTokenApiModule::registerRoutes(EmulatorRouter &router)
{
    router.add("POST", QStringLiteral("/v1/access-tokens"), Access::Secured,
               [this](const EmulatorRequest &request) { return createAccessToken(request); });
    router.add("GET", QStringLiteral("/v1/access-tokens"), Access::Secured,
               [this](const EmulatorRequest &request) { return listAccessTokens(request); });
    router.add("DELETE", QStringLiteral("/v1/access-tokens/{id}"), Access::Secured,
               [this](const EmulatorRequest &request) { return revokeAccessToken(request); });
}

// Two tokens of the demo organization that a security review should notice: an old write token
// without expiry that carries the administrator role, and a read-only export token.
void AccessTokenApiModule::seed(const SeedOptions &options)
{
    if (!options.demo)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 86400LL * 1000;
    issue(kDemoAdminUserId, kDemoOrganizationId, QStringLiteral("CRM-Synchronisation (alt)"),
          {kDemoOrganizationId + QStringLiteral(":admin")}, 0, false, false, now - 213 * day);
    issue(kDemoAdminUserId, kDemoOrganizationId, QStringLiteral("BI-Export Netzentgelte"),
          {kDemoOrganizationId + QStringLiteral(":viewer")}, 168 * 86400LL, true, true,
          now - 12 * day);
}

std::optional<qint64> AccessTokenApiModule::expirySeconds(const QJsonValue &value, QString *error)
{
    double seconds = 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number != std::floor(number)) {
            *error = QStringLiteral("expires_in must be a whole number of seconds");
            return std::nullopt;
        }
        seconds = number;
    } else if (value.isString()) {
        static const QRegularExpression pattern(
            QStringLiteral("^([0-9]{1,12}) ?(ms|milliseconds?|s|seconds?|m|minutes?|h|hours?|d|"
                           "days?|w|weeks?|y|years?)?$"));
        const auto match = pattern.match(value.toString());
        if (!match.hasMatch()) {
            *error = QStringLiteral("expires_in \"%1\" is not a duration such as 3600, \"7d\", "
                                    "\"10h\" or \"2 days\"")
                         .arg(value.toString().left(40));
            return std::nullopt;
        }
        const double amount = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        double factor = 0.001; // a bare number is milliseconds, as in the `ms` package
        if (unit.startsWith(QLatin1String("ms")) || unit.startsWith(QLatin1String("milli")))
            factor = 0.001;
        else if (unit.startsWith(QLatin1Char('s')))
            factor = 1;
        else if (unit.startsWith(QLatin1Char('m')))
            factor = 60;
        else if (unit.startsWith(QLatin1Char('h')))
            factor = 3600;
        else if (unit.startsWith(QLatin1Char('d')))
            factor = 86400;
        else if (unit.startsWith(QLatin1Char('w')))
            factor = 7 * 86400;
        else if (unit.startsWith(QLatin1Char('y')))
            factor = 365.25 * 86400;
        seconds = std::floor(amount * factor);
    } else {
        *error = QStringLiteral("expires_in must be a number of seconds or a duration string");
        return std::nullopt;
    }
    if (seconds < kMinimumSeconds || seconds > kMaximumSeconds) {
        *error = QStringLiteral("expires_in must be between 30 seconds and 365 days "
                                "(31536000 seconds)");
        return std::nullopt;
    }
    return qint64(seconds);
}

QStringList AccessTokenApiModule::currentAssignments(const QString &userId,
                                                     const QString &organizationId) const
{
    QStringList roles;
    const QJsonObject user = m_store.get(RoleRules::kUsers, userId);
    for (const QJsonValue &value : user.value(QStringLiteral("_roles")).toArray()) {
        const QString roleId = value.toString();
        if (RoleRules::isVisibleTo(m_store.get(RoleRules::kRoles, roleId), organizationId))
            roles.append(roleId);
    }
    return roles;
}

QJsonObject AccessTokenApiModule::issue(const QString &userId, const QString &organizationId,
                                        const QString &name, const QStringList &assignments,
                                        qint64 lifetimeSeconds, bool readOnly, bool anonymize,
                                        qint64 createdAtMs)
{
    const QString id = newTokenId();
    const QString token =
        m_tokens.issue(userId, organizationId, lifetimeSeconds,
                       {{QStringLiteral("access_token_id"), id},
                        {QStringLiteral("read_only"), readOnly},
                        {QStringLiteral("assignments"), QJsonArray::fromStringList(assignments)}});
    QJsonObject item{
        {QStringLiteral("id"), id},
        {QStringLiteral("created_at"), isoOf(createdAtMs)},
        {QStringLiteral("name"), name},
        {QStringLiteral("token_type"), QStringLiteral("api")},
        {QStringLiteral("assignments"), QJsonArray::fromStringList(assignments)},
        {QStringLiteral("read_only"), readOnly},
        {QStringLiteral("anonymize"), anonymize},
    };
    if (lifetimeSeconds > 0)
        item.insert(QStringLiteral("expires_at"),
                    isoOf(QDateTime::currentMSecsSinceEpoch() + lifetimeSeconds * 1000));
    QJsonObject stored = item;
    stored.insert(QStringLiteral("_org_id"), organizationId);
    stored.insert(QStringLiteral("_user_id"), userId);
    stored.insert(QStringLiteral("_key"), TokenRegistry::keyOf(token));
    m_store.put(kCollection, id, stored);
    item.insert(QStringLiteral("token"), token);
    return item;
}

EmulatorResponse AccessTokenApiModule::createAccessToken(const EmulatorRequest &request)
{
    if (!request.hasBody || !request.body.isObject())
        return badRequest(QStringLiteral("The request body must be a JSON object with a name"));
    const QJsonObject body = request.bodyObject();
    static const QStringList known{QStringLiteral("name"),        QStringLiteral("token_type"),
                                   QStringLiteral("assignments"), QStringLiteral("expires_in"),
                                   QStringLiteral("read_only"),   QStringLiteral("anonymize")};
    const QJsonValue type = body.value(QStringLiteral("token_type"));
    if (!type.isUndefined() && !(type.isString() && kTokenTypes.contains(type.toString())))
        return badRequest(QStringLiteral("token_type must be one of %1")
                              .arg(kTokenTypes.join(QStringLiteral(", "))));
    if (!type.isUndefined() && type.toString() != QLatin1String("api"))
        return badRequest(QStringLiteral("The emulator issues only tokens of type api, not %1")
                              .arg(type.toString()));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return badRequest(
                QStringLiteral("%1 is not a field of an api token").arg(it.key().left(64)));
    }
    const QJsonValue nameValue = body.value(QStringLiteral("name"));
    if (!nameValue.isString() || nameValue.toString().trimmed().isEmpty())
        return badRequest(QStringLiteral("name is required and must be a non-empty string"));
    const QString name = nameValue.toString().trimmed();
    if (name.size() > 255)
        return badRequest(QStringLiteral("name must be at most 255 characters"));

    const QString organizationId = request.caller.organizationId;
    QStringList assignments;
    const QJsonValue assignmentsValue = body.value(QStringLiteral("assignments"));
    if (assignmentsValue.isUndefined()) {
        // As the spec says: the current user's assignments (a token's own, when a token asks).
        assignments = request.caller.isAccessToken()
                          ? request.caller.assignments
                          : currentAssignments(request.caller.userId, organizationId);
    } else {
        if (!assignmentsValue.isArray())
            return badRequest(QStringLiteral("assignments must be an array of role ids"));
        for (const QJsonValue &value : assignmentsValue.toArray()) {
            const QString roleId = value.toString();
            if (!value.isString() || roleId.isEmpty())
                return badRequest(QStringLiteral("assignments must be an array of role ids"));
            const QJsonObject role = m_store.get(RoleRules::kRoles, roleId);
            if (!RoleRules::isVisibleTo(role, organizationId))
                return badRequest(QStringLiteral("Unknown role %1 in assignments").arg(roleId));
            if (!assignments.contains(roleId))
                assignments.append(roleId);
        }
    }
    qint64 lifetime = 0;
    if (body.contains(QStringLiteral("expires_in"))) {
        QString problem;
        const auto seconds = expirySeconds(body.value(QStringLiteral("expires_in")), &problem);
        if (!seconds)
            return badRequest(problem);
        lifetime = *seconds;
    }
    for (const QString &flag : {QStringLiteral("read_only"), QStringLiteral("anonymize")}) {
        if (body.contains(flag) && !body.value(flag).isBool())
            return badRequest(QStringLiteral("%1 must be true or false").arg(flag));
    }
    // A read-only token cannot mint a writing one (it never gets here: creating is a write).
    const QJsonObject created = issue(request.caller.userId, organizationId, name, assignments,
                                      lifetime, body.value(QStringLiteral("read_only")).toBool(),
                                      body.value(QStringLiteral("anonymize")).toBool(),
                                      QDateTime::currentMSecsSinceEpoch());
    return EmulatorResponse::json(201, created);
}

EmulatorResponse AccessTokenApiModule::listAccessTokens(const EmulatorRequest &request) const
{
    // token_type=api&token_type=app, or token_type=api,app
    QStringList wanted;
    for (const QString &value :
         request.query.allQueryItemValues(QStringLiteral("token_type"), QUrl::FullyDecoded))
        wanted += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &type : std::as_const(wanted)) {
        if (!kTokenTypes.contains(type))
            return badRequest(QStringLiteral("token_type must be one of %1, not %2")
                                  .arg(kTokenTypes.join(QStringLiteral(", ")), type.left(40)));
    }
    QJsonArray items;
    m_store.forEach(kCollection, [&](const QJsonObject &token) {
        if (token.value(QStringLiteral("_org_id")).toString() == request.caller.organizationId &&
            (wanted.isEmpty() ||
             wanted.contains(token.value(QStringLiteral("token_type")).toString())))
            items.append(ModuleSupport::stripInternal(token));
        return true;
    });
    return EmulatorResponse::json(200, items);
}

EmulatorResponse AccessTokenApiModule::revokeAccessToken(const EmulatorRequest &request)
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    const QJsonObject token = m_store.get(kCollection, id);
    if (token.isEmpty() ||
        token.value(QStringLiteral("_org_id")).toString() != request.caller.organizationId)
        return EmulatorResponse::error(404, QStringLiteral("No access token %1").arg(id));
    m_tokens.revokeKey(token.value(QStringLiteral("_key")).toString());
    m_store.remove(kCollection, id);
    return EmulatorResponse::json(200, ModuleSupport::stripInternal(token));
}
