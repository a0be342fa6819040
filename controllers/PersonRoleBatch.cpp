#include "controllers/PersonRoleBatch.h"

#include "services/api/PermissionsService.h"

#include <QTimer>

PersonRoleBatch::PersonRoleBatch(PermissionsService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

QList<RoleChangeOutcome> PersonRoleBatch::failures() const
{
    QList<RoleChangeOutcome> failed;
    for (const RoleChangeOutcome &outcome : m_outcomes) {
        if (!outcome.ok)
            failed.append(outcome);
    }
    return failed;
}

void PersonRoleBatch::run(const QList<RoleChange> &changes)
{
    m_outcomes.clear();
    m_order.clear();
    m_queue.clear();
    for (const RoleChange &change : changes) {
        if (!m_queue.contains(change.userId))
            m_order.append(change.userId);
        m_queue[change.userId].append(change);
    }
    m_nextPerson = 0;
    m_peopleOpen = 0;
    m_running = true;
    if (m_order.isEmpty()) { // still asynchronous, as with changes
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            emit finished();
        });
        return;
    }
    while (m_peopleOpen < kPeopleAtOnce && m_nextPerson < m_order.size())
        startNextPerson();
}

void PersonRoleBatch::startNextPerson()
{
    ++m_peopleOpen;
    sendNext(m_order.at(m_nextPerson++));
}

void PersonRoleBatch::sendNext(const QString &userId)
{
    QList<RoleChange> &queue = m_queue[userId];
    if (queue.isEmpty()) {
        emit personFinished(userId);
        --m_peopleOpen;
        if (m_nextPerson < m_order.size())
            startNextPerson();
        else if (m_peopleOpen == 0) {
            m_running = false;
            emit finished();
        }
        return;
    }
    const RoleChange change = queue.takeFirst();
    const auto answered = [this, change](const ApiResult<QJsonObject> &result) {
        m_outcomes.append({change, result.ok(), result.ok() ? QString() : result.error().message});
        sendNext(change.userId);
    };
    if (change.assign)
        m_service->addAssignment(change.userId, change.roleId, this, answered);
    else
        m_service->removeAssignment(change.userId, change.roleId, this, answered);
}
