#include "models/GroupListModel.h"

#include "services/api/UserService.h"

#include <QJsonArray>
#include <QLocale>

GroupListModel::GroupListModel(UserService *service, QObject *parent)
    : PagedListModel(Start::OnFirstFetch, parent), m_service(service)
{
    setPageSize(50);
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

void GroupListModel::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    const bool same = trimmed == m_query;
    m_query = trimmed;
    if (same)
        reload(); // the same list again: its rows stay until the answer replaces them
    else
        restart();
}

ApiCall *GroupListModel::requestPage(int offset, int limit, const PageAnswer &answer)
{
    return m_service->getGroups(m_query, limit, offset, true, this,
                                [answer](const ApiResult<QJsonObject> &result) {
                                    if (!result.ok())
                                        return answer(result.errorAs<Page>());
                                    const QJsonObject &body = result.value();
                                    answer(Page{body.value(QStringLiteral("groups")).toArray(),
                                                body.value(QStringLiteral("hits")).toInt(-1)});
                                });
}

void GroupListModel::addPage(const QJsonArray &items)
{
    QList<Group> groups;
    for (const QJsonValue &value : items) {
        if (const auto group = Group::fromJson(value.toObject())) {
            remember(*group);
            groups << *group;
        }
    }
    showPage(generation(), int(groups.size()), [this, &groups](bool replace) {
        if (replace)
            m_groups = std::move(groups);
        else
            m_groups << groups;
    });
}

void GroupListModel::dropRows()
{
    m_groups.clear();
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
    const RowChange change(this);
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
    const RowChange change(this);
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
}
