#pragma once

#include "domain/security/AuditRecord.h"

#include <QDialog>

class AuditEventPanel;
class AuditLogService;
class QLabel;
class QPushButton;
class QTableWidget;
class RecordHistory;
class Session;

// The History of one record (user, group, role, setting, token): its audit events, newest
// first, read as RecordHistory finds them, with each event's details below. Non-modal; it asks
// nothing of the page that opened it.
class RecordHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { TimeColumn, PersonColumn, EventColumn, OutcomeColumn };

    RecordHistoryDialog(Session *session, const AuditRecord &record, const QString &label,
                        QWidget *parent = nullptr);

    // Opens the History of `record` beside `parent`, deleted when closed.
    static RecordHistoryDialog *showFor(Session *session, const AuditRecord &record,
                                        const QString &label, QWidget *parent);

    RecordHistory *history() const { return m_history; }
    QTableWidget *table() const { return m_table; }
    QLabel *progress() const { return m_progress; }
    QPushButton *moreButton() const { return m_more; }
    AuditEventPanel *details() const { return m_details; }

private:
    void showEvents();
    void showFailure(const QString &message);

    AuditLogService *m_service;
    RecordHistory *m_history;
    QTableWidget *m_table;
    QLabel *m_progress;
    QPushButton *m_more;
    AuditEventPanel *m_details;
};
