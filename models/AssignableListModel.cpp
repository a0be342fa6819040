#include "models/AssignableListModel.h"

#include "models/AssignableNameResolver.h"

AssignableListModel::AssignableListModel(PartnerDirectoryService *service, QObject *parent)
    : PagedListModel(Start::OnReload, parent), m_service(service)
{
    setPageSize(50);
}

void AssignableListModel::setResolver(AssignableNameResolver *resolver)
{
    m_resolver = resolver;
    connect(resolver, &AssignableNameResolver::resolved, this, [this] {
        const RowChange change(this);
        if (!m_items.isEmpty())
            emit dataChanged(index(0, OrganizationColumn),
                             index(int(m_items.size()) - 1, OrganizationColumn));
    });
}

void AssignableListModel::search(const QString &text, const QStringList &types,
                                 const QStringList &organizationIds)
{
    AssignableSearch query;
    query.q = text.trimmed();
    query.types = types;
    query.orgIds = organizationIds;
    const bool same = query.q == m_query.q && query.types == m_query.types &&
                      query.orgIds == m_query.orgIds && state() != State::Idle;
    m_query = query;
    if (same)
        reload(); // the same search again: its rows stay until answered (stale if that fails)
    else
        restart();
}

ApiCall *AssignableListModel::requestPage(int offset, int limit, const PageAnswer &answer)
{
    AssignableSearch query = m_query;
    query.from = offset;
    query.size = limit;
    return m_service->searchAssignable(
        query, this, [answer, offset](const ApiResult<QJsonObject> &result) {
            if (!result.ok())
                return answer(result.errorAs<Page>());
            const QJsonArray items = result.value().value(QStringLiteral("results")).toArray();
            // Without `hits`, what came so far is all there is.
            const int hits =
                result.value().value(QStringLiteral("hits")).toInt(offset + int(items.size()));
            answer(Page{items, hits});
        });
}

void AssignableListModel::addPage(const QJsonArray &items)
{
    QList<Assignable> page;
    for (const QJsonValue &value : items) {
        if (auto assignable = Assignable::fromJson(value.toObject())) {
            page.append(*assignable);
            if (m_resolver)
                m_resolver->learn(*assignable);
        }
    }
    showPage(generation(), int(page.size()), [this, &page](bool replace) {
        if (replace)
            m_items = std::move(page);
        else
            m_items += page;
    });
}

void AssignableListModel::dropRows()
{
    m_items.clear();
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
