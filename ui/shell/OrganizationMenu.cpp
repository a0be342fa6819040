#include "ui/shell/OrganizationMenu.h"

#include "controllers/OrganizationSwitcher.h"
#include "domain/account/AccountRecords.h"
#include "services/session/Session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>

OrganizationMenu::OrganizationMenu(Session *session, LeaveCheck canLeave, QWidget *parent)
    : QMenu(tr("Switch &organization"), parent), m_session(session),
      m_switcher(new OrganizationSwitcher(session, this)), m_canLeave(std::move(canLeave))
{
    menuAction()->setVisible(false);
    connect(session, &Session::meChanged, m_switcher, &OrganizationSwitcher::refresh);
    connect(session, &Session::ended, this, [this] { menuAction()->setVisible(false); });
    connect(m_switcher, &OrganizationSwitcher::organizationsChanged, this,
            &OrganizationMenu::rebuild);
    // Asked for by a click in this menu, so it may interrupt; a failed refresh of the list only
    // keeps the list as it was (it is in the Activity panel), never a message box.
    connect(m_switcher, &OrganizationSwitcher::switchFailed, this, [this](const QString &message) {
        QMessageBox::warning(parentWidget(), tr("Switch organization"), message);
    });
}

void OrganizationMenu::rebuild()
{
    clear();
    menuAction()->setVisible(m_switcher->canSwitch());
    const QString current = m_session->organizationId();
    for (const AccountOrganization &organization :
         AccountOrganization::listFrom(m_switcher->organizations())) {
        const QString id = organization.id();
        const QString name = organization.name();
        QAction *action = addAction(name.isEmpty() ? id : tr("%1 (%2)").arg(name, id));
        action->setCheckable(true);
        action->setChecked(id == current);
        connect(action, &QAction::triggered, this, [this, id] {
            if (id == m_session->organizationId()) {
                rebuild();
                return;
            }
            if (!m_canLeave) {
                m_switcher->switchTo(id);
                return;
            }
            m_canLeave(this, [this, id](bool mayLeave) {
                if (mayLeave)
                    m_switcher->switchTo(id);
                else
                    rebuild();
            });
        });
    }
}
