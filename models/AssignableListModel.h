#pragma once

#include "domain/partners/Assignable.h"
#include "models/PagedListModel.h"
#include "services/api/PartnerDirectoryService.h"

#include <QPointer>

class AssignableNameResolver;

// Search results of searchAssignable as a table, paged with from/size through fetchMore: the
// view asks for more when it scrolls to the end. A new query cancels a running one. Nothing is
// fetched before the first search().
class AssignableListModel : public PagedListModel
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
    // Starts a new search (text, types, organizations); the first page arrives later.
    void search(const QString &text, const QStringList &types = {},
                const QStringList &organizationIds = {});

    Assignable at(int row) const { return m_items.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ApiCall *requestPage(int offset, int limit, const PageAnswer &answer) override;
    void addPage(const QJsonArray &items) override;
    void dropRows() override;

private:
    PartnerDirectoryService *m_service;
    QPointer<AssignableNameResolver> m_resolver;
    AssignableSearch m_query;
    QList<Assignable> m_items;
};
