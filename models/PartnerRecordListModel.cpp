#include "models/PartnerRecordListModel.h"

#include "services/api/EntityService.h"

#include <QJsonArray>
#include <QLocale>

PartnerRecordListModel::PartnerRecordListModel(EntityService *service, QObject *parent)
    : PagedListModel(Start::OnReload, parent), m_service(service)
{
    setPageSizes(50, 200);
}

int PartnerRecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int PartnerRecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerRecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const PartnerRecord &record = m_records.at(index.row());
    if (role == RecordIdRole)
        return record.id();
    if (role == StageRole)
        return int(record.stage());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Company:
        return record.companyName();
    case Email:
        return record.email();
    case Status:
        return m_words ? m_words(record.stage()) : record.statusText();
    case Since:
        return QLocale().toString(record.createdAt().toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant PartnerRecordListModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company:
        return tr("Company");
    case Email:
        return tr("E-mail");
    case Status:
        return tr("Status");
    case Since:
        return tr("Since");
    default:
        return {};
    }
}

void PartnerRecordListModel::setFilter(const QString &status, const QString &text)
{
    const bool same = status == m_status && text.simplified() == m_text;
    m_status = status;
    m_text = text.simplified();
    if (same)
        reload(); // the same list again: kept, marked stale, if the answer fails
    else
        startOver(KeepRows::UntilAnswered); // another list: the old rows are no fallback
}

QString PartnerRecordListModel::query() const
{
    QString q = QStringLiteral("_schema:partner");
    if (!m_status.isEmpty())
        q += QStringLiteral(" AND status:") + m_status;
    if (!m_text.isEmpty())
        q += QStringLiteral(" AND ") + EntitySearch::phrase(m_text);
    return q;
}

ApiCall *PartnerRecordListModel::requestPage(int offset, int limit, const PageAnswer &answer)
{
    EntitySearch search;
    search.q = query();
    search.from = offset;
    search.size = limit;
    search.sort = {QStringLiteral("_title:asc")};
    return m_service->searchEntities(search, this, [answer](const ApiResult<QJsonObject> &result) {
        if (!result.ok())
            return answer(result.errorAs<Page>());
        const QJsonObject &body = result.value();
        answer(Page{body.value(QStringLiteral("results")).toArray(),
                    body.value(QStringLiteral("hits")).toInt(-1)});
    });
}

void PartnerRecordListModel::addPage(const QJsonArray &items)
{
    QList<PartnerRecord> records;
    for (const QJsonValue &value : items) {
        if (const auto record = PartnerRecord::fromJson(value.toObject()))
            records << *record;
    }
    showPage(generation(), int(records.size()), [this, &records](bool replace) {
        if (replace)
            m_records = std::move(records);
        else
            m_records << records;
    });
}

void PartnerRecordListModel::dropRows()
{
    m_records.clear();
}

int PartnerRecordListModel::indexOfRecord(const QString &id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id() == id)
            return row;
    }
    return -1;
}

void PartnerRecordListModel::upsert(const PartnerRecord &record)
{
    const RowChange change(this);
    const int row = indexOfRecord(record.id());
    if (row >= 0) {
        m_records[row] = record;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size()));
    m_records << record;
    endInsertRows();
}

void PartnerRecordListModel::remove(const QString &id)
{
    const RowChange change(this);
    const int row = indexOfRecord(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}
