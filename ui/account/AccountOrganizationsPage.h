#pragma once

#include <QWidget>

class MessageWidget;
class OrganizationSwitcher;
class QPushButton;
class QTableWidget;
class Session;

// The Organizations tab of My account: the organizations the username belongs to, and the
// switch to one of them (every page reloads for it).
class AccountOrganizationsPage : public QWidget
{
    Q_OBJECT
public:
    AccountOrganizationsPage(Session *session, OrganizationSwitcher *switcher,
                             QWidget *parent = nullptr);

    void switchToSelected();
    QTableWidget *table() const { return m_table; }

private:
    void showOrganizations();

    Session *m_session;
    OrganizationSwitcher *m_switcher;
    QTableWidget *m_table;
    QPushButton *m_switchButton;
    MessageWidget *m_status;
};
