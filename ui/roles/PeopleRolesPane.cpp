#include "ui/roles/PeopleRolesPane.h"

#include "controllers/PeopleRolesLoad.h"
#include "controllers/PersonRoleBatch.h"
#include "models/PeopleRolesModel.h"
#include "services/session/Session.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QAction>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The matrix with pending cells tinted and failed ones marked (colours live in ui/, not models/).
class StyledPeopleRolesModel : public PeopleRolesModel
{
public:
    using PeopleRolesModel::PeopleRolesModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole && index.column() >= FirstRoleColumn) {
            if (!PeopleRolesModel::data(index, FailureRole).toString().isEmpty())
                return Theme::color(Theme::Color::ErrorBackground);
            if (PeopleRolesModel::data(index, PendingRole).toBool())
                return Theme::color(Theme::Color::Highlight);
            return {};
        }
        if (role == Qt::ForegroundRole && index.column() == StatusColumn &&
            !PeopleRolesModel::data(index, ActiveRole).toBool())
            return Theme::color(Theme::Color::MutedText);
        return PeopleRolesModel::data(index, role);
    }
};

} // namespace

PeopleRolesPane::PeopleRolesPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    m_model = new StyledPeopleRolesModel(this);
    m_load = new PeopleRolesLoad(session->users(), session->permissions(), this);
    m_batch = new PersonRoleBatch(session->permissions(), this);

    m_status = new MessageWidget(MessageWidget::Style::Inline);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("peopleRolesMatrix"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    // Fixed row heights and column widths: nothing is measured over 10,000 rows.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_state = new EmptyStateOverlay(m_view, tr("No people match the search and filters."));
    m_state->follow(m_model, [this] { reload(); });

    auto *toggleAction = new QAction(tr("Assign or remove the role"), m_view);
    toggleAction->setShortcut(Qt::Key_Space);
    toggleAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(toggleAction);
    connect(toggleAction, &QAction::triggered, this, [this] { toggle(m_view->currentIndex()); });
    connect(m_view, &QTableView::clicked, this, &PeopleRolesPane::toggle);

    auto *hint = new QLabel(tr("Click a cell to assign or remove a role; nothing changes on the "
                               "server until you apply."));
    hint->setWordWrap(true);
    auto *matrixBox = new QVBoxLayout;
    matrixBox->setContentsMargins(0, 0, 0, 0);
    matrixBox->addWidget(hint);
    matrixBox->addWidget(m_view, 1);
    auto *matrix = new QWidget;
    matrix->setLayout(matrixBox);

    auto *split = new QSplitter;
    split->addWidget(matrix);
    split->addWidget(buildSide());
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_load, &PeopleRolesLoad::finished, this, &PeopleRolesPane::showLoaded);
    connect(m_load, &PeopleRolesLoad::failed, this, &PeopleRolesPane::showLoadFailure);
    connect(m_batch, &PersonRoleBatch::finished, this, &PeopleRolesPane::showOutcomes);
    connect(m_model, &PeopleRolesModel::pendingChanged, this, &PeopleRolesPane::refreshPending);
    connect(session, &Session::organizationChanged, this, &PeopleRolesPane::reload);
    refreshPending();
}

QWidget *PeopleRolesPane::buildFilters()
{
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search people by name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_roleFilter = new QComboBox;
    m_roleFilter->addItem(tr("All roles"), QString());
    m_roleFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupFilter = new QComboBox;
    m_groupFilter->addItem(tr("All groups"), QString());
    m_groupFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter = new QComboBox;
    m_statusFilter->addItem(tr("Every status"), int(PeopleRolesModel::StatusFilter::All));
    m_statusFilter->addItem(tr("Active"), int(PeopleRolesModel::StatusFilter::Active));
    m_statusFilter->addItem(tr("Pending"), int(PeopleRolesModel::StatusFilter::Pending));
    m_statusFilter->addItem(tr("Deactivated"), int(PeopleRolesModel::StatusFilter::Deactivated));
    auto *reloadButton = new QPushButton(tr("Reload"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 1);
    row->addWidget(new QLabel(tr("Role:")));
    row->addWidget(m_roleFilter);
    row->addWidget(new QLabel(tr("Group:")));
    row->addWidget(m_groupFilter);
    row->addWidget(new QLabel(tr("Status:")));
    row->addWidget(m_statusFilter);
    row->addWidget(reloadButton);
    auto *filters = new QWidget;
    filters->setLayout(row);

    connect(m_search, &QLineEdit::textChanged, m_model, &PeopleRolesModel::setSearch);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRoleFilter(m_roleFilter->currentData().toString()); });
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setGroupFilter(m_groupFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(
            PeopleRolesModel::StatusFilter(m_statusFilter->currentData().toInt()));
    });
    connect(reloadButton, &QPushButton::clicked, this, &PeopleRolesPane::reload);
    return filters;
}

QWidget *PeopleRolesPane::buildSide()
{
    m_pendingTitle = new QLabel;
    m_pending = new QListWidget;
    m_pending->setWordWrap(true);
    m_results = new QListWidget;
    m_results->setWordWrap(true);
    m_apply = new QPushButton(tr("Apply changes"));
    m_discard = new QPushButton(tr("Discard"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_apply);
    auto *box = new QVBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_pendingTitle);
    box->addWidget(m_pending, 1);
    box->addLayout(buttons);
    box->addWidget(new QLabel(tr("<b>Last result</b>")));
    box->addWidget(m_results, 1);
    auto *side = new QWidget;
    side->setLayout(box);
    connect(m_apply, &QPushButton::clicked, this, &PeopleRolesPane::save);
    connect(m_discard, &QPushButton::clicked, this, &PeopleRolesPane::discard);
    return side;
}

// ---- loading ------------------------------------------------------------------------------

void PeopleRolesPane::sessionReady()
{
    reload(); // once per session, also when the page is built after sign-in
}

void PeopleRolesPane::reload()
{
    m_status->showInfo(tr("Loading people and roles…"));
    m_model->setLoading(true);
    m_preparing = 0; // rows still being built from an older answer are not shown
    m_load->start();
}

bool PeopleRolesPane::isLoading() const
{
    return m_load->isRunning() || m_preparing != 0;
}

void PeopleRolesPane::showLoaded(const PeopleRolesSnapshot &snapshot)
{
    const quint64 generation = ++m_prepared;
    m_preparing = generation;
    using Prepared = PeopleRolesModel::Prepared;
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_preparing)
            return; // a newer answer is being built
        m_preparing = 0;
        showPrepared(watcher->future().takeResult());
    });
    watcher->setFuture(
        QtConcurrent::run([snapshot] { return PeopleRolesModel::prepare(snapshot); }));
}

void PeopleRolesPane::showPrepared(PeopleRolesModel::Prepared prepared)
{
    // Pending changes survive a reload (nothing typed is lost); after an Apply, the failed ones
    // keep their reason.
    QList<RoleChangeOutcome> keep = m_failed;
    if (!m_saving) {
        for (const RoleChange &change : m_model->pendingChanges())
            keep.append({change, false, m_model->failureOf(change.userId, change.roleId)});
    }
    m_model->setServerState(std::move(prepared), keep);
    fillFilters();
    const int widest = fontMetrics().averageCharWidth() * 24;
    m_view->setColumnWidth(PeopleRolesModel::PersonColumn, widest);
    m_view->setColumnWidth(PeopleRolesModel::StatusColumn, fontMetrics().averageCharWidth() * 14);
    for (int role = 0; role < m_model->roleCount(); ++role) {
        const QString name =
            m_model->headerData(PeopleRolesModel::FirstRoleColumn + role, Qt::Horizontal)
                .toString();
        m_view->setColumnWidth(PeopleRolesModel::FirstRoleColumn + role,
                               qBound(64, fontMetrics().horizontalAdvance(name) + 24, 180));
    }
    m_status->showInfo(tr("%n person(s), %1 role(s) to assign.", nullptr, m_model->peopleCount())
                           .arg(m_model->roleCount()));
    if (m_saving) {
        const bool saved = m_failed.isEmpty();
        m_saving = false;
        updateActions();
        if (!saved)
            m_status->showError(tr("%n change(s) could not be applied; they stay pending.", nullptr,
                                   int(m_failed.size())));
        else
            m_status->showPositive(tr("All changes applied; the matrix shows the server's roles."));
        m_failed.clear();
        reportSaved(saved);
        emit applied();
    }
    emit loaded();
}

void PeopleRolesPane::showLoadFailure(const QString &message)
{
    m_preparing = 0;
    m_model->loadFailed(message);
    m_status->showError(message);
    if (m_saving) { // applied, but the server's state could not be read again
        m_saving = false;
        const bool saved = m_failed.isEmpty();
        m_failed.clear();
        updateActions();
        reportSaved(saved);
        emit applied();
    }
    emit loaded();
}

void PeopleRolesPane::fillFilters()
{
    const QString role = m_roleFilter->currentData().toString();
    const QString group = m_groupFilter->currentData().toString();
    const QSignalBlocker roleBlocker(m_roleFilter), groupBlocker(m_groupFilter);
    m_roleFilter->clear();
    m_roleFilter->addItem(tr("All roles"), QString());
    for (int index = 0; index < m_model->roleCount(); ++index) {
        const PermissionRole &column = m_model->roleAt(index);
        m_roleFilter->addItem(column.name().isEmpty() ? column.id() : column.name(), column.id());
    }
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("All groups"), QString());
    for (const auto &[id, name] : m_model->groups())
        m_groupFilter->addItem(name, id);
    m_roleFilter->setCurrentIndex(qMax(0, m_roleFilter->findData(role)));
    m_groupFilter->setCurrentIndex(qMax(0, m_groupFilter->findData(group)));
    // A filter whose role or group is gone shows everyone again.
    m_model->setRoleFilter(m_roleFilter->currentData().toString());
    m_model->setGroupFilter(m_groupFilter->currentData().toString());
}

// ---- pending changes and applying them ------------------------------------------------------

void PeopleRolesPane::toggle(const QModelIndex &index)
{
    if (m_readOnly || m_saving || !index.isValid())
        return;
    m_model->toggle(index);
}

QModelIndex PeopleRolesPane::cellOf(const QString &userId, const QString &roleId) const
{
    int column = -1;
    for (int role = 0; role < m_model->roleCount(); ++role) {
        if (m_model->roleAt(role).id() == roleId)
            column = PeopleRolesModel::FirstRoleColumn + role;
    }
    for (int row = 0; column >= 0 && row < m_model->rowCount(); ++row) {
        if (m_model->userIdAt(row) == userId)
            return m_model->index(row, column);
    }
    return {};
}

void PeopleRolesPane::refreshPending()
{
    const QList<RoleChange> changes = m_model->pendingChanges();
    m_pendingTitle->setText(tr("<b>Pending changes</b> (%n)", nullptr, int(changes.size())));
    m_pending->clear();
    // The list stays short to build even when many cells were clicked; the count says the rest.
    constexpr int kListed = 500;
    for (qsizetype index = 0; index < changes.size() && index < kListed; ++index) {
        const RoleChange &change = changes.at(index);
        auto *item = new QListWidgetItem(change.describe(), m_pending);
        item->setData(Qt::UserRole, change.userId);
        item->setData(Qt::UserRole + 1, change.roleId);
        if (const QString failure = m_model->failureOf(change.userId, change.roleId);
            !failure.isEmpty()) {
            item->setText(tr("%1 — failed: %2").arg(change.describe(), failure));
            item->setForeground(Theme::color(Theme::Color::ErrorText));
        }
    }
    updateActions();
}

void PeopleRolesPane::updateActions()
{
    const bool any = m_model->hasPendingChanges();
    m_apply->setEnabled(any && !m_saving && !m_readOnly);
    m_discard->setEnabled(any && !m_saving);
}

bool PeopleRolesPane::hasUnsavedChanges() const
{
    return m_model->hasPendingChanges();
}

void PeopleRolesPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void PeopleRolesPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PeopleRolesPane::save()
{
    if (m_saving)
        return; // its outcome comes when the running Apply ends
    if (!m_model->hasPendingChanges() || m_readOnly) {
        reportSaved(!m_model->hasPendingChanges());
        return;
    }
    m_saving = true;
    m_failed.clear();
    updateActions();
    m_results->clear();
    m_status->showInfo(
        tr("Applying %n change(s)…", nullptr, int(m_model->pendingChanges().size())));
    m_batch->run(m_model->pendingChanges());
}

void PeopleRolesPane::showOutcomes()
{
    const QList<RoleChangeOutcome> outcomes = m_batch->outcomes();
    m_results->clear();
    for (const QString &userId : m_batch->people()) {
        QList<RoleChangeOutcome> mine;
        for (const RoleChangeOutcome &outcome : outcomes) {
            if (outcome.change.userId == userId)
                mine.append(outcome);
        }
        if (mine.isEmpty())
            continue;
        int done = 0;
        for (const RoleChangeOutcome &outcome : mine)
            done += outcome.ok ? 1 : 0;
        auto *person =
            new QListWidgetItem(tr("%1: %2 of %n change(s) applied", nullptr, int(mine.size()))
                                    .arg(mine.first().change.userLabel)
                                    .arg(done),
                                m_results);
        QFont bold = person->font();
        bold.setBold(true);
        person->setFont(bold);
        person->setData(Qt::UserRole, userId);
        for (const RoleChangeOutcome &outcome : mine) {
            auto *cell = new QListWidgetItem(
                outcome.ok ? tr("  ✓ %1").arg(outcome.change.describe())
                           : tr("  ✗ %1 — %2").arg(outcome.change.describe(), outcome.message),
                m_results);
            cell->setData(Qt::UserRole, userId);
            cell->setData(Qt::UserRole + 1, outcome.change.roleId);
            cell->setForeground(
                Theme::color(outcome.ok ? Theme::Color::SuccessText : Theme::Color::ErrorText));
        }
    }
    m_failed = m_batch->failures();
    m_model->markApplied(outcomes);
    // Then what the server holds now, failed cells staying pending with their reason.
    reload();
}

void PeopleRolesPane::discard()
{
    m_model->discardChanges();
    m_results->clear();
}
