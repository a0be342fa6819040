#pragma once

#include "services/network/ActivityEntry.h"

#include <QAbstractTableModel>
#include <deque>

// Every network exchange of the session, oldest first, as the Activity panel lists them.
// Holds at most capacity() entries; the oldest are dropped first so a long session stays small.
// Entries come from ApiClient::activity, whose URLs are already redacted: no token lives here.
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Method, Url, Status, Duration, Size, Error, ColumnCount };
    enum Role {
        FailedRole = Qt::UserRole + 1, // bool: no answer, or an HTTP status of 400 and above
        EntryIdRole,                   // quint64: ActivityEntry::id
    };
    static constexpr int defaultCapacity = 5000;

    explicit ActivityLogModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    // Shrinking drops the oldest entries at once.
    void setCapacity(int capacity);

    void append(const ActivityEntry &entry);
    void clear();
    const ActivityEntry &entryAt(int row) const { return m_entries.at(std::size_t(row)); }
    int failedCount() const { return m_failedCount; }

    // The log as tab-separated text with a header line, for "Copy" and for checks in tests.
    QString toText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static bool isFailed(const ActivityEntry &entry);
    static QString formatSize(qint64 bytes);

signals:
    void failedCountChanged(int failedCount);

private:
    QString displayText(const ActivityEntry &entry, int column) const;
    QString toolTip(const ActivityEntry &entry) const;
    void dropOldest(int count);

    std::deque<ActivityEntry> m_entries;
    int m_capacity = defaultCapacity;
    int m_failedCount = 0;
};
