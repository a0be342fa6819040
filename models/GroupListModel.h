#pragma once

#include "domain/users/Group.h"
#include "models/PagedListModel.h"

class UserService;

// The organization's groups (getGroups with hydrate, paged with limit/offset): name with avatar,
// member count, current assignee, last update.
class GroupListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column { Name, Members, Assignee, Updated, ColumnCount };
    enum Role { GroupIdRole = Qt::UserRole + 1, AbbreviationRole, GradientRole, ImageRole };

    explicit GroupListModel(UserService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Starts over from the first page: another query's rows go at once; the same query is a
    // reload (the rows stay until answered, and stay marked stale if that fails).
    void setQuery(const QString &query);

    const Group &group(int row) const { return m_groups.at(row); }
    int indexOfGroup(const QString &id) const;
    // After a create, edit or "assign next": put the server's group in place without reloading.
    void upsert(const Group &group);
    void remove(const QString &id);
    // Names of users met in hydrated groups, by id (for the rotation order and chips).
    QString userLabel(const QString &id) const { return m_userLabels.value(id, id); }

protected:
    ApiCall *requestPage(int offset, int limit, const PageAnswer &answer) override;
    void addPage(const QJsonArray &items) override;
    void dropRows() override;

private:
    void remember(const Group &group);

    UserService *m_service;
    QList<Group> m_groups;
    QHash<QString, QString> m_userLabels;
    QString m_query;
};
