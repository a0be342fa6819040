#pragma once

#include "domain/permissions/PermissionRole.h"
#include "domain/permissions/RoleAssignment.h"
#include "ui/shell/Pane.h"

#include <QHash>

class MessageWidget;
class PersonAccessPage;
class QTabWidget;
class WhoCanPage;

// The "Access check" page: what a person may do and why (their effective permissions under the
// root role's ceiling, a what-if naming the deciding grant and role), and the reverse, who can
// do an action on a resource. A small host of two pages over the same data: the organization's
// roles (listAllRoles), everyone's assignments (listAllAssignments) and the people's names.
// Computed here with domain/permissions/EffectivePermissions: an approximation of the server.
class AccessCheckPane : public Pane
{
    Q_OBJECT
public:
    enum Tab { PersonTab, WhoCanTab };

    explicit AccessCheckPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Access check"); }
    void reload() override;
    void focusSearch() override;

    QTabWidget *tabs() const { return m_tabs; }
    PersonAccessPage *personPage() const { return m_person; }
    WhoCanPage *whoCanPage() const { return m_whoCan; }
    MessageWidget *status() const { return m_status; }
    bool isLoading() const { return m_pending > 0; }

signals:
    void loaded();

protected:
    void sessionReady() override;

private:
    void loadNames(int offset, quint64 generation);
    void finishOne();
    void showPerson(const QString &userId);

    QTabWidget *m_tabs = nullptr;
    PersonAccessPage *m_person = nullptr;
    WhoCanPage *m_whoCan = nullptr;
    MessageWidget *m_status = nullptr;
    QList<PermissionRole> m_roles;
    QList<RoleAssignment> m_assignments;
    QHash<QString, QStringList> m_people; // user id → {name, e-mail}
    quint64 m_generation = 0;             // answers of an earlier load are dropped
    int m_pending = 0;
};
