#include "ui/security/SecurityOverviewPane.h"

#include "controllers/SecurityOverviewLoad.h"
#include "domain/security/PlainText.h"
#include "domain/security/SecurityReport.h"
#include "services/api/AccessTokenService.h"
#include "services/session/Session.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kFindingRole = Qt::UserRole;     // top level: index into findings
constexpr int kSubjectRole = Qt::UserRole + 1; // child: the person's, role's or token's id

QString placeName(SecurityFinding::Place place)
{
    switch (place) {
    case SecurityFinding::Place::Users:
        return SecurityOverviewPane::tr("Open in Users");
    case SecurityFinding::Place::PendingInvitations:
        return SecurityOverviewPane::tr("Open pending invitations");
    case SecurityFinding::Place::Roles:
        return SecurityOverviewPane::tr("Open in Roles");
    case SecurityFinding::Place::PeopleRoles:
        return SecurityOverviewPane::tr("Open People & roles");
    case SecurityFinding::Place::ApiTokens:
        return SecurityOverviewPane::tr("Open in API tokens");
    }
    return {};
}

} // namespace

SecurityOverviewPane::SecurityOverviewPane(Session *session, QWidget *parent)
    : Pane(session, parent), m_tokens(new AccessTokenService(session->client(), this))
{
    m_load = new SecurityOverviewLoad(session->users(), session->permissions(), m_tokens, this);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout();
    m_checked = new QLabel(tr("Not checked yet."), this);
    m_checked->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    bar->addWidget(m_checked, 1);
    m_refresh = new QPushButton(tr("Check again"), this);
    m_refresh->setToolTip(tr("Load the people, roles and tokens again and run every check (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &SecurityOverviewPane::reload);
    bar->addWidget(m_refresh);
    m_export = new QToolButton(this);
    m_export->setText(tr("Export report"));
    m_export->setToolTip(tr("Keep the outcome as a dated report"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("As CSV…"), this, [this] { chooseExport(QStringLiteral("csv")); });
    menu->addAction(tr("As PDF…"), this, [this] { chooseExport(QStringLiteral("pdf")); });
    m_export->setMenu(menu);
    m_export->setEnabled(false);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_status = new MessageWidget(MessageWidget::Style::Banner, this);
    layout->addWidget(m_status);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("securityFindings"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Finding"), tr("Detail")});
    m_tree->setAccessibleName(tr("Security findings"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(FindingColumn, 520);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SecurityOverviewPane::showSelection);
    connect(m_tree, &QTreeWidget::itemActivated, this, &SecurityOverviewPane::openItem);
    layout->addWidget(m_tree, 1);

    auto *footer = new QHBoxLayout();
    m_advice = new QLabel(tr("Choose a finding to see what to do about it."), this);
    m_advice->setTextFormat(Qt::PlainText);
    m_advice->setWordWrap(true);
    footer->addWidget(m_advice, 1);
    m_open = new QPushButton(tr("Open in Users"), this);
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &SecurityOverviewPane::openSelected);
    footer->addWidget(m_open, 0, Qt::AlignBottom);
    layout->addLayout(footer);

    connect(m_load, &SecurityOverviewLoad::finished, this, &SecurityOverviewPane::showFindings);
    connect(m_load, &SecurityOverviewLoad::failed, this, &SecurityOverviewPane::showFailure);
    connect(session, &Session::organizationChanged, this, [this] { reload(); });
}

void SecurityOverviewPane::sessionReady()
{
    reload();
}

bool SecurityOverviewPane::isLoading() const
{
    return m_load->isRunning();
}

void SecurityOverviewPane::reload()
{
    m_status->showInfo(tr("Checking the organization's people, roles and API tokens…"));
    m_refresh->setEnabled(false);
    m_load->start(session()->organizationId());
}

void SecurityOverviewPane::showFailure(const QString &message)
{
    m_refresh->setEnabled(true);
    // The findings of the last check stay, marked as such.
    m_status->showError(m_findings.isEmpty()
                            ? tr("The check could not run: %1").arg(message)
                            : tr("The check could not run again: %1. The findings shown are "
                                 "from %2.")
                                  .arg(message, QLocale().toString(m_checkedAt.toLocalTime(),
                                                                   QLocale::ShortFormat)));
}

void SecurityOverviewPane::showFindings(const QList<SecurityFinding> &findings,
                                        const QDateTime &checkedAt)
{
    m_refresh->setEnabled(true);
    m_status->clear();
    const int selected = m_tree->currentItem() && !m_tree->currentItem()->parent()
                             ? m_tree->indexOfTopLevelItem(m_tree->currentItem())
                             : -1;
    m_findings = findings;
    m_checkedAt = checkedAt;
    int open = 0;
    for (const SecurityFinding &finding : findings)
        open += finding.passed() ? 0 : 1;
    m_checked->setText(tr("Checked %1: %2 of %3 checks need a look.")
                           .arg(QLocale().toString(checkedAt.toLocalTime(), QLocale::ShortFormat))
                           .arg(open)
                           .arg(findings.size()));
    m_tree->clear();
    for (int index = 0; index < findings.size(); ++index) {
        const SecurityFinding &finding = findings.at(index);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(FindingColumn, kFindingRole, index);
        QFont font = item->font(FindingColumn);
        font.setBold(!finding.passed());
        item->setFont(FindingColumn, font);
        if (!finding.notChecked.isEmpty()) {
            item->setText(FindingColumn, finding.checkName());
            item->setText(DetailColumn, PlainText::visible(finding.notChecked, true));
            item->setForeground(DetailColumn, Theme::color(Theme::Color::ErrorText));
        } else if (finding.passed()) {
            item->setText(FindingColumn, QStringLiteral("✓ ") + finding.title());
            item->setForeground(FindingColumn, Theme::color(Theme::Color::SuccessText));
        } else {
            item->setText(FindingColumn, QStringLiteral("⚠ ") + finding.title());
            item->setForeground(FindingColumn, Theme::color(Theme::Color::WarningText));
        }
        for (const SecurityFinding::Subject &subject : finding.subjects) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(FindingColumn, PlainText::visible(subject.label, true));
            child->setText(DetailColumn, PlainText::visible(subject.detail, true));
            child->setData(FindingColumn, kSubjectRole, subject.id);
            child->setToolTip(FindingColumn, tr("Double-click to open"));
        }
        // A short list is read at a glance; a long one (22 people) waits to be opened.
        item->setExpanded(finding.subjects.size() <= 5);
    }
    if (selected >= 0 && selected < m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(selected));
    m_export->setEnabled(true);
    showSelection();
    emit loaded();
}

const SecurityFinding *SecurityOverviewPane::findingOf(const QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const QTreeWidgetItem *top = item->parent() ? item->parent() : item;
    const int index = top->data(FindingColumn, kFindingRole).toInt();
    return index >= 0 && index < m_findings.size() ? &m_findings.at(index) : nullptr;
}

void SecurityOverviewPane::showSelection()
{
    const SecurityFinding *finding = findingOf(m_tree->currentItem());
    if (!finding) {
        m_advice->setText(tr("Choose a finding to see what to do about it."));
        m_open->setEnabled(false);
        return;
    }
    m_advice->setText(finding->advice());
    m_open->setText(placeName(finding->place()));
    m_open->setEnabled(true);
}

void SecurityOverviewPane::openSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const SecurityFinding *finding = findingOf(item);
    if (!finding)
        return;
    const QString subject =
        item->parent() ? item->data(FindingColumn, kSubjectRole).toString() : QString();
    emit openRequested(finding->place(), subject);
}

void SecurityOverviewPane::openItem(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return; // a finding's own row opens and closes its list
    m_tree->setCurrentItem(item);
    openSelected();
}

void SecurityOverviewPane::chooseExport(const QString &suffix)
{
    const SecurityReport report(m_findings, m_checkedAt, session()->organizationId());
    const QString path = FileDialogs::saveFile(
        this, tr("Export security report"), report.fileName(suffix),
        suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportReport(path, &error))
        m_status->showPositive(tr("Report written to %1.").arg(QFileInfo(path).fileName()));
    else
        m_status->showError(tr("The report could not be written: %1").arg(error));
}

bool SecurityOverviewPane::exportReport(const QString &path, QString *error)
{
    if (m_findings.isEmpty()) {
        *error = tr("Nothing checked yet.");
        return false;
    }
    const SecurityReport report(m_findings, m_checkedAt, session()->organizationId());
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QFile::remove(path); // the size check below is then about this report, not an old file
        QPdfWriter writer(path);
        writer.setTitle(tr("Security overview"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(report.html());
        document.print(&writer);
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
            *error = tr("%1 could not be written.").arg(path);
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.csv()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
