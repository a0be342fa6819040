#include "domain/security/AuditEvent.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditEvent", text);
}

} // namespace

std::optional<AuditEvent> AuditEvent::fromJson(const QJsonValue &json, QString *error)
{
    if (!json.isObject()) {
        if (error)
            *error = tr("An audit event is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject object = json.toObject();
    if (!hasTypes(object,
                  {"service_name", "event_name", "timestamp", "detail", "activity", "source_url"},
                  QJsonValue::String, error) ||
        !hasType(object, QLatin1String("status_code"), QJsonValue::Double, error) ||
        !hasTypes(object, {"caller", "http"}, QJsonValue::Object, error))
        return std::nullopt;
    AuditEvent event;
    event.m_json = object;
    return event;
}

QString AuditEvent::callerEmail() const
{
    return object(QStringLiteral("caller")).value(QStringLiteral("user_email")).toString();
}

QString AuditEvent::callerId() const
{
    const QJsonValue id = object(QStringLiteral("caller")).value(QStringLiteral("user_id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

QString AuditEvent::triggerType() const
{
    return object(QStringLiteral("caller")).value(QStringLiteral("trigger_type")).toString();
}

QString AuditEvent::method() const
{
    return object(QStringLiteral("http")).value(QStringLiteral("method")).toString();
}

QString AuditEvent::path() const
{
    return object(QStringLiteral("http")).value(QStringLiteral("path")).toString();
}

QJsonObject AuditEvent::pathParameters() const
{
    return object(QStringLiteral("http")).value(QStringLiteral("pathParams")).toObject();
}

QJsonObject AuditEvent::query() const
{
    return object(QStringLiteral("http")).value(QStringLiteral("query")).toObject();
}

QJsonDocument AuditEvent::detailJson() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(detail().toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

QString AuditEvent::readableDetail() const
{
    const QJsonDocument document = detailJson();
    if (document.isNull())
        return detail();
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

QList<std::pair<QString, QString>> AuditEvent::changedFields() const
{
    QList<std::pair<QString, QString>> fields;
    const QJsonDocument document = detailJson();
    if (!document.isObject())
        return fields;
    const QJsonObject body = document.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        // Wrapped in an array so that scalars are written as JSON too ("Anna" with its quotes).
        const QString text =
            QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1);
        fields.append({it.key(), text});
    }
    return fields;
}

std::optional<AuditPage> AuditPage::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue logs = json.value(QStringLiteral("logs"));
    if (!logs.isUndefined() && !logs.isNull() && !logs.isArray()) {
        if (error)
            *error = tr("The audit log's answer has no list of events.");
        return std::nullopt;
    }
    AuditPage page;
    const QJsonArray array = logs.toArray();
    page.events.reserve(array.size());
    for (const QJsonValue &value : array) {
        std::optional<AuditEvent> event = AuditEvent::fromJson(value, error);
        if (!event)
            return std::nullopt;
        page.events << *event;
    }
    const QJsonValue total = json.value(QStringLiteral("total"));
    page.total = total.isDouble() ? int(total.toInteger()) : int(page.events.size());
    return page;
}

std::optional<AuditEvent> auditEventFromLogAnswer(const QJsonObject &json, QString *error)
{
    return AuditEvent::fromJson(json.value(QStringLiteral("log")), error);
}
