#include "controllers/PeopleRolesLoad.h"

#include "domain/users/GroupPage.h"
#include "services/api/PermissionsService.h"
#include "services/api/PermissionsUnparsed.h"
#include "services/api/UserService.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace {

// Runs `work` on a worker thread and hands its result to `then` on the thread of `context`,
// unless `context` is gone by then.
template <typename Result, typename Work, typename Then>
void onWorker(QObject *context, Work work, Then then)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

PeopleRolesLoad::PeopleRolesLoad(UserService *users, PermissionsService *permissions,
                                 QObject *parent)
    : QObject(parent), m_users(users), m_permissions(permissions)
{
}

void PeopleRolesLoad::start()
{
    const quint64 generation = ++m_generation;
    m_snapshot = {};
    m_error.clear();
    m_open = 4;
    loadRoles(generation);
    loadAssignments(generation);
    loadUsers(generation, 0);
    loadGroups(generation, 0);
}

void PeopleRolesLoad::done(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return; // an older load: a newer one reports
    if (m_error.isEmpty())
        m_error = error;
    if (--m_open > 0)
        return;
    if (m_error.isEmpty())
        emit finished(m_snapshot);
    else
        emit failed(m_error);
    m_snapshot = {};
}

void PeopleRolesLoad::loadRoles(quint64 generation)
{
    m_permissions->listAllRoles(this, [this, generation](const ApiResult<QJsonArray> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok())
            return done(generation,
                        tr("The roles could not be loaded: %1").arg(result.error().message));
        m_snapshot.roles = PermissionRole::listFromJson(result.value());
        done(generation);
    });
}

void PeopleRolesLoad::loadAssignments(quint64 generation)
{
    PermissionsUnparsed::listAllAssignments(
        m_permissions, this, [this, generation](const ApiResult<QByteArray> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok())
                return done(
                    generation,
                    tr("The assignments could not be loaded: %1").arg(result.error().message));
            using Parsed = std::pair<std::optional<QList<RoleAssignment>>, QString>;
            onWorker<Parsed>(
                this,
                [body = result.value()] {
                    QString error;
                    auto list = RoleAssignment::listFromAnswer(body, &error);
                    return Parsed{std::move(list), error};
                },
                [this, generation](const Parsed &parsed) {
                    if (generation != m_generation)
                        return;
                    if (!parsed.first)
                        return done(generation,
                                    tr("The assignments could not be read: %1").arg(parsed.second));
                    m_snapshot.assignments = *parsed.first;
                    done(generation);
                });
        });
}

void PeopleRolesLoad::loadUsers(quint64 generation, int offset)
{
    m_users->listUsersV2(
        {}, kUserPage, offset, this,
        [this, generation, offset](const ApiResult<QJsonArray> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok())
                return done(generation,
                            tr("The people could not be loaded: %1").arg(result.error().message));
            const bool more = result.value().size() >= kUserPage;
            onWorker<QVector<UserRow>>(
                this, [page = result.value()] { return UserRow::parsePage(page); },
                [this, generation, offset, more](const QVector<UserRow> &rows) {
                    if (generation != m_generation)
                        return;
                    m_snapshot.people += rows;
                    if (more)
                        loadUsers(generation, offset + kUserPage);
                    else
                        done(generation);
                });
        });
}

void PeopleRolesLoad::loadGroups(quint64 generation, int offset)
{
    m_users->getGroups(
        {}, kGroupPage, offset, false, this,
        [this, generation, offset](const ApiResult<QJsonObject> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok())
                return done(generation,
                            tr("The groups could not be loaded: %1").arg(result.error().message));
            const QList<Group> groups = GroupPage::groups(result.value());
            m_snapshot.groups += groups;
            if (groups.size() >= kGroupPage)
                loadGroups(generation, offset + kGroupPage);
            else
                done(generation);
        });
}
