#pragma once

#include <QMenu>
#include <functional>

class OrganizationSwitcher;
class Session;

// "Switch organization" for the window's menu: lists the organizations the signed-in user
// belongs to and switches on a click (after `canLeave` agreed, e.g. about unsaved edits).
// The menu only shows itself when there is more than one organization to choose from.
class OrganizationMenu : public QMenu
{
    Q_OBJECT
public:
    // Asks the open pages whether the organization may change; done(true) when it may.
    using LeaveCheck = std::function<void(QObject *context, std::function<void(bool)> done)>;

    OrganizationMenu(Session *session, LeaveCheck canLeave, QWidget *parent = nullptr);

    OrganizationSwitcher *switcher() const { return m_switcher; }

private:
    void rebuild();

    Session *m_session;
    OrganizationSwitcher *m_switcher;
    LeaveCheck m_canLeave;
};
