#include "models/RoleMatrixModel.h"

RoleMatrixModel::RoleMatrixModel(QObject *parent) : ListStateModel(parent) {}

void RoleMatrixModel::setLoading(bool loading)
{
    setAsking(loading);
}

void RoleMatrixModel::loadFailed(const QString &message)
{
    setLoadFailed(message, !m_users.isEmpty());
}

QString RoleMatrixModel::cellKey(const QString &userId, const QString &roleId)
{
    return userId + QLatin1Char('\n') + roleId;
}

void RoleMatrixModel::setServerState(const QList<PartnerUser> &users,
                                     const QList<RoleReference> &roles)
{
    beginResetModel();
    m_users = users;
    m_roles = roles;
    m_desired.clear();
    endResetModel();
    markAnswered();
    setState(State::Loaded);
    emit pendingChanged();
}

bool RoleMatrixModel::isAssigned(const QString &userId, const QString &roleId) const
{
    const auto desired = m_desired.constFind(cellKey(userId, roleId));
    if (desired != m_desired.constEnd())
        return *desired;
    for (const PartnerUser &user : m_users) {
        if (user.id() == userId)
            return user.hasRole(roleId);
    }
    return false;
}

bool RoleMatrixModel::setAssigned(const QString &userId, const QString &roleId, bool assigned)
{
    int row = -1, column = -1;
    for (int index = 0; index < m_users.size(); ++index) {
        if (m_users.at(index).id() == userId)
            row = index;
    }
    for (int index = 0; index < m_roles.size(); ++index) {
        if (m_roles.at(index).id == roleId)
            column = index + 1;
    }
    if (row < 0 || column < 0)
        return false;
    const QString key = cellKey(userId, roleId);
    if (m_users.at(row).hasRole(roleId) == assigned)
        m_desired.remove(key);
    else
        m_desired.insert(key, assigned);
    emit dataChanged(index(row, column), index(row, column));
    emit pendingChanged();
    return true;
}

QList<RoleChange> RoleMatrixModel::pendingChanges() const
{
    QList<RoleChange> changes;
    for (const PartnerUser &user : m_users) {
        for (const RoleReference &role : m_roles) {
            const auto desired = m_desired.constFind(cellKey(user.id(), role.id));
            if (desired == m_desired.constEnd())
                continue;
            changes.append({user.id(), user.label(), role.id,
                            role.name.isEmpty() ? role.id : role.name, *desired});
        }
    }
    return changes;
}

void RoleMatrixModel::discardChanges()
{
    if (m_desired.isEmpty())
        return;
    m_desired.clear();
    if (!m_users.isEmpty())
        emit dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
    emit pendingChanged();
}

int RoleMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int RoleMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size()) + 1;
}

QVariant RoleMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const PartnerUser &user = m_users.at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return user.label();
        if (role == Qt::ToolTipRole)
            return tr("%1 — %2 (%3)").arg(user.label(), user.email(), user.status());
        return {};
    }
    const RoleReference &column = m_roles.at(index.column() - 1);
    const bool pending = m_desired.contains(cellKey(user.id(), column.id));
    switch (role) {
    case Qt::CheckStateRole:
        return isAssigned(user.id(), column.id) ? Qt::Checked : Qt::Unchecked;
    case PendingRole:
        return pending;
    case Qt::ToolTipRole:
        if (!pending)
            return isAssigned(user.id(), column.id)
                       ? tr("%1 has %2").arg(user.label(), column.name)
                       : tr("%1 does not have %2").arg(user.label(), column.name);
        return isAssigned(user.id(), column.id)
                   ? tr("Pending: %2 will be assigned to %1").arg(user.label(), column.name)
                   : tr("Pending: %2 will be removed from %1").arg(user.label(), column.name);
    }
    return {};
}

bool RoleMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() == 0 || !index.isValid())
        return false;
    return setAssigned(m_users.at(index.row()).id(), m_roles.at(index.column() - 1).id,
                       value.toInt() == Qt::Checked);
}

Qt::ItemFlags RoleMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant RoleMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("User") : m_roles.value(section - 1).name;
    if (role == Qt::ToolTipRole && section > 0)
        return m_roles.value(section - 1).id;
    return {};
}
