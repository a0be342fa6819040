#pragma once

#include "domain/users/UserRow.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <deque>
#include <optional>

class ApiCall;
struct ApiError;
class UserService;

// The users of the organization, page by page as the view scrolls (listUsersV2 with
// limit/offset; listUsers V1 with org_ids when organizations are chosen). A new search or filter
// starts over and cancels the request in flight, so older answers never replace newer ones.
// An error in the middle keeps the rows already loaded; retry() continues where it stopped.
class UserListModel : public QAbstractTableModel
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
    ~UserListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Each of these starts over from the first page.
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_statusFilter; }
    // Empty: the token's organization (V2). Otherwise those organizations (V1, org_ids).
    void setOrganizations(const QStringList &organizationIds);
    QStringList organizations() const { return m_organizations; }
    void reload();
    // Nothing is asked while inactive (no one signed in yet); activating loads the first page.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // The first page asks for few users so it shows quickly; later pages grow up to the maximum.
    void setPageSizes(int first, int maximum);
    // Loading a page the view asked for; a page read ahead quietly does not count.
    bool isLoading() const { return m_wanted || m_parsing; }
    bool isComplete() const { return m_complete; }
    // The rows are the previous search's or filter's until the first page of this one arrives.
    bool showsPreviousRows() const { return m_replaceRows; }
    QString errorMessage() const { return m_error; }
    // Continues after an error from where paging stopped.
    void retry();

    const UserRow &row(int row) const { return m_rows.at(row); }
    int indexOfUser(const QString &id) const;
    // Replaces a row after a save, without reloading.
    void updateUser(const User &user);
    // After a successful delete: the row shows Deleted, or goes if the status filter hides it.
    void markDeleted(const QString &id);
    // Whether `row` passes the status filter.
    bool accepts(const UserRow &row) const;
    static bool accepts(StatusFilter filter, User::Status status);

signals:
    void loadingChanged(bool loading);
    void errorChanged(const QString &message);
    // A page's answer arrived (before it is parsed): for timing searches.
    void pageReceived();
    // A page's rows are in the model (possibly zero after filtering).
    void pageLoaded(int rowsAdded);
    void completed();

private:
    enum class KeepRows { No, UntilAnswered };
    void startOver(KeepRows keep);
    void requestPage();
    void sendPage();
    void failPage(std::size_t index, const ApiError &error);
    void dropPending(std::size_t from);
    void takeFront();
    void onPage(quint64 generation, const QJsonArray &page, bool lastPage);
    void appendRows(QVector<UserRow> rows, bool lastPage);
    void replaceRows(QVector<UserRow> rows);
    void setError(const QString &message);
    void sortRows();
    bool lessThan(const UserRow &a, const UserRow &b) const;
    QVariant display(const UserRow &row, int column) const;
    QVariant sortValue(const UserRow &row, int column) const;
    int nextPageSize() const;

    UserService *m_service;
    QVector<UserRow> m_rows;
    QString m_query;
    QStringList m_organizations;
    StatusFilter m_statusFilter = StatusFilter::All;
    // A page asked for: on its way (call), or in and not yet shown (users).
    struct Pending
    {
        quint64 serial = 0;
        QPointer<ApiCall> call;
        std::optional<QJsonArray> users;
        int offset = 0;
        int index = 0; // pages asked for before it
        int requested = 0;
    };
    std::deque<Pending> m_pending; // in page order; the front is the next to show
    quint64 m_serial = 0;
    bool m_wanted = false;      // the view asked for the front page and waits for it
    bool m_endKnown = false;    // a short page came: nothing beyond it is asked for
    bool m_readAhead = false;   // the view has scrolled on: keep pages asked for ahead
    bool m_replaceRows = false; // the next page replaces the rows instead of adding to them
    quint64 m_generation = 0;
    int m_requestOffset = 0; // where the next page asked for starts
    int m_pagesRequested = 0;
    int m_firstPageSize = 100;
    int m_maxPageSize = 1000;
    bool m_complete = false;
    bool m_parsing = false;
    QString m_error;
    bool m_active = true;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
