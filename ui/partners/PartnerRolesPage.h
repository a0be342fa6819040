#pragma once

#include "domain/partners/Role.h"
#include "ui/partners/PartnerPage.h"

#include <functional>

class QListWidget;
class QPushButton;
class RoleEditor;

// The "Roles and grants" tab: a partner organization's roles, each edited with the grant editor
// and saved after a review against the server's current role (RoleEditor::save, on the
// conflict-checked save).
class PartnerRolesPage : public PartnerPage
{
    Q_OBJECT
public:
    // Loads the organization's users and roles again, then calls `then` (the host does it).
    using Reload = std::function<void(std::function<void()> then)>;
    PartnerRolesPage(Session *session, Reload reload, QWidget *parent = nullptr);

    void setOrganization(const QString &organizationId, const QString &label);
    // The roles as loaded; the editor keeps its role (and its edits).
    void showRoles(const QList<Role> &roles);
    QList<Role> roles() const { return m_roles; }

    // Saves the role in the editor; the outcome is saveFinished(saved), roleSaved() follows once
    // the list shows it.
    void save() override;
    void discard() override;
    bool hasUnsavedChanges() const override;
    bool isSaving() const override;
    void setReadOnly(bool readOnly) override;

    void newRole();
    void deleteRole();
    void selectRole(const QString &roleId);

    RoleEditor *editor() const { return m_editor; }
    QListWidget *roleList() const { return m_roleList; }

signals:
    void roleSaved(const Role &role);

private:
    QWidget *buildList();
    QWidget *buildEditor();
    void onRoleChosen(int row);
    void showRoleInEditor(const Role &role);
    bool confirmDiscardRoleEdits();
    void refreshSaveButton();
    void afterSave(const Role &saved);

    Reload m_reload;
    QString m_organizationId;
    QString m_organizationLabel;
    QList<Role> m_roles;
    QListWidget *m_roleList;
    QPushButton *m_newRole;
    QPushButton *m_deleteRole;
    QPushButton *m_saveRole;
    QPushButton *m_revertRole;
    RoleEditor *m_editor;
};
