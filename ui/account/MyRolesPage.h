#pragma once

#include <QPointer>
#include <QWidget>

class ApiCall;
class EmptyStateOverlay;
class MessageWidget;
class QListView;
class QPushButton;
class RecordListModel;
class Session;

// My account's "My roles": the roles in effect for the signed-in user (listCurrentRoles: the
// organization's root role and the assigned roles that have not expired), and Refresh, which
// asks the server to recompute them (refreshPermissions) and then lists them again. The list tells
// loading, failed and stale like every list.
class MyRolesPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyRolesPage(Session *session, QWidget *parent = nullptr);

    void load();
    void refresh();

    QListView *list() const { return m_list; }
    RecordListModel *model() const { return m_model; }
    EmptyStateOverlay *state() const { return m_state; }
    QPushButton *refreshButton() const { return m_refresh; }
    MessageWidget *status() const { return m_status; }

signals:
    void loaded();

private:
    Session *m_session;
    RecordListModel *m_model;
    QListView *m_list;
    EmptyStateOverlay *m_state;
    QPointer<ApiCall> m_load;
    QPushButton *m_refresh;
    MessageWidget *m_status;
};
