#pragma once

#include "controllers/UserBatchAction.h"
#include "controllers/UserExporter.h"
#include "models/UserListModel.h"
#include "ui/shell/Pane.h"
#include "ui/users/OrganizationPicker.h"

class MessageWidget;
class OrganizationRoles;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;
class SearchDebouncer;
class UserDetailPanel;
class UserMemberships;
class UserTableColumns;

// The Users page: a paged, searchable table of the organization's users, a detail form for the
// selected one, invitations, per-person actions and exports.
class UsersPane : public Pane
{
    Q_OBJECT
public:
    explicit UsersPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Users"); }
    void reload() override;
    void focusSearch() override;
    void createNew() override; // invite
    void deleteSelection() override;
    void save() override;
    void discard() override;
    bool isSaving() const override;
    bool hasUnsavedChanges() const override;
    void setReadOnly(bool readOnly) override;

    // Selects the user (searching for them when not loaded) and shows the details.
    void showUser(const QString &userId, const QString &email = {});
    void runAction(UserBatchAction::Kind kind);
    // Add or remove a role for the selected people: asks which (BulkRoleDialog), then runs
    // the batch with each person's result (UsersPaneRoles.cpp).
    void openRoleAction(UserBatchAction::Kind kind);
    void runRoleAction(UserBatchAction::Kind kind, const QString &roleId);
    void exportTo(const QString &path, UserExporter::Format format);
    // Opens the export dialog (format and file); the export starts when it is accepted.
    void openExport();
    void openInvitations();
    void openPendingInvitations();

    UserListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *organizationFilter() const { return m_organization; }
    UserDetailPanel *details() const { return m_details; }
    UserTableColumns *columns() const { return m_columns; }
    UserMemberships *memberships() const { return m_memberships; }
    QString lastReport() const { return m_lastReport; }
    QToolButton *rolesButton() const { return m_roles; }
    OrganizationRoles *organizationRoles() const { return m_roleCatalog; }
    QList<UserBatchAction::Person> selectedPeople() const;

signals:
    void groupRequested(const QString &groupId);
    void actionFinished(const QString &report);
    void exportFinished(bool ok, const QString &message);

private:
    void buildUi();
    void loadOrganizationsAfterFirstPage();
    void loadWaitingOrganizations();
    void onSelectionChanged();
    void updateStatusLine();
    void updateActions();
    // Shows another user, first asking about (and saving) unsaved edits of the one shown.
    void switchUserAfterAsking(const QString &userId);
    void openDetails(const QString &userId);
    void dropDetailsOfHiddenUser();
    // The Roles and Groups columns, for the search and organizations shown.
    void loadMemberships();
    void reselectCurrentUser();
    // Runs a batch over `people` with a progress dialog and reports each person's result.
    void runBatch(UserBatchAction *batch, const QString &title, int total);

    UserListModel *m_model;
    SearchDebouncer *m_debouncer;
    UserMemberships *m_memberships;
    UserTableColumns *m_columns = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    OrganizationPicker *m_organization = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    UserDetailPanel *m_details = nullptr;
    QLabel *m_count = nullptr;
    MessageWidget *m_errorBar = nullptr;
    QAction *m_retry = nullptr;
    QPushButton *m_invite = nullptr;
    QPushButton *m_pending = nullptr;
    QToolButton *m_export = nullptr;
    QPushButton *m_resend = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_delete = nullptr;
    QToolButton *m_roles = nullptr;
    OrganizationRoles *m_roleCatalog = nullptr;
    QString m_lastReport;
    QString m_currentUserId;
    QString m_pendingSelection;
    bool m_organizationsWaiting = false;
    bool m_membershipsWaiting = false;
    bool m_readOnly = false;
    bool m_reverting = false;
};
