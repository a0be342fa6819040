#include "ui/security/AuditLogPane.h"

#include "controllers/AuditLogExporter.h"
#include "models/AuditLogModel.h"
#include "services/api/AuditLogService.h"
#include "services/session/Session.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"
#include "ui/security/AuditEventPanel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

AuditLogPane::AuditLogPane(Session *session, QWidget *parent)
    : Pane(session, parent), m_api(new AuditLogService(session->client(), this)),
      m_model(new AuditLogModel(m_api, this)), m_exporter(new AuditLogExporter(m_api, this))
{
    auto *layout = new QVBoxLayout(this);
    buildFilters();
    auto *filters = findChild<QWidget *>(QStringLiteral("auditFilters"));
    layout->addWidget(filters);
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view need not measure rows it has not painted (1,000,000 rows).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(AuditLogModel::Time, 150);
    header->resizeSection(AuditLogModel::Person, 190);
    header->resizeSection(AuditLogModel::Service, 110);
    header->resizeSection(AuditLogModel::Event, 150);
    header->resizeSection(AuditLogModel::Method, 60);
    header->resizeSection(AuditLogModel::Outcome, 100);
    header->setStretchLastSection(true);
    auto *state = new EmptyStateOverlay(m_table, tr("No event matches these filters."));
    state->follow(m_model, [this] { reload(); });
    m_details = new AuditEventPanel(m_api, splitter);
    connect(m_details, &AuditEventPanel::recordRequested, this, &AuditLogPane::recordRequested);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_model, &AuditLogModel::totalChanged, this, &AuditLogPane::showCount);
    connect(m_model, &AuditLogModel::errorChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            m_status->clear();
        else
            m_status->showError(tr("Loading failed: %1").arg(message));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPane::openSelected);
    // A selected row whose page arrives later opens then.
    connect(m_model, &AuditLogModel::pageLoaded, this, [this] {
        if (m_details->shownId().isEmpty() && m_table->currentIndex().isValid())
            openSelected();
    });
    connect(m_exporter, &AuditLogExporter::progress, this, [this](int written, int total) {
        m_status->showInfo(tr("Exporting… %1 of %2 events").arg(written).arg(total));
    });
    connect(m_exporter, &AuditLogExporter::finished, this, [this](bool ok, const QString &message) {
        m_export->setEnabled(true);
        if (ok)
            m_status->showPositive(message);
        else
            m_status->showError(message);
        emit exportFinished(ok, message);
    });
    connect(session, &Session::organizationChanged, this, [this] { reload(); });
    connect(session, &Session::ended, this, [this] {
        m_exporter->cancel();
        m_model->clear();
        m_details->clear();
    });
    showCount();
}

void AuditLogPane::buildFilters()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("auditFilters"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);

    m_range = new QComboBox(box);
    m_range->addItem(tr("Any time"), int(Range::AnyTime));
    m_range->addItem(tr("Last 24 hours"), int(Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("From … to …"), int(Range::Custom));
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), box);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime(), box);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
    }
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
    });
    m_service = new QComboBox(box);
    m_service->setEditable(true);
    m_service->addItem(QString());
    for (const char *name :
         {"user", "organization", "partner-directory", "permissions", "access-token", "entity"})
        m_service->addItem(QString::fromLatin1(name));
    m_service->lineEdit()->setPlaceholderText(tr("any service"));
    m_event = new QLineEdit(box);
    m_event->setPlaceholderText(tr("any event, e.g. updateUserV2"));
    m_event->setClearButtonEnabled(true);
    m_person = new QLineEdit(box);
    m_person->setPlaceholderText(tr("anyone (e-mail or user id)"));
    m_person->setClearButtonEnabled(true);
    m_method = new QComboBox(box);
    m_method->addItem(tr("any method"), QString());
    for (const char *method : {"POST", "PUT", "PATCH", "DELETE", "GET"})
        m_method->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    m_outcome = new QComboBox(box);
    m_outcome->addItem(tr("any outcome"), int(AuditQuery::Outcome::Any));
    m_outcome->addItem(tr("succeeded"), int(AuditQuery::Outcome::Success));
    m_outcome->addItem(tr("failed"), int(AuditQuery::Outcome::Failure));

    m_search = new QPushButton(tr("&Search"), box);
    m_search->setDefault(true);
    connect(m_search, &QPushButton::clicked, this, [this] { apply(); });
    for (QLineEdit *edit : {m_event, m_person, m_service->lineEdit()})
        connect(edit, &QLineEdit::returnPressed, this, [this] { apply(); });
    auto *reset = new QPushButton(tr("Reset"), box);
    connect(reset, &QPushButton::clicked, this, &AuditLogPane::resetFilters);
    m_export = new QPushButton(tr("Export…"), box);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("CSV (spreadsheets)…"), this, [this] { exportTo(QStringLiteral("csv")); });
    menu->addAction(tr("JSON (exact)…"), this, [this] { exportTo(QStringLiteral("json")); });
    m_export->setMenu(menu);
    m_count = new QLabel(box);
    m_count->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));

    auto label = [box](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, box);
        label->setBuddy(buddy);
        return label;
    };
    grid->addWidget(label(tr("&Time:"), m_range), 0, 0);
    auto *time = new QHBoxLayout();
    time->addWidget(m_range);
    time->addWidget(m_from);
    time->addWidget(m_to);
    grid->addLayout(time, 0, 1);
    grid->addWidget(label(tr("Ser&vice:"), m_service), 0, 2);
    grid->addWidget(m_service, 0, 3);
    grid->addWidget(label(tr("&Event:"), m_event), 0, 4);
    grid->addWidget(m_event, 0, 5);
    grid->addWidget(label(tr("&Person:"), m_person), 1, 0);
    grid->addWidget(m_person, 1, 1);
    grid->addWidget(label(tr("&Method:"), m_method), 1, 2);
    grid->addWidget(m_method, 1, 3);
    grid->addWidget(label(tr("&Outcome:"), m_outcome), 1, 4);
    grid->addWidget(m_outcome, 1, 5);
    auto *buttons = new QHBoxLayout();
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_search);
    buttons->addWidget(reset);
    buttons->addWidget(m_export);
    grid->addLayout(buttons, 2, 0, 1, 6);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 2);
    for (QWidget *field : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_service),
                           static_cast<QWidget *>(m_event), static_cast<QWidget *>(m_person),
                           static_cast<QWidget *>(m_method)})
        FieldMessage::reserve(field);
}

void AuditLogPane::sessionReady()
{
    apply();
}

void AuditLogPane::reload()
{
    m_details->clear();
    m_model->setQuery(m_model->query());
}

void AuditLogPane::focusSearch()
{
    m_person->setFocus();
}

AuditQuery AuditLogPane::query() const
{
    AuditQuery query;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Range(m_range->currentData().toInt())) {
    case Range::AnyTime:
        break;
    case Range::Last24Hours:
        query.from = now.addDays(-1);
        break;
    case Range::Last7Days:
        query.from = now.addDays(-7);
        break;
    case Range::Last30Days:
        query.from = now.addDays(-30);
        break;
    case Range::Custom:
        query.from = m_from->dateTime().toUTC();
        query.to = m_to->dateTime().toUTC();
        break;
    }
    query.serviceName = m_service->currentText().trimmed();
    query.eventName = m_event->text().trimmed();
    query.person = m_person->text().trimmed();
    query.method = m_method->currentData().toString();
    query.outcome = AuditQuery::Outcome(m_outcome->currentData().toInt());
    return query;
}

bool AuditLogPane::apply()
{
    const AuditQuery query = this->query();
    const QMap<AuditQuery::Field, QString> problems = query.problems();
    bool bad = FieldMessage::report(m_from, problems.value(AuditQuery::TimeRange));
    bad = FieldMessage::report(m_service, problems.value(AuditQuery::Service)) || bad;
    bad = FieldMessage::report(m_event, problems.value(AuditQuery::Event)) || bad;
    bad = FieldMessage::report(m_person, problems.value(AuditQuery::Person)) || bad;
    bad = FieldMessage::report(m_method, problems.value(AuditQuery::Method)) || bad;
    if (bad)
        return false;
    m_details->clear();
    m_model->setQuery(query);
    return true;
}

void AuditLogPane::resetFilters()
{
    m_range->setCurrentIndex(0);
    m_service->setCurrentIndex(0);
    m_service->setEditText(QString());
    m_event->clear();
    m_person->clear();
    m_method->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    FieldMessage::clearAll(this);
    apply();
}

bool AuditLogPane::exportTo(const QString &format)
{
    if (m_exporter->isRunning())
        return false;
    const bool json = format == QLatin1String("json");
    const QString suggested = QStringLiteral("audit-log-%1.%2")
                                  .arg(QDate::currentDate().toString(Qt::ISODate),
                                       json ? QStringLiteral("json") : QStringLiteral("csv"));
    const QString path =
        FileDialogs::saveFile(this, tr("Export the audit log"), suggested,
                              json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    // The list as it is shown: the filters of the last search, not what is typed since.
    m_exporter->setQuery(m_model->query());
    QString error;
    if (!m_exporter->start(
            path, json ? AuditLogExporter::Format::Json : AuditLogExporter::Format::Csv, &error)) {
        m_status->showError(error);
        return false;
    }
    m_export->setEnabled(false);
    m_status->showInfo(tr("Exporting…"));
    return true;
}

void AuditLogPane::showCount()
{
    const int total = m_model->total();
    m_count->setText(total < 0 ? QString() : tr("%n event(s)", nullptr, total));
}

void AuditLogPane::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (const std::optional<AuditEvent> event = m_model->eventAt(current.row()))
        m_details->open(*event);
    else
        m_details->clear();
}
