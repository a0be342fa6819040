#include "ui/roles/RolesPane.h"

#include "controllers/SearchDebouncer.h"
#include "domain/grants/OrgRoleAdapter.h"
#include "domain/organization/OrganizationWords.h"
#include "domain/permissions/RoleKindText.h"
#include "domain/users/User.h"
#include "models/ListStateTracker.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/roles/RoleDialog.h"
#include "ui/roles/RoleEditorWindow.h"
#include "ui/security/RecordHistoryDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

enum Column { NameColumn, HoldersColumn, ExpiresColumn, DetailsColumn, ColumnCount };
constexpr int kRoleIdRole = Qt::UserRole;
constexpr int kUserPage = 1000; // names of the first page of users; others are shown by id
constexpr int kNamedHolders = 10;

} // namespace

RolesPane::RolesPane(Session *session, QWidget *parent)
    : Pane(session, parent), m_debouncer(new SearchDebouncer(this))
{
    buildUi();
    connect(m_debouncer, &SearchDebouncer::searchRequested, this, &RolesPane::search);
    // An editor window shows a role of the organization left (its edits were asked about).
    connect(session, &Session::organizationChanged, this, [this] {
        discard();
        reload();
    });
}

void RolesPane::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("roleSearch"));
    m_search->setPlaceholderText(tr("Search roles"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textEdited, m_debouncer, &SearchDebouncer::setText);
    connect(m_search, &QLineEdit::returnPressed, m_debouncer, &SearchDebouncer::flush);
    m_new = new QPushButton(tr("New role…"), this);
    m_edit = new QPushButton(tr("Edit grants…"), this);
    m_edit->setObjectName(QStringLiteral("editRole"));
    m_duplicate = new QPushButton(tr("Duplicate…"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    connect(m_new, &QPushButton::clicked, this, &RolesPane::createNew);
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_duplicate, &QPushButton::clicked, this, &RolesPane::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &RolesPane::deleteSelection);
    m_history = new QPushButton(tr("History…"), this);
    m_history->setToolTip(tr("What was done to this role, from the audit log"));
    connect(m_history, &QPushButton::clicked, this, [this] {
        const auto role = roleOf(selectedRoleId());
        if (role)
            RecordHistoryDialog::showFor(session(), {AuditRecord::Kind::Role, role->id()},
                                         role->name(), this);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_duplicate);
    bar->addWidget(m_delete);
    bar->addWidget(m_history);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("roleTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Role"), tr("Holders"), tr("Expires"), tr("Details")});
    // Name sized to its rows (capped in showRoles), holders and "expired 30.06.25 22:00" read
    // whole in German too, and the details take what is left: nothing runs past the right edge
    // at 1280x800; the whole description of the selected role is below the list.
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(HoldersColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ExpiresColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setRootIsDecorated(true);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString roleId = item->data(NameColumn, kRoleIdRole).toString();
        if (!roleId.isEmpty())
            editRole(roleId);
    });
    m_listState = new ListStateTracker(this);
    m_overlay = new EmptyStateOverlay(m_tree, tr("No roles yet."), tr("New role…"),
                                      [this] { createNew(); });
    m_overlay->follow(m_listState, [this] { reload(); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        showHolders();
        updateActions();
    });
    m_holdersLabel = new QLabel(this);
    m_holdersLabel->setWordWrap(true);
    m_holdersLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(QStringLiteral("roleDetails"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_status = new MessageWidget(MessageWidget::Style::Banner, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_holdersLabel);
    updateActions();
}

void RolesPane::sessionReady()
{
    reload();
}

void RolesPane::reload()
{
    m_status->clear();
    search(m_search->text());
    loadAssignments();
}

void RolesPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool RolesPane::hasUnsavedChanges() const
{
    return std::any_of(m_editors.cbegin(), m_editors.cend(),
                       [](const QPointer<RoleEditorWindow> &window) {
                           return window && window->hasUnsavedChanges();
                       });
}

bool RolesPane::isSaving() const
{
    return std::any_of(
        m_editors.cbegin(), m_editors.cend(),
        [](const QPointer<RoleEditorWindow> &window) { return window && window->isSaving(); });
}

void RolesPane::save()
{
    bool started = false;
    for (const QPointer<RoleEditorWindow> &window : std::as_const(m_editors)) {
        if (window && window->hasUnsavedChanges() && !window->isSaving()) {
            window->save();
            started = true;
        }
    }
    // Each window's outcome reaches the page (editRole); nothing to save is a success at once.
    if (!started && !isSaving())
        reportSaved(!hasUnsavedChanges());
}

void RolesPane::discard()
{
    const auto windows = m_editors.values();
    for (const QPointer<RoleEditorWindow> &window : windows) {
        if (window)
            window->discardAndClose();
    }
}

void RolesPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const QPointer<RoleEditorWindow> &window : std::as_const(m_editors)) {
        if (window)
            window->setReadOnly(readOnly);
    }
    updateActions();
}

void RolesPane::finishOne()
{
    if (--m_pending == 0)
        emit loaded();
}

// Every role for the grouping and parents; the search's hits for the tree.
void RolesPane::search(const QString &text)
{
    m_query = text.trimmed();
    ++m_pending;
    // Loading is told as loading, not as an empty list; a failure keeps the rows shown (stale).
    m_listState->startLoading();
    session()->permissions()->listAllRoles(this, [this](const ApiResult<QJsonArray> &result) {
        if (!result.ok()) {
            m_listState->failed(tr("The roles could not be loaded: %1").arg(result.error().message),
                                m_tree->topLevelItemCount() > 0);
        } else {
            m_allRoles = PermissionRole::listFromJson(result.value());
            if (m_query.isEmpty()) {
                showRoles(m_allRoles);
                m_listState->answered();
            }
        }
        finishOne();
    });
    if (m_query.isEmpty())
        return;
    ++m_pending;
    RoleSearch query;
    query.query = m_query;
    query.limit = 1000;
    session()->permissions()->searchRoles(
        query, this, [this, asked = m_query](const ApiResult<QJsonObject> &result) {
            if (asked != m_query) {
                finishOne(); // a newer search is on its way
                return;
            }
            const auto page = result.ok() ? RoleSearchPage::fromJson(result.value()) : std::nullopt;
            if (!page) {
                m_listState->failed(result.ok()
                                        ? tr("The search's answer could not be read.")
                                        : tr("The search failed: %1").arg(result.error().message),
                                    m_tree->topLevelItemCount() > 0);
            } else {
                showRoles(page->roles);
                m_listState->answered();
            }
            finishOne();
        });
}

void RolesPane::loadAssignments()
{
    m_pending += 2;
    session()->permissions()->listAllAssignments(this, [this](const ApiResult<QJsonArray> &result) {
        if (result.ok()) {
            m_holders.setAssignments(RoleAssignment::listFromJson(result.value()));
            showRoles(m_shown);
        }
        finishOne();
    });
    session()->users()->listUsersV2({}, kUserPage, 0, this,
                                    [this](const ApiResult<QJsonArray> &result) {
                                        if (result.ok()) {
                                            QHash<QString, QString> names;
                                            for (const QJsonValue &value : result.value()) {
                                                if (auto user = User::fromJson(value.toObject()))
                                                    names.insert(user->id(), user->label());
                                            }
                                            m_holders.setNames(names);
                                            showHolders();
                                        }
                                        finishOne();
                                    });
}

QString RolesPane::kindTitle(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Root:
        return tr("Organization root role (applies to everyone)");
    case RoleKind::User:
        return tr("User roles");
    case RoleKind::Share:
        return tr("Share roles (for other organizations)");
    case RoleKind::Partner:
        return tr("Partner roles (assigned by the partner)");
    case RoleKind::Portal:
        return tr("Portal roles");
    case RoleKind::Unknown:
        break;
    }
    return tr("Other roles");
}

QTreeWidgetItem *RolesPane::groupItem(RoleKind kind)
{
    for (int index = 0; index < m_tree->topLevelItemCount(); ++index) {
        QTreeWidgetItem *item = m_tree->topLevelItem(index);
        if (item->data(NameColumn, kRoleIdRole + 1).toInt() == int(kind))
            return item;
    }
    auto *item = new QTreeWidgetItem(m_tree, {kindTitle(kind)});
    item->setFirstColumnSpanned(true); // the group's title does not widen the name column
    item->setData(NameColumn, kRoleIdRole + 1, int(kind));
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(NameColumn);
    font.setBold(true);
    item->setFont(NameColumn, font);
    return item;
}

void RolesPane::showRoles(const QList<PermissionRole> &roles)
{
    const QString selected = m_wantedRole.isEmpty() ? selectedRoleId() : m_wantedRole;
    m_shown = roles;
    m_tree->clear();
    for (RoleKind kind : {RoleKind::Root, RoleKind::User, RoleKind::Share, RoleKind::Partner,
                          RoleKind::Portal, RoleKind::Unknown}) {
        for (const PermissionRole &role : roles) {
            if (role.kind() != kind)
                continue;
            auto *item = new QTreeWidgetItem(groupItem(kind));
            item->setData(NameColumn, kRoleIdRole, role.id());
            item->setText(NameColumn, role.name());
            item->setToolTip(NameColumn, role.id());
            item->setText(HoldersColumn, kind == RoleKind::Root
                                             ? tr("everyone")
                                             : QString::number(m_holders.countOf(role.id())));
            QStringList details;
            if (!role.parentRole().isEmpty()) {
                const auto parent = roleOf(role.parentRole());
                details.append(
                    tr("inherits from %1").arg(parent ? parent->name() : role.parentRole()));
            }
            if (kind == RoleKind::Partner)
                details.append(tr("assigned by partner %1").arg(role.partnerOrganizationId()));
            if (kind == RoleKind::Portal)
                details.append(tr("given by the portal"));
            if (role.userLimit() > 0)
                details.append(tr("at most %n people", nullptr, role.userLimit()));
            if (!role.pricingTier().isEmpty())
                details.append(
                    tr("pricing tier %1").arg(OrganizationWords::pricingTier(role.pricingTier())));
            item->setText(DetailsColumn, details.join(QStringLiteral("; ")));
            // The whole story in the tool tip and below the list when selected.
            item->setToolTip(DetailsColumn, RoleKindText::description(role));
            if (role.expiresAt().isValid()) {
                const QString date =
                    QLocale().toString(role.expiresAt().toLocalTime(), QLocale::ShortFormat);
                item->setText(ExpiresColumn, role.isExpired() ? tr("expired %1").arg(date) : date);
            }
            if (role.isExpired()) {
                QFont font = item->font(NameColumn);
                font.setItalic(true);
                font.setStrikeOut(true);
                item->setFont(NameColumn, font);
                item->setToolTip(ExpiresColumn, tr("Expired: no longer effective"));
            }
        }
    }
    m_tree->expandAll();
    // The name column fits its names, but never takes more than 40 % of the width.
    m_tree->resizeColumnToContents(NameColumn);
    const int nameLimit = qMax(160, m_tree->viewport()->width() * 2 / 5);
    if (m_tree->columnWidth(NameColumn) > nameLimit)
        m_tree->setColumnWidth(NameColumn, nameLimit);
    m_overlay->setText(m_query.isEmpty() ? tr("No roles yet.")
                                         : tr("No role matches \"%1\".").arg(m_query));
    if (roles.isEmpty() && !m_query.isEmpty())
        m_status->showMessage(MessageWidget::Level::Info,
                              tr("No role matches \"%1\".").arg(m_query));
    selectRole(selected);
    if (m_query.isEmpty())
        m_wantedRole.clear(); // not in the whole list (deleted): the person's choice counts again
    updateActions();
}

QString RolesPane::selectedRoleId() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(NameColumn, kRoleIdRole).toString();
}

void RolesPane::showRole(const QString &roleId)
{
    // Asked for before the roles are in (the page was just built): chosen when they arrive.
    m_wantedRole = roleId;
    selectRole(roleId);
}

void RolesPane::selectRole(const QString &roleId)
{
    if (roleId.isEmpty())
        return;
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if ((*it)->data(NameColumn, kRoleIdRole).toString() == roleId) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            m_wantedRole.clear();
            return;
        }
    }
}

std::optional<PermissionRole> RolesPane::roleOf(const QString &roleId) const
{
    for (const QList<PermissionRole> *list : {&m_shown, &m_allRoles}) {
        for (const PermissionRole &role : *list) {
            if (role.id() == roleId)
                return role;
        }
    }
    return std::nullopt;
}

void RolesPane::showHolders()
{
    const auto role = roleOf(selectedRoleId());
    if (!role) {
        m_holdersLabel->clear();
        m_detailsLabel->clear();
        return;
    }
    m_detailsLabel->setText(
        tr("%1: %2").arg(RoleKindText::of(role->kind()), RoleKindText::description(*role)));
    const QStringList names = m_holders.namesOf(role->id());
    if (role->kind() == RoleKind::Root)
        m_holdersLabel->setText(tr("%1 applies to everyone in the organization and limits what "
                                   "every other role can allow.")
                                    .arg(role->name()));
    else if (names.isEmpty())
        m_holdersLabel->setText(tr("Nobody holds %1.").arg(role->name()));
    else
        m_holdersLabel->setText(tr("Held by %n people: %1", nullptr, int(names.size()))
                                    .arg(names.join(QStringLiteral(", "))));
}

void RolesPane::updateActions()
{
    const auto role = roleOf(selectedRoleId());
    const bool own = role && role->organizationId() == session()->organizationId();
    m_new->setEnabled(!m_readOnly);
    // The root role is the ceiling: it can be looked at, not edited.
    m_edit->setEnabled(role.has_value());
    m_edit->setText(!role || (role->kind() != RoleKind::Root && !m_readOnly) ? tr("Edit grants…")
                                                                             : tr("View grants…"));
    m_duplicate->setEnabled(!m_readOnly && role && role->kind() != RoleKind::Root);
    m_delete->setEnabled(!m_readOnly && own && role->kind() != RoleKind::Root);
    m_history->setEnabled(role.has_value());
}

void RolesPane::createNew()
{
    if (m_readOnly)
        return;
    openRoleDialog(PermissionRole::create({}, {}, RoleKind::User));
}

// Not modal to the application (open(), not exec()): the page and other windows keep running.
void RolesPane::openRoleDialog(const PermissionRole &start)
{
    auto *dialog =
        new RoleDialog(start, OrgRoleAdapter::parentChoices(m_allRoles, QString()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createRole(dialog->role()); });
    dialog->open();
}

RoleEditorWindow *RolesPane::editSelected()
{
    return editRole(selectedRoleId());
}

RoleEditorWindow *RolesPane::editRole(const QString &roleId)
{
    if (roleId.isEmpty())
        return nullptr;
    if (RoleEditorWindow *open = m_editors.value(roleId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *window = new RoleEditorWindow(session(), roleId, m_allRoles, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setReadOnly(m_readOnly);
    m_editors.insert(roleId, window);
    // The page's save is done once no window saves any more; it succeeded when none kept edits.
    connect(window->editor(), &RoleEditor::saveFinished, this, [this](bool saved) {
        if (!isSaving())
            reportSaved(saved && !hasUnsavedChanges());
    });
    connect(window, &RoleEditorWindow::saved, this, [this](const PermissionRole &role) {
        m_status->showMessage(MessageWidget::Level::Positive, tr("Saved %1.").arg(role.name()));
        search(m_query);
    });
    window->show();
    return window;
}

void RolesPane::duplicateSelected()
{
    const auto source = roleOf(selectedRoleId());
    if (m_readOnly || !source || source->kind() == RoleKind::Root)
        return;
    openRoleDialog(source->duplicated(tr("Copy of %1").arg(source->name()),
                                      source->slug() + QStringLiteral("_copy")));
}

void RolesPane::createRole(const PermissionRole &role)
{
    m_status->showMessage(MessageWidget::Level::Info, tr("Creating %1…").arg(role.name()));
    session()->permissions()->createRole(
        role.createPayload(), this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_status->showMessage(
                    MessageWidget::Level::Error,
                    tr("The role was not created: %1").arg(result.error().message));
                return;
            }
            const auto created = PermissionRole::fromJson(result.value());
            m_status->showMessage(MessageWidget::Level::Positive,
                                  tr("Created %1.").arg(created ? created->name() : QString()));
            if (created) {
                m_allRoles.append(*created);
                if (m_query.isEmpty())
                    showRoles(m_allRoles);
                selectRole(created->id());
            }
        });
}

QString RolesPane::deleteQuestion(const PermissionRole &role) const
{
    const QStringList names = m_holders.namesOf(role.id());
    if (names.isEmpty())
        return tr("Delete the role %1? Nobody holds it.").arg(role.name());
    QStringList shown = names.mid(0, kNamedHolders);
    if (names.size() > kNamedHolders)
        shown.append(tr("and %n more", nullptr, int(names.size() - kNamedHolders)));
    return tr("Delete the role %1? %n people hold it and lose what it allows: %2.", nullptr,
              int(names.size()))
        .arg(role.name(), shown.join(QStringLiteral(", ")));
}

void RolesPane::deleteSelection()
{
    const auto role = roleOf(selectedRoleId());
    if (m_readOnly || !role || role->kind() == RoleKind::Root)
        return;
    if (!Confirmation::ask(this, tr("Delete role"), deleteQuestion(*role), tr("Delete")))
        return;
    const QString roleId = role->id();
    session()->permissions()->deleteRole(
        roleId, this, [this, name = role->name()](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_status->showMessage(
                    MessageWidget::Level::Error,
                    tr("%1 was not deleted: %2").arg(name, result.error().message));
                return;
            }
            m_status->showMessage(MessageWidget::Level::Positive, tr("Deleted %1.").arg(name));
            search(m_query);
            loadAssignments();
        });
}
