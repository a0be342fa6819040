#include "models/AssignableListModel.h"

#include "models/AssignableNameResolver.h"

AssignableListModel::AssignableListModel(PartnerDirectoryService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void AssignableListModel::setResolver(AssignableNameResolver *resolver)
{
    m_resolver = resolver;
    connect(resolver, &AssignableNameResolver::resolved, this, [this] {
        if (!m_items.isEmpty())
            emit dataChanged(index(0, OrganizationColumn),
                             index(int(m_items.size()) - 1, OrganizationColumn));
    });
}

void AssignableListModel::search(const QString &text, const QStringList &types,
                                 const QStringList &organizationIds)
{
    m_query = AssignableSearch();
    m_query.q = text.trimmed();
    m_query.types = types;
    m_query.orgIds = organizationIds;
    refresh();
}

void AssignableListModel::refresh()
{
    if (m_call)
        m_call->cancel();
    ++m_generation;
    beginResetModel();
    m_items.clear();
    m_hits = 0;
    m_pages = 0;
    endResetModel();
    load(0);
}

void AssignableListModel::load(int from)
{
    AssignableSearch query = m_query;
    query.from = from;
    query.size = m_pageSize;
    m_error.clear();
    m_loading = true;
    const int generation = m_generation;
    m_call = m_service->searchAssignable(
        query, this, [this, generation](const ApiResult<QJsonObject> &result) {
            if (generation != m_generation)
                return; // an answer to a query that was replaced
            m_loading = false;
            m_call = nullptr;
            if (!result.ok()) {
                if (!result.error().isCancelled()) {
                    m_error = result.error().message;
                    emit failed(m_error);
                }
                return;
            }
            QList<Assignable> page;
            for (const QJsonValue &value :
                 result.value().value(QStringLiteral("results")).toArray()) {
                if (auto assignable = Assignable::fromJson(value.toObject())) {
                    page.append(*assignable);
                    if (m_resolver)
                        m_resolver->learn(*assignable);
                }
            }
            m_hits = result.value()
                         .value(QStringLiteral("hits"))
                         .toInt(int(m_items.size() + page.size()));
            ++m_pages;
            if (!page.isEmpty()) {
                beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.size()) - 1);
                m_items += page;
                endInsertRows();
            } else {
                m_hits = int(m_items.size()); // nothing more to fetch
            }
            emit pageLoaded();
        });
}

int AssignableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AssignableListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignableListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Assignable &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item.displayName();
        case TypeColumn:
            return Assignable::typeLabel(item.type());
        case EmailColumn:
            return item.email();
        case StatusColumn:
            return Assignable::statusLabel(item.status());
        case OrganizationColumn: {
            const QString name =
                m_resolver ? m_resolver->organizationName(item.organizationId()) : QString();
            return name.isEmpty() ? item.organizationId()
                                  : QStringLiteral("%1 (%2)").arg(name, item.organizationId());
        }
        }
        break;
    case Qt::ToolTipRole:
        return item.key();
    case TypeRole:
        return item.typeText();
    case ThumbnailRole:
        return item.thumbnailUrl();
    case KeyRole:
        return item.key();
    }
    return {};
}

QVariant AssignableListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case EmailColumn:
        return tr("E-mail");
    case StatusColumn:
        return tr("Status");
    case OrganizationColumn:
        return tr("Organization");
    }
    return {};
}

bool AssignableListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !isLoading() && m_pages > 0 && m_items.size() < m_hits;
}

void AssignableListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(int(m_items.size()));
}
