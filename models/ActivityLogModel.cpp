#include "models/ActivityLogModel.h"

#include <QLocale>
#include <QStringList>

ActivityLogModel::ActivityLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActivityLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    const int excess = rowCount() - m_capacity;
    if (excess > 0)
        dropOldest(excess);
}

void ActivityLogModel::append(const ActivityEntry &entry)
{
    if (rowCount() >= m_capacity)
        dropOldest(rowCount() - m_capacity + 1);
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    endInsertRows();
    if (isFailed(entry)) {
        ++m_failedCount;
        emit failedCountChanged(m_failedCount);
    }
}

void ActivityLogModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    m_failedCount = 0;
    emit failedCountChanged(0);
}

void ActivityLogModel::dropOldest(int count)
{
    count = std::min(count, rowCount());
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    int failedDropped = 0;
    for (int index = 0; index < count; ++index) {
        if (isFailed(m_entries.front()))
            ++failedDropped;
        m_entries.pop_front();
    }
    endRemoveRows();
    if (failedDropped > 0) {
        m_failedCount -= failedDropped;
        emit failedCountChanged(m_failedCount);
    }
}

QString ActivityLogModel::toText() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const ActivityEntry &entry : m_entries) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields << displayText(entry, column);
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ActivityEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry);
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Duration || index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case FailedRole:
        return isFailed(entry);
    case EntryIdRole:
        return entry.id;
    default:
        return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Size:
        return tr("Size");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

bool ActivityLogModel::isFailed(const ActivityEntry &entry)
{
    return !entry.error.isEmpty() || entry.status == 0 || entry.status >= 400;
}

QString ActivityLogModel::formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1);
}

QString ActivityLogModel::displayText(const ActivityEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return entry.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Method:
        return entry.method;
    case Url:
        return entry.url;
    case Status: {
        // Every try is a row; a retried one says which try, also when it got no answer.
        const QString outcome = entry.status == 0 ? tr("—") : QString::number(entry.status);
        if (entry.attempt > 1)
            return tr("%1 (try %2)").arg(outcome).arg(entry.attempt);
        return outcome;
    }
    case Duration:
        return tr("%1 ms").arg(entry.elapsedMs);
    case Size:
        return formatSize(entry.bytes);
    case Error:
        return entry.error;
    default:
        return {};
    }
}

QString ActivityLogModel::toolTip(const ActivityEntry &entry) const
{
    QStringList lines;
    if (!entry.operationId.isEmpty())
        lines << tr("Operation: %1").arg(entry.operationId);
    lines << tr("%1 %2").arg(entry.method, entry.url);
    lines << tr("Started: %1")
                 .arg(QLocale().toString(entry.started.toLocalTime(), QLocale::LongFormat));
    if (entry.attempt > 1)
        lines << tr("Automatic retry, attempt %1").arg(entry.attempt);
    if (!entry.error.isEmpty())
        lines << entry.error;
    return lines.join(QLatin1Char('\n'));
}
