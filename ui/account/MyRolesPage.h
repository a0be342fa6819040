#pragma once

#include <QWidget>

class MessageWidget;
class QListWidget;
class QPushButton;
class Session;

// My account's "My roles": the roles in effect for the signed-in user (listCurrentRoles: the
// organization's root role and the assigned roles that have not expired), and Refresh, which
// asks the server to recompute them (refreshPermissions) and then lists them again.
class MyRolesPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyRolesPage(Session *session, QWidget *parent = nullptr);

    void load();
    void refresh();

    QListWidget *list() const { return m_list; }
    QPushButton *refreshButton() const { return m_refresh; }
    MessageWidget *status() const { return m_status; }

signals:
    void loaded();

private:
    Session *m_session;
    QListWidget *m_list;
    QPushButton *m_refresh;
    MessageWidget *m_status;
};
