#include "ui/security/AuditEventPanel.h"

#include "domain/security/PlainText.h"
#include "services/api/AuditLogService.h"
#include "ui/common/MessageWidget.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // never rich text, whatever the value holds
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString compact(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditEventPanel::AuditEventPanel(AuditLogService *service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    m_headline = plainLabel(this);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_headline->setFont(big);
    layout->addWidget(m_headline);
    m_facts = plainLabel(this);
    layout->addWidget(m_facts);
    m_openRecord = new QPushButton(this);
    m_openRecord->hide();
    connect(m_openRecord, &QPushButton::clicked, this, [this] {
        const QList<AuditRecord> records = AuditRecord::namedBy(m_event);
        if (!records.isEmpty())
            emit recordRequested(records.first());
    });
    auto *openRow = new QHBoxLayout();
    openRow->addWidget(m_openRecord);
    openRow->addStretch();
    layout->addLayout(openRow);
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Fields the request set"), this));
    m_fields = new QTableWidget(0, 2, this);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(false);
    layout->addWidget(m_fields, 1);
    layout->addWidget(new QLabel(tr("Request body"), this));
    m_body = new QPlainTextEdit(this); // plain text only, by its nature
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_body, 2);
    clear();
}

AuditEventPanel::~AuditEventPanel()
{
    if (m_call)
        m_call->cancel();
}

bool AuditEventPanel::isLoading() const
{
    return m_call != nullptr;
}

void AuditEventPanel::clear()
{
    if (m_call)
        m_call->cancel();
    m_event = AuditEvent();
    m_headline->setText(tr("Choose an event to see what was done."));
    m_headline->setProperty("serverText", false);
    m_facts->clear();
    m_openRecord->hide();
    m_status->clear();
    m_fields->setRowCount(0);
    m_body->clear();
}

void AuditEventPanel::open(const AuditEvent &summary)
{
    if (m_call)
        m_call->cancel();
    show(summary);
    if (summary.id().isEmpty())
        return;
    m_status->showInfo(tr("Loading the event…"));
    const QString id = summary.id();
    m_call = m_service->getLogById(id, this, [this, id](const ApiResult<QJsonObject> &result) {
        m_call = nullptr;
        if (!result.ok()) {
            if (!result.error().isCancelled())
                m_status->showError(
                    tr("The event could not be loaded: %1").arg(result.error().message));
            return;
        }
        QString problem;
        const std::optional<AuditEvent> event = auditEventFromLogAnswer(result.value(), &problem);
        if (!event) {
            m_status->showError(tr("The event could not be read: %1").arg(problem));
            return;
        }
        m_status->clear();
        show(*event);
        emit loaded(id);
    });
}

void AuditEventPanel::show(const AuditEvent &event)
{
    m_event = event;
    const QString activity = event.activity().isEmpty()
                                 ? event.serviceName() + QLatin1Char(' ') + event.eventName()
                                 : event.activity();
    m_headline->setText(PlainText::visible(activity));
    // epilot writes the description in English; it is shown as written (tests know it by this).
    m_headline->setProperty("serverText", !event.activity().isEmpty());
    const QString who = event.callerEmail().isEmpty() ? event.callerId() : event.callerEmail();
    QStringList facts;
    facts << tr("When: %1")
                 .arg(QLocale().toString(event.timestamp().toLocalTime(), QLocale::LongFormat));
    facts << tr("Who: %1 (%2)")
                 .arg(PlainText::visible(who, true), PlainText::visible(event.triggerType(), true));
    facts << tr("What: %1 · %2")
                 .arg(PlainText::visible(event.serviceName(), true),
                      PlainText::visible(event.eventName(), true));
    facts << (event.isSuccess() ? tr("Outcome: success (%1)").arg(event.statusCode())
                                : tr("Outcome: failure (%1)").arg(event.statusCode()));
    facts << tr("Request: %1 %2")
                 .arg(PlainText::visible(event.method(), true),
                      PlainText::visible(event.path(), true));
    if (!event.pathParameters().isEmpty())
        facts << tr("Path parameters: %1")
                     .arg(PlainText::visible(compact(event.pathParameters()), true));
    if (!event.query().isEmpty())
        facts << tr("Query: %1").arg(PlainText::visible(compact(event.query()), true));
    if (!event.sourceUrl().isEmpty())
        facts << tr("Record: %1").arg(PlainText::visible(event.sourceUrl(), true));
    m_facts->setText(facts.join(QLatin1Char('\n')));
    const QList<AuditRecord> records = AuditRecord::namedBy(event);
    m_openRecord->setVisible(m_recordLinks && !records.isEmpty());
    if (!records.isEmpty())
        m_openRecord->setText(
            tr("Open %1").arg(PlainText::visible(records.first().describe(), true)));

    const QList<std::pair<QString, QString>> fields = event.changedFields();
    m_fields->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        m_fields->setItem(row, 0,
                          new QTableWidgetItem(PlainText::visible(fields[row].first, true)));
        m_fields->setItem(row, 1,
                          new QTableWidgetItem(PlainText::visible(fields[row].second, true)));
    }
    m_fields->resizeColumnToContents(0);
    // A request without a body is logged as "" or as the JSON literal null.
    const QString detail = event.detail().trimmed();
    m_body->setPlainText(detail.isEmpty() || detail == QLatin1String("null")
                             ? tr("(no body)")
                             : PlainText::visible(event.readableDetail()));
}
