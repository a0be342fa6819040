#pragma once

#include "controllers/RoleAssignmentBatch.h"
#include "domain/partners/Role.h"
#include "services/network/ApiResult.h"
#include "ui/shell/Pane.h"

#include <QPointer>

class EmptyStateOverlay;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTabWidget;
class RoleEditor;
class RoleMatrixModel;

// Partner users & roles: for a chosen partner organization, its users with their roles (a
// users × roles matrix whose ticks are applied together and reported per role), creating and
// deleting users, and its roles edited with the grant editor (saved after a review against the
// server's current role; someone else's change is never overwritten).
class PartnerUsersRolesPane : public Pane
{
    Q_OBJECT
public:
    explicit PartnerUsersRolesPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Partner users & roles"); }
    void reload() override;
    void createNew() override;
    void deleteSelection() override;
    void save() override;
    bool hasUnsavedChanges() const override;
    void setReadOnly(bool readOnly) override;

    // For tests and the shell.
    void choosePartnerOrganization(const QString &organizationId);
    QString partnerOrganizationId() const;
    QComboBox *organizationBox() const { return m_organizations; }
    RoleMatrixModel *matrix() const { return m_matrix; }
    QTableView *matrixView() const { return m_matrixView; }
    EmptyStateOverlay *matrixState() const { return m_matrixState; }
    RoleEditor *roleEditor() const { return m_editor; }
    QListWidget *roleList() const { return m_roleList; }
    QListWidget *pendingList() const { return m_pending; }
    QListWidget *resultList() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    QList<Role> roles() const { return m_roles; }
    bool isBusy() const { return m_busy > 0; }
    void applyPendingChanges();
    // Saves the role in the editor: checks, re-fetches, reviews, then creates or updates.
    void saveRole();
    void newRole();
    void deleteRole();
    void selectRole(const QString &roleId);
    // Creates a user (the dialog's fields): false with a reason when the input is refused.
    bool createUser(const QString &email, const QString &language, const QStringList &roleIds,
                    QString *error = nullptr);
    void deleteUser(const QString &userId);

signals:
    void loaded();
    void roleSaved(const Role &role);
    void assignmentsApplied();

private:
    // Starts the save; false when it was refused at once. The outcome is not yet awaited.
    bool saveChanges();
    void resolveRoleConflict(const Role &loaded, const Role &current);
    void adoptRole(const Role &current, const QJsonObject &merged, const QList<Grant> &myTree);
    QWidget *buildUsersTab();
    QWidget *buildRolesTab();
    void loadOrganizations();
    void loadOrganization();
    void loadUsersAndRoles(std::function<void()> then = {});
    void showRoles(const QString &select);
    void showRoleInEditor(const Role &role);
    void refreshPending();
    void setStatus(const QString &text, bool error = false);
    // Status line and the matrix's empty state together: a load failed.
    void loadFailed(const QString &text, const QString &reason);
    void finishSave(const ApiResult<QJsonObject> &result, const QList<Grant> &tree);
    void showCreateUserDialog();
    bool confirmDiscardRoleEdits();
    QString selectedUserId() const;
    void busy(int delta);

    QComboBox *m_organizations;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTableView *m_matrixView;
    RoleMatrixModel *m_matrix;
    EmptyStateOverlay *m_matrixState;
    QString m_matrixOrganization; // whose users the matrix shows
    QListWidget *m_pending;
    QListWidget *m_results;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QPushButton *m_newUser;
    QPushButton *m_deleteUser;
    QListWidget *m_roleList;
    QPushButton *m_newRole;
    QPushButton *m_deleteRole;
    QPushButton *m_saveRole;
    QPushButton *m_revertRole;
    RoleEditor *m_editor;
    QList<Role> m_roles;
    QList<PartnerUser> m_users;
    QPointer<RoleAssignmentBatch> m_batch;
    bool m_readOnly = false;
    int m_busy = 0;
    QString m_pendingOrganization;
};
