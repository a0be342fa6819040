#pragma once

#include "domain/partners/Assignable.h"
#include "services/api/PartnerDirectoryService.h"

#include <QAbstractTableModel>
#include <QPointer>

class AssignableNameResolver;

// Search results of searchAssignable as a table, paged with from/size through fetchMore: the
// view asks for more when it scrolls to the end. A new query cancels a running one.
class AssignableListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        EmailColumn,
        StatusColumn,
        OrganizationColumn,
        ColumnCount
    };
    enum { TypeRole = Qt::UserRole + 1, ThumbnailRole, KeyRole };

    AssignableListModel(PartnerDirectoryService *service, QObject *parent = nullptr);

    // Organization ids are shown as names when the resolver knows them.
    void setResolver(AssignableNameResolver *resolver);
    void setPageSize(int size) { m_pageSize = size; }
    // Starts a new search (text, types, organizations); the first page arrives later.
    void search(const QString &text, const QStringList &types = {},
                const QStringList &organizationIds = {});
    void refresh();

    int hits() const { return m_hits; }
    bool isLoading() const { return !m_call.isNull() || m_loading; }
    QString lastError() const { return m_error; }
    Assignable at(int row) const { return m_items.value(row); }
    int pagesLoaded() const { return m_pages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void pageLoaded();
    void failed(const QString &message);

private:
    void load(int from);

    PartnerDirectoryService *m_service;
    QPointer<AssignableNameResolver> m_resolver;
    AssignableSearch m_query;
    QList<Assignable> m_items;
    QPointer<ApiCall> m_call;
    bool m_loading = false;
    int m_hits = 0;
    int m_pageSize = 50;
    int m_pages = 0;
    int m_generation = 0;
    QString m_error;
};
