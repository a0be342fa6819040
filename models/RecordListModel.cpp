#include "models/RecordListModel.h"

RecordListModel::RecordListModel(const QStringList &headers, QObject *parent)
    : ListStateModel(parent), m_headers(headers)
{
}

void RecordListModel::setLoading(bool loading)
{
    setAsking(loading);
}

void RecordListModel::setRecords(const QList<Record> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
    markAnswered();
    setState(State::Loaded);
}

void RecordListModel::loadFailed(const QString &message)
{
    setLoadFailed(message, !m_records.isEmpty());
}

int RecordListModel::indexOf(const QString &id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

QStringList RecordListModel::ids() const
{
    QStringList ids;
    for (const Record &record : m_records)
        ids << record.id;
    return ids;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const Record &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return record.cells.value(index.column());
    case Qt::ToolTipRole:
        return record.toolTip.isEmpty() ? QVariant() : QVariant(record.toolTip);
    case IdRole:
        return record.id;
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return ListStateModel::headerData(section, orientation, role);
}
