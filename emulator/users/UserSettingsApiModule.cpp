#include "emulator/users/UserSettingsApiModule.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QUrl>

using namespace ModuleSupport;

namespace {
const QString kSettings = QStringLiteral("userSettings");

qsizetype serializedSize(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).size();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).size();
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).size() - 2;
}
} // namespace

UserSettingsApiModule::UserSettingsApiModule(EmulatorStore &store) : m_store(store) {}

void UserSettingsApiModule::registerRoutes(EmulatorRouter &router)
{
    const auto bind = [this](EmulatorResponse (UserSettingsApiModule::*method)(
                          const EmulatorRequest &)) {
        return [this, method](const EmulatorRequest &request) { return (this->*method)(request); };
    };
    router.add("GET", QStringLiteral("/v2/users/me/settings"), Access::Secured,
               bind(&UserSettingsApiModule::list));
    router.add("GET", QStringLiteral("/v2/users/me/settings/{scope}"), Access::Secured,
               bind(&UserSettingsApiModule::getScope));
    router.add("GET", QStringLiteral("/v2/users/me/settings/{scope}/{key}"), Access::Secured,
               bind(&UserSettingsApiModule::get));
    router.add("PUT", QStringLiteral("/v2/users/me/settings/{scope}/{key}"), Access::Secured,
               bind(&UserSettingsApiModule::put));
    router.add("DELETE", QStringLiteral("/v2/users/me/settings/{scope}/{key}"), Access::Secured,
               bind(&UserSettingsApiModule::remove));
}

void UserSettingsApiModule::seed(const SeedOptions &options)
{
    if (!options.demo)
        return;
    const QString at = QStringLiteral("2024-05-14T07:45:12.000Z");
    store(kDemoAdminUserId, QStringLiteral("calendar"), QStringLiteral("visible_calendars"),
          QJsonObject{{QStringLiteral("calendar_ids"),
                       QJsonArray{QStringLiteral("holidays"), QStringLiteral("team")}}},
          at, at);
    store(kDemoAdminUserId, QStringLiteral("calendar"), QStringLiteral("week_starts_on"),
          QStringLiteral("monday"), at, at);
    store(kDemoAdminUserId, QStringLiteral("navigation"), QStringLiteral("collapsed"), false, at,
          QStringLiteral("2024-09-02T12:01:44.000Z"));
    store(kDemoAdminUserId, QStringLiteral("search"), QStringLiteral("recent_queries"),
          QJsonArray{QStringLiteral("Zählerstand"), QStringLiteral("Abschlag"),
                     QStringLiteral("Netzanschluss")},
          at, QStringLiteral("2024-10-21T15:20:00.000Z"));
    store(kDemoAdminUserId, QStringLiteral("admin"), QStringLiteral("user_table_columns"),
          QJsonArray{QStringLiteral("display_name"), QStringLiteral("email"),
                     QStringLiteral("status"), QStringLiteral("department")},
          at, at);
}

QString UserSettingsApiModule::idOf(const QString &userId, const QString &scope, const QString &key)
{
    // Encoded parts: scope and key may contain '/' themselves.
    return userId + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(scope)) +
           QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(key));
}

void UserSettingsApiModule::store(const QString &userId, const QString &scope, const QString &key,
                                  const QJsonValue &value, const QString &createdAt,
                                  const QString &updatedAt)
{
    m_store.put(kSettings, idOf(userId, scope, key),
                {{QStringLiteral("scope"), scope},
                 {QStringLiteral("key"), key},
                 {QStringLiteral("value"), value},
                 {QStringLiteral("created_at"), createdAt},
                 {QStringLiteral("updated_at"), updatedAt},
                 {QStringLiteral("_user_id"), userId}});
}

std::optional<EmulatorResponse> UserSettingsApiModule::checkNames(const EmulatorRequest &request,
                                                                  bool withKey)
{
    const QString scope = request.pathParams.value(QStringLiteral("scope"));
    if (scope.isEmpty() || scope.size() > kMaximumScopeLength)
        return EmulatorResponse::error(
            400, QStringLiteral("scope must be 1 to %1 characters long, not %2")
                     .arg(kMaximumScopeLength)
                     .arg(scope.size()));
    if (!withKey)
        return std::nullopt;
    const QString key = request.pathParams.value(QStringLiteral("key"));
    if (key.isEmpty() || key.size() > kMaximumKeyLength)
        return EmulatorResponse::error(400,
                                       QStringLiteral("key must be 1 to %1 characters long, not %2")
                                           .arg(kMaximumKeyLength)
                                           .arg(key.size()));
    return std::nullopt;
}

EmulatorResponse UserSettingsApiModule::list(const EmulatorRequest &request)
{
    QMap<QString, QJsonArray> keysByScope; // sorted by scope
    for (const QJsonObject &setting : m_store.all(kSettings)) {
        if (setting.value(QStringLiteral("_user_id")).toString() == request.caller.userId)
            keysByScope[setting.value(QStringLiteral("scope")).toString()].append(
                setting.value(QStringLiteral("key")));
    }
    QJsonArray results;
    for (auto scope = keysByScope.cbegin(); scope != keysByScope.cend(); ++scope)
        results.append(QJsonObject{{QStringLiteral("scope"), scope.key()},
                                   {QStringLiteral("keys"), scope.value()}});
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}

EmulatorResponse UserSettingsApiModule::getScope(const EmulatorRequest &request)
{
    if (auto error = checkNames(request, false))
        return *error;
    const QString scope = request.pathParams.value(QStringLiteral("scope"));
    QJsonObject settings;
    for (const QJsonObject &setting : m_store.all(kSettings)) {
        if (setting.value(QStringLiteral("_user_id")).toString() == request.caller.userId &&
            setting.value(QStringLiteral("scope")).toString() == scope)
            settings.insert(setting.value(QStringLiteral("key")).toString(),
                            setting.value(QStringLiteral("value")));
    }
    return EmulatorResponse::json(
        200, QJsonObject{{QStringLiteral("scope"), scope}, {QStringLiteral("settings"), settings}});
}

EmulatorResponse UserSettingsApiModule::get(const EmulatorRequest &request)
{
    if (auto error = checkNames(request, true))
        return *error;
    const QJsonObject setting = m_store.get(
        kSettings, idOf(request.caller.userId, request.pathParams.value(QStringLiteral("scope")),
                        request.pathParams.value(QStringLiteral("key"))));
    if (setting.isEmpty())
        return EmulatorResponse::error(404, QStringLiteral("User setting not found"));
    return EmulatorResponse::json(200, stripInternal(setting));
}

EmulatorResponse UserSettingsApiModule::put(const EmulatorRequest &request)
{
    if (auto error = checkNames(request, true))
        return *error;
    if (!request.hasBody)
        return EmulatorResponse::error(
            400, QStringLiteral("The request body (the setting's JSON value) is required"));
    const qsizetype size = serializedSize(request.body);
    if (size > kMaximumValueBytes)
        return EmulatorResponse::error(
            400, QStringLiteral("The value is %1 bytes as JSON; the limit is %2 bytes (64 KiB)")
                     .arg(size)
                     .arg(kMaximumValueBytes));
    const QString scope = request.pathParams.value(QStringLiteral("scope"));
    const QString key = request.pathParams.value(QStringLiteral("key"));
    const QJsonObject existing = m_store.get(kSettings, idOf(request.caller.userId, scope, key));
    const QString now = nowIso();
    store(request.caller.userId, scope, key, request.body,
          existing.value(QStringLiteral("created_at")).toString(now), now);
    return EmulatorResponse::json(
        200, stripInternal(m_store.get(kSettings, idOf(request.caller.userId, scope, key))));
}

EmulatorResponse UserSettingsApiModule::remove(const EmulatorRequest &request)
{
    if (auto error = checkNames(request, true))
        return *error;
    if (!m_store.remove(kSettings, idOf(request.caller.userId,
                                        request.pathParams.value(QStringLiteral("scope")),
                                        request.pathParams.value(QStringLiteral("key")))))
        return EmulatorResponse::error(404, QStringLiteral("User setting not found"));
    return EmulatorResponse::empty(204);
}
