#include "controllers/RoleAssignmentBatch.h"

#include "services/api/PartnerDirectoryService.h"

#include <QJsonDocument>
#include <QMap>

RoleAssignmentBatch::RoleAssignmentBatch(PartnerDirectoryService *service,
                                         const QString &organizationId, QObject *parent)
    : QObject(parent), m_service(service), m_organizationId(organizationId)
{
}

QList<RoleAssignmentBatch::Outcome> RoleAssignmentBatch::failures() const
{
    QList<Outcome> failed;
    for (const Outcome &outcome : m_outcomes) {
        if (!outcome.ok)
            failed.append(outcome);
    }
    return failed;
}

void RoleAssignmentBatch::run(const QList<RoleChange> &changes)
{
    m_outcomes.clear();
    QMap<QString, QList<RoleChange>> assign, unassign;
    for (const RoleChange &change : changes)
        (change.assign ? assign : unassign)[change.userId].append(change);
    m_open = int(assign.size() + unassign.size());
    if (m_open == 0) {
        emit finished();
        return;
    }
    for (const QList<RoleChange> &list : std::as_const(assign))
        send(list, true);
    for (const QList<RoleChange> &list : std::as_const(unassign))
        send(list, false);
}

void RoleAssignmentBatch::send(const QList<RoleChange> &changes, bool assign)
{
    QStringList roleIds;
    for (const RoleChange &change : changes)
        roleIds << change.roleId;
    const auto done = [this, changes](const ApiResult<QJsonArray> &result) {
        if (result.ok()) {
            m_outcomes += readResults(changes, result.value());
        } else {
            for (const RoleChange &change : changes)
                m_outcomes.append({change, false, result.error().message});
        }
        if (--m_open == 0)
            emit finished();
    };
    const QString userId = changes.first().userId;
    if (assign)
        m_service->assignPartnerUserRoles(m_organizationId, userId, roleIds, this, done);
    else
        m_service->unassignPartnerUserRoles(m_organizationId, userId, roleIds, this, done);
}

QList<RoleAssignmentBatch::Outcome>
RoleAssignmentBatch::readResults(const QList<RoleChange> &changes, const QJsonArray &results)
{
    QList<Outcome> outcomes;
    for (const RoleChange &change : changes) {
        Outcome outcome{change, false, QObject::tr("The server did not report on this role.")};
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            if (result.value(QStringLiteral("roleId")).toString() != change.roleId)
                continue;
            outcome.ok = result.value(QStringLiteral("success")).toBool();
            const QJsonValue error = result.value(QStringLiteral("error"));
            QString message = error.toObject().value(QStringLiteral("message")).toString();
            if (message.isEmpty() && error.isString())
                message = error.toString();
            if (message.isEmpty() && error.isObject())
                message = QString::fromUtf8(
                    QJsonDocument(error.toObject()).toJson(QJsonDocument::Compact));
            outcome.message = outcome.ok ? QString() : message;
            break;
        }
        outcomes.append(outcome);
    }
    return outcomes;
}
