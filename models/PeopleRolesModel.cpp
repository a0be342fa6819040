#include "models/PeopleRolesModel.h"

#include <algorithm>

PeopleRolesModel::PeopleRolesModel(QObject *parent) : ListStateModel(parent) {}

void PeopleRolesModel::setLoading(bool loading)
{
    setAsking(loading);
}

void PeopleRolesModel::loadFailed(const QString &message)
{
    setLoadFailed(message, !m_people.isEmpty());
}

PeopleRolesModel::Prepared PeopleRolesModel::prepare(const PeopleRolesSnapshot &snapshot)
{
    Prepared prepared;
    for (const PermissionRole &role : snapshot.roles) {
        if (!role.isAssignable() || prepared.roleIndex.contains(role.id()))
            continue;
        prepared.roleIndex.insert(role.id(), int(prepared.roles.size()));
        prepared.roles.append(role);
    }
    QHash<QString, QVector<int>> groupsOf; // user id → group indexes
    for (const Group &group : snapshot.groups) {
        const int index = int(prepared.groups.size());
        prepared.groups.append({group.id(), group.name()});
        for (const QString &member : group.memberIds())
            groupsOf[member].append(index);
    }
    QHash<QString, const RoleAssignment *> assignmentOf;
    assignmentOf.reserve(snapshot.assignments.size());
    for (const RoleAssignment &assignment : snapshot.assignments)
        assignmentOf.insert(assignment.userId, &assignment);

    prepared.people.reserve(snapshot.people.size());
    prepared.personIndex.reserve(snapshot.people.size());
    for (const UserRow &row : snapshot.people) {
        if (row.status == User::Status::Deleted || prepared.personIndex.contains(row.id))
            continue;
        Person person;
        person.row = row;
        person.searchText = (row.name + QLatin1Char('\n') + row.email).toCaseFolded();
        person.groups = groupsOf.value(row.id);
        person.held = QBitArray(int(prepared.roles.size()));
        if (const RoleAssignment *assignment = assignmentOf.value(row.id)) {
            for (const QString &roleId : assignment->roleIds) {
                if (const int role = prepared.roleIndex.value(roleId, -1); role >= 0)
                    person.held.setBit(role);
            }
        }
        prepared.personIndex.insert(row.id, int(prepared.people.size()));
        prepared.people.append(std::move(person));
    }
    return prepared;
}

void PeopleRolesModel::setServerState(Prepared prepared, const QList<RoleChangeOutcome> &keep)
{
    beginResetModel();
    m_roles = std::move(prepared.roles);
    m_roleIndex = std::move(prepared.roleIndex);
    m_groups = std::move(prepared.groups);
    m_people = std::move(prepared.people);
    m_personIndex = std::move(prepared.personIndex);
    m_desired.clear();
    m_failure.clear();
    for (const RoleChangeOutcome &outcome : keep) {
        const int person = personIndex(outcome.change.userId);
        const int role = roleIndex(outcome.change.roleId);
        if (person < 0 || role < 0)
            continue;
        const qint64 key = cellKey(person, role);
        if (m_people.at(person).held.testBit(role) != outcome.change.assign)
            m_desired.insert(key, outcome.change.assign);
        if (!outcome.message.isEmpty())
            m_failure.insert(key, outcome.message);
    }
    if (!m_roleFilter.isEmpty() && roleIndex(m_roleFilter) < 0)
        m_roleFilter.clear(); // the role is gone
    m_visible.clear();
    for (int index = 0; index < m_people.size(); ++index) {
        if (accepts(m_people.at(index)))
            m_visible.append(index);
    }
    m_exposed = int(qMin<qsizetype>(kSlice, m_visible.size()));
    endResetModel();
    markAnswered();
    setState(State::Loaded);
    emit pendingChanged();
}

bool PeopleRolesModel::accepts(const Person &person) const
{
    if (!UserListModel::accepts(m_statusFilter, person.row.status))
        return false;
    if (!m_search.isEmpty() && !person.searchText.contains(m_search))
        return false;
    if (!m_roleFilter.isEmpty()) {
        const int role = roleIndex(m_roleFilter);
        if (role < 0 || !person.held.testBit(role))
            return false;
    }
    if (!m_groupFilter.isEmpty()) {
        const auto inGroup = std::find_if(person.groups.begin(), person.groups.end(), [&](int g) {
            return m_groups.at(g).first == m_groupFilter;
        });
        if (inGroup == person.groups.end())
            return false;
    }
    return true;
}

void PeopleRolesModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (int index = 0; index < m_people.size(); ++index) {
        if (accepts(m_people.at(index)))
            m_visible.append(index);
    }
    m_exposed = int(qMin<qsizetype>(kSlice, m_visible.size()));
    endResetModel();
}

void PeopleRolesModel::setSearch(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    refilter();
}

void PeopleRolesModel::setRoleFilter(const QString &roleId)
{
    if (roleId == m_roleFilter)
        return;
    m_roleFilter = roleId;
    refilter();
}

void PeopleRolesModel::setGroupFilter(const QString &groupId)
{
    if (groupId == m_groupFilter)
        return;
    m_groupFilter = groupId;
    refilter();
}

void PeopleRolesModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    refilter();
}

QString PeopleRolesModel::userIdAt(int row) const
{
    return row >= 0 && row < m_exposed ? m_people.at(m_visible.at(row)).row.id : QString();
}

bool PeopleRolesModel::shownAssigned(int person, int role) const
{
    const auto desired = m_desired.constFind(cellKey(person, role));
    return desired != m_desired.constEnd() ? *desired : m_people.at(person).held.testBit(role);
}

bool PeopleRolesModel::isAssigned(const QString &userId, const QString &roleId) const
{
    const int person = personIndex(userId), role = roleIndex(roleId);
    return person >= 0 && role >= 0 && shownAssigned(person, role);
}

bool PeopleRolesModel::serverHolds(const QString &userId, const QString &roleId) const
{
    const int person = personIndex(userId), role = roleIndex(roleId);
    return person >= 0 && role >= 0 && m_people.at(person).held.testBit(role);
}

QString PeopleRolesModel::failureOf(const QString &userId, const QString &roleId) const
{
    const int person = personIndex(userId), role = roleIndex(roleId);
    return person >= 0 && role >= 0 ? m_failure.value(cellKey(person, role)) : QString();
}

bool PeopleRolesModel::setAssigned(const QString &userId, const QString &roleId, bool assigned)
{
    const int person = personIndex(userId), role = roleIndex(roleId);
    if (person < 0 || role < 0)
        return false;
    const qint64 key = cellKey(person, role);
    if (m_people.at(person).held.testBit(role) == assigned)
        m_desired.remove(key);
    else
        m_desired.insert(key, assigned);
    m_failure.remove(key); // changed again: the old reason no longer applies
    const int row = int(m_visible.indexOf(person));
    if (row >= 0 && row < m_exposed) {
        const QModelIndex cell = index(row, FirstRoleColumn + role);
        emit dataChanged(cell, cell);
    }
    emit pendingChanged();
    return true;
}

bool PeopleRolesModel::toggle(const QModelIndex &cell)
{
    if (!cell.isValid() || cell.column() < FirstRoleColumn || cell.row() >= m_exposed)
        return false;
    const int person = m_visible.at(cell.row());
    const int role = cell.column() - FirstRoleColumn;
    return setAssigned(m_people.at(person).row.id, m_roles.at(role).id(),
                       !shownAssigned(person, role));
}

QList<RoleChange> PeopleRolesModel::pendingChanges() const
{
    QList<qint64> keys = m_desired.keys();
    std::sort(keys.begin(), keys.end()); // person by person, roles in column order
    QList<RoleChange> changes;
    changes.reserve(keys.size());
    for (const qint64 key : std::as_const(keys)) {
        const UserRow &row = m_people.at(int(key >> 16)).row;
        const PermissionRole &role = m_roles.at(int(key & 0xffff));
        changes.append({row.id, row.name.isEmpty() ? row.email : row.name, role.id(),
                        role.name().isEmpty() ? role.id() : role.name(), m_desired.value(key)});
    }
    return changes;
}

void PeopleRolesModel::markApplied(const QList<RoleChangeOutcome> &outcomes)
{
    for (const RoleChangeOutcome &outcome : outcomes) {
        const int person = personIndex(outcome.change.userId);
        const int role = roleIndex(outcome.change.roleId);
        if (person < 0 || role < 0)
            continue;
        const qint64 key = cellKey(person, role);
        if (outcome.ok) {
            m_people[person].held.setBit(role, outcome.change.assign);
            m_desired.remove(key);
            m_failure.remove(key);
        } else {
            m_failure.insert(key, outcome.message);
        }
    }
    if (m_exposed > 0 && !m_roles.isEmpty())
        emit dataChanged(index(0, FirstRoleColumn), index(m_exposed - 1, columnCount() - 1));
    emit pendingChanged();
}

void PeopleRolesModel::discardChanges()
{
    if (m_desired.isEmpty() && m_failure.isEmpty())
        return;
    m_desired.clear();
    m_failure.clear();
    if (m_exposed > 0 && !m_roles.isEmpty())
        emit dataChanged(index(0, FirstRoleColumn), index(m_exposed - 1, columnCount() - 1));
    emit pendingChanged();
}

int PeopleRolesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_exposed;
}

int PeopleRolesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstRoleColumn + int(m_roles.size());
}

bool PeopleRolesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_exposed < m_visible.size();
}

void PeopleRolesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(qMin<qsizetype>(kSlice, m_visible.size() - m_exposed));
    beginInsertRows({}, m_exposed, m_exposed + more - 1);
    m_exposed += more;
    endInsertRows();
}

QString PeopleRolesModel::statusText(const UserRow &row) const
{
    switch (row.status) {
    case User::Status::Active:
        return tr("Active");
    case User::Status::Pending:
        return tr("Pending");
    case User::Status::Deactivated:
        return tr("Deactivated");
    case User::Status::Deleted:
        return tr("Deleted");
    case User::Status::Unknown:
        break;
    }
    return row.statusText;
}

QVariant PeopleRolesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_exposed || index.column() >= columnCount())
        return {};
    const int personNumber = m_visible.at(index.row());
    const UserRow &person = m_people.at(personNumber).row;
    const QString name = person.name.isEmpty() ? person.email : person.name;
    if (role == UserIdRole)
        return person.id;
    if (role == ActiveRole)
        return person.status == User::Status::Active;
    if (index.column() == PersonColumn) {
        if (role == Qt::DisplayRole)
            return name;
        if (role == Qt::ToolTipRole)
            return tr("%1 — %2").arg(name, person.email);
        return {};
    }
    if (index.column() == StatusColumn)
        return role == Qt::DisplayRole ? QVariant(statusText(person)) : QVariant();
    const int column = index.column() - FirstRoleColumn;
    const PermissionRole &roleColumn = m_roles.at(column);
    const qint64 key = cellKey(personNumber, column);
    const bool assigned = shownAssigned(personNumber, column);
    const bool pending = m_desired.contains(key);
    const QString roleName = roleColumn.name().isEmpty() ? roleColumn.id() : roleColumn.name();
    switch (role) {
    case Qt::CheckStateRole:
        return assigned ? Qt::Checked : Qt::Unchecked;
    case PendingRole:
        return pending;
    case FailureRole:
        return m_failure.value(key);
    case RoleIdRole:
        return roleColumn.id();
    case Qt::AccessibleTextRole:
        return assigned ? tr("%1 has %2").arg(name, roleName)
                        : tr("%1 does not have %2").arg(name, roleName);
    case Qt::ToolTipRole: {
        QString text = !pending ? (assigned ? tr("%1 has %2").arg(name, roleName)
                                            : tr("%1 does not have %2").arg(name, roleName))
                                : (assigned ? tr("Pending: %2 will be assigned to %1")
                                            : tr("Pending: %2 will be removed from %1"))
                                      .arg(name, roleName);
        if (const QString failure = m_failure.value(key); !failure.isEmpty())
            text += QLatin1Char('\n') + tr("Last attempt failed: %1").arg(failure);
        return text;
    }
    }
    return {};
}

bool PeopleRolesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() < FirstRoleColumn ||
        index.row() >= m_exposed)
        return false;
    const int person = m_visible.at(index.row());
    return setAssigned(m_people.at(person).row.id,
                       m_roles.at(index.column() - FirstRoleColumn).id(),
                       value.toInt() == Qt::Checked);
}

Qt::ItemFlags PeopleRolesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Role cells are toggled by a click anywhere on them (the page's toggle), not only on the
    // tick, so they are not user-checkable (that would flip them twice).
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant PeopleRolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == PersonColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Person")) : QVariant();
    if (section == StatusColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Status")) : QVariant();
    const PermissionRole &column = m_roles.at(section - FirstRoleColumn);
    if (role == Qt::DisplayRole)
        return column.name().isEmpty() ? column.id() : column.name();
    if (role == Qt::ToolTipRole)
        return column.isExpired() ? tr("%1 (expired)").arg(column.id()) : column.id();
    return {};
}
