#pragma once

#include "domain/users/Group.h"

#include <QAbstractTableModel>
#include <QPointer>

class ApiCall;
class UserService;

// The organization's groups (getGroups with hydrate, paged with limit/offset): name with avatar,
// member count, current assignee, last update.
class GroupListModel : public QAbstractTableModel
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
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    void setQuery(const QString &query);
    void reload();
    // Nothing is asked while inactive (no one signed in yet); activating loads the first page.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    bool isLoading() const { return !m_call.isNull(); }
    QString errorMessage() const { return m_error; }
    int total() const { return m_total; }

    const Group &group(int row) const { return m_groups.at(row); }
    int indexOfGroup(const QString &id) const;
    // After a create, edit or "assign next": put the server's group in place without reloading.
    void upsert(const Group &group);
    void remove(const QString &id);
    // Names of users met in hydrated groups, by id (for the rotation order and chips).
    QString userLabel(const QString &id) const { return m_userLabels.value(id, id); }

signals:
    void loadingChanged(bool loading);
    void errorChanged(const QString &message);
    void pageLoaded();

private:
    void requestPage();
    void remember(const Group &group);

    UserService *m_service;
    QList<Group> m_groups;
    QHash<QString, QString> m_userLabels;
    QString m_query;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
    int m_pageSize = 50;
    int m_total = -1;
    bool m_complete = false;
    QString m_error;
    bool m_active = true;
};
