#pragma once

#include "models/ListStateModel.h"

#include <QStringList>

// A list a page loads whole with one request (passkeys, the organizations one may switch to, the
// roles in effect): rows of text, each with the id it stands for. It tells its state like every
// list (ListStateModel): setLoading() while asked, setRecords() with the answer, loadFailed()
// when the asking failed; the rows shown stay until an answer replaces them, marked stale when a
// reload failed.
class RecordListModel : public ListStateModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole };

    struct Record
    {
        QString id;
        QStringList cells; // one text per column
        QString toolTip;   // for every cell of the row (empty: none)
    };

    explicit RecordListModel(const QStringList &headers, QObject *parent = nullptr);

    // The server is asked (true), or the asking was given up, e.g. cancelled (false).
    void setLoading(bool loading);
    // The server's answer: these rows replace those shown.
    void setRecords(const QList<Record> &records);
    // The asking failed: the rows shown (if any) stay, possibly out of date.
    void loadFailed(const QString &message);

    const Record &record(int row) const { return m_records.at(row); }
    int indexOf(const QString &id) const;
    QStringList ids() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Record> m_records;
};
