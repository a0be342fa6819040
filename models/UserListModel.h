#pragma once

#include "domain/users/UserRow.h"
#include "models/PagedListModel.h"

class UserMemberships;
class UserService;

// The users of the organization, page by page as the view scrolls (listUsersV2 with
// limit/offset; listUsers V1 with org_ids when organizations are chosen). A new search or filter
// starts over and cancels the request in flight, so older answers never replace newer ones.
// An error in the middle keeps the rows already loaded; retry() continues where it stopped.
// Once the view scrolls past the first page, two pages are read ahead.
class UserListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column {
        Avatar,
        Name,
        Email,
        Status,
        Department,
        Phone,
        Created,
        Activated,
        Mfa,
        Passkeys,
        Roles,  // from UserMemberships (setMemberships); empty until known
        Groups, // group names, from UserMemberships
        ColumnCount
    };
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        EmailRole,
        StatusRole,
        StatusTextRole,
        SortRole,
        ThumbnailRole,
        NameRole,
        OrganizationRole
    };
    enum class StatusFilter { All, Active, Pending, Deactivated };

    explicit UserListModel(UserService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Each of these starts over from the first page.
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_statusFilter; }
    // Empty: the token's organization (V2). Otherwise those organizations (V1, org_ids).
    void setOrganizations(const QStringList &organizationIds);
    QStringList organizations() const { return m_organizations; }

    // Where the Roles and Groups columns read from (not owned); their cells follow its changes.
    void setMemberships(UserMemberships *memberships);
    // A user's roles as the Roles column shows them: the slug alone for roles of the user's
    // own organization ("admin"), the whole id for others.
    QStringList roleNames(const UserRow &row) const;
    QStringList groupNames(const UserRow &row) const;

    const UserRow &row(int row) const { return m_rows.at(row); }
    int indexOfUser(const QString &id) const;
    // Replaces a row after a save, without reloading.
    void updateUser(const User &user);
    // After a successful delete: the row shows Deleted, or goes if the status filter hides it.
    void markDeleted(const QString &id);
    // Whether `row` passes the status filter.
    bool accepts(const UserRow &row) const;
    static bool accepts(StatusFilter filter, User::Status status);

protected:
    ApiCall *requestPage(int offset, int limit, const PageAnswer &answer) override;
    void addPage(const QJsonArray &items) override;
    void dropRows() override;
    void rowsChanged() override;
    QString failureText() const override;

private:
    void showRows(quint64 answered, QVector<UserRow> rows);
    void sortRows();
    bool lessThan(const UserRow &a, const UserRow &b) const;
    QVariant display(const UserRow &row, int column) const;
    QVariant sortValue(const UserRow &row, int column) const;

    UserService *m_service;
    UserMemberships *m_memberships = nullptr;
    QVector<UserRow> m_rows;
    QString m_query;
    QStringList m_organizations;
    StatusFilter m_statusFilter = StatusFilter::All;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
