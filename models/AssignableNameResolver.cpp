#include "models/AssignableNameResolver.h"

#include <QTimer>

AssignableNameResolver::AssignableNameResolver(PartnerDirectoryService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

QString AssignableNameResolver::userKey(const QString &userId, const QString &organizationId)
{
    return QStringLiteral("user:%1:%2").arg(organizationId, userId);
}

QString AssignableNameResolver::groupKey(const QString &groupId)
{
    return QStringLiteral("group:") + groupId;
}

QString AssignableNameResolver::userName(const QString &userId, const QString &organizationId)
{
    if (userId.isEmpty())
        return {};
    const QString key = userKey(userId, organizationId);
    if (m_names.contains(key))
        return m_names.value(key);
    enqueue(key, {userId, {}, organizationId});
    return {};
}

QString AssignableNameResolver::groupName(const QString &groupId)
{
    if (groupId.isEmpty())
        return {};
    const QString key = groupKey(groupId);
    if (m_names.contains(key))
        return m_names.value(key);
    enqueue(key, {{}, groupId, {}});
    return {};
}

QString AssignableNameResolver::organizationName(const QString &organizationId) const
{
    return m_organizations.value(organizationId);
}

void AssignableNameResolver::learnOrganization(const QString &organizationId, const QString &name)
{
    if (!organizationId.isEmpty() && !name.isEmpty())
        m_organizations.insert(organizationId, name);
}

void AssignableNameResolver::learn(const Assignable &assignable)
{
    switch (assignable.type()) {
    case Assignable::Type::PartnerOrganization:
        learnOrganization(assignable.organizationId(), assignable.displayName());
        break;
    case Assignable::Type::Group:
        m_names.insert(groupKey(assignable.groupId()), assignable.displayName());
        break;
    default:
        if (!assignable.userId().isEmpty()) {
            m_names.insert(userKey(assignable.userId(), assignable.organizationId()),
                           assignable.displayName());
            m_names.insert(userKey(assignable.userId(), {}), assignable.displayName());
        }
        break;
    }
}

void AssignableNameResolver::enqueue(const QString &key, const AssignableReference &reference)
{
    if (m_asked.contains(key))
        return;
    m_asked.insert(key);
    m_queue.append({key, reference});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        // Everything asked for during this turn of the event loop goes out together.
        QTimer::singleShot(0, this, &AssignableNameResolver::flush);
    }
}

void AssignableNameResolver::flush()
{
    m_flushScheduled = false;
    while (!m_queue.isEmpty()) {
        const auto batch = m_queue.mid(0, 100);
        m_queue.remove(0, batch.size());
        QList<AssignableReference> references;
        for (const auto &item : batch)
            references.append(item.second);
        ++m_calls;
        ++m_open;
        m_service->batchGetAssignable(
            references, this, [this, batch](const ApiResult<QJsonObject> &result) {
                --m_open;
                if (result.ok()) {
                    for (const QJsonValue &value :
                         result.value().value(QStringLiteral("results")).toArray()) {
                        if (auto assignable = Assignable::fromJson(value.toObject()))
                            learn(*assignable);
                    }
                }
                for (const auto &item : batch) {
                    if (!m_names.contains(item.first) && result.ok())
                        m_names.insert(item.first, QString()); // known to be unknown
                    if (!result.ok())
                        m_asked.remove(item.first); // may be asked again later
                }
                emit resolved();
            });
    }
}
