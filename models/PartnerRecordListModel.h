#pragma once

#include "domain/partners/PartnerRecord.h"
#include "models/PagedListModel.h"

class EntityService;

// The organization's partner records (searchEntities for `_schema:partner`, paged with
// from/size, sorted by company): company, e-mail, status, since. A status filter and free text
// narrow the search on the server. The status column's words come from a function the view sets,
// so the page words every status the same way everywhere.
class PartnerRecordListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column { Company, Email, Status, Since, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, StageRole };
    using StageWords = std::function<QString(PartnerRecord::Stage)>;

    explicit PartnerRecordListModel(EntityService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setStageWords(StageWords words) { m_words = std::move(words); }
    // The spec's status to list ("" = all) and free text; each starts over from the first page.
    // The same filter again is a reload: the rows shown stay (stale if it fails).
    void setFilter(const QString &status, const QString &text);
    QString statusFilter() const { return m_status; }
    // The query sent for the current filter.
    QString query() const;

    const PartnerRecord &record(int row) const { return m_records.at(row); }
    int indexOfRecord(const QString &id) const;
    // After an action: put the server's record in place without reloading.
    void upsert(const PartnerRecord &record);
    void remove(const QString &id);

protected:
    ApiCall *requestPage(int offset, int limit, const PageAnswer &answer) override;
    void addPage(const QJsonArray &items) override;
    void dropRows() override;

private:
    EntityService *m_service;
    QList<PartnerRecord> m_records;
    StageWords m_words;
    QString m_status;
    QString m_text;
};
