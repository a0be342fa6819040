#pragma once

#include "domain/users/Group.h"
#include "ui/shell/Pane.h"

#include <QPointer>

class GroupAvatarWidget;
class GroupDialog;
class MessageWidget;
class GroupListModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class SearchDebouncer;

// The Groups page: the organization's groups, their members and the round-robin assignment.
class GroupsPane : public Pane
{
    Q_OBJECT
public:
    explicit GroupsPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Groups"); }
    void reload() override;
    void focusSearch() override;
    void createNew() override;
    void deleteSelection() override;
    void setReadOnly(bool readOnly) override;
    // The group dialog open over the page holds its unsaved edits; saving saves it.
    void save() override;
    void discard() override;
    bool isSaving() const override;
    bool hasUnsavedChanges() const override;

    void showGroup(const QString &groupId);
    void editSelected();
    void assignNext();

    GroupListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QLabel *assigneeLabel() const { return m_assignee; }
    QLabel *rotationLabel() const { return m_rotation; }
    QLabel *membersLabel() const { return m_members; }
    QPushButton *assignNextButton() const { return m_assignNext; }
    QPushButton *historyButton() const { return m_history; }
    QLabel *countLabel() const { return m_count; }
    // Warns when the next in line for round-robin is deactivated.
    MessageWidget *rotationWarning() const { return m_rotationWarning; }
    QString selectedGroupId() const;

signals:
    void userRequested(const QString &userId, const QString &email);
    void assignmentAdvanced(const Group &group);
    void groupDeleted(const QString &groupId);

private:
    void buildUi();
    void showDetails();
    QString labelOf(const Group &group, const QString &userId) const;
    void showCount();
    void showRotationWarning(const Group &group);

    GroupListModel *m_model;
    SearchDebouncer *m_debouncer;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    MessageWidget *m_status = nullptr;
    QLabel *m_count = nullptr;
    MessageWidget *m_rotationWarning = nullptr;
    GroupAvatarWidget *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_members = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_rotation = nullptr;
    QWidget *m_details = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_assignNext = nullptr;
    QPushButton *m_history = nullptr;
    QPointer<GroupDialog> m_dialog;
    QString m_pendingSelection;
    bool m_readOnly = false;
};
