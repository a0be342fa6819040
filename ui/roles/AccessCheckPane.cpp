#include "ui/roles/AccessCheckPane.h"

#include "domain/users/User.h"
#include "services/session/Session.h"
#include "ui/common/MessageWidget.h"
#include "ui/roles/PersonAccessPage.h"
#include "ui/roles/WhoCanPage.h"

#include <QTabWidget>
#include <QVBoxLayout>
#include <memory>

namespace {
constexpr int kUserPage = 1000; // names for "who can", read page by page
}

AccessCheckPane::AccessCheckPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    m_status = new MessageWidget(MessageWidget::Style::Banner, this);
    // The tabs first: the focus chain follows the order widgets are made in.
    m_tabs = new QTabWidget(this);
    m_person = new PersonAccessPage(session, m_tabs);
    m_whoCan = new WhoCanPage(m_tabs);
    m_tabs->addTab(m_person, tr("A person's access"));
    m_tabs->addTab(m_whoCan, tr("Who can…?"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_whoCan, &WhoCanPage::personRequested, this, &AccessCheckPane::showPerson);
    connect(session, &Session::organizationChanged, this, [this] {
        m_person->restart();
        reload();
    });
    connect(session, &Session::ended, this, [this] { m_person->setActive(false); });
}

void AccessCheckPane::sessionReady()
{
    m_person->setActive(true);
    reload();
}

void AccessCheckPane::focusSearch()
{
    m_tabs->setCurrentWidget(m_person);
    m_person->focusSearch();
}

void AccessCheckPane::finishOne()
{
    if (--m_pending == 0)
        emit loaded();
}

void AccessCheckPane::reload()
{
    const quint64 generation = ++m_generation;
    m_status->clear();
    m_pending = 3;
    m_roles.clear();
    m_assignments.clear();
    m_people.clear();
    // Who can needs both lists; the person's page only the roles.
    auto arrived = std::make_shared<int>(0);
    auto bothArrived = [this, arrived] {
        if (++*arrived == 2)
            m_whoCan->setData(m_roles, m_assignments, m_people);
    };
    auto failed = [this](const QString &text) {
        m_status->showMessage(MessageWidget::Level::Error, text);
    };
    session()->permissions()->listAllRoles(this, [=, this](const ApiResult<QJsonArray> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            m_roles = PermissionRole::listFromJson(result.value());
            m_person->setRoles(m_roles);
            bothArrived();
        } else {
            failed(tr("The roles could not be loaded: %1").arg(result.error().message));
        }
        finishOne();
    });
    session()->permissions()->listAllAssignments(
        this, [=, this](const ApiResult<QJsonArray> &result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                m_assignments = RoleAssignment::listFromJson(result.value());
                bothArrived();
            } else {
                failed(tr("The assignments could not be loaded: %1").arg(result.error().message));
            }
            finishOne();
        });
    loadNames(0, generation);
    if (!m_person->userId().isEmpty())
        m_person->reloadPerson();
}

// Every page of users, for the names "who can" lists; a failure leaves ids shown.
void AccessCheckPane::loadNames(int offset, quint64 generation)
{
    session()->users()->listUsersV2(
        {}, kUserPage, offset, this,
        [this, offset, generation](const ApiResult<QJsonArray> &result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                for (const QJsonValue &value : result.value()) {
                    if (const auto user = User::fromJson(value.toObject()))
                        m_people.insert(user->id(), {user->label(), user->email()});
                }
                m_whoCan->setPeople(m_people);
                if (result.value().size() >= kUserPage) {
                    loadNames(offset + kUserPage, generation);
                    return;
                }
            }
            finishOne();
        });
}

void AccessCheckPane::showPerson(const QString &userId)
{
    m_tabs->setCurrentWidget(m_person);
    const QStringList person = m_people.value(userId);
    m_person->showPerson(userId, person.value(0).isEmpty() ? userId : person.value(0));
}
