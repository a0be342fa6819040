#pragma once

#include "domain/users/User.h"

#include <QHash>
#include <QListWidget>
#include <QPointer>
#include <QWidget>

class ApiCall;
class EmptyStateOverlay;
class QCheckBox;
class RecordListModel;
class QLabel;
class QLineEdit;
class QPushButton;
class SearchDebouncer;
class UserService;

// The members of a group in their order, which is the order round-robin assigns tasks in.
// Dragging a member moves it; Ctrl+Up / Ctrl+Down move the selected one, Delete removes it.
class GroupMemberList : public QListWidget
{
    Q_OBJECT
public:
    explicit GroupMemberList(QWidget *parent = nullptr);
    // What a dragged member carries: its id (only this list accepts it).
    static QString mimeType();

signals:
    // Move the members with these ids so that they start at `row` (counted before the move).
    void moveRequested(const QStringList &ids, int row);
    void moveSelectedBy(int step);
    void removeSelected();

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

// Edits a group's members: the ordered list with Move up / Move down / Remove, and a search
// that adds people. Deactivated people are marked in the list and left out of the search
// results unless "Show deactivated people" is checked. The list tells loading, failed and stale
// like every list: its state is that of the members as the server last answered them
// (serverMembers()), which the list shows unless they were changed here.
class GroupMemberEditor : public QWidget
{
    Q_OBJECT
public:
    explicit GroupMemberEditor(UserService *service, QWidget *parent = nullptr);

    // People whose name and status are known (group members, search results).
    void remember(const User &user);
    void remember(const QString &id, const QString &label);
    // Shows these members in this order; names and status from what is remembered.
    void setMemberIds(const QStringList &ids);
    QStringList memberIds() const;
    QHash<QString, QString> labels() const;
    bool isDeactivated(const QString &id) const;

    void add(const User &user);
    void remove(const QString &id);
    // Moves the selected member `step` places (negative: up); the selection follows it.
    void moveSelectedBy(int step);
    void moveMembers(const QStringList &ids, int row);
    void selectMember(const QString &id);

    // The group is read from the server (true), or that was given up (false).
    void setLoading(bool loading);
    // The members as the server holds them, in their order; the list shows them unless
    // `keepShown` (the members were changed here and not saved yet).
    void setServerMembers(const QStringList &ids, bool keepShown = false);
    // Reading the group failed: the members shown stay, marked as possibly out of date.
    void loadFailed(const QString &message);
    RecordListModel *serverMembers() const { return m_server; }
    EmptyStateOverlay *state() const { return m_state; }

    GroupMemberList *list() const { return m_list; }
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QCheckBox *showDeactivatedBox() const { return m_showDeactivated; }
    QPushButton *moveUpButton() const { return m_up; }
    QPushButton *moveDownButton() const { return m_down; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void membersChanged();
    void resultsShown();
    // Retry after reading the group failed.
    void reloadRequested();

private:
    struct Person
    {
        QString label;
        bool deactivated = false;
    };
    QWidget *createListRow();
    QWidget *createSearch();
    void search(const QString &text);
    void showResults();
    void renumber();
    void updateButtons();
    QString selectedId() const;

    UserService *m_service;
    SearchDebouncer *m_debouncer;
    QHash<QString, Person> m_people;
    QList<User> m_found; // the last search's answer, before filtering
    GroupMemberList *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showDeactivated = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_hint = nullptr;
    QPointer<ApiCall> m_call;
    RecordListModel *m_server;
    EmptyStateOverlay *m_state = nullptr;
};
