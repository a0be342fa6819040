#include "controllers/AuditLogExporter.h"

#include "domain/common/CsvText.h"
#include "domain/security/AuditEvent.h"
#include "services/api/AuditLogService.h"

AuditLogExporter::AuditLogExporter(AuditLogService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

bool AuditLogExporter::start(const QString &path, Format format, QString *error)
{
    if (m_running)
        return false;
    const auto kind = format == Format::Json ? ExportFile::Kind::Json : ExportFile::Kind::Csv;
    if (!m_file.open(path, kind, csvHeader(), error))
        return false;
    m_format = format;
    m_page = 0;
    m_running = true;
    requestPage();
    return true;
}

void AuditLogExporter::cancel()
{
    if (!m_running)
        return;
    // finish() first: the cancelled call's answer arrives at once and must find the export over.
    const QPointer<ApiCall> call = m_call;
    finish(false, tr("Export cancelled."));
    if (call)
        call->cancel();
}

QByteArray AuditLogExporter::csvHeader()
{
    return "id,timestamp,service_name,event_name,status_code,outcome,method,path,user_email,"
           "user_id,trigger_type,activity,detail\n";
}

QByteArray AuditLogExporter::csvLine(const AuditEvent &event)
{
    const QStringList values{event.id(),
                             event.timestamp().toUTC().toString(Qt::ISODateWithMs),
                             event.serviceName(),
                             event.eventName(),
                             QString::number(event.statusCode()),
                             event.isSuccess() ? QStringLiteral("success")
                                               : QStringLiteral("failure"),
                             event.method(),
                             event.path(),
                             event.callerEmail(),
                             event.callerId(),
                             event.triggerType(),
                             event.activity(),
                             event.detail()};
    QByteArrayList cells;
    for (const QString &value : values)
        cells << CsvText::cell(value);
    return cells.join(',') + '\n';
}

void AuditLogExporter::requestPage()
{
    m_call = m_service->getLogs(
        m_query.toJson(m_page, m_pageSize), this, [this](const ApiResult<QJsonObject> &result) {
            if (!m_running)
                return;
            if (!result.ok())
                return finish(false, result.error().message);
            QString problem;
            const std::optional<AuditPage> page = AuditPage::fromJson(result.value(), &problem);
            if (!page)
                return finish(false, problem);
            for (const AuditEvent &event : page->events) {
                if (m_format == Format::Csv)
                    m_file.writeCsvLine(csvLine(event));
                else
                    m_file.writeJson(event.toJson());
            }
            emit progress(m_file.records(), page->total);
            ++m_page;
            if (page->events.size() < m_pageSize || m_file.records() >= page->total)
                return finish(true, tr("%n event(s) exported.", nullptr, m_file.records()));
            requestPage();
        });
}

void AuditLogExporter::finish(bool ok, const QString &message)
{
    m_running = false;
    m_file.close(ok);
    emit finished(ok, message);
}
