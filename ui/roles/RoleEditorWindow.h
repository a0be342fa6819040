#pragma once

#include "domain/permissions/PermissionRole.h"

#include <QWidget>

class MessageWidget;
class QPushButton;
class RoleEditor;
class Session;

// An organization role in the grant editor, in a window of its own (never modal: the Roles page
// stays usable). Loads the role fresh with getRole, saves with the conflict-checked putRole
// (RoleEditor::save), undo/redo, findings, what-if and the review as for partner roles. The
// root role (org_role) is the ceiling of every role: shown, never editable. Closing with unsaved
// edits asks first.
class RoleEditorWindow : public QWidget
{
    Q_OBJECT
public:
    // `organizationRoles`: every role, for the parent picker and names.
    RoleEditorWindow(Session *session, const QString &roleId,
                     const QList<PermissionRole> &organizationRoles, QWidget *parent = nullptr);

    QString roleId() const { return m_roleId; }
    RoleEditor *editor() const { return m_editor; }
    MessageWidget *status() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    bool isLoaded() const { return m_loaded; }
    void reload();
    void save();
    void setReadOnly(bool readOnly);
    // Edits not saved yet (a loaded, editable role only) and a save on its way.
    bool hasUnsavedChanges() const;
    bool isSaving() const;
    // Closes without asking: the person already chose to drop the edits (the page's leave check).
    void discardAndClose();

signals:
    void loaded();
    void saved(const PermissionRole &role);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refreshButtons();
    bool isRootRole() const;

    Session *m_session;
    QString m_roleId;
    QList<PermissionRole> m_organizationRoles;
    MessageWidget *m_status;
    RoleEditor *m_editor;
    QPushButton *m_save;
    QPushButton *m_close;
    bool m_loaded = false;
    bool m_readOnly = false;
    bool m_discarding = false;
};
