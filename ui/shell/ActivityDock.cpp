#include "ui/shell/ActivityDock.h"

#include "models/ActivityLogModel.h"
#include "services/network/ApiClient.h"
#include "ui/common/Icons.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Failed requests in the theme's error colour (a clear red, lighter on a dark palette).
class FailedRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ActivityLogModel::FailedRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     Theme::color(Theme::Color::ErrorText, option->palette));
    }
};

// Keeps every row whose text matches, and only failed ones when asked.
class ActivityFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool failedOnly = false;
    QString text;
    void refresh() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (failedOnly && !first.data(ActivityLogModel::FailedRole).toBool())
            return false;
        if (text.isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(); ++column) {
            if (sourceModel()
                    ->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

} // namespace

ActivityDock::ActivityDock(QWidget *parent)
    : QDockWidget(parent), m_model(new ActivityLogModel(this)), m_filter(new ActivityFilter(this)),
      m_view(new QTableView), m_search(new QLineEdit), m_failedOnly(new QCheckBox),
      m_summary(new QLabel), m_copy(new QToolButton), m_clear(new QToolButton)
{
    setObjectName(QStringLiteral("activityDock"));
    m_filter->setSourceModel(m_model);

    m_view->setModel(m_filter);
    m_view->setItemDelegate(new FailedRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ActivityLogModel::Url, QHeaderView::Stretch);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(ActivityLogModel::Time, digit * 14);
    m_view->setColumnWidth(ActivityLogModel::Method, digit * 9);
    m_view->setColumnWidth(ActivityLogModel::Status, digit * 10);
    m_view->setColumnWidth(ActivityLogModel::Duration, digit * 10);
    m_view->setColumnWidth(ActivityLogModel::Size, digit * 10);
    m_view->setColumnWidth(ActivityLogModel::Error, digit * 34);

    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(320);
    connect(m_search, &QLineEdit::textChanged, this, &ActivityDock::applyFilter);
    connect(m_failedOnly, &QCheckBox::toggled, this, &ActivityDock::applyFilter);

    m_copy->setIcon(Icons::get(QStringLiteral("copy")));
    m_copy->setAutoRaise(true);
    connect(m_copy, &QToolButton::clicked, this, &ActivityDock::copyToClipboard);
    m_clear->setIcon(Icons::get(QStringLiteral("clear")));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, m_model, &ActivityLogModel::clear);

    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_search);
    bar->addWidget(m_failedOnly);
    bar->addStretch();
    bar->addWidget(m_summary);
    bar->addWidget(m_copy);
    bar->addWidget(m_clear);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);

    // Follow new rows while the view is scrolled to the end, as a log view does.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *scroll = m_view->verticalScrollBar();
        if (scroll->value() >=
            scroll->maximum() - 2 * m_view->verticalHeader()->defaultSectionSize())
            m_view->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityDock::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActivityDock::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityDock::updateSummary);
    // The count of failures changes after the row arrives.
    connect(m_model, &ActivityLogModel::failedCountChanged, this, &ActivityDock::updateSummary);
    retranslate();
}

void ActivityDock::retranslate()
{
    setWindowTitle(tr("Activity"));
    m_failedOnly->setText(tr("Failed only"));
    m_search->setPlaceholderText(tr("Filter by URL, status or error"));
    m_copy->setToolTip(tr("Copy the log as text"));
    m_clear->setToolTip(tr("Clear the log"));
    // The model words its column names when asked: the header only needs to ask again.
    emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    updateSummary();
}

void ActivityDock::follow(ApiClient *client)
{
    connect(client, &ApiClient::activity, this, &ActivityDock::append);
}

void ActivityDock::append(const ActivityEntry &entry)
{
    m_model->append(entry);
}

QString ActivityDock::text() const
{
    return m_model->toText();
}

void ActivityDock::updateSummary()
{
    const int total = m_model->rowCount();
    const int failed = m_model->failedCount();
    if (total == 0)
        m_summary->setText(tr("No requests yet"));
    else if (total == 1)
        m_summary->setText(failed == 0 ? tr("1 request") : tr("1 request, failed"));
    else if (failed == 0)
        m_summary->setText(tr("%1 requests").arg(total));
    else
        m_summary->setText(tr("%1 requests, %2 failed").arg(total).arg(failed));
}

void ActivityDock::applyFilter()
{
    auto *filter = static_cast<ActivityFilter *>(m_filter);
    filter->failedOnly = m_failedOnly->isChecked();
    filter->text = m_search->text().trimmed();
    filter->refresh();
}

void ActivityDock::copyToClipboard()
{
    QApplication::clipboard()->setText(text());
}
