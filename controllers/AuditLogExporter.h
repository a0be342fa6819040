#pragma once

#include "controllers/ExportFile.h"
#include "domain/security/AuditQuery.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class AuditEvent;
class AuditLogService;

// Writes every event of an audit log search (not only the pages held by the list) to CSV or
// JSON, page after page, so memory stays one page whatever the count. Cancelling removes the
// half-written file.
class AuditLogExporter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit AuditLogExporter(AuditLogService *service, QObject *parent = nullptr);

    void setQuery(const AuditQuery &query) { m_query = query; }
    void setPageSize(int size) { m_pageSize = qBound(1, size, AuditQuery::maximumLimit); }

    bool start(const QString &path, Format format, QString *error = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }
    int written() const { return m_file.records(); }

    static QByteArray csvHeader();
    static QByteArray csvLine(const AuditEvent &event);

signals:
    void progress(int written, int total);
    // ok false: failed or cancelled; message says which.
    void finished(bool ok, const QString &message);

private:
    void requestPage();
    void finish(bool ok, const QString &message);

    AuditLogService *m_service;
    AuditQuery m_query;
    int m_pageSize = 500;
    Format m_format = Format::Csv;
    ExportFile m_file;
    QPointer<ApiCall> m_call;
    int m_page = 0;
    bool m_running = false;
};
