#pragma once

#include "domain/permissions/PermissionRole.h"
#include "domain/permissions/RoleHolders.h"
#include "ui/shell/Pane.h"

#include <QHash>
#include <QPointer>

class EmptyStateOverlay;
class ListStateTracker;
class MessageWidget;
class RoleEditorWindow;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class SearchDebouncer;

// The Roles page (Permissions API): the organization's roles grouped by kind, searched with
// searchRoles, who holds each (count and names from listAllAssignments and the user list),
// expiry shown and expired roles marked; create, duplicate and delete (the confirmation names
// the people who hold the role). A role opens in the grant editor (RoleEditorWindow) by
// double-click or Edit; dialogs and editors never block the page.
class RolesPane : public Pane
{
    Q_OBJECT
public:
    explicit RolesPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Roles"); }
    void reload() override;
    void focusSearch() override;
    void createNew() override;
    void deleteSelection() override;
    void setReadOnly(bool readOnly) override;
    // The open editor windows belong to the page: leaving, signing out, switching organization
    // and quitting ask about their edits and wait for their saves.
    bool hasUnsavedChanges() const override;
    bool isSaving() const override;
    void save() override;
    void discard() override;
    void duplicateSelected();
    // Selects the role, now or as soon as the roles are loaded.
    void showRole(const QString &roleId);
    // Opens the selected role (or `roleId`) in the grant editor; the root role read-only.
    RoleEditorWindow *editSelected();
    RoleEditorWindow *editRole(const QString &roleId);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *historyButton() const { return m_history; }
    QLineEdit *searchBox() const { return m_search; }
    QLabel *holdersLabel() const { return m_holdersLabel; }
    QLabel *detailsLabel() const { return m_detailsLabel; }
    QPushButton *editButton() const { return m_edit; }
    ListStateTracker *listState() const { return m_listState; }
    EmptyStateOverlay *listOverlay() const { return m_overlay; }
    MessageWidget *status() const { return m_status; }
    bool isLoading() const { return m_pending > 0; }
    // The role shown in the row, or the selected one.
    QString selectedRoleId() const;
    void selectRole(const QString &roleId);
    // The text the confirmation of deleting this role shows.
    QString deleteQuestion(const PermissionRole &role) const;

signals:
    void loaded();

protected:
    void sessionReady() override;

private:
    void buildUi();
    void search(const QString &text);
    void loadAssignments();
    void finishOne();
    void showRoles(const QList<PermissionRole> &roles);
    void showHolders();
    void updateActions();
    void createRole(const PermissionRole &role);
    void openRoleDialog(const PermissionRole &start);
    std::optional<PermissionRole> roleOf(const QString &roleId) const;
    QTreeWidgetItem *groupItem(RoleKind kind);
    static QString kindTitle(RoleKind kind);

    SearchDebouncer *m_debouncer;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_holdersLabel = nullptr;
    QLabel *m_detailsLabel = nullptr;
    ListStateTracker *m_listState = nullptr;
    EmptyStateOverlay *m_overlay = nullptr;
    QHash<QString, QPointer<RoleEditorWindow>> m_editors;
    MessageWidget *m_status = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_history = nullptr;
    QList<PermissionRole> m_allRoles; // for parents and lookups
    QList<PermissionRole> m_shown;
    RoleHolders m_holders;
    QString m_query;
    QString m_wantedRole; // showRole() before the roles were loaded
    int m_pending = 0;
    bool m_readOnly = false;
};
