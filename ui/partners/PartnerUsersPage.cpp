#include "ui/partners/PartnerUsersPage.h"

#include "domain/common/InputRules.h"
#include "models/RoleMatrixModel.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/Theme.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The matrix with pending cells tinted (QtGui lives here, not in models/).
class StyledRoleMatrixModel : public RoleMatrixModel
{
public:
    using RoleMatrixModel::RoleMatrixModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole && RoleMatrixModel::data(index, PendingRole).toBool())
            return Theme::color(Theme::Color::Highlight);
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

PartnerUsersPage::PartnerUsersPage(Session *session, Reload reload, QWidget *parent)
    : PartnerPage(session, parent), m_reload(std::move(reload))
{
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
    // only once it is known whose users these are (showServerState).
    m_matrixState = new EmptyStateOverlay(m_matrixView, QString(), tr("New user…"),
                                          [this] { showCreateUserDialog(); });
    m_matrixState->actionButton()->setEnabled(false);
    m_matrixState->follow(m_matrix, [this] { emit reloadRequested(); });

    auto *split = new QSplitter;
    split->addWidget(m_matrixView);
    split->addWidget(buildSide());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_matrix, &RoleMatrixModel::pendingChanged, this, &PartnerUsersPage::refreshPending);
    connect(m_apply, &QPushButton::clicked, this, &PartnerUsersPage::save);
    connect(m_discard, &QPushButton::clicked, this, &PartnerUsersPage::discard);
    connect(m_newUser, &QPushButton::clicked, this, &PartnerUsersPage::showCreateUserDialog);
    connect(m_deleteUser, &QPushButton::clicked, this, [this] { deleteUser(selectedUserId()); });
    refreshPending();
}

QWidget *PartnerUsersPage::buildSide()
{
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
    return side;
}

// ---- what the host loaded -----------------------------------------------------------------

void PartnerUsersPage::setOrganization(const QString &organizationId, const QString &label)
{
    m_organizationId = organizationId;
    m_organizationLabel = label;
    m_results->clear();
    // Another organization's users are never shown under this one's name, not even meanwhile.
    if (organizationId != m_shownOrganization) {
        m_matrix->setServerState({}, {});
        m_shownOrganization.clear();
    }
}

void PartnerUsersPage::setLoading(bool loading)
{
    m_matrix->setLoading(loading);
}

void PartnerUsersPage::showLoadFailure(const QString &reason)
{
    m_matrix->loadFailed(reason); // the matrix shown stays, marked stale
}

void PartnerUsersPage::showNothing(const QString &text)
{
    m_organizationId.clear();
    m_users.clear();
    m_roles.clear();
    m_matrix->setServerState({}, {});
    m_shownOrganization.clear();
    m_matrixState->setText(text);
    m_matrixState->actionButton()->setEnabled(false);
}

void PartnerUsersPage::showServerState(const QList<PartnerUser> &users, const QList<Role> &roles)
{
    m_users = users;
    m_roles = roles;
    m_matrix->setServerState(m_users, references(m_roles));
    m_shownOrganization = m_organizationId;
    m_matrixState->setText(tr("This partner organization has no users yet."));
    m_matrixState->actionButton()->setEnabled(!isReadOnly());
    m_matrixView->resizeColumnsToContents();
}

// ---- the matrix ---------------------------------------------------------------------------

void PartnerUsersPage::refreshPending()
{
    m_pending->clear();
    for (const RoleChange &change : m_matrix->pendingChanges())
        m_pending->addItem((change.assign ? QStringLiteral("+ ") : QStringLiteral("− ")) +
                           change.describe());
    const bool any = m_matrix->hasPendingChanges();
    m_apply->setEnabled(any && !isReadOnly() && !m_batch);
    m_discard->setEnabled(any && !m_batch);
    if (!any)
        m_pending->addItem(tr("(none)"));
}

bool PartnerUsersPage::hasUnsavedChanges() const
{
    return m_matrix->hasPendingChanges();
}

void PartnerUsersPage::discard()
{
    m_matrix->discardChanges();
}

void PartnerUsersPage::save()
{
    if (m_batch)
        return; // the running batch reports
    const QList<RoleChange> changes = m_matrix->pendingChanges();
    if (changes.isEmpty() || isReadOnly())
        return reportSaved(changes.isEmpty());
    m_batch = new RoleAssignmentBatch(session()->partners(), m_organizationId, this);
    busy(1);
    refreshPending();
    connect(m_batch, &RoleAssignmentBatch::finished, this, [this] {
        busy(-1);
        const QList<RoleAssignmentBatch::Outcome> outcomes = m_batch->outcomes();
        m_batch->deleteLater();
        m_batch = nullptr;
        showOutcomes(outcomes);
    });
    m_batch->run(changes);
}

void PartnerUsersPage::showOutcomes(const QList<RoleAssignmentBatch::Outcome> &outcomes)
{
    m_results->clear();
    int failed = 0;
    for (const RoleAssignmentBatch::Outcome &outcome : outcomes) {
        auto *item = new QListWidgetItem(
            outcome.ok ? tr("✔ %1").arg(outcome.change.describe())
                       : tr("✘ %1 — failed: %2").arg(outcome.change.describe(), outcome.message));
        if (!outcome.ok) {
            item->setForeground(Theme::color(Theme::Color::ErrorText));
            ++failed;
        }
        m_results->addItem(item);
    }
    reportSaved(failed == 0);
    // Show what the server holds now, not what was hoped.
    m_reload([this, failed] {
        if (failed > 0)
            showError(tr("%n change(s) failed; the matrix shows what the server holds.", nullptr,
                         failed));
        else
            showInfo(tr("All changes applied."));
        emit assignmentsApplied();
    });
}

// ---- users --------------------------------------------------------------------------------

QString PartnerUsersPage::selectedUserId() const
{
    const QModelIndex index = m_matrixView->currentIndex();
    if (!index.isValid() || index.row() >= m_matrix->users().size())
        return {};
    return m_matrix->users().at(index.row()).id();
}

bool PartnerUsersPage::createUser(const QString &email, const QString &language,
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
        m_organizationId, email.trimmed(), language, roleIds, this,
        [this, email](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                showError(tr("Could not create %1: %2").arg(email, result.error().message));
                return;
            }
            m_reload(
                [this, email] { showInfo(tr("Created %1; an invitation was sent.").arg(email)); });
        });
    return true;
}

void PartnerUsersPage::showCreateUserDialog()
{
    if (m_organizationId.isEmpty())
        return;
    QString email, language;
    const QStringList roleIds = askForNewUser(&email, &language);
    if (email.isEmpty())
        return; // cancelled
    QString error;
    if (!createUser(email, language, roleIds, &error))
        showError(error);
}

// The "New partner user" dialog; an empty `email` when it was cancelled.
QStringList PartnerUsersPage::askForNewUser(QString *email, QString *language)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New partner user"));
    auto *emailEdit = new QLineEdit;
    emailEdit->setPlaceholderText(tr("name@partner.example"));
    auto *languageBox = new QComboBox;
    languageBox->addItem(tr("German"), QStringLiteral("de"));
    languageBox->addItem(tr("English"), QStringLiteral("en"));
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
    form->addRow(tr("E-mail:"), emailEdit);
    form->addRow(tr("Language:"), languageBox);
    form->addRow(tr("Roles:"), roles);
    form->addRow(buttons);
    connect(emailEdit, &QLineEdit::textChanged, &dialog, [&] {
        // CreatePartnerUserPayload.email: checked as it is typed, the problem under the field.
        const QString problem = InputRules::email(emailEdit->text());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
        FieldMessage::report(emailEdit, emailEdit->text().isEmpty() ? QString() : problem);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    *email = emailEdit->text();
    *language = languageBox->currentData().toString();
    QStringList roleIds;
    for (int row = 0; row < roles->count(); ++row) {
        if (roles->item(row)->checkState() == Qt::Checked)
            roleIds << roles->item(row)->data(Qt::UserRole).toString();
    }
    return roleIds;
}

void PartnerUsersPage::deleteUser(const QString &userId)
{
    if (userId.isEmpty() || isReadOnly())
        return;
    QString label = userId;
    for (const PartnerUser &user : std::as_const(m_users)) {
        if (user.id() == userId)
            label = tr("%1 <%2>").arg(user.label(), user.email());
    }
    if (!Confirmation::ask(this, tr("Delete partner user"),
                           tr("Delete %1 from %2? They lose access at once; this cannot be undone.")
                               .arg(label, m_organizationLabel),
                           tr("Delete user")))
        return;
    busy(1);
    session()->partners()->deletePartnerUser(
        m_organizationId, userId, this, [this, label](const ApiResult<void> &result) {
            busy(-1);
            if (!result.ok()) {
                showError(tr("Could not delete %1: %2").arg(label, result.error().message));
                return;
            }
            m_reload([this, label] { showInfo(tr("Deleted %1.").arg(label)); });
        });
}

void PartnerUsersPage::setReadOnly(bool readOnly)
{
    PartnerPage::setReadOnly(readOnly);
    for (QPushButton *button : {m_newUser, m_deleteUser})
        button->setEnabled(!readOnly);
    m_matrixState->actionButton()->setEnabled(!readOnly && !m_shownOrganization.isEmpty());
    m_matrixView->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                           : QAbstractItemView::AllEditTriggers);
    refreshPending();
}
