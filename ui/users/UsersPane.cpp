#include "ui/users/UsersPane.h"

#include "controllers/SearchDebouncer.h"
#include "models/OrganizationRoles.h"
#include "models/UserMemberships.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"
#include "ui/users/InviteDialog.h"
#include "ui/users/OrganizationPicker.h"
#include "ui/users/PendingInvitationsDialog.h"
#include "ui/users/UserDelegates.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UserExportDialog.h"
#include "ui/users/UserExportProgress.h"
#include "ui/users/UserTableColumns.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

UsersPane::UsersPane(Session *session, QWidget *parent)
    : Pane(session, parent), m_model(new UserListModel(session->users(), this)),
      m_debouncer(new SearchDebouncer(this)),
      m_memberships(new UserMemberships(session->users(), this)),
      m_roleCatalog(new OrganizationRoles(session->permissions(), this))
{
    connect(m_roleCatalog, &OrganizationRoles::loaded, this,
            [this] { m_memberships->setRoleCatalog(m_roleCatalog->catalog()); });
    buildUi();
    connect(m_debouncer, &SearchDebouncer::searchRequested, m_model, &UserListModel::setQuery);
    connect(m_debouncer, &SearchDebouncer::searchRequested, this, &UsersPane::loadMemberships);
    connect(m_model, &UserListModel::errorChanged, this, &UsersPane::updateStatusLine);
    connect(m_model, &UserListModel::errorChanged, this, [this](const QString &message) {
        if (!message.isEmpty()) // a failed first page does not hold the lookup back
            loadWaitingOrganizations();
    });
    connect(m_model, &UserListModel::loadingChanged, this, &UsersPane::updateStatusLine);
    connect(m_model, &UserListModel::stateChanged, this, &UsersPane::updateStatusLine);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPane::updateStatusLine);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::updateStatusLine);
    // A reset clears the selection without a selectionChanged: the details follow here.
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::dropDetailsOfHiddenUser);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UsersPane::dropDetailsOfHiddenUser);
    connect(m_model, &UserListModel::pageLoaded, this, [this] {
        loadWaitingOrganizations();
        if (m_pendingSelection.isEmpty())
            return;
        const int row = m_model->indexOfUser(m_pendingSelection);
        if (row >= 0) {
            m_pendingSelection.clear();
            m_table->selectRow(row);
        }
    });
    connect(session, &Session::organizationChanged, this, [this] {
        m_model->clear(); // the other organization's rows must not stay while this one loads
        reload();
        loadOrganizationsAfterFirstPage();
    });
    // Load once someone is signed in; asking before would only earn a 401.
    m_model->setActive(session->isActive() && !session->userId().isEmpty());
    if (m_model->isActive())
        loadMemberships();
    connect(session, &Session::meChanged, this, [this] {
        m_model->setActive(true);
        loadMemberships();
        loadOrganizationsAfterFirstPage();
    });
    connect(session, &Session::ended, this, [this] { m_model->setActive(false); });
    connect(session, &Session::readOnlyChanged, this, &UsersPane::setReadOnly);
    loadOrganizationsAfterFirstPage();
    setReadOnly(session->isReadOnly());
}

void UsersPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout();
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    connect(m_search, &QLineEdit::textEdited, m_debouncer, &SearchDebouncer::setText);
    connect(m_search, &QLineEdit::returnPressed, m_debouncer, &SearchDebouncer::flush);
    bar->addWidget(m_search, 2);

    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"), int(UserListModel::StatusFilter::All));
    m_status->addItem(tr("Active"), int(UserListModel::StatusFilter::Active));
    m_status->addItem(tr("Pending"), int(UserListModel::StatusFilter::Pending));
    m_status->addItem(tr("Deactivated"), int(UserListModel::StatusFilter::Deactivated));
    m_status->setToolTip(tr("Show users with this status"));
    connect(m_status, &QComboBox::activated, this, [this] {
        m_model->setStatusFilter(UserListModel::StatusFilter(m_status->currentData().toInt()));
    });
    bar->addWidget(m_status);

    m_organization = new OrganizationPicker(session(), this);
    connect(m_organization, &OrganizationPicker::chosen, this,
            [this](const QStringList &organizationIds) {
                m_model->setOrganizations(organizationIds);
                loadMemberships();
            });
    bar->addWidget(m_organization->label());
    bar->addWidget(m_organization);
    bar->addStretch(1);

    m_invite = new QPushButton(tr("Invite…"), this);
    m_invite->setToolTip(tr("Invite people by e-mail (Ctrl+N)"));
    connect(m_invite, &QPushButton::clicked, this, &UsersPane::openInvitations);
    m_pending = new QPushButton(tr("Pending invitations"), this);
    connect(m_pending, &QPushButton::clicked, this, &UsersPane::openPendingInvitations);
    m_export = new QToolButton(this);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the listed users as CSV or JSON"));
    connect(m_export, &QToolButton::clicked, this, &UsersPane::openExport);
    bar->addWidget(m_invite);
    bar->addWidget(m_pending);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    auto *actions = new QHBoxLayout();
    m_count = new QLabel(this);
    actions->addWidget(m_count, 1);
    // Made in the order they stand in: the focus chain follows creation.
    m_roles = new QToolButton(this);
    m_roles->setText(tr("Roles"));
    m_roles->setToolTip(tr("Add a role to the selected people, or remove one from them"));
    m_roles->setPopupMode(QToolButton::InstantPopup);
    auto *rolesMenu = new QMenu(m_roles);
    rolesMenu->addAction(tr("Add a role…"), this,
                         [this] { openRoleAction(UserBatchAction::Kind::AddRole); });
    rolesMenu->addAction(tr("Remove a role…"), this,
                         [this] { openRoleAction(UserBatchAction::Kind::RemoveRole); });
    m_roles->setMenu(rolesMenu);
    m_resend = new QPushButton(tr("Resend invitation"), this);
    m_reset = new QPushButton(tr("Send password reset"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    connect(m_resend, &QPushButton::clicked, this,
            [this] { runAction(UserBatchAction::Kind::ResendInvitation); });
    connect(m_reset, &QPushButton::clicked, this,
            [this] { runAction(UserBatchAction::Kind::PasswordReset); });
    connect(m_delete, &QPushButton::clicked, this, &UsersPane::deleteSelection);
    actions->addWidget(m_roles);
    actions->addWidget(m_resend);
    actions->addWidget(m_reset);
    actions->addWidget(m_delete);
    layout->addLayout(actions);

    m_errorBar = new MessageWidget(MessageWidget::Style::Banner, this);
    m_retry = new QAction(tr("Retry"), m_errorBar);
    m_retry->setObjectName(QStringLiteral("retry"));
    connect(m_retry, &QAction::triggered, m_model, &UserListModel::retry);
    layout->addWidget(m_errorBar);

    m_splitter = new QSplitter(this);
    m_table = new QTableView(m_splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // No sort until someone clicks a header: the server's order is the natural one.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(UserListModel::Avatar, new AvatarDelegate(m_table));
    m_table->setItemDelegateForColumn(UserListModel::Status, new StatusBadgeDelegate(m_table));
    // An empty list says why; a failure has the error bar above with its Retry.
    auto *state = new EmptyStateOverlay(
        m_table, tr("No users match. Change the search or the status shown, or invite people."),
        tr("Invite…"), [this] { openInvitations(); });
    state->follow(m_model);
    m_columns = new UserTableColumns(m_table, QStringLiteral("users/tableHeader"), this);
    m_model->setMemberships(m_memberships);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPane::onSelectionChanged);
    m_details = new UserDetailPanel(session(), m_splitter);
    connect(m_details, &UserDetailPanel::userSaved, m_model, &UserListModel::updateUser);
    connect(m_details, &UserDetailPanel::groupActivated, this, &UsersPane::groupRequested);
    connect(m_details, &UserDetailPanel::rolesSaved, m_memberships, &UserMemberships::setUserRoles);
    connect(m_details->editor(), &UserEditor::edited, this, &UsersPane::updateActions);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    // The list gets the room (two thirds, as the window grows too); the details a column of
    // their own, which can be narrowed or collapsed (drag the handle to the edge) and grows back
    // by dragging. Where the person leaves the handle is remembered.
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({6700, 3300}); // shared in proportion once the page has its width
    m_splitter->restoreState(QSettings().value(QStringLiteral("users/splitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("users/splitter"), m_splitter->saveState());
    });
    layout->addWidget(m_splitter, 1);
    updateStatusLine();
}

void UsersPane::loadOrganizationsAfterFirstPage()
{
    // The lookup is a search over all users: sent beside the first page, it would hold that
    // page up on the server.
    if (m_model->isLoading() && (m_model->rowCount() == 0 || m_model->showsPreviousRows())) {
        m_organizationsWaiting = true;
        return;
    }
    m_organization->load();
}

void UsersPane::loadWaitingOrganizations()
{
    if (std::exchange(m_organizationsWaiting, false))
        m_organization->load();
    if (std::exchange(m_membershipsWaiting, false))
        loadMemberships();
}

void UsersPane::loadMemberships()
{
    // Like the organization lookup, a search over many users: it waits for the first page.
    const RoleCatalog &roles = m_roleCatalog->catalog();
    if ((!roles.isLoaded() || roles.organizationId() != session()->organizationId()) &&
        !m_roleCatalog->isLoading())
        m_roleCatalog->load(session()->organizationId());
    m_membershipsWaiting =
        m_model->isLoading() && (m_model->rowCount() == 0 || m_model->showsPreviousRows());
    if (!m_membershipsWaiting)
        m_memberships->load(m_model->organizations(), m_model->query());
}

void UsersPane::reload()
{
    m_model->reload();
    loadMemberships();
    if (!m_currentUserId.isEmpty() && !m_details->hasUnsavedChanges())
        m_details->showUser(m_currentUserId);
}

void UsersPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void UsersPane::createNew()
{
    openInvitations();
}

void UsersPane::save()
{
    if (!m_details->hasUnsavedChanges()) {
        reportSaved(true);
        return;
    }
    // Exactly one outcome per save: the fields' and the roles' saves together (a conflict
    // included).
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto reported = std::make_shared<bool>(false);
    auto report = [this, connection, reported](bool saved) {
        disconnect(*connection);
        if (*reported)
            return;
        *reported = true;
        reportSaved(saved);
    };
    *connection = connect(m_details, &UserDetailPanel::saveFinished, this, report);
    m_details->save();
    if (!m_details->isSaving())
        report(false); // refused before sending: the marked fields say why
}

bool UsersPane::isSaving() const
{
    return m_details->isSaving();
}

void UsersPane::discard()
{
    m_details->revert();
}

bool UsersPane::hasUnsavedChanges() const
{
    return m_details->hasUnsavedChanges();
}

void UsersPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_details->setReadOnly(readOnly);
    updateActions();
}

QList<UserBatchAction::Person> UsersPane::selectedPeople() const
{
    QList<UserBatchAction::Person> people;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const UserRow &row = m_model->row(index.row());
        if (row.status == User::Status::Deleted)
            continue; // nothing is left to do for them
        people << UserBatchAction::Person{row.id, row.name.isEmpty() ? row.email : row.name,
                                          row.email};
    }
    return people;
}

void UsersPane::switchUserAfterAsking(const QString &userId)
{
    if (!m_details->hasUnsavedChanges() && !isSaving()) {
        openDetails(userId);
        return;
    }
    auto stay = [this] {
        // Stay on the user being edited.
        m_reverting = true;
        const int row = m_model->indexOfUser(m_currentUserId);
        if (row >= 0)
            m_table->selectRow(row);
        m_reverting = false;
    };
    stay();
    if (isSaving())
        return; // the running save decides; the person picks the other user again after it
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The changes to %1 are not saved yet. Save them first?")
            .arg(m_details->editor()->original().label()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        m_details->revert();
        openDetails(userId);
    } else if (answer == QMessageBox::Save) {
        connect(
            this, &Pane::saveFinished, this,
            [this, userId](bool saved) {
                if (saved)
                    openDetails(userId);
            },
            Qt::SingleShotConnection);
        save();
    }
}

void UsersPane::dropDetailsOfHiddenUser()
{
    // The details show the selected row's user; once that row is gone (a new search, a
    // filter), they go too. Unsaved edits stay, so nothing typed is lost without a word.
    if (m_currentUserId.isEmpty() || m_currentUserId == m_pendingSelection ||
        m_model->showsPreviousRows() || m_model->indexOfUser(m_currentUserId) >= 0 ||
        m_details->hasUnsavedChanges() || isSaving()) {
        reselectCurrentUser();
        return;
    }
    openDetails({});
}

void UsersPane::reselectCurrentUser()
{
    // Still listed after the reset: the row shown in the details is selected again.
    const int row = m_model->indexOfUser(m_currentUserId);
    if (row < 0 || m_table->selectionModel()->isRowSelected(row))
        return;
    m_reverting = true;
    m_table->selectRow(row);
    m_reverting = false;
}

void UsersPane::openDetails(const QString &userId)
{
    m_currentUserId = userId;
    m_details->showUser(userId);
}

void UsersPane::onSelectionChanged()
{
    if (m_reverting)
        return;
    updateActions();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString id = rows.size() == 1 ? m_model->row(rows.first().row()).id : QString();
    if (id == m_currentUserId || (id.isEmpty() && rows.size() > 1))
        return;
    switchUserAfterAsking(id);
}

void UsersPane::showUser(const QString &userId, const QString &email)
{
    const int row = m_model->indexOfUser(userId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    // Not loaded: search for the person and select them when the page comes.
    m_pendingSelection = userId;
    if (!email.isEmpty()) {
        m_search->setText(email);
        m_debouncer->setText(email);
        m_debouncer->flush();
    }
    if (m_currentUserId != userId)
        switchUserAfterAsking(userId);
}

void UsersPane::updateStatusLine()
{
    const QString error = m_model->errorMessage();
    if (error.isEmpty())
        m_errorBar->clear();
    else if (m_model->isStale()) // a failed refresh: the rows shown are the earlier answer's
        m_errorBar->showMessage(MessageWidget::Level::Warning,
                                EmptyStateOverlay::staleText(error, m_model->loadedAt()),
                                {m_retry});
    else
        m_errorBar->showMessage(
            MessageWidget::Level::Error,
            tr("Loading stopped: %1 The users loaded so far stay listed.").arg(error), {m_retry});
    const int rows = m_model->rowCount();
    QString text = m_model->isComplete()
                       ? tr("%n user(s)", nullptr, rows)
                       : tr("%n user(s) loaded, more as you scroll", nullptr, rows);
    if (m_model->isStale())
        text += tr(" · possibly out of date");
    else if (m_model->showsPreviousRows())
        text = tr("Updating the list…"); // the rows shown are still the previous search's
    else if (m_model->isLoading())
        text += tr(" · loading…");
    m_count->setText(text);
    updateActions();
}

void UsersPane::updateActions()
{
    const QList<UserBatchAction::Person> people = selectedPeople();
    bool anyPending = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        anyPending |= m_model->row(index.row()).status == User::Status::Pending;
    const bool writable = !m_readOnly;
    // Rows of the previous search are about to go: nothing is done to them meanwhile.
    const bool settled = !m_model->showsPreviousRows();
    m_invite->setEnabled(writable);
    m_pending->setEnabled(true);
    m_resend->setEnabled(writable && settled && anyPending);
    m_reset->setEnabled(writable && settled && !people.isEmpty());
    m_delete->setEnabled(writable && settled && !people.isEmpty());
    m_roles->setEnabled(writable && settled && !people.isEmpty());
}

void UsersPane::deleteSelection()
{
    runAction(UserBatchAction::Kind::Delete);
}

void UsersPane::runAction(UserBatchAction::Kind kind)
{
    QList<UserBatchAction::Person> people = selectedPeople();
    if (kind == UserBatchAction::Kind::ResendInvitation) {
        // Only pending people have an invitation to resend.
        QList<UserBatchAction::Person> pending;
        for (const auto &person : people) {
            const int row = m_model->indexOfUser(person.id);
            if (row >= 0 && m_model->row(row).status == User::Status::Pending)
                pending << person;
        }
        people = pending;
    }
    if (people.isEmpty() || m_readOnly || m_model->showsPreviousRows())
        return;
    QStringList names;
    for (const auto &person : people)
        names << QStringLiteral("%1 <%2>").arg(person.name, person.email);
    const QString list = names.size() > 12
                             ? (names.mid(0, 12).join(QLatin1Char('\n')) +
                                tr("\n… and %n more", nullptr, int(names.size() - 12)))
                             : names.join(QLatin1Char('\n'));
    QString question;
    QString action;
    switch (kind) {
    case UserBatchAction::Kind::Delete:
        question =
            tr("Delete these %n user(s)? This cannot be undone.\n\n%1", nullptr, int(people.size()))
                .arg(list);
        action = tr("Delete");
        break;
    case UserBatchAction::Kind::ResendInvitation:
        question = tr("Send the invitation e-mail again to these %n person(s)?\n\n%1", nullptr,
                      int(people.size()))
                       .arg(list);
        action = tr("Resend");
        break;
    case UserBatchAction::Kind::PasswordReset:
        question = tr("Send a password reset e-mail to these %n user(s)? Their current "
                      "password keeps working until they set a new one.\n\n%1",
                      nullptr, int(people.size()))
                       .arg(list);
        action = tr("Send");
        break;
    }
    if (!Confirmation::ask(this, UserBatchAction::actionName(kind), question, action))
        return;
    runBatch(new UserBatchAction(session()->users(), kind, people, this),
             UserBatchAction::actionName(kind), int(people.size()));
}

void UsersPane::runBatch(UserBatchAction *batch, const QString &title, int total)
{
    const UserBatchAction::Kind kind = batch->kind();
    auto *progress = new QProgressDialog(title, tr("Stop"), 0, total, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(batch, &UserBatchAction::progress, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, batch, &UserBatchAction::cancel);
    connect(batch, &UserBatchAction::finished, this, [this, batch, progress, kind, title] {
        progress->deleteLater();
        QStringList lines;
        for (const auto &result : batch->results()) {
            lines << QStringLiteral("%1 <%2>: %3")
                         .arg(result.person.name, result.person.email,
                              result.ok ? result.message : tr("failed – %1").arg(result.message));
            if (result.ok && kind == UserBatchAction::Kind::Delete)
                m_model->markDeleted(result.person.id);
        }
        if (kind == UserBatchAction::Kind::AddRole || kind == UserBatchAction::Kind::RemoveRole) {
            // The Roles column and the details show what the server holds now.
            loadMemberships();
            if (!m_currentUserId.isEmpty() && !m_details->hasUnsavedChanges())
                m_details->showUser(m_currentUserId);
        }
        m_lastReport = tr("%1: %2 of %3 succeeded.\n%4")
                           .arg(title)
                           .arg(batch->succeeded())
                           .arg(batch->results().size())
                           .arg(lines.join(QLatin1Char('\n')));
        batch->deleteLater();
        if (kind == UserBatchAction::Kind::Delete && batch->succeeded() > 0) {
            m_currentUserId.clear();
            m_details->showUser({});
            m_table->clearSelection(); // the rows stay, marked Deleted, with nothing to act on
        }
        emit actionFinished(m_lastReport);
        auto *box = new QMessageBox(
            batch->succeeded() == batch->results().size() ? QMessageBox::Information
                                                          : QMessageBox::Warning,
            title, m_lastReport.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, this);
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setInformativeText(lines.mid(0, 10).join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    batch->start();
}

void UsersPane::openExport()
{
    auto *dialog = new UserExportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserExportDialog::exportRequested, this, &UsersPane::exportTo);
    dialog->open();
}

void UsersPane::exportTo(const QString &path, UserExporter::Format format)
{
    const auto done = [this](bool ok, const QString &message) {
        emit exportFinished(ok, message);
        m_count->setText(message);
    };
    QString error;
    if (!UserExportProgress::start(this, session()->users(), *m_model, path, format, done,
                                   &error)) {
        QMessageBox::warning(this, tr("Export"), error);
        emit exportFinished(false, error);
    }
}

void UsersPane::openInvitations()
{
    if (m_readOnly)
        return;
    auto *dialog = new InviteDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InviteDialog::invited, m_model, &UserListModel::reload);
    dialog->open();
}

void UsersPane::openPendingInvitations()
{
    auto *dialog = new PendingInvitationsDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReadOnly(m_readOnly);
    connect(dialog, &PendingInvitationsDialog::changed, m_model, &UserListModel::reload);
    dialog->open();
}
