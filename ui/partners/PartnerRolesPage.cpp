#include "ui/partners/PartnerRolesPage.h"

#include "domain/grants/GrantLayoutMemory.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/partners/grants/RoleEditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

PartnerRolesPage::PartnerRolesPage(Session *session, Reload reload, QWidget *parent)
    : PartnerPage(session, parent), m_reload(std::move(reload))
{
    auto *split = new QSplitter;
    split->addWidget(buildList());
    split->addWidget(buildEditor());
    split->setStretchFactor(1, 1);
    // The list keeps its 200 px; left to itself the splitter gave it more, and left it blank.
    split->setSizes({200, 10000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    // The role editor's conflict-checked save: its outcome is the page's outcome (queued, so a
    // save refused at once still reports after save() returned).
    connect(m_editor, &RoleEditor::saved, this, &PartnerRolesPage::afterSave);
    connect(m_editor, &RoleEditor::saveFailed, this, [this](const QString &why) {
        // Replaces "Checking the server's current role…": no word outlives the check.
        if (why.isEmpty())
            showInfo({});
        else
            showError(why);
    });
    connect(m_editor, &RoleEditor::saveFinished, this, [this](bool saved) {
        busy(-1); // the page is busy for the whole save, its questions included
        reportSaved(saved);
    });

    connect(m_roleList, &QListWidget::currentRowChanged, this, &PartnerRolesPage::onRoleChosen);
    connect(m_newRole, &QPushButton::clicked, this, &PartnerRolesPage::newRole);
    connect(m_deleteRole, &QPushButton::clicked, this, &PartnerRolesPage::deleteRole);
    connect(m_saveRole, &QPushButton::clicked, this, &PartnerRolesPage::save);
    connect(m_revertRole, &QPushButton::clicked, this, &PartnerRolesPage::discard);
    connect(m_editor, &RoleEditor::changed, this, &PartnerRolesPage::refreshSaveButton);
    // "Review and save…" and "Revert" follow the unsaved state: undo steps, a save's end, and
    // text typed but not applied yet (which counts as unsaved too).
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this,
            &PartnerRolesPage::refreshSaveButton);
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this,
            &PartnerRolesPage::refreshSaveButton);
    connect(m_editor, &RoleEditor::saveFinished, this, &PartnerRolesPage::refreshSaveButton);
    for (QLineEdit *line : m_editor->findChildren<QLineEdit *>())
        connect(line, &QLineEdit::textChanged, this, &PartnerRolesPage::refreshSaveButton);
    for (QPlainTextEdit *text : m_editor->findChildren<QPlainTextEdit *>())
        connect(text, &QPlainTextEdit::textChanged, this, &PartnerRolesPage::refreshSaveButton);
    refreshSaveButton();
}

QWidget *PartnerRolesPage::buildList()
{
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
    return leftWidget;
}

QWidget *PartnerRolesPage::buildEditor()
{
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
    return rightWidget;
}

void PartnerRolesPage::refreshSaveButton()
{
    // Enabled only with something to review or revert.
    const bool unsaved = m_editor->isModified() && !m_editor->isSaving();
    m_saveRole->setEnabled(unsaved && !isReadOnly() && !m_editor->hasErrors());
    m_saveRole->setToolTip(m_editor->hasErrors() ? tr("Fix the errors first.")
                           : unsaved             ? QString()
                                                 : tr("No unsaved changes."));
    m_revertRole->setEnabled(unsaved);
}

void PartnerRolesPage::setOrganization(const QString &organizationId, const QString &label)
{
    m_organizationId = organizationId;
    m_organizationLabel = label;
}

// ---- the list -----------------------------------------------------------------------------

void PartnerRolesPage::showRoles(const QList<Role> &roles)
{
    m_roles = roles;
    const QString select = m_editor->loadedRole().id();
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

void PartnerRolesPage::onRoleChosen(int row)
{
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
}

void PartnerRolesPage::showRoleInEditor(const Role &role)
{
    m_editor->loadRole(role, GrantLayoutMemory::recall(role.id()));
    m_editor->setReadOnly(isReadOnly());
}

void PartnerRolesPage::selectRole(const QString &roleId)
{
    for (int index = 0; index < m_roles.size(); ++index) {
        if (m_roles.at(index).id() == roleId)
            m_roleList->setCurrentRow(index);
    }
}

bool PartnerRolesPage::confirmDiscardRoleEdits()
{
    if (!m_editor->isModified())
        return true;
    return Confirmation::ask(
        this, tr("Unsaved role"),
        tr("The role \"%1\" has unsaved changes. Discard them?").arg(m_editor->draft().name),
        tr("Discard changes"));
}

void PartnerRolesPage::newRole()
{
    if (!confirmDiscardRoleEdits())
        return;
    {
        const QSignalBlocker blocker(m_roleList);
        m_roleList->clearSelection();
        m_roleList->setCurrentRow(-1);
    }
    m_editor->startNewRole();
    m_editor->nameEdit()->setFocus();
}

void PartnerRolesPage::deleteRole()
{
    if (m_editor->isNewRole() || isReadOnly())
        return;
    const Role role = m_editor->loadedRole();
    if (!Confirmation::ask(this, tr("Delete role"),
                           tr("Delete the role \"%1\" (%2) of %3? A role still held by users "
                              "cannot be deleted.")
                               .arg(role.name(), role.id(), m_organizationLabel),
                           tr("Delete role")))
        return;
    busy(1);
    session()->partners()->deletePartnerRole(
        m_organizationId, role.id(), this, [this, role](const ApiResult<void> &result) {
            busy(-1);
            if (!result.ok()) {
                showError(
                    tr("Could not delete \"%1\": %2").arg(role.name(), result.error().message));
                return;
            }
            GrantLayoutMemory::forget(role.id());
            m_editor->startNewRole();
            m_editor->markSaved();
            m_reload([this, role] { showInfo(tr("Deleted role \"%1\".").arg(role.name())); });
        });
}

// ---- saving -------------------------------------------------------------------------------

void PartnerRolesPage::save()
{
    if (isReadOnly())
        return reportSaved(false);
    if (m_editor->isSaving())
        return; // the running save reports
    busy(1);
    // Said while the server's role is read and compared; every outcome replaces it.
    showInfo(tr("Checking the server's current role…"));
    m_editor->save(session()->partners(), m_organizationId);
}

void PartnerRolesPage::afterSave(const Role &saved)
{
    m_reload([this, saved] {
        selectRole(saved.id());
        showInfo(tr("Saved \"%1\".").arg(saved.name()));
        emit roleSaved(saved);
    });
}

void PartnerRolesPage::discard()
{
    if (m_editor->isNewRole())
        m_editor->startNewRole();
    else
        showRoleInEditor(m_editor->loadedRole());
}

bool PartnerRolesPage::hasUnsavedChanges() const
{
    return m_editor->isModified();
}

bool PartnerRolesPage::isSaving() const
{
    return m_editor->isSaving();
}

void PartnerRolesPage::setReadOnly(bool readOnly)
{
    PartnerPage::setReadOnly(readOnly);
    m_editor->setReadOnly(readOnly);
    for (QPushButton *button : {m_newRole, m_deleteRole})
        button->setEnabled(!readOnly);
    refreshSaveButton();
}
