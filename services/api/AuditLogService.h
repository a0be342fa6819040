#pragma once

#include "services/network/ServiceCall.h"

#include <QObject>

// The Audit Logs API (audit-logs.json): one page of events for a search, one event by id.
// domain/security reads the answers (AuditPage, AuditEvent).
class AuditLogService : public QObject
{
    Q_OBJECT
public:
    explicit AuditLogService(ApiClient *client, QObject *parent = nullptr);

    // `search` is AuditQuery::toJson(page, limit); hands back {logs, total}.
    ApiCall *getLogs(const QJsonObject &search, QObject *context, ObjectCallback done);
    // Hands back {log}.
    ApiCall *getLogById(const QString &logId, QObject *context, ObjectCallback done);

private:
    ApiClient *m_client;
};
