#pragma once

#include "domain/permissions/PermissionRole.h"
#include "domain/permissions/RoleAssignment.h"
#include "domain/users/Group.h"
#include "domain/users/UserRow.h"
#include "models/ListStateModel.h"
#include "models/RoleChange.h"
#include "models/UserListModel.h"

#include <QBitArray>
#include <QHash>
#include <QVector>

// Everything the people × roles matrix shows, as the server answered it.
struct PeopleRolesSnapshot
{
    QVector<UserRow> people;
    QList<PermissionRole> roles; // every role; the assignable ones become columns
    QList<RoleAssignment> assignments;
    QList<Group> groups;
};

// The organization's people × roles (Permissions API): one row per person (deleted people are
// left out), column 0 the person, column 1 the status, then one column per assignable role. Made
// for 10,000 people × 30 roles: a person's roles are bits, filters keep a list of row numbers,
// and rows are handed to the view in slices as it scrolls (fetchMore).
// Clicking a cell (toggle) collects pending changes against what the server holds; after they
// are applied the server's answer is set again, and changes that failed stay pending with the
// reason (setServerState's `failed`).
class PeopleRolesModel : public ListStateModel
{
    Q_OBJECT
public:
    enum { PendingRole = Qt::UserRole + 1, FailureRole, UserIdRole, RoleIdRole, ActiveRole };
    enum { PersonColumn, StatusColumn, FirstRoleColumn };
    using StatusFilter = UserListModel::StatusFilter;
    static constexpr int kSlice = 500; // rows handed to the view at a time

    explicit PeopleRolesModel(QObject *parent = nullptr);

    // The server is asked (true), or the asking was given up (false).
    void setLoading(bool loading);
    void loadFailed(const QString &message);
    // One row: a person and the roles they hold on the server.
    struct Person
    {
        UserRow row;
        QString searchText;  // name and e-mail, case-folded
        QVector<int> groups; // indexes into Prepared::groups
        QBitArray held;      // by column index - FirstRoleColumn
    };
    // What the model builds from a snapshot: made by prepare() on any thread (it touches no
    // shared state), so that 10,000 people never hold up the window; taken over at once.
    struct Prepared
    {
        QList<PermissionRole> roles; // the assignable ones: the columns
        QHash<QString, int> roleIndex;
        QList<QPair<QString, QString>> groups;
        QVector<Person> people; // deleted people left out
        QHash<QString, int> personIndex;
    };
    static Prepared prepare(const PeopleRolesSnapshot &snapshot);

    // What the server holds now. Pending changes are dropped, except `keep`: those stay pending
    // (where they still differ from the server), with their reason on the cell if they failed.
    void setServerState(Prepared prepared, const QList<RoleChangeOutcome> &keep = {});
    void setServerState(const PeopleRolesSnapshot &snapshot,
                        const QList<RoleChangeOutcome> &keep = {})
    {
        setServerState(prepare(snapshot), keep);
    }

    // Filters; each one rebuilds the rows shown (pending changes stay).
    void setSearch(const QString &text);
    void setRoleFilter(const QString &roleId);   // people holding it on the server; empty: all
    void setGroupFilter(const QString &groupId); // members of the group; empty: all
    void setStatusFilter(StatusFilter filter);
    QString search() const { return m_search; }

    // The columns, and the groups (id, name) for a group filter.
    int roleCount() const { return int(m_roles.size()); }
    const PermissionRole &roleAt(int index) const { return m_roles.at(index); }
    QList<QPair<QString, QString>> groups() const { return m_groups; }
    // People shown after the filters (all of them, also those not yet handed to the view).
    int matchingCount() const { return int(m_visible.size()); }
    int peopleCount() const { return int(m_people.size()); }
    QString userIdAt(int row) const;

    // The cell as shown: pending change or the server's state.
    bool isAssigned(const QString &userId, const QString &roleId) const;
    // What the server held at the last setServerState.
    bool serverHolds(const QString &userId, const QString &roleId) const;
    bool setAssigned(const QString &userId, const QString &roleId, bool assigned);
    // Flips a role cell; false for the person and status columns.
    bool toggle(const QModelIndex &index);
    QList<RoleChange> pendingChanges() const;
    bool hasPendingChanges() const { return !m_desired.isEmpty(); }
    void discardChanges();
    // What an Apply achieved, shown at once (before the server's state is read again): done
    // changes become what the server holds, failed ones stay pending with their reason.
    void markApplied(const QList<RoleChangeOutcome> &outcomes);
    QString failureOf(const QString &userId, const QString &roleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pendingChanged();

private:
    static qint64 cellKey(int person, int role) { return (qint64(person) << 16) | role; }
    int roleIndex(const QString &roleId) const { return m_roleIndex.value(roleId, -1); }
    int personIndex(const QString &userId) const { return m_personIndex.value(userId, -1); }
    bool shownAssigned(int person, int role) const;
    bool accepts(const Person &person) const;
    void refilter();
    QString statusText(const UserRow &row) const;

    QVector<Person> m_people;
    QList<PermissionRole> m_roles; // the columns
    QHash<QString, int> m_roleIndex;
    QHash<QString, int> m_personIndex;
    QList<QPair<QString, QString>> m_groups;
    QHash<qint64, bool> m_desired;    // cell → desired state, only where it differs
    QHash<qint64, QString> m_failure; // cell → why applying it failed
    QVector<int> m_visible;           // person indexes passing the filters
    int m_exposed = 0;                // rows of m_visible the view has been given

    QString m_search;
    QString m_roleFilter;
    QString m_groupFilter;
    StatusFilter m_statusFilter = StatusFilter::All;
};
