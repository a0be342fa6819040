#include "ui/partners/PartnerUsersRolesPane.h"

#include "domain/common/FieldConflict.h"
#include "domain/common/InputRules.h"
#include "domain/grants/GrantLayoutMemory.h"
#include "domain/grants/GrantTree.h"
#include "domain/grants/PolicyAnalyzer.h"
#include "domain/grants/RoleReview.h"
#include "domain/partners/Assignable.h"
#include "models/RoleMatrixModel.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/FieldMessage.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>
#include <utility>

namespace {

// The matrix with pending cells tinted (QtGui lives here, not in models/).
class StyledRoleMatrixModel : public RoleMatrixModel
{
public:
    using RoleMatrixModel::RoleMatrixModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole && RoleMatrixModel::data(index, PendingRole).toBool())
            return QColor("#fff3c4");
        return RoleMatrixModel::data(index, role);
    }
};

QList<RoleReference> references(const QList<Role> &roles)
{
    QList<RoleReference> list;
    for (const Role &role : roles)
        list.append({role.id(), role.slug(), role.name().isEmpty() ? role.slug() : role.name()});
    return list;
}

} // namespace

PartnerUsersRolesPane::PartnerUsersRolesPane(Session *session, QWidget *parent)
    : Pane(session, parent)
{
    m_organizations = new QComboBox;
    m_organizations->setMinimumWidth(320);
    auto *reloadButton = new QPushButton(tr("Reload"));
    m_status = new QLabel;
    m_status->setTextFormat(Qt::RichText);
    // One line that never widens the page; the whole text is in the tool tip. (A wrapping label
    // would make the page frame size the page by its preferred height: it scrolled at 1280x800.)
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Partner organization:")));
    top->addWidget(m_organizations);
    top->addWidget(reloadButton);
    top->addWidget(m_status, 1);

    m_tabs = new QTabWidget;
    m_tabs->addTab(buildUsersTab(), tr("Users and their roles"));
    m_tabs->addTab(buildRolesTab(), tr("Roles and grants"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(reloadButton, &QPushButton::clicked, this, &PartnerUsersRolesPane::reload);
    connect(m_organizations, &QComboBox::activated, this, [this] { loadOrganization(); });
    connect(session, &Session::organizationChanged, this, &PartnerUsersRolesPane::reload);
    // The first signed-in user loads the partner organizations (organizationChanged only comes
    // with a switch).
    auto loaded = std::make_shared<bool>(false);
    connect(session, &Session::meChanged, this, [this, loaded] {
        if (!std::exchange(*loaded, true))
            reload();
    });
    if (!session->me().isEmpty() && !std::exchange(*loaded, true))
        reload(); // built after sign-in (pages are built when first shown)
}

QWidget *PartnerUsersRolesPane::buildUsersTab()
{
    auto *page = new QWidget;
    m_newUser = new QPushButton(tr("New user…"));
    m_deleteUser = new QPushButton(tr("Delete user…"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newUser);
    buttons->addWidget(m_deleteUser);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Tick roles to assign, untick to remove; nothing changes "
                                     "until you apply.")));

    m_matrix = new StyledRoleMatrixModel(this);
    m_matrixView = new QTableView;
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->horizontalHeader()->setStretchLastSection(false);
    m_matrixView->verticalHeader()->hide();
    // Progress, the failure with Retry, or what to do, as the other lists say it; what to do
    // only once it is known whose users these are (loadUsersAndRoles).
    m_matrixState = new EmptyStateOverlay(m_matrixView, QString(), tr("New user…"),
                                          [this] { showCreateUserDialog(); });
    m_matrixState->actionButton()->setEnabled(false);
    m_matrixState->setRetry([this] { reload(); });

    m_pending = new QListWidget;
    m_results = new QListWidget;
    m_results->setWordWrap(true);
    m_apply = new QPushButton(tr("Apply changes"));
    m_discard = new QPushButton(tr("Discard"));
    auto *pendingBox = new QVBoxLayout;
    pendingBox->addWidget(new QLabel(tr("<b>Pending changes</b>")));
    pendingBox->addWidget(m_pending, 1);
    auto *pendingButtons = new QHBoxLayout;
    pendingButtons->addStretch();
    pendingButtons->addWidget(m_discard);
    pendingButtons->addWidget(m_apply);
    pendingBox->addLayout(pendingButtons);
    pendingBox->addWidget(new QLabel(tr("<b>Last result</b>")));
    pendingBox->addWidget(m_results, 1);
    auto *side = new QWidget;
    side->setLayout(pendingBox);

    auto *split = new QSplitter;
    split->addWidget(m_matrixView);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_matrix, &RoleMatrixModel::pendingChanged, this,
            &PartnerUsersRolesPane::refreshPending);
    connect(m_apply, &QPushButton::clicked, this, &PartnerUsersRolesPane::applyPendingChanges);
    connect(m_discard, &QPushButton::clicked, m_matrix, &RoleMatrixModel::discardChanges);
    connect(m_newUser, &QPushButton::clicked, this, &PartnerUsersRolesPane::showCreateUserDialog);
    connect(m_deleteUser, &QPushButton::clicked, this, [this] { deleteUser(selectedUserId()); });
    refreshPending();
    return page;
}

QWidget *PartnerUsersRolesPane::buildRolesTab()
{
    auto *page = new QWidget;
    m_roleList = new QListWidget;
    // Long names end in "…" (the id is in the tool tip) rather than scroll sideways.
    m_roleList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_newRole = new QPushButton(tr("New role"));
    m_deleteRole = new QPushButton(tr("Delete role…"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_roleList, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_newRole);
    leftButtons->addWidget(m_deleteRole);
    left->addLayout(leftButtons);
    auto *leftWidget = new QWidget;
    leftWidget->setLayout(left);
    leftWidget->setMaximumWidth(200); // the grant editor needs the width (German at 1280 px)

    m_editor = new RoleEditor;
    m_saveRole = new QPushButton(tr("Review and save…"));
    m_revertRole = new QPushButton(tr("Revert"));
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_editor, 1);
    auto *rightButtons = new QHBoxLayout;
    rightButtons->addStretch();
    rightButtons->addWidget(m_revertRole);
    rightButtons->addWidget(m_saveRole);
    right->addLayout(rightButtons);
    auto *rightWidget = new QWidget;
    rightWidget->setLayout(right);

    auto *split = new QSplitter;
    split->addWidget(leftWidget);
    split->addWidget(rightWidget);
    split->setStretchFactor(1, 1);
    // The list keeps its 200 px; left to itself the splitter gave it more, and left it blank.
    split->setSizes({200, 10000});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);

    connect(m_roleList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_roles.size())
            return;
        if (m_editor->loadedRole().id() == m_roles.at(row).id())
            return;
        if (!confirmDiscardRoleEdits()) {
            // Back to the role being edited.
            const QSignalBlocker blocker(m_roleList);
            for (int index = 0; index < m_roles.size(); ++index) {
                if (m_roles.at(index).id() == m_editor->loadedRole().id())
                    m_roleList->setCurrentRow(index);
            }
            return;
        }
        showRoleInEditor(m_roles.at(row));
    });
    connect(m_newRole, &QPushButton::clicked, this, &PartnerUsersRolesPane::newRole);
    connect(m_deleteRole, &QPushButton::clicked, this, &PartnerUsersRolesPane::deleteRole);
    connect(m_saveRole, &QPushButton::clicked, this, &PartnerUsersRolesPane::saveRole);
    connect(m_revertRole, &QPushButton::clicked, this, [this] {
        if (m_editor->isNewRole())
            m_editor->startNewRole();
        else
            showRoleInEditor(m_editor->loadedRole());
    });
    connect(m_editor, &RoleEditor::changed, this, [this] {
        m_saveRole->setEnabled(!m_readOnly && !m_editor->hasErrors());
        m_saveRole->setToolTip(m_editor->hasErrors() ? tr("Fix the errors first.") : QString());
    });
    return page;
}

// ---- loading ------------------------------------------------------------------------------

void PartnerUsersRolesPane::busy(int delta)
{
    m_busy += delta;
    setCursor(m_busy > 0 ? Qt::BusyCursor : Qt::ArrowCursor);
}

void PartnerUsersRolesPane::setStatus(const QString &text, bool error)
{
    m_status->setText(
        error ? QStringLiteral("<span style='color:#c62828'>%1</span>").arg(text.toHtmlEscaped())
              : text.toHtmlEscaped());
    m_status->setToolTip(text);
}

void PartnerUsersRolesPane::loadFailed(const QString &text, const QString &reason)
{
    setStatus(text.arg(reason), true);
    m_matrixState->setLoading(false);
    m_matrixState->setError(reason);
}

void PartnerUsersRolesPane::reload()
{
    loadOrganizations();
}

void PartnerUsersRolesPane::choosePartnerOrganization(const QString &organizationId)
{
    const int index = m_organizations->findData(organizationId);
    if (index >= 0) {
        m_organizations->setCurrentIndex(index);
        loadOrganization();
        return;
    }
    // Not (yet) in the list: remember it for when the list arrives, and load it anyway.
    m_pendingOrganization = organizationId;
    m_organizations->addItem(organizationId, organizationId);
    m_organizations->setCurrentIndex(m_organizations->count() - 1);
    loadOrganization();
}

QString PartnerUsersRolesPane::partnerOrganizationId() const
{
    return m_organizations->currentData().toString();
}

void PartnerUsersRolesPane::loadOrganizations()
{
    AssignableSearch search;
    search.types = {QStringLiteral("partner_organization")};
    search.size = 200;
    busy(1);
    m_matrixState->setLoading(true);
    session()->partners()->searchAssignable(
        search, this, [this](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok())
                return loadFailed(tr("Could not list partner organizations: %1"),
                                  result.error().message);
            const QString current =
                m_pendingOrganization.isEmpty() ? partnerOrganizationId() : m_pendingOrganization;
            m_pendingOrganization.clear();
            m_organizations->clear();
            for (const QJsonValue &value : result.value().value("results").toArray()) {
                const auto assignable = Assignable::fromJson(value.toObject());
                if (!assignable || assignable->organizationId().isEmpty())
                    continue;
                m_organizations->addItem(
                    tr("%1 (%2)").arg(assignable->displayName(), assignable->organizationId()),
                    assignable->organizationId());
            }
            if (m_organizations->count() == 0) {
                const QString none =
                    tr("No connected partner organizations yet: invite a partner first.");
                setStatus(none);
                m_users.clear();
                m_roles.clear();
                showRoles({});
                m_matrix->setServerState({}, {});
                m_matrixOrganization.clear();
                m_matrixState->setText(none);
                m_matrixState->actionButton()->setEnabled(false);
                m_matrixState->setLoading(false);
                return;
            }
            const int index = qMax(0, m_organizations->findData(current));
            m_organizations->setCurrentIndex(index);
            loadOrganization();
        });
}

void PartnerUsersRolesPane::loadOrganization()
{
    m_results->clear();
    // Another organization's users are never shown under this one's name, not even meanwhile.
    if (partnerOrganizationId() != m_matrixOrganization) {
        m_matrix->setServerState({}, {});
        m_matrixOrganization.clear();
    }
    loadUsersAndRoles();
}

void PartnerUsersRolesPane::loadUsersAndRoles(std::function<void()> then)
{
    const QString organizationId = partnerOrganizationId();
    if (organizationId.isEmpty())
        return;
    setStatus(tr("Loading…"));
    busy(1);
    m_matrixState->setLoading(true);
    session()->partners()->getPartnerRoles(
        organizationId, this, [this, organizationId, then](const ApiResult<QJsonArray> &roles) {
            if (organizationId != partnerOrganizationId()) {
                busy(-1); // another organization was picked meanwhile: its own load shows it
                return;
            }
            if (!roles.ok()) {
                busy(-1);
                return loadFailed(tr("Could not load roles: %1"), roles.error().message);
            }
            QList<Role> loadedRoles;
            for (const QJsonValue &value : roles.value()) {
                if (auto role = Role::fromJson(value.toObject()))
                    loadedRoles.append(*role);
            }
            session()->partners()->getPartnerUsers(
                organizationId, this,
                [this, organizationId, loadedRoles, then](const ApiResult<QJsonArray> &users) {
                    busy(-1);
                    if (organizationId != partnerOrganizationId())
                        return; // a slow answer for the organization picked before
                    if (!users.ok())
                        return loadFailed(tr("Could not load users: %1"), users.error().message);
                    m_users.clear();
                    for (const QJsonValue &value : users.value()) {
                        if (auto user = PartnerUser::fromJson(value.toObject()))
                            m_users.append(*user);
                    }
                    m_roles = loadedRoles;
                    m_matrix->setServerState(m_users, references(m_roles));
                    m_matrixOrganization = organizationId;
                    m_matrixState->setText(tr("This partner organization has no users yet."));
                    m_matrixState->actionButton()->setEnabled(!m_readOnly);
                    m_matrixState->setLoading(false);
                    m_matrixView->resizeColumnsToContents();
                    showRoles(m_editor->loadedRole().id());
                    setStatus(tr("%n user(s), %1 role(s).", nullptr, int(m_users.size()))
                                  .arg(m_roles.size()));
                    if (then)
                        then();
                    emit loaded();
                });
        });
}

void PartnerUsersRolesPane::showRoles(const QString &select)
{
    const QSignalBlocker blocker(m_roleList);
    m_roleList->clear();
    int selectRow = -1;
    for (int index = 0; index < m_roles.size(); ++index) {
        const Role &role = m_roles.at(index);
        auto *item =
            new QListWidgetItem(tr("%1\n%2 · %n grant(s)", nullptr, int(role.grants().size()))
                                    .arg(role.name(), role.slug()));
        item->setToolTip(role.id());
        m_roleList->addItem(item);
        if (role.id() == select)
            selectRow = index;
    }
    if (selectRow >= 0) {
        m_roleList->setCurrentRow(selectRow);
        if (!m_editor->isModified())
            showRoleInEditor(m_roles.at(selectRow));
    } else if (!m_editor->isModified() && !m_roles.isEmpty()) {
        m_roleList->setCurrentRow(0);
        showRoleInEditor(m_roles.first());
    }
}

void PartnerUsersRolesPane::showRoleInEditor(const Role &role)
{
    m_editor->loadRole(role, GrantLayoutMemory::recall(role.id()));
    m_editor->setReadOnly(m_readOnly);
}

void PartnerUsersRolesPane::selectRole(const QString &roleId)
{
    for (int index = 0; index < m_roles.size(); ++index) {
        if (m_roles.at(index).id() == roleId)
            m_roleList->setCurrentRow(index);
    }
}

// ---- the matrix ---------------------------------------------------------------------------

void PartnerUsersRolesPane::refreshPending()
{
    m_pending->clear();
    for (const RoleChange &change : m_matrix->pendingChanges())
        m_pending->addItem((change.assign ? QStringLiteral("+ ") : QStringLiteral("− ")) +
                           change.describe());
    const bool any = m_matrix->hasPendingChanges();
    m_apply->setEnabled(any && !m_readOnly && !m_batch);
    m_discard->setEnabled(any && !m_batch);
    if (!any)
        m_pending->addItem(tr("(none)"));
}

void PartnerUsersRolesPane::applyPendingChanges()
{
    const QList<RoleChange> changes = m_matrix->pendingChanges();
    if (changes.isEmpty() || m_batch || m_readOnly)
        return;
    m_batch = new RoleAssignmentBatch(session()->partners(), partnerOrganizationId(), this);
    busy(1);
    refreshPending();
    connect(m_batch, &RoleAssignmentBatch::finished, this, [this] {
        busy(-1);
        const QList<RoleAssignmentBatch::Outcome> outcomes = m_batch->outcomes();
        m_batch->deleteLater();
        m_batch = nullptr;
        m_results->clear();
        int failed = 0;
        for (const RoleAssignmentBatch::Outcome &outcome : outcomes) {
            auto *item = new QListWidgetItem(
                outcome.ok
                    ? tr("✔ %1").arg(outcome.change.describe())
                    : tr("✘ %1 — failed: %2").arg(outcome.change.describe(), outcome.message));
            if (!outcome.ok) {
                item->setForeground(QColor("#c62828"));
                ++failed;
            }
            m_results->addItem(item);
        }
        // Show what the server holds now, not what was hoped.
        loadUsersAndRoles([this, failed] {
            setStatus(failed ? tr("%n change(s) failed; the matrix shows what the server holds.",
                                  nullptr, failed)
                             : tr("All changes applied."),
                      failed > 0);
            emit assignmentsApplied();
        });
    });
    m_batch->run(changes);
}

QString PartnerUsersRolesPane::selectedUserId() const
{
    const QModelIndex index = m_matrixView->currentIndex();
    if (!index.isValid() || index.row() >= m_matrix->users().size())
        return {};
    return m_matrix->users().at(index.row()).id();
}

bool PartnerUsersRolesPane::createUser(const QString &email, const QString &language,
                                       const QStringList &roleIds, QString *error)
{
    if (!PartnerDirectoryService::isEmailAddress(email.trimmed())) {
        if (error)
            *error = tr("\"%1\" is not an e-mail address.").arg(email);
        return false;
    }
    if (!PartnerDirectoryService::isLanguage(language)) {
        if (error)
            *error = tr("Choose English or German.");
        return false;
    }
    busy(1);
    session()->partners()->createPartnerUser(
        partnerOrganizationId(), email.trimmed(), language, roleIds, this,
        [this, email](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                setStatus(tr("Could not create %1: %2").arg(email, result.error().message), true);
                return;
            }
            loadUsersAndRoles(
                [this, email] { setStatus(tr("Created %1; an invitation was sent.").arg(email)); });
        });
    return true;
}

void PartnerUsersRolesPane::showCreateUserDialog()
{
    if (partnerOrganizationId().isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New partner user"));
    auto *email = new QLineEdit;
    email->setPlaceholderText(tr("name@partner.example"));
    auto *language = new QComboBox;
    language->addItem(tr("German"), QStringLiteral("de"));
    language->addItem(tr("English"), QStringLiteral("en"));
    auto *roles = new QListWidget;
    for (const Role &role : std::as_const(m_roles)) {
        auto *item = new QListWidgetItem(role.name(), roles);
        item->setData(Qt::UserRole, role.id());
        item->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and invite"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("E-mail:"), email);
    form->addRow(tr("Language:"), language);
    form->addRow(tr("Roles:"), roles);
    form->addRow(buttons);
    connect(email, &QLineEdit::textChanged, &dialog, [&] {
        // CreatePartnerUserPayload.email: checked as it is typed, the problem under the field.
        const QString problem = InputRules::email(email->text());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
        FieldMessage::report(email, email->text().isEmpty() ? QString() : problem);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList roleIds;
    for (int row = 0; row < roles->count(); ++row) {
        if (roles->item(row)->checkState() == Qt::Checked)
            roleIds << roles->item(row)->data(Qt::UserRole).toString();
    }
    QString error;
    if (!createUser(email->text(), language->currentData().toString(), roleIds, &error))
        setStatus(error, true);
}

void PartnerUsersRolesPane::deleteUser(const QString &userId)
{
    if (userId.isEmpty() || m_readOnly)
        return;
    QString label = userId;
    for (const PartnerUser &user : std::as_const(m_users)) {
        if (user.id() == userId)
            label = tr("%1 <%2>").arg(user.label(), user.email());
    }
    if (!Confirmation::ask(this, tr("Delete partner user"),
                           tr("Delete %1 from %2? They lose access at once; this cannot be undone.")
                               .arg(label, m_organizations->currentText()),
                           tr("Delete user")))
        return;
    busy(1);
    session()->partners()->deletePartnerUser(
        partnerOrganizationId(), userId, this, [this, label](const ApiResult<void> &result) {
            busy(-1);
            if (!result.ok()) {
                setStatus(tr("Could not delete %1: %2").arg(label, result.error().message), true);
                return;
            }
            loadUsersAndRoles([this, label] { setStatus(tr("Deleted %1.").arg(label)); });
        });
}

// ---- roles --------------------------------------------------------------------------------

bool PartnerUsersRolesPane::confirmDiscardRoleEdits()
{
    if (!m_editor->isModified())
        return true;
    return Confirmation::ask(
        this, tr("Unsaved role"),
        tr("The role \"%1\" has unsaved changes. Discard them?").arg(m_editor->draft().name),
        tr("Discard changes"));
}

void PartnerUsersRolesPane::newRole()
{
    if (!confirmDiscardRoleEdits())
        return;
    m_tabs->setCurrentIndex(1);
    {
        const QSignalBlocker blocker(m_roleList);
        m_roleList->clearSelection();
        m_roleList->setCurrentRow(-1);
    }
    m_editor->startNewRole();
    m_editor->nameEdit()->setFocus();
}

void PartnerUsersRolesPane::deleteRole()
{
    if (m_editor->isNewRole() || m_readOnly)
        return;
    const Role role = m_editor->loadedRole();
    if (!Confirmation::ask(this, tr("Delete role"),
                           tr("Delete the role \"%1\" (%2) of %3? A role still held by users "
                              "cannot be deleted.")
                               .arg(role.name(), role.id(), m_organizations->currentText()),
                           tr("Delete role")))
        return;
    busy(1);
    session()->partners()->deletePartnerRole(
        partnerOrganizationId(), role.id(), this, [this, role](const ApiResult<void> &result) {
            busy(-1);
            if (!result.ok()) {
                setStatus(
                    tr("Could not delete \"%1\": %2").arg(role.name(), result.error().message),
                    true);
                return;
            }
            GrantLayoutMemory::forget(role.id());
            m_editor->startNewRole();
            m_editor->markSaved();
            loadUsersAndRoles(
                [this, role] { setStatus(tr("Deleted role \"%1\".").arg(role.name())); });
        });
}

void PartnerUsersRolesPane::saveRole()
{
    QString why;
    if (m_readOnly || !m_editor->prepareForSave(&why)) {
        if (!why.isEmpty())
            setStatus(why, true);
        return;
    }
    const Role draft = m_editor->role();
    const QList<Grant> tree = m_editor->draft().grants;
    const QList<GrantFinding> warnings = PolicyAnalyzer::securityWarnings(m_editor->findings());
    const QString organizationId = partnerOrganizationId();
    if (m_editor->isNewRole()) {
        if (!RoleReviewDialog::confirm(this, draft.name(), RoleReview::compare(Role(), draft),
                                       warnings))
            return;
        busy(1);
        session()->partners()->createPartnerRole(
            organizationId, draft.payload(), this,
            [this, tree](const ApiResult<QJsonObject> &result) { finishSave(result, tree); });
        return;
    }
    // Re-fetch first: the review is against what the server holds now, and a change made by
    // someone else since loading is never overwritten.
    const Role loaded = m_editor->loadedRole();
    busy(1);
    setStatus(tr("Checking the server's current role…"));
    session()->partners()->getPartnerRoles(
        organizationId, this, [=, this](const ApiResult<QJsonArray> &result) {
            busy(-1);
            if (!result.ok()) {
                setStatus(
                    tr("Could not check the role before saving: %1").arg(result.error().message),
                    true);
                return;
            }
            std::optional<Role> current;
            for (const QJsonValue &value : result.value()) {
                auto role = Role::fromJson(value.toObject());
                if (role && role->id() == loaded.id())
                    current = role;
            }
            if (!current) {
                setStatus(tr("The role \"%1\" no longer exists on the server; it was not saved.")
                              .arg(loaded.name()),
                          true);
                return;
            }
            if (current->name() != loaded.name() ||
                !GrantTree::sameGrants(current->grants(), loaded.grants())) {
                resolveRoleConflict(loaded, *current);
                return;
            }
            if (!RoleReviewDialog::confirm(this, draft.name(), RoleReview::compare(*current, draft),
                                           warnings))
                return;
            busy(1);
            session()->partners()->updatePartnerRole(
                organizationId, loaded.id(), draft.payload(), this,
                [this, tree](const ApiResult<QJsonObject> &saved) { finishSave(saved, tree); });
        });
}

namespace {

QJsonValue flatGrants(const QList<Grant> &grants)
{
    return Grant::listToJson(GrantTree::flatten(grants));
}

} // namespace

// No ETags: the role fetched just now differs from the one the editor loaded. Both versions are
// shown by field (name; the grants as one list, in the review's words) and the administrator
// chooses. Even a change to another field is shown first: grants decide what people may do.
void PartnerUsersRolesPane::resolveRoleConflict(const Role &loaded, const Role &current)
{
    const Role mine = m_editor->role();
    const QList<Grant> myTree = m_editor->draft().grants;
    const auto review = [loaded](const QJsonValue &grants) {
        Role shown = loaded;
        shown.setGrants(Grant::listFromJson(grants).value_or(QList<Grant>()));
        const QStringList lines = RoleReview::compare(loaded, shown).lines();
        return lines.isEmpty() ? tr("as you opened it") : lines.join(QLatin1Char('\n'));
    };
    FieldConflict conflict;
    conflict.add(QStringLiteral("name"), tr("Name"), loaded.name(), mine.name(), current.name());
    conflict.add(QStringLiteral("grants"), tr("Grants"), flatGrants(loaded.grants()),
                 flatGrants(myTree), flatGrants(current.grants()), review);
    setStatus(tr("Not saved: someone changed \"%1\" since you opened it. Choose which version "
                 "to keep.")
                  .arg(loaded.name()),
              true);
    ConflictDialog::ask(
        this, conflict, this,
        [this, current, myTree](FieldConflict::Resolution resolution, const FieldConflict &chosen) {
            if (resolution == FieldConflict::Resolution::Cancel) {
                setStatus(tr("Not saved: your edits are kept in the editor."), true);
                return;
            }
            adoptRole(current, chosen.merged().values, myTree);
            if (FieldConflict::sends(resolution))
                saveRole(); // fetches and compares again
            else
                setStatus(tr("Their version of \"%1\" is shown.").arg(current.name()));
        });
}

// The server's role becomes the loaded copy; the editor shows the merged name and grants (the
// grants as their list or as my tree), one undo step on top.
void PartnerUsersRolesPane::adoptRole(const Role &current, const QJsonObject &merged,
                                      const QList<Grant> &myTree)
{
    m_editor->loadRole(current, GrantLayoutMemory::recall(current.id()));
    const QString name = merged.value(QStringLiteral("name")).toString();
    const bool myGrants =
        !FieldConflict::same(merged.value(QStringLiteral("grants")), flatGrants(current.grants()));
    if (name == current.name() && !myGrants)
        return;
    const QJsonObject json{{QStringLiteral("name"), name},
                           {QStringLiteral("slug"), current.slug()},
                           {QStringLiteral("grants"),
                            Grant::listToJson(myGrants ? myTree : m_editor->draft().grants)}};
    m_editor->jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
    m_editor->applyJsonText();
}

void PartnerUsersRolesPane::finishSave(const ApiResult<QJsonObject> &result,
                                       const QList<Grant> &tree)
{
    busy(-1);
    if (!result.ok()) {
        setStatus(tr("Not saved: %1").arg(result.error().message), true);
        return;
    }
    const std::optional<Role> saved = Role::fromJson(result.value());
    if (!saved) {
        setStatus(tr("Saved, but the server's answer could not be read; reload to check."), true);
        return;
    }
    // The server's answer replaces the local copy; the layout we built regroups its flat list.
    GrantLayoutMemory::remember(saved->id(), tree);
    m_editor->loadRole(*saved, tree);
    loadUsersAndRoles([this, saved] {
        selectRole(saved->id());
        setStatus(tr("Saved \"%1\".").arg(saved->name()));
        emit roleSaved(*saved);
    });
}

// ---- pane ---------------------------------------------------------------------------------

void PartnerUsersRolesPane::createNew()
{
    if (m_tabs->currentIndex() == 1)
        newRole();
    else
        showCreateUserDialog();
}

void PartnerUsersRolesPane::deleteSelection()
{
    if (m_tabs->currentIndex() == 1)
        deleteRole();
    else
        deleteUser(selectedUserId());
}

void PartnerUsersRolesPane::save()
{
    reportSaved(saveChanges());
}

bool PartnerUsersRolesPane::saveChanges()
{
    if (m_tabs->currentIndex() == 1)
        saveRole();
    else
        applyPendingChanges();
    return true;
}

bool PartnerUsersRolesPane::hasUnsavedChanges() const
{
    return m_editor->isModified() || m_matrix->hasPendingChanges();
}

void PartnerUsersRolesPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    for (QPushButton *button : {m_newUser, m_deleteUser, m_newRole, m_deleteRole, m_saveRole})
        button->setEnabled(!readOnly);
    m_matrixState->actionButton()->setEnabled(!readOnly && !m_matrixOrganization.isEmpty());
    m_matrixView->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                           : QAbstractItemView::AllEditTriggers);
    refreshPending();
}
