#pragma once

#include "domain/security/AuditRecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiCall;
class AuditLogService;

// A record's history: the audit events of the last `days` that name it (AuditRecord). The Audit
// Logs API filters by service, event, person and time but not by record, so the newest events
// are read page by page and kept when they name the record; each step reads `pagesPerStep`
// pages and stops, and more() reads on where it stopped. One getLogs request at a time; a new
// start() or the controller's end cancels the one running.
class RecordHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr int pageSize = 200;
    static constexpr int pagesPerStep = 10;
    static constexpr int days = 180;

    explicit RecordHistory(AuditLogService *service, QObject *parent = nullptr);
    ~RecordHistory() override;

    void start(const AuditRecord &record);
    void more();
    bool isRunning() const { return m_call != nullptr; }
    // Every event of the time span has been read.
    bool isComplete() const { return m_total >= 0 && m_scanned >= m_total; }

    const AuditRecord &record() const { return m_record; }
    const QList<AuditEvent> &events() const { return m_events; } // newest first
    int scanned() const { return m_scanned; }
    int total() const { return m_total; } // -1 before the first answer
    QDateTime since() const { return m_since; }

signals:
    void changed();
    void failed(const QString &message);

private:
    void readPage(quint64 generation, int stepPagesLeft);

    AuditLogService *m_service;
    AuditRecord m_record;
    QDateTime m_since;
    QList<AuditEvent> m_events;
    QSet<QString> m_seen; // event ids: a page shifted by new events repeats some
    int m_page = 0;
    int m_scanned = 0;
    int m_total = -1;
    quint64 m_generation = 0;
    QPointer<ApiCall> m_call;
};
