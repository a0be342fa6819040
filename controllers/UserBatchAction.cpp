#include "controllers/UserBatchAction.h"

#include "domain/permissions/RoleAssignment.h"
#include "services/api/PermissionsService.h"
#include "services/api/UserService.h"

UserBatchAction::UserBatchAction(UserService *service, Kind kind, const QList<Person> &people,
                                 QObject *parent)
    : QObject(parent), m_service(service), m_kind(kind), m_people(people)
{
}

QString UserBatchAction::actionName(Kind kind)
{
    switch (kind) {
    case Kind::Delete:
        return tr("Delete");
    case Kind::ResendInvitation:
        return tr("Resend invitation");
    case Kind::PasswordReset:
        return tr("Send password reset");
    case Kind::AddRole:
        return tr("Add a role");
    case Kind::RemoveRole:
        return tr("Remove a role");
    }
    return {};
}

void UserBatchAction::start()
{
    m_results.clear();
    m_cancelled = false;
    emit progress(0, int(m_people.size()));
    next();
}

void UserBatchAction::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

int UserBatchAction::succeeded() const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [](const Result &result) { return result.ok; }));
}

void UserBatchAction::next()
{
    if (m_cancelled || m_results.size() == m_people.size()) {
        emit finished();
        return;
    }
    const Person &person = m_people.at(m_results.size());
    auto done = [this](const ApiResult<QJsonObject> &result) {
        if (result.ok())
            return record(true, {});
        record(false, describe(result.error()));
    };
    if ((m_kind == Kind::AddRole || m_kind == Kind::RemoveRole) && !m_permissions) {
        record(false, tr("No role chosen"));
        return;
    }
    switch (m_kind) {
    case Kind::Delete:
        m_call = m_service->deleteUserV2(person.id, this, done);
        break;
    case Kind::ResendInvitation:
        m_call = m_service->resendUserInvitation(person.email, m_language, this, done);
        break;
    case Kind::PasswordReset:
        m_call = m_service->sendUserPasswordReset(person.email, this, done);
        break;
    case Kind::AddRole:
        m_call = m_permissions->addAssignment(person.id, m_roleId, this, done);
        break;
    case Kind::RemoveRole:
        removeRole(person);
        break;
    }
}

QString UserBatchAction::describe(const ApiError &error)
{
    return error.serverMessage.isEmpty() ? error.message
                                         : error.message + QLatin1Char(' ') + error.serverMessage;
}

void UserBatchAction::removeRole(const Person &person)
{
    m_call = m_permissions->getAssignedRolesForUser(
        person.id, this, [this, person](const ApiResult<QJsonArray> &result) {
            if (!result.ok())
                return record(false, describe(result.error()));
            QString error;
            const auto roles = RoleAssignment::roleIdsFromJson(result.value(), &error);
            if (!roles)
                return record(false, error);
            if (!roles->contains(m_roleId))
                return record(true, tr("did not have it"));
            m_call = m_permissions->removeAssignment(
                person.id, m_roleId, this, [this](const ApiResult<QJsonObject> &removed) {
                    removed.ok() ? record(true, {}) : record(false, describe(removed.error()));
                });
        });
}

void UserBatchAction::record(bool ok, const QString &message)
{
    Result result;
    result.person = m_people.at(m_results.size());
    result.ok = ok;
    result.message = ok && message.isEmpty() ? tr("done") : message;
    m_results << result;
    emit progress(int(m_results.size()), int(m_people.size()));
    next();
}
