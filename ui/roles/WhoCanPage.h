#pragma once

#include "domain/permissions/EffectivePermissions.h"

#include <QHash>
#include <QWidget>

class MessageWidget;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// "Who can…?" (tab of AccessCheckPane): an action and a resource → the people who can, with the
// role(s) giving it and the conditions it depends on; people whose grant a deny overrides or the
// root role caps are counted, not listed. Computed from everyone's assignments.
class WhoCanPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { PersonColumn, EmailColumn, RolesColumn, ConditionsColumn, ColumnCount };

    explicit WhoCanPage(QWidget *parent = nullptr);

    // The roles, assignments and people (user id → {name, e-mail}); clears an earlier answer.
    void setData(const QList<PermissionRole> &roles, const QList<RoleAssignment> &assignments,
                 const QHash<QString, QStringList> &people);
    // Names arrive later than the roles: the answer shown is relabelled.
    void setPeople(const QHash<QString, QStringList> &people);

    QComboBox *actionField() const { return m_action; }
    QLineEdit *resourceField() const { return m_resource; }
    QPushButton *findButton() const { return m_find; }
    QTreeWidget *resultTree() const { return m_result; }
    MessageWidget *summary() const { return m_summary; }
    std::optional<WhoCanAnswer> lastAnswer() const { return m_answer; }
    // Answers with the fields; false (and a message next to the field) on bad input.
    bool find();

signals:
    void personRequested(const QString &userId);

private:
    void showAnswer();

    QComboBox *m_action = nullptr;
    QLineEdit *m_resource = nullptr;
    QPushButton *m_find = nullptr;
    QTreeWidget *m_result = nullptr;
    MessageWidget *m_summary = nullptr;
    QList<PermissionRole> m_roles;
    QList<RoleAssignment> m_assignments;
    QHash<QString, QStringList> m_people;
    bool m_hasData = false;
    std::optional<WhoCanAnswer> m_answer;
};
