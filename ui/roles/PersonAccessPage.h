#pragma once

#include "domain/permissions/EffectivePermissions.h"

#include <QWidget>

class MessageWidget;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;
class QTreeWidget;
class SearchDebouncer;
class Session;
class UserListModel;

// One person's access (tab of AccessCheckPane): pick them from the user list (searched on the
// server by name or e-mail); their roles are read with getAssignedRolesForUser and shown as
// effective permissions (action, resource, conditions, role, whether it counts under the root
// role's ceiling and their denies), with a what-if naming the deciding grant and role.
class PersonAccessPage : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        EffectColumn,
        ActionColumn,
        ResourceColumn,
        ConditionsColumn,
        RoleColumn,
        CountsColumn,
        ColumnCount
    };

    explicit PersonAccessPage(Session *session, QWidget *parent = nullptr);

    // The organization's roles (listAllRoles); the shown person is computed again.
    void setRoles(const QList<PermissionRole> &roles);
    // Shows this person (as if picked); `label` is the name to show.
    void showPerson(const QString &userId, const QString &label);
    void clearPerson();
    // Reads the shown person's roles again (after a reload of the page).
    void reloadPerson();
    void focusSearch();
    void setActive(bool active);
    void restart(); // another organization: the list starts over

    QLineEdit *searchBox() const { return m_search; }
    QTreeView *people() const { return m_people; }
    UserListModel *peopleModel() const { return m_model; }
    QLabel *personLabel() const { return m_personLabel; }
    QLabel *rolesLabel() const { return m_rolesLabel; }
    QTreeWidget *effectiveTree() const { return m_effective; }
    QComboBox *actionField() const { return m_action; }
    QLineEdit *resourceField() const { return m_resource; }
    QPlainTextEdit *attributesField() const { return m_attributes; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *whatIfResult() const { return m_result; }
    MessageWidget *status() const { return m_status; }
    QString userId() const { return m_userId; }
    bool isLoading() const { return m_loading; }
    // Runs the what-if with the fields; false (and a message next to the field) on bad input.
    bool checkWhatIf();
    std::optional<AccessDecision> lastDecision() const { return m_decision; }

signals:
    void personShown(); // the effective permissions of the picked person are on screen

private:
    void buildUi();
    void pickCurrent();
    void showPermissions();
    QString countsText(const EffectiveGrant &grant) const;

    Session *m_session;
    UserListModel *m_model;
    SearchDebouncer *m_debouncer;
    QLineEdit *m_search = nullptr;
    QTreeView *m_people = nullptr;
    QLabel *m_personLabel = nullptr;
    QLabel *m_rolesLabel = nullptr;
    QTreeWidget *m_effective = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_resource = nullptr;
    QPlainTextEdit *m_attributes = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_result = nullptr;
    MessageWidget *m_status = nullptr;
    QList<PermissionRole> m_roles;
    QString m_userId;
    QString m_label;
    QStringList m_roleIds;
    bool m_rolesKnown = false; // the person's assignments have arrived
    bool m_loading = false;
    quint64 m_request = 0; // answers for a person picked earlier are dropped
    std::optional<EffectivePermissions> m_permissions;
    std::optional<AccessDecision> m_decision;
};
