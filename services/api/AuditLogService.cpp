#include "services/api/AuditLogService.h"

#include <QCoreApplication>
#include <QTimer>

AuditLogService::AuditLogService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

ApiCall *AuditLogService::getLogs(const QJsonObject &search, QObject *context, ObjectCallback done)
{
    ApiRequest request = ApiRequest::withBody(Api::AuditLogs, "POST", QStringLiteral("/v1/logs"),
                                              QJsonDocument(search), "getLogs");
    return ServiceCall::object(m_client, request, context, std::move(done));
}

ApiCall *AuditLogService::getLogById(const QString &logId, QObject *context, ObjectCallback done)
{
    if (logId.trimmed().isEmpty()) {
        const QString message = QCoreApplication::translate("AuditLogService", "No event chosen.");
        QTimer::singleShot(0, context,
                           [done, message] { done(ApiError::invalidRequest(message)); });
        return nullptr;
    }
    return ServiceCall::object(
        m_client,
        ApiRequest::get(Api::AuditLogs, QStringLiteral("/v1/logs/") + ApiRequest::segment(logId),
                        "getLogById"),
        context, std::move(done));
}
