#include "emulator/security/AuditLogApiModule.h"

#include "emulator/core/AuditTrail.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/security/AuditHistory.h"

#include <QDateTime>
#include <QJsonArray>
#include <limits>
#include <optional>

namespace {
constexpr qint64 kDefaultLimit = 50;
constexpr qint64 kMaximumLimit = 1000;

// SearchOptions, checked.
struct Filter
{
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
    QString service;
    QString event;
    std::optional<bool> success;
    QString method;
    QString email;
    QString userId;
    qint64 limit = kDefaultLimit;
    qint64 page = 0;

    bool onlyTime() const
    {
        return service.isEmpty() && event.isEmpty() && !success && method.isEmpty() &&
               email.isEmpty() && userId.isEmpty();
    }
    bool matches(qint64 ms, const QString &serviceName, const QString &eventName, int status,
                 const QString &httpMethod, const QString &callerEmail,
                 const QString &callerId) const
    {
        return ms >= fromMs && ms <= toMs && (service.isEmpty() || service == serviceName) &&
               (event.isEmpty() || event == eventName) &&
               (!success || *success == (status < 400)) &&
               (method.isEmpty() || method.compare(httpMethod, Qt::CaseInsensitive) == 0) &&
               (email.isEmpty() || email.compare(callerEmail, Qt::CaseInsensitive) == 0) &&
               (userId.isEmpty() || userId == callerId);
    }
};

std::optional<QString> readString(const QJsonObject &object, const QString &name,
                                  const QString &label, QString *error)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isDouble() && name == QLatin1String("user_id")) // the spec's example is a number
        return QString::number(value.toInteger());
    if (!value.isString()) {
        *error = QStringLiteral("%1 must be a string").arg(label);
        return std::nullopt;
    }
    return value.toString().trimmed();
}

std::optional<qint64> readTime(const QJsonObject &range, const QString &name, QString *error)
{
    const QJsonValue value = range.value(name);
    if (value.isUndefined() || value.isNull() || value.toString().isEmpty())
        return std::numeric_limits<qint64>::min();
    QDateTime time =
        value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!time.isValid()) {
        *error = QStringLiteral("timestamp.%1 must be an ISO 8601 time such as "
                                "2024-06-01T12:00:00Z")
                     .arg(name);
        return std::nullopt;
    }
    return time.toMSecsSinceEpoch();
}

std::optional<qint64> readInteger(const QJsonObject &object, const QString &name, qint64 fallback,
                                  qint64 minimum, qint64 maximum, QString *error)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != double(qint64(number)) || number < double(minimum) ||
        number > double(maximum)) {
        *error = QStringLiteral("%1 must be a whole number from %2 to %3")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum);
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<Filter> readFilter(const EmulatorRequest &request, QString *error)
{
    Filter filter;
    if (!request.hasBody)
        return filter;
    if (!request.body.isObject()) {
        *error = QStringLiteral("The body must be SearchOptions (a JSON object)");
        return std::nullopt;
    }
    const QJsonObject body = request.bodyObject();
    const auto limit =
        readInteger(body, QStringLiteral("limit"), kDefaultLimit, 1, kMaximumLimit, error);
    const auto page = readInteger(body, QStringLiteral("page"), 0, 0, 100'000'000, error);
    if (!limit || !page)
        return std::nullopt;
    filter.limit = *limit;
    filter.page = *page;
    const QJsonValue timestamp = body.value(QStringLiteral("timestamp"));
    if (!timestamp.isUndefined() && !timestamp.isNull()) {
        if (!timestamp.isObject()) {
            *error = QStringLiteral("timestamp must be an object with from and/or to");
            return std::nullopt;
        }
        const auto from = readTime(timestamp.toObject(), QStringLiteral("from"), error);
        const auto to = readTime(timestamp.toObject(), QStringLiteral("to"), error);
        if (!from || !to)
            return std::nullopt;
        filter.fromMs = *from;
        if (*to != std::numeric_limits<qint64>::min())
            filter.toMs = *to;
    }
    const auto service =
        readString(body, QStringLiteral("service_name"), QStringLiteral("service_name"), error);
    const auto event =
        readString(body, QStringLiteral("event_name"), QStringLiteral("event_name"), error);
    const auto method = readString(body, QStringLiteral("method"), QStringLiteral("method"), error);
    const auto outcome =
        readString(body, QStringLiteral("outcome"), QStringLiteral("outcome"), error);
    if (!service || !event || !method || !outcome)
        return std::nullopt;
    if (!outcome->isEmpty() && *outcome != QLatin1String("success") &&
        *outcome != QLatin1String("failure")) {
        *error =
            QStringLiteral("outcome must be success or failure, not %1").arg(outcome->left(40));
        return std::nullopt;
    }
    filter.service = *service;
    filter.event = *event;
    filter.method = *method;
    if (!outcome->isEmpty())
        filter.success = *outcome == QLatin1String("success");
    const QJsonValue user = body.value(QStringLiteral("user"));
    if (!user.isUndefined() && !user.isNull()) {
        if (!user.isObject()) {
            *error = QStringLiteral("user must be an object with email and/or user_id");
            return std::nullopt;
        }
        const auto email = readString(user.toObject(), QStringLiteral("email"),
                                      QStringLiteral("user.email"), error);
        const auto userId = readString(user.toObject(), QStringLiteral("user_id"),
                                       QStringLiteral("user.user_id"), error);
        if (!email || !userId)
            return std::nullopt;
        filter.email = *email;
        filter.userId = *userId;
    }
    return filter;
}
} // namespace

AuditLogApiModule::AuditLogApiModule(EmulatorStore &store) : m_store(store) {}

void AuditLogApiModule::registerRoutes(EmulatorRouter &router)
{
    router.add("POST", QStringLiteral("/v1/logs"), Access::Secured,
               [this](const EmulatorRequest &request) { return getLogs(request); });
    router.add("GET", QStringLiteral("/v1/logs/{logId}"), Access::Secured,
               [this](const EmulatorRequest &request) { return getLogById(request); });
}

void AuditLogApiModule::seed(const SeedOptions &options)
{
    AuditHistory::seed(m_store, options);
}

EmulatorResponse AuditLogApiModule::getLogs(const EmulatorRequest &request) const
{
    QString error;
    const std::optional<Filter> filter = readFilter(request, &error);
    if (!filter)
        return EmulatorResponse::error(400, error);
    const QString organizationId = request.caller.organizationId;
    const qint64 first = filter->page * filter->limit;
    const qint64 last = first + filter->limit; // exclusive
    QJsonArray logs;
    qint64 total = 0;

    // Recorded events: few, newest last in the store.
    const QList<QJsonObject> recorded = m_store.all(AuditTrail::kCollection);
    for (auto it = recorded.crbegin(); it != recorded.crend(); ++it) {
        const QJsonObject &event = *it;
        if (event.value(QStringLiteral("org_id")).toString() != organizationId)
            continue;
        const QJsonObject caller = event.value(QStringLiteral("caller")).toObject();
        if (!filter->matches(event.value(QStringLiteral("_t")).toInteger(),
                             event.value(QStringLiteral("service_name")).toString(),
                             event.value(QStringLiteral("event_name")).toString(),
                             event.value(QStringLiteral("status_code")).toInt(),
                             event.value(QStringLiteral("http"))
                                 .toObject()
                                 .value(QStringLiteral("method"))
                                 .toString(),
                             caller.value(QStringLiteral("user_email")).toString(),
                             caller.value(QStringLiteral("user_id")).toString()))
            continue;
        if (total >= first && total < last)
            logs.append(ModuleSupport::stripInternal(event));
        ++total;
    }

    // The generated history: a time range is a range of positions; other filters are checked
    // on the compact form, and only the page's events are built.
    const AuditHistory history(m_store);
    if (!history.isEmpty() && history.organizationId() == organizationId) {
        const qint64 begin = filter->toMs == std::numeric_limits<qint64>::max()
                                 ? 0
                                 : history.firstAtOrBefore(filter->toMs);
        const qint64 end = filter->fromMs == std::numeric_limits<qint64>::min()
                               ? history.count()
                               : history.firstBefore(filter->fromMs);
        if (filter->onlyTime()) {
            const qint64 available = std::max<qint64>(0, end - begin);
            for (qint64 index = std::max(first, total); index < std::min(last, total + available);
                 ++index)
                logs.append(history.event(begin + index - total));
            total += available;
        } else {
            for (qint64 position = begin; position < end; ++position) {
                const AuditHistory::Compact event = history.compact(position);
                if (!filter->matches(event.timestampMs, history.serviceName(event),
                                     history.eventName(event), event.statusCode,
                                     history.method(event), history.actorEmail(event),
                                     history.actorId(event)))
                    continue;
                if (total >= first && total < last)
                    logs.append(history.event(position));
                ++total;
            }
        }
    }
    return EmulatorResponse::json(
        200, QJsonObject{{QStringLiteral("logs"), logs}, {QStringLiteral("total"), total}});
}

EmulatorResponse AuditLogApiModule::getLogById(const EmulatorRequest &request) const
{
    const QString id = request.pathParams.value(QStringLiteral("logId"));
    const QJsonObject recorded = m_store.get(AuditTrail::kCollection, id);
    if (!recorded.isEmpty() &&
        recorded.value(QStringLiteral("org_id")).toString() == request.caller.organizationId)
        return EmulatorResponse::json(
            200, QJsonObject{{QStringLiteral("log"), ModuleSupport::stripInternal(recorded)}});
    const auto position = AuditHistory::positionOf(id);
    const AuditHistory history(m_store);
    if (position && *position < history.count() &&
        history.organizationId() == request.caller.organizationId)
        return EmulatorResponse::json(
            200, QJsonObject{{QStringLiteral("log"), history.event(*position)}});
    return EmulatorResponse::error(404, QStringLiteral("No audit log event %1").arg(id));
}
