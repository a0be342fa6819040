#include "ui/partners/grants/RoleFindingsView.h"

#include "ui/common/MessageWidget.h"
#include "ui/partners/grants/GrantStyle.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RoleFindingsView::RoleFindingsView(QWidget *parent) : QWidget(parent)
{
    m_summary = new MessageWidget(MessageWidget::Style::Inline);
    m_view = new QTreeWidget;
    m_view->setColumnCount(3);
    m_view->setHeaderLabels({tr("Finding"), tr("Grant"), QString()});
    m_view->setRootIsDecorated(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Three rows with their fix buttons stay in view however small the editor gets.
    const int row =
        QPushButton(tr("Fix: add %1").arg(QStringLiteral("entity-view"))).sizeHint().height();
    m_view->setMinimumHeight(m_view->header()->sizeHint().height() + 3 * row +
                             2 * m_view->frameWidth());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || m_filling)
            return;
        GrantPath path;
        for (const QVariant &step : item->data(0, Qt::UserRole).toList())
            path << step.toInt();
        if (!path.isEmpty())
            emit findingChosen(path);
    });
}

void RoleFindingsView::showFindings(const QList<GrantFinding> &findings, bool fixable)
{
    m_filling = true;
    m_view->clear();
    QWidget *tabBefore = m_view; // Tab reaches the fix buttons right after the list
    for (const GrantFinding &finding : findings) {
        QTreeWidgetItem *item = addRow(finding);
        if (!finding.fixDependency || !fixable)
            continue;
        auto *fix = new QPushButton(tr("Fix: add %1").arg(finding.fixDependency->action()));
        fix->setObjectName(QStringLiteral("fix-%1").arg(m_view->topLevelItemCount() - 1));
        connect(fix, &QPushButton::clicked, this, [this, finding] { emit fixRequested(finding); });
        // The row as tall and the column as wide as the button, so it is never cut off.
        item->setSizeHint(2, fix->sizeHint());
        m_view->setItemWidget(item, 2, fix);
        QWidget::setTabOrder(tabBefore, fix);
        tabBefore = fix;
    }
    m_filling = false;
    showSummary(findings);
}

QTreeWidgetItem *RoleFindingsView::addRow(const GrantFinding &finding)
{
    auto *item = new QTreeWidgetItem(m_view);
    item->setIcon(0, GrantStyle::severityIcon(finding.severity));
    item->setText(0, finding.message);
    item->setToolTip(0, GrantFinding::severityLabel(finding.severity) + QStringLiteral(": ") +
                            finding.message);
    item->setText(1, finding.path.isEmpty()     ? tr("role")
                     : finding.path.size() == 1 ? tr("grant %1").arg(finding.path.first() + 1)
                                                : tr("grant %1, dependency %2")
                                                      .arg(finding.path.first() + 1)
                                                      .arg(finding.path.last() + 1));
    QVariantList path;
    for (int step : finding.path)
        path << step;
    item->setData(0, Qt::UserRole, path);
    item->setData(1, Qt::UserRole, finding.code);
    return item;
}

void RoleFindingsView::showSummary(const QList<GrantFinding> &findings)
{
    int errors = 0, warnings = 0, suggestions = 0;
    for (const GrantFinding &finding : findings) {
        switch (finding.severity) {
        case GrantFinding::Severity::Error:
            ++errors;
            break;
        case GrantFinding::Severity::Warning:
            ++warnings;
            break;
        case GrantFinding::Severity::Suggestion:
            ++suggestions;
            break;
        }
    }
    if (findings.isEmpty()) {
        m_summary->showInfo(tr("No findings."));
        return;
    }
    const QString text = tr("%1 error(s) — block saving; %2 warning(s) — need confirmation when "
                            "saving; %3 suggestion(s).")
                             .arg(errors)
                             .arg(warnings)
                             .arg(suggestions);
    const auto level = errors > 0     ? MessageWidget::Level::Error
                       : warnings > 0 ? MessageWidget::Level::Warning
                                      : MessageWidget::Level::Info;
    m_summary->showMessage(level, text);
}

void RoleFindingsView::showError(const QString &message)
{
    m_summary->showError(message);
}
