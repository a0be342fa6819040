#include "models/UserListModel.h"

#include "models/UserMemberships.h"
#include "services/api/UserService.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <numeric>
#include <utility>

namespace {

// Pages this large are parsed on a worker thread so the interface keeps responding.
constexpr int kParseOnWorkerFrom = 400;
// Pages asked for beyond the one shown: enough to keep the server busy while a page is parsed.
constexpr std::size_t kPagesAhead = 2;

QString formatTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

QString initials(const UserRow &row)
{
    const QStringList words = row.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() >= 2)
        return (words.at(0).left(1) + words.at(1).left(1)).toUpper();
    const QString source = row.name.isEmpty() ? row.email : row.name;
    return source.left(2).toUpper();
}

int compareText(const QString &a, const QString &b)
{
    // Empty values go last in ascending order, as people expect of blank cells.
    if (a.isEmpty() != b.isEmpty())
        return a.isEmpty() ? 1 : -1;
    return a.compare(b, Qt::CaseInsensitive);
}

template <typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

UserListModel::UserListModel(UserService *service, QObject *parent)
    : PagedListModel(Start::OnFirstFetch, parent), m_service(service)
{
    setPagesAhead(kPagesAhead);
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UserRow &user = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(user, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Avatar || index.column() == Name)
            return user.name.isEmpty() ? user.email : tr("%1 <%2>").arg(user.name, user.email);
        return display(user, index.column());
    case Qt::AccessibleTextRole:
        return display(user, index.column());
    case UserIdRole:
        return user.id;
    case EmailRole:
        return user.email;
    case NameRole:
        return user.name.isEmpty() ? user.email : user.name;
    case StatusRole:
        return int(user.status);
    case StatusTextRole:
        return user.statusText;
    case ThumbnailRole:
        return user.thumbnailUrl;
    case OrganizationRole:
        return user.organizationId;
    case SortRole:
        return sortValue(user, index.column());
    default:
        return {};
    }
}

QVariant UserListModel::display(const UserRow &row, int column) const
{
    switch (column) {
    case Avatar:
        return initials(row);
    case Name:
        if (!row.name.isEmpty())
            return row.name;
        // Invited people name themselves when they accept; an empty cell would look like a fault.
        return row.status == User::Status::Pending ? tr("(no name yet)") : tr("(no name)");
    case Email:
        return row.email;
    case Status:
        switch (row.status) {
        case User::Status::Active:
            return tr("Active");
        case User::Status::Pending:
            return tr("Pending");
        case User::Status::Deactivated:
            return tr("Deactivated");
        case User::Status::Deleted:
            return tr("Deleted");
        case User::Status::Unknown:
            return row.statusText;
        }
        return row.statusText;
    case Department:
        return row.department;
    case Phone:
        return row.phone;
    case Created:
        return formatTime(row.createdMs);
    case Activated:
        return formatTime(row.activatedMs);
    case Mfa:
        return row.mfaEnabled ? tr("On") : tr("Off");
    case Passkeys:
        return row.hasPasskeys ? tr("Yes") : tr("No");
    case Roles:
        return roleNames(row).join(QLatin1String(", "));
    case Groups:
        return groupNames(row).join(QLatin1String(", "));
    default:
        return {};
    }
}

void UserListModel::setMemberships(UserMemberships *memberships)
{
    if (m_memberships)
        disconnect(m_memberships, nullptr, this, nullptr);
    m_memberships = memberships;
    if (!memberships)
        return;
    connect(memberships, &UserMemberships::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Roles), index(rowCount() - 1, Groups));
    });
}

QStringList UserListModel::roleNames(const UserRow &row) const
{
    QStringList names;
    if (!m_memberships)
        return names;
    for (const QString &role : m_memberships->roles(row.id))
        names << m_memberships->roleLabel(role, row.organizationId);
    return names;
}

QStringList UserListModel::groupNames(const UserRow &row) const
{
    return m_memberships ? m_memberships->groups(row.id) : QStringList();
}

QVariant UserListModel::sortValue(const UserRow &row, int column) const
{
    switch (column) {
    case Created:
        return row.createdMs;
    case Activated:
        return row.activatedMs;
    case Mfa:
        return row.mfaEnabled;
    case Passkeys:
        return row.hasPasskeys;
    default:
        return display(row, column);
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Avatar:
        return QString();
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Status:
        return tr("Status");
    case Department:
        return tr("Department");
    case Phone:
        return tr("Phone");
    case Created:
        return tr("Created");
    case Activated:
        return tr("Activated");
    case Mfa:
        return tr("MFA");
    case Passkeys:
        return tr("Passkeys");
    case Roles:
        return tr("Roles");
    case Groups:
        return tr("Groups");
    default:
        return {};
    }
}

void UserListModel::setQuery(const QString &query)
{
    m_query = query.trimmed();
    startOver(KeepRows::UntilAnswered);
}

void UserListModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    startOver(KeepRows::UntilAnswered);
}

void UserListModel::setOrganizations(const QStringList &organizationIds)
{
    m_organizations = organizationIds;
    startOver(KeepRows::No);
}

QString UserListModel::failureText() const
{
    return tr("Loading users failed.");
}

ApiCall *UserListModel::requestPage(int offset, int limit, const PageAnswer &answer)
{
    auto done = [answer](const ApiResult<QJsonArray> &result) {
        answer(result.ok() ? ApiResult<Page>(Page{result.value()}) : result.errorAs<Page>());
    };
    return m_organizations.isEmpty()
               ? m_service->listUsersV2(m_query, limit, offset, this, done)
               : m_service->listUsers(m_organizations, m_query, limit, offset, this, done);
}

void UserListModel::addPage(const QJsonArray &items)
{
    const quint64 current = generation();
    if (items.size() < kParseOnWorkerFrom) {
        showRows(current, UserRow::parsePage(items));
        return;
    }
    auto *watcher = new QFutureWatcher<QVector<UserRow>>(this);
    connect(watcher, &QFutureWatcher<QVector<UserRow>>::finished, this, [this, watcher, current] {
        watcher->deleteLater();
        if (current == generation()) // else the answer of an older search
            showRows(current, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([items] { return UserRow::parsePage(items); }));
}

void UserListModel::showRows(quint64 answered, QVector<UserRow> rows)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [this](const UserRow &row) { return !accepts(row); }),
               rows.end());
    showPage(answered, int(rows.size()), [this, &rows](bool replace) {
        if (replace)
            m_rows = std::move(rows);
        else
            m_rows.append(std::move(rows));
    });
}

void UserListModel::dropRows()
{
    m_rows.clear();
}

void UserListModel::rowsChanged()
{
    if (m_sortColumn >= 0)
        sortRows();
}

bool UserListModel::accepts(StatusFilter filter, User::Status status)
{
    switch (filter) {
    case StatusFilter::All:
        return true;
    case StatusFilter::Active:
        return status == User::Status::Active;
    case StatusFilter::Pending:
        return status == User::Status::Pending;
    case StatusFilter::Deactivated:
        return status == User::Status::Deactivated;
    }
    return true;
}

bool UserListModel::accepts(const UserRow &row) const
{
    return accepts(m_statusFilter, row.status);
}

void UserListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
}

bool UserListModel::lessThan(const UserRow &a, const UserRow &b) const
{
    int result = 0;
    switch (m_sortColumn) {
    case Avatar:
    case Name:
        result =
            compareText(a.name.isEmpty() ? a.email : a.name, b.name.isEmpty() ? b.email : b.name);
        break;
    case Email:
        result = compareText(a.email, b.email);
        break;
    case Status:
        result = compareText(a.statusText, b.statusText);
        break;
    case Department:
        result = compareText(a.department, b.department);
        break;
    case Phone:
        result = compareText(a.phone, b.phone);
        break;
    case Created:
        result = compareValues(a.createdMs, b.createdMs);
        break;
    case Activated:
        result = compareValues(a.activatedMs, b.activatedMs);
        break;
    case Mfa:
        result = compareValues(a.mfaEnabled, b.mfaEnabled);
        break;
    case Passkeys:
        result = compareValues(a.hasPasskeys, b.hasPasskeys);
        break;
    case Roles:
        result =
            compareText(roleNames(a).join(QLatin1Char(',')), roleNames(b).join(QLatin1Char(',')));
        break;
    case Groups:
        result =
            compareText(groupNames(a).join(QLatin1Char(',')), groupNames(b).join(QLatin1Char(',')));
        break;
    default:
        break;
    }
    return m_sortOrder == Qt::AscendingOrder ? result < 0 : result > 0;
}

void UserListModel::sortRows()
{
    if (m_rows.size() < 2)
        return;
    const RowChange change(this);
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QVector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return lessThan(m_rows.at(a), m_rows.at(b)); });
    QVector<int> newRow(m_rows.size());
    QVector<UserRow> sorted;
    sorted.reserve(m_rows.size());
    for (int position = 0; position < order.size(); ++position) {
        newRow[order.at(position)] = position;
        sorted.append(std::move(m_rows[order.at(position)]));
    }
    m_rows = std::move(sorted);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after << index.sibling(newRow.at(index.row()), index.column());
    // sibling() on the old index still uses the model, which is fine for a flat table.
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int UserListModel::indexOfUser(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void UserListModel::updateUser(const User &user)
{
    const int position = indexOfUser(user.id());
    if (position < 0)
        return;
    const RowChange change(this);
    m_rows[position] = UserRow::from(user);
    emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
}

void UserListModel::markDeleted(const QString &id)
{
    // Deleted people stay in the server's list with status Deleted, so no page shifts.
    const int position = indexOfUser(id);
    if (position < 0)
        return;
    const RowChange change(this);
    UserRow &row = m_rows[position];
    row.status = User::Status::Deleted;
    row.statusText = QStringLiteral("Deleted");
    if (accepts(row)) {
        emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
        return;
    }
    beginRemoveRows({}, position, position);
    m_rows.removeAt(position);
    endRemoveRows();
}
