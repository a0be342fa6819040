#include "models/GroupListModel.h"

#include "services/api/UserService.h"

#include <QJsonArray>
#include <QLocale>

GroupListModel::GroupListModel(UserService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const Group &group = m_groups.at(index.row());
    switch (role) {
    case GroupIdRole:
        return group.id();
    case AbbreviationRole:
        return group.displayAbbreviation();
    case GradientRole:
        return group.gradientColors();
    case ImageRole:
        return group.imageUrl();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return group.name();
    case Members:
        return group.memberCount();
    case Assignee: {
        const auto assignee = group.currentAssignee();
        if (!assignee)
            return role == Qt::ToolTipRole ? tr("Nobody assigned yet") : QString();
        return assignee->label().isEmpty() ? userLabel(assignee->id()) : assignee->label();
    }
    case Updated:
        return QLocale().toString(group.updatedAt().toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Group");
    case Members:
        return tr("Members");
    case Assignee:
        return tr("Assigned now");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

bool GroupListModel::canFetchMore(const QModelIndex &parent) const
{
    return m_active && !parent.isValid() && !m_complete && m_error.isEmpty() && !isLoading();
}

void GroupListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void GroupListModel::setQuery(const QString &query)
{
    m_query = query.trimmed();
    reload();
}

void GroupListModel::reload()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    beginResetModel();
    m_groups.clear();
    m_complete = false;
    m_total = -1;
    endResetModel();
    if (!m_error.isEmpty()) {
        m_error.clear();
        emit errorChanged(m_error);
    }
    requestPage();
}

void GroupListModel::requestPage()
{
    if (!m_active)
        return;
    const quint64 generation = m_generation;
    m_call = m_service->getGroups(
        m_query, m_pageSize, int(m_groups.size()), true, this,
        [this, generation](const ApiResult<QJsonObject> &result) {
            if (generation != m_generation)
                return;
            m_call = nullptr;
            if (!result.ok()) {
                if (!result.error().isCancelled()) {
                    m_error = result.error().message;
                    emit errorChanged(m_error);
                }
                emit loadingChanged(false);
                return;
            }
            const QJsonArray page = result.value().value(QStringLiteral("groups")).toArray();
            m_total = result.value().value(QStringLiteral("hits")).toInt(-1);
            QList<Group> groups;
            for (const QJsonValue &value : page) {
                if (const auto group = Group::fromJson(value.toObject())) {
                    remember(*group);
                    groups << *group;
                }
            }
            if (!groups.isEmpty()) {
                beginInsertRows({}, int(m_groups.size()), int(m_groups.size() + groups.size()) - 1);
                m_groups << groups;
                endInsertRows();
            }
            m_complete = page.size() < m_pageSize || (m_total >= 0 && m_groups.size() >= m_total);
            emit loadingChanged(false);
            emit pageLoaded();
        });
    emit loadingChanged(true);
}

void GroupListModel::remember(const Group &group)
{
    for (const User &member : group.members()) {
        if (!member.label().isEmpty())
            m_userLabels.insert(member.id(), member.label());
    }
}

int GroupListModel::indexOfGroup(const QString &id) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id() == id)
            return row;
    }
    return -1;
}

void GroupListModel::upsert(const Group &group)
{
    remember(group);
    const int row = indexOfGroup(group.id());
    if (row >= 0) {
        m_groups[row] = group;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_groups.size()), int(m_groups.size()));
    m_groups << group;
    endInsertRows();
}

void GroupListModel::remove(const QString &id)
{
    const int row = indexOfGroup(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
}

void GroupListModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        reload();
    else
        ++m_generation; // answers still on their way are dropped
}
