#pragma once

#include "domain/common/JsonRecord.h"

#include <QJsonArray>
#include <QList>
#include <optional>

// One event of the Audit Logs API (schema Event): who did what, when, with which outcome, and the
// request as it reached the service. Every text in it came from someone's input: show it with
// PlainText::visible, never as rich text. Unknown members survive.
class AuditEvent : public JsonRecord
{
public:
    AuditEvent() = default;
    static std::optional<AuditEvent> fromJson(const QJsonValue &json, QString *error = nullptr);

    QString id() const { return idString(QStringLiteral("id")); }
    QString organizationId() const { return idString(QStringLiteral("org_id")); }
    QString serviceName() const { return string(QStringLiteral("service_name")); }
    QString eventName() const { return string(QStringLiteral("event_name")); }
    int statusCode() const { return m_json.value(QStringLiteral("status_code")).toInt(); }
    // A status below 400 (or none) is a success.
    bool isSuccess() const { return statusCode() < 400; }
    QDateTime timestamp() const { return dateTime(QStringLiteral("timestamp")); }
    QString callerEmail() const;
    QString callerId() const;
    QString triggerType() const; // user, api, automation
    QString method() const;
    QString path() const;
    QJsonObject pathParameters() const;
    QJsonObject query() const;
    QString detail() const { return string(QStringLiteral("detail")); }
    QString activity() const { return string(QStringLiteral("activity")); }
    QString sourceUrl() const { return string(QStringLiteral("source_url")); }

    // The request body: `detail` parsed when it is JSON (an object or array), else invalid.
    QJsonDocument detailJson() const;
    // The body as indented JSON, or the detail as it came when it is not JSON.
    QString readableDetail() const;
    // The fields the request set: the top-level members of the body, with their values as
    // compact JSON ("name" → "\"Anna\""), sorted by name.
    QList<std::pair<QString, QString>> changedFields() const;
};

// One page of getLogs: {logs, total}.
struct AuditPage
{
    QList<AuditEvent> events;
    int total = 0; // events matching the search, on all pages

    static std::optional<AuditPage> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// getLogById's answer: {log}.
std::optional<AuditEvent> auditEventFromLogAnswer(const QJsonObject &json,
                                                  QString *error = nullptr);
