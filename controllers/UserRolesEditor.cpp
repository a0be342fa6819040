#include "controllers/UserRolesEditor.h"

#include "domain/permissions/RoleAssignment.h"
#include "services/api/PermissionsService.h"

UserRolesEditor::UserRolesEditor(PermissionsService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

void UserRolesEditor::clear()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_userId.clear();
    m_base.clear();
    m_added.clear();
    m_removed.clear();
    m_loadError.clear();
    m_loaded = false;
    m_saving = false;
    m_steps.clear();
}

void UserRolesEditor::load(const QString &userId)
{
    clear();
    m_userId = userId;
    if (userId.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_call = m_service->getAssignedRolesForUser(
        userId, this, [this, generation](const ApiResult<QJsonArray> &result) {
            if (generation != m_generation)
                return;
            QString error = result.ok() ? QString() : result.error().message;
            const auto roles = result.ok() ? RoleAssignment::roleIdsFromJson(result.value(), &error)
                                           : std::nullopt;
            m_loaded = roles.has_value();
            m_base = roles.value_or(QStringList());
            m_loadError = m_loaded ? QString() : error;
            emit loadFinished();
        });
}

QStringList UserRolesEditor::shownRoles() const
{
    QStringList result = m_base;
    for (const QString &id : m_added) {
        if (!result.contains(id))
            result << id;
    }
    return result;
}

void UserRolesEditor::add(const QString &roleId)
{
    if (roleId.isEmpty() || m_saving || !m_loaded)
        return;
    if (m_removed.removeAll(roleId) == 0 && !m_base.contains(roleId) && !m_added.contains(roleId))
        m_added << roleId;
    emit edited();
}

void UserRolesEditor::remove(const QString &roleId)
{
    if (m_saving || !m_loaded)
        return;
    if (m_added.removeAll(roleId) == 0 && m_base.contains(roleId) && !m_removed.contains(roleId))
        m_removed << roleId;
    emit edited();
}

void UserRolesEditor::restore(const QString &roleId)
{
    if (!m_saving && m_removed.removeAll(roleId) > 0)
        emit edited();
}

void UserRolesEditor::revert()
{
    if (m_saving)
        return;
    m_added.clear();
    m_removed.clear();
    emit edited();
}

void UserRolesEditor::save()
{
    if (m_saving || !m_loaded)
        return;
    if (!hasChanges()) {
        emit saved();
        return;
    }
    m_saving = true;
    m_failures.clear();
    const quint64 generation = m_generation;
    // Read again: the roles as they are now, not as they were when the form was filled.
    m_call = m_service->getAssignedRolesForUser(
        m_userId, this, [this, generation](const ApiResult<QJsonArray> &result) {
            if (generation != m_generation)
                return;
            QString error = result.ok() ? QString() : result.error().message;
            const auto theirs = result.ok()
                                    ? RoleAssignment::roleIdsFromJson(result.value(), &error)
                                    : std::nullopt;
            if (!theirs) {
                m_saving = false;
                emit saveFailed(error);
                return;
            }
            QStringList theyAdded;
            QStringList theyRemoved;
            for (const QString &id : *theirs) {
                if (!m_base.contains(id))
                    theyAdded << id;
            }
            for (const QString &id : std::as_const(m_base)) {
                if (!theirs->contains(id))
                    theyRemoved << id;
            }
            // Their changes become the base; only what this person changed is still to send
            // (an addition they made too, or a removal they made too, is done already).
            m_base = *theirs;
            m_added.erase(std::remove_if(m_added.begin(), m_added.end(),
                                         [this](const QString &id) { return m_base.contains(id); }),
                          m_added.end());
            m_removed.erase(
                std::remove_if(m_removed.begin(), m_removed.end(),
                               [this](const QString &id) { return !m_base.contains(id); }),
                m_removed.end());
            if (!theyAdded.isEmpty() || !theyRemoved.isEmpty())
                emit othersChanged(theyAdded, theyRemoved);
            m_steps.clear();
            for (const QString &id : std::as_const(m_removed))
                m_steps << Step{id, false};
            for (const QString &id : std::as_const(m_added))
                m_steps << Step{id, true};
            sendNext();
        });
}

void UserRolesEditor::sendNext()
{
    if (m_steps.isEmpty()) {
        finishSave();
        return;
    }
    const Step step = m_steps.takeFirst();
    const quint64 generation = m_generation;
    auto done = [this, generation, step](const ApiResult<QJsonObject> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            // Done: the server holds it now, so it is part of what was loaded.
            if (step.add) {
                m_added.removeAll(step.roleId);
                if (!m_base.contains(step.roleId))
                    m_base << step.roleId;
            } else {
                m_removed.removeAll(step.roleId);
                m_base.removeAll(step.roleId);
            }
        } else {
            const ApiError &error = result.error();
            m_failures << QStringLiteral("%1 – %2").arg(
                m_namer ? m_namer(step.roleId) : step.roleId,
                error.serverMessage.isEmpty() ? error.message : error.serverMessage);
        }
        sendNext();
    };
    m_call = step.add ? m_service->addAssignment(m_userId, step.roleId, this, done)
                      : m_service->removeAssignment(m_userId, step.roleId, this, done);
}

void UserRolesEditor::finishSave()
{
    m_saving = false;
    emit edited();
    if (m_failures.isEmpty())
        emit saved();
    else
        emit saveFailed(m_failures.join(QStringLiteral("; ")));
}
