#pragma once

#include "domain/security/AuditEvent.h"
#include "domain/security/AuditRecord.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class AuditLogService;
class MessageWidget;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// One audit event in full, read with getLogById when it is opened: who, when, what, the
// outcome, the request (method, path, parameters), the fields the request set, and its body as
// indented JSON. Everything from the log is shown as plain text with direction controls made
// visible (PlainText), so no value can change what the panel shows.
class AuditEventPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuditEventPanel(AuditLogService *service, QWidget *parent = nullptr);
    ~AuditEventPanel() override;

    // Shows what is known at once, then the event as getLogById answers.
    void open(const AuditEvent &summary);
    void clear();
    QString shownId() const { return m_event.id(); }
    bool isLoading() const;

    QLabel *headline() const { return m_headline; }
    QLabel *facts() const { return m_facts; }
    QTableWidget *changedFields() const { return m_fields; }
    QPlainTextEdit *body() const { return m_body; }
    MessageWidget *status() const { return m_status; }
    // Opens the record the event names where it is edited (hidden when it names none).
    QPushButton *openRecordButton() const { return m_openRecord; }
    // Where nothing can follow the link (a record's own History), the button stays hidden.
    void setRecordLinks(bool shown) { m_recordLinks = shown; }

signals:
    void loaded(const QString &id);
    void recordRequested(const AuditRecord &record);

private:
    void show(const AuditEvent &event);

    AuditLogService *m_service;
    AuditEvent m_event;
    QPointer<ApiCall> m_call;
    QLabel *m_headline;
    QLabel *m_facts;
    QPushButton *m_openRecord;
    bool m_recordLinks = true;
    MessageWidget *m_status;
    QTableWidget *m_fields;
    QPlainTextEdit *m_body;
};
