#pragma once

#include <QWidget>

class EmptyStateOverlay;
class MessageWidget;
class OrganizationSwitcher;
class QPushButton;
class QTableView;
class RecordListModel;
class Session;

// The Organizations tab of My account: the organizations the username belongs to, and the
// switch to one of them (every page reloads for it). The list tells loading, failed and stale
// like every list.
class AccountOrganizationsPage : public QWidget
{
    Q_OBJECT
public:
    AccountOrganizationsPage(Session *session, OrganizationSwitcher *switcher,
                             QWidget *parent = nullptr);

    void switchToSelected();
    QTableView *table() const { return m_table; }
    RecordListModel *model() const { return m_model; }
    EmptyStateOverlay *state() const { return m_state; }

private:
    void showOrganizations();

    Session *m_session;
    OrganizationSwitcher *m_switcher;
    RecordListModel *m_model;
    QTableView *m_table;
    EmptyStateOverlay *m_state;
    QPushButton *m_switchButton;
    MessageWidget *m_status;
};
