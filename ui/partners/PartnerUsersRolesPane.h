#pragma once

#include "domain/partners/Assignable.h"
#include "domain/partners/Role.h"
#include "ui/common/MessageWidget.h"
#include "ui/shell/Pane.h"

#include <functional>

class EmptyStateOverlay;
class PartnerPage;
class PartnerRolesPage;
class PartnerUsersPage;
class QComboBox;
class QListWidget;
class QTableView;
class QTabWidget;
class RoleEditor;
class RoleMatrixModel;

// Partner users & roles: a small host of two pages for the partner organization chosen at the
// top. "Users and their roles" (PartnerUsersPage): the users × roles matrix, creating and
// deleting users. "Roles and grants" (PartnerRolesPage): the roles, edited with the grant editor.
// The host lists the organizations, loads users and roles for both pages and shows the status.
class PartnerUsersRolesPane : public Pane
{
    Q_OBJECT
public:
    explicit PartnerUsersRolesPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Partner users & roles"); }
    void reload() override;
    void createNew() override;
    void deleteSelection() override;
    // Saves every page with unsaved changes (none: the current page); one outcome for all.
    void save() override;
    void discard() override;
    bool isSaving() const override;
    bool hasUnsavedChanges() const override;
    void setReadOnly(bool readOnly) override;

    // For tests and the shell.
    void choosePartnerOrganization(const QString &organizationId);
    QString partnerOrganizationId() const;
    PartnerUsersPage *usersPage() const { return m_usersPage; }
    PartnerRolesPage *rolesPage() const { return m_rolesPage; }
    QComboBox *organizationBox() const { return m_organizations; }
    RoleMatrixModel *matrix() const;
    QTableView *matrixView() const;
    EmptyStateOverlay *matrixState() const;
    RoleEditor *roleEditor() const;
    QListWidget *roleList() const;
    QListWidget *pendingList() const;
    QListWidget *resultList() const;
    MessageWidget *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    QList<Role> roles() const;
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

protected:
    void sessionReady() override;

private:
    void addPage(PartnerPage *page);
    void loadOrganizations();
    void showOrganizations(const QList<Assignable> &organizations);
    void showNoOrganizations();
    void loadOrganization();
    void loadUsersAndRoles(std::function<void()> then = {});
    void loadUsers(const QString &organizationId, const QList<Role> &roles,
                   std::function<void()> then);
    // Status line and the matrix's empty state together: a load failed.
    void loadFailed(const QString &text, const QString &reason);
    void busy(int delta);

    QComboBox *m_organizations;
    MessageWidget *m_status;
    QTabWidget *m_tabs;
    PartnerUsersPage *m_usersPage;
    PartnerRolesPage *m_rolesPage;
    QList<PartnerPage *> m_pages;
    int m_busy = 0;
    QString m_pendingOrganization;
};
