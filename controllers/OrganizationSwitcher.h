#pragma once

#include <QJsonArray>
#include <QObject>

class AccountService;
class Session;

// Which organizations the signed-in user belongs to (from the login parameters of their
// username) and the switch to another one: switchOrganization hands back a token for it,
// which the session takes so that every pane reloads. The window's menu and the My account
// pane both use it.
class OrganizationSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit OrganizationSwitcher(Session *session, QObject *parent = nullptr);

    // Loads the organizations: refreshStarted, then organizationsChanged, or refreshFailed and
    // failed (the list shown stays).
    void refresh();
    // [{organization_id, organization_name, organization_type, organization_use, …}]
    QJsonArray organizations() const { return m_organizations; }
    bool canSwitch() const { return m_organizations.size() > 1; }
    void switchTo(const QString &organizationId);

signals:
    void refreshStarted();
    void organizationsChanged();
    // Loading the list failed (not a switch).
    void refreshFailed(const QString &message);
    void switched(const QString &organizationId);
    // Loading the list or switching failed.
    void failed(const QString &message);
    // Only switchTo failed: the one failure a person asked for (a failed background load of the
    // list is no reason to interrupt anyone).
    void switchFailed(const QString &message);

private:
    void fail(const QString &message);

    Session *m_session;
    AccountService *m_account;
    QJsonArray m_organizations;
};
