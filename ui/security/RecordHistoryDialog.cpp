#include "ui/security/RecordHistoryDialog.h"

#include "controllers/RecordHistory.h"
#include "domain/security/PlainText.h"
#include "services/api/AuditLogService.h"
#include "services/session/Session.h"
#include "ui/common/Theme.h"
#include "ui/security/AuditEventPanel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

RecordHistoryDialog::RecordHistoryDialog(Session *session, const AuditRecord &record,
                                         const QString &label, QWidget *parent)
    : QDialog(parent), m_service(new AuditLogService(session->client(), this)),
      m_history(new RecordHistory(m_service, this))
{
    setWindowTitle(tr("History of %1").arg(PlainText::visible(label, true)));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout();
    m_progress = new QLabel(this);
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    bar->addWidget(m_progress, 1);
    m_more = new QPushButton(tr("Look further back"), this);
    m_more->setToolTip(tr("Read the next %n event(s) of the audit log", nullptr,
                          RecordHistory::pageSize * RecordHistory::pagesPerStep));
    connect(m_more, &QPushButton::clicked, m_history, &RecordHistory::more);
    bar->addWidget(m_more);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 4, splitter);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Person"), tr("Event"), tr("Outcome")});
    m_table->setAccessibleName(tr("Events of %1").arg(record.describe()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details = new AuditEventPanel(m_service, splitter);
    m_details->setRecordLinks(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Enough rows to see the record's recent past at once; the details below.
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);
    splitter->setSizes({260, 340});
    layout->addWidget(splitter, 1);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_history->events().size())
            m_details->open(m_history->events().at(row));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_history, &RecordHistory::changed, this, &RecordHistoryDialog::showEvents);
    connect(m_history, &RecordHistory::failed, this, &RecordHistoryDialog::showFailure);
    resize(900, 640);
    m_history->start(record);
}

RecordHistoryDialog *RecordHistoryDialog::showFor(Session *session, const AuditRecord &record,
                                                  const QString &label, QWidget *parent)
{
    auto *dialog = new RecordHistoryDialog(session, record, label, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void RecordHistoryDialog::showEvents()
{
    const QList<AuditEvent> &events = m_history->events();
    const QLocale locale;
    // Rows are only added: the selection and the details stay where they are.
    for (int row = m_table->rowCount(); row < events.size(); ++row) {
        const AuditEvent &event = events.at(row);
        m_table->insertRow(row);
        const QString who = event.callerEmail().isEmpty() ? event.callerId() : event.callerEmail();
        const QStringList cells{
            locale.toString(event.timestamp().toLocalTime(), QLocale::ShortFormat),
            PlainText::visible(who, true), PlainText::visible(event.eventName(), true),
            event.isSuccess() ? tr("success (%1)").arg(event.statusCode())
                              : tr("failure (%1)").arg(event.statusCode())};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (!event.isSuccess())
            m_table->item(row, OutcomeColumn)
                ->setForeground(Theme::color(Theme::Color::ErrorText, palette()));
    }
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_table->selectRow(0);
    }
    const QString since =
        locale.toString(m_history->since().toLocalTime().date(), QLocale::ShortFormat);
    const int found = int(events.size());
    QString text;
    if (m_history->total() < 0)
        text = tr("Reading the audit log…");
    else if (m_history->isComplete())
        text = tr("All %1 events since %2 read; %n event(s) concern this record.", nullptr, found)
                   .arg(m_history->total())
                   .arg(since);
    else
        text = tr("%1 of %2 events since %3 read; %n event(s) concern this record so far.", nullptr,
                  found)
                   .arg(m_history->scanned())
                   .arg(m_history->total())
                   .arg(since);
    if (m_history->isRunning() && m_history->total() >= 0)
        text += QLatin1Char(' ') + tr("Reading on…");
    m_progress->setText(text);
    m_progress->setStyleSheet(QString());
    m_more->setEnabled(!m_history->isRunning() && !m_history->isComplete());
}

void RecordHistoryDialog::showFailure(const QString &message)
{
    m_progress->setText(tr("The audit log could not be read: %1").arg(message));
    m_progress->setStyleSheet(Theme::textStyle(Theme::Color::ErrorText));
    m_more->setEnabled(true);
}
