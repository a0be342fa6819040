#pragma once

#include "domain/security/AuditQuery.h"
#include "domain/security/AuditRecord.h"
#include "ui/shell/Pane.h"

#include <QPointer>

class AuditEventPanel;
class AuditLogExporter;
class AuditLogModel;
class AuditLogService;
class MessageWidget;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// Who changed what: the organization's audit log, newest first, filtered by time range,
// service, event, person, method and outcome as the server filters (getLogs). The list holds
// only a window of pages (AuditLogModel), however long the log; an event opened shows in full
// (AuditEventPanel, with getLogById). Export writes the whole filtered list to CSV or JSON.
class AuditLogPane : public Pane
{
    Q_OBJECT
public:
    enum class Range { AnyTime, Last24Hours, Last7Days, Last30Days, Custom };

    explicit AuditLogPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Audit log"); }
    void reload() override;
    void focusSearch() override;

    // The filters as typed; apply() checks them (messages next to the fields) and searches.
    AuditQuery query() const;
    bool apply();
    void resetFilters();
    // Export of the filtered list; false when no file was chosen or it could not be opened.
    bool exportTo(const QString &format);

    AuditLogService *service() const { return m_api; }
    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AuditEventPanel *details() const { return m_details; }
    MessageWidget *status() const { return m_status; }
    QLabel *countLabel() const { return m_count; }
    QComboBox *rangeBox() const { return m_range; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QComboBox *serviceBox() const { return m_service; }
    QLineEdit *eventEdit() const { return m_event; }
    QLineEdit *personEdit() const { return m_person; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *outcomeBox() const { return m_outcome; }
    AuditLogExporter *exporter() const { return m_exporter; }

signals:
    void exportFinished(bool ok, const QString &message);
    // An event's record, to open where it is edited.
    void recordRequested(const AuditRecord &record);

protected:
    void sessionReady() override;

private:
    void buildFilters();
    void showCount();
    void openSelected();

    AuditLogService *m_api;
    AuditLogModel *m_model;
    AuditLogExporter *m_exporter;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_service;
    QLineEdit *m_event;
    QLineEdit *m_person;
    QComboBox *m_method;
    QComboBox *m_outcome;
    QPushButton *m_search;
    QPushButton *m_export;
    QLabel *m_count;
    MessageWidget *m_status;
    QTableView *m_table;
    AuditEventPanel *m_details;
};
