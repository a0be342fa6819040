#include "models/GrantTreeModel.h"

#include "domain/grants/GrantTree.h"

GrantTreeModel::GrantTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void GrantTreeModel::setGrants(const QList<Grant> &grants)
{
    beginResetModel();
    m_grants = grants;
    endResetModel();
}

void GrantTreeModel::setFindings(const QList<GrantFinding> &findings)
{
    m_findings = findings;
    if (!m_grants.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_grants.size()) - 1, ColumnCount - 1));
    for (int row = 0; row < m_grants.size(); ++row) {
        const int children = int(m_grants.at(row).dependencies().size());
        if (children > 0) {
            const QModelIndex parentIndex = index(row, 0);
            emit dataChanged(index(0, 0, parentIndex),
                             index(children - 1, ColumnCount - 1, parentIndex));
        }
    }
}

QModelIndex GrantTreeModel::indexForPath(const GrantPath &path, int column) const
{
    if (!GrantTree::isValid(m_grants, path))
        return {};
    if (path.size() == 1)
        return index(path.at(0), column);
    return index(path.at(1), column, index(path.at(0), 0));
}

GrantPath GrantTreeModel::pathForIndex(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return {index.row()};
    return {int(index.internalId()) - 1, index.row()};
}

QModelIndex GrantTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_grants.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_grants.size())
        return {};
    if (row >= m_grants.at(parent.row()).dependencies().size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex GrantTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int GrantTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_grants.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_grants.size())
        return 0;
    return int(m_grants.at(parent.row()).dependencies().size());
}

int GrantTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GrantTreeModel::display(const Grant &grant, int column) const
{
    switch (column) {
    case ActionColumn:
        return grant.action().isEmpty() ? tr("(no action)") : grant.action();
    case ResourceColumn:
        return grant.hasResource() ? grant.resource() : tr("(every resource)");
    case EffectColumn:
        return grant.effectiveEffect();
    case ConditionsColumn: {
        QStringList parts;
        for (const GrantCondition &condition : grant.conditions())
            parts << condition.summary();
        return parts.join(QStringLiteral("; "));
    }
    }
    return {};
}

QVariant GrantTreeModel::data(const QModelIndex &index, int role) const
{
    const GrantPath path = pathForIndex(index);
    if (!GrantTree::isValid(m_grants, path))
        return {};
    const Grant grant = GrantTree::at(m_grants, path);
    switch (role) {
    case Qt::DisplayRole:
        return display(grant, index.column());
    case Qt::ToolTipRole: {
        QStringList lines{grant.summary()};
        for (const GrantFinding &finding : m_findings) {
            if (finding.path == path)
                lines << GrantFinding::severityLabel(finding.severity) + QStringLiteral(": ") +
                             finding.message;
        }
        return lines.join(QLatin1Char('\n'));
    }
    case EffectRole:
        return grant.effectiveEffect();
    case FindingRole: {
        int worst = -1;
        for (const GrantFinding &finding : m_findings) {
            if (finding.path != path)
                continue;
            const int severity = int(finding.severity);
            if (worst < 0 || severity < worst)
                worst = severity;
        }
        return worst;
    }
    case PathRole: {
        QVariantList list;
        for (int step : path)
            list << step;
        return list;
    }
    }
    return {};
}

QVariant GrantTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case ResourceColumn:
        return tr("Resource");
    case EffectColumn:
        return tr("Effect");
    case ConditionsColumn:
        return tr("Conditions");
    }
    return {};
}
