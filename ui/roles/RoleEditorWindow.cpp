#include "ui/roles/RoleEditorWindow.h"

#include "domain/permissions/RoleKindText.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/MessageWidget.h"
#include "ui/partners/grants/RoleEditor.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

RoleEditorWindow::RoleEditorWindow(Session *session, const QString &roleId,
                                   const QList<PermissionRole> &organizationRoles, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_roleId(roleId),
      m_organizationRoles(organizationRoles),
      m_status(new MessageWidget(MessageWidget::Style::Banner, this)),
      m_editor(new RoleEditor(this)), m_save(new QPushButton(tr("Review and &save…"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("roleEditorWindow"));
    setWindowTitle(tr("Role"));
    m_save->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    resize(1100, 720);

    QUndoStack *undo = m_editor->undoStack();
    // Undo and redo are the grant page's own buttons (one pair, not two).
    connect(undo, &QUndoStack::indexChanged, this, &RoleEditorWindow::refreshButtons);
    connect(undo, &QUndoStack::cleanChanged, this, &RoleEditorWindow::refreshButtons);
    connect(m_editor, &RoleEditor::changed, this, &RoleEditorWindow::refreshButtons);
    connect(m_save, &QPushButton::clicked, this, &RoleEditorWindow::save);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_editor, &RoleEditor::saveFailed, this, [this](const QString &why) {
        if (why.isEmpty())
            m_status->clear();
        else
            m_status->showError(why);
    });
    connect(m_editor, &RoleEditor::saved, this, [this](const Role &) {
        const PermissionRole stored = m_editor->organizationRole();
        setWindowTitle(tr("Role %1").arg(stored.name()));
        m_status->showPositive(tr("Saved %1.").arg(stored.name()));
        emit saved(stored);
    });
    connect(m_editor, &RoleEditor::saveFinished, this, &RoleEditorWindow::refreshButtons);
    setReadOnly(session->isReadOnly());
    reload();
}

bool RoleEditorWindow::isRootRole() const
{
    return m_editor->loadedRole().type() == PermissionRole::typeOf(RoleKind::Root);
}

void RoleEditorWindow::reload()
{
    m_status->showInfo(tr("Loading the role…"));
    m_session->permissions()->getRole(m_roleId, this, [this](const ApiResult<QJsonObject> &result) {
        const auto role = result.ok() ? PermissionRole::fromJson(result.value()) : std::nullopt;
        if (!role) {
            m_status->showError(
                result.ok() ? tr("The server's answer could not be read.")
                            : tr("The role could not be loaded: %1").arg(result.error().message));
            refreshButtons();
            return;
        }
        m_editor->loadOrganizationRole(*role, m_organizationRoles, RoleKindText::of(role->kind()));
        m_loaded = true;
        setWindowTitle(tr("Role %1").arg(role->name()));
        const bool root = role->kind() == RoleKind::Root;
        m_editor->setReadOnly(m_readOnly || root);
        if (root)
            m_status->showInfo(tr("The root role is the ceiling of every role in the "
                                  "organization: it is shown here, but it cannot be edited."));
        else
            m_status->showInfo(RoleKindText::description(*role));
        refreshButtons();
        emit loaded();
    });
}

void RoleEditorWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_loaded)
        m_editor->setReadOnly(readOnly || isRootRole());
    refreshButtons();
}

void RoleEditorWindow::save()
{
    if (!m_loaded || m_editor->isSaving())
        return;
    m_status->showInfo(tr("Checking the server's current role…"));
    m_editor->save(m_session->permissions());
    refreshButtons();
}

void RoleEditorWindow::refreshButtons()
{
    const bool editable = m_loaded && !m_readOnly && !isRootRole();
    const bool saving = m_editor->isSaving();
    m_save->setEnabled(editable && !saving);
}

bool RoleEditorWindow::hasUnsavedChanges() const
{
    return m_loaded && !m_readOnly && !isRootRole() && m_editor->isModified();
}

bool RoleEditorWindow::isSaving() const
{
    return m_editor->isSaving();
}

void RoleEditorWindow::discardAndClose()
{
    m_discarding = true;
    close();
}

void RoleEditorWindow::closeEvent(QCloseEvent *event)
{
    if (!m_discarding && hasUnsavedChanges() &&
        !Confirmation::ask(
            this, tr("Unsaved changes"),
            tr("Close %1 and drop the changes not saved?").arg(m_editor->loadedRole().name()),
            tr("Drop changes"))) {
        event->ignore();
        return;
    }
    event->accept();
}
