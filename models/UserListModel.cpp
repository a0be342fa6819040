#include "models/UserListModel.h"

#include "services/api/UserService.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace {

// Pages this large are parsed on a worker thread so the interface keeps responding.
constexpr int kParseOnWorkerFrom = 400;
constexpr int kServerPageCap = 1000;
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
    : QAbstractTableModel(parent), m_service(service)
{
}

UserListModel::~UserListModel()
{
    ++m_generation;
    dropPending(0);
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
    default:
        return {};
    }
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
    default:
        return {};
    }
}

bool UserListModel::canFetchMore(const QModelIndex &parent) const
{
    return m_active && !parent.isValid() && !m_complete && m_error.isEmpty() && !isLoading();
}

void UserListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // The view scrolled past the first page: from here on it will likely want the rest, so
    // pages are read ahead. A search nobody scrolls costs the server one page only.
    m_readAhead = true;
    requestPage();
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

void UserListModel::reload()
{
    startOver(KeepRows::No); // also after a switch of organization: none of its rows may stay
}

void UserListModel::setPageSizes(int first, int maximum)
{
    // A short page means "the end" only while pages stay within what servers return at most
    // (epilot and the emulator cap `limit` at 1000), so larger pages are not asked for.
    m_firstPageSize = qBound(1, first, kServerPageCap);
    m_maxPageSize = qBound(m_firstPageSize, maximum, kServerPageCap);
}

void UserListModel::retry()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    emit errorChanged(m_error);
    requestPage();
}

void UserListModel::startOver(KeepRows keep)
{
    ++m_generation; // answers to anything asked before are dropped from here on
    dropPending(0);
    m_wanted = false;
    m_endKnown = false;
    m_parsing = false;
    m_readAhead = false;
    m_requestOffset = 0;
    m_pagesRequested = 0;
    m_complete = false;
    // A new search or filter keeps the rows shown until its answer replaces them: typing does
    // not flash an empty table, and the view does not repaint while the server works. Anything
    // else (another organization, a reload) clears them at once.
    m_replaceRows = m_active && keep == KeepRows::UntilAnswered && !m_rows.isEmpty();
    if (m_active) {
        m_wanted = true;
        sendPage(); // the request leaves before the view does any work
    }
    if (!m_replaceRows)
        replaceRows({});
    if (!m_error.isEmpty()) {
        m_error.clear();
        emit errorChanged(m_error);
    }
    if (m_wanted)
        emit loadingChanged(true);
}

int UserListModel::nextPageSize() const
{
    // 100, 200, 400 … up to the maximum: quick first rows, few requests for long lists.
    qint64 size = m_firstPageSize;
    for (int page = 0; page < m_pagesRequested && size < m_maxPageSize; ++page)
        size *= 2;
    return int(qMin<qint64>(size, m_maxPageSize));
}

void UserListModel::requestPage()
{
    if (!m_active)
        return;
    if (!m_pending.empty() && m_pending.front().users) {
        takeFront();
        return;
    }
    m_wanted = true;
    if (m_pending
            .empty()) // otherwise a page read ahead is on its way and becomes the one asked for
        sendPage();
    emit loadingChanged(true);
}

void UserListModel::sendPage()
{
    const quint64 generation = m_generation;
    const quint64 serial = ++m_serial;
    const int limit = nextPageSize();
    const int offset = m_requestOffset;
    m_pending.push_back(Pending{serial, nullptr, std::nullopt, offset, m_pagesRequested, limit});
    // Pages are asked for before the one before them is in: offsets assume full pages, and a
    // short page (the end) drops what was asked for beyond it.
    m_requestOffset += limit;
    ++m_pagesRequested;
    auto done = [this, generation, serial](const ApiResult<QJsonArray> &result) {
        if (generation != m_generation)
            return; // a newer search or filter has started since
        const auto found =
            std::find_if(m_pending.begin(), m_pending.end(),
                         [serial](const Pending &page) { return page.serial == serial; });
        if (found == m_pending.end())
            return; // dropped meanwhile
        if (!result.ok())
            return failPage(std::size_t(found - m_pending.begin()), result.error());
        found->call = nullptr;
        found->users = result.value();
        if (result.value().size() < found->requested) {
            m_endKnown = true;
            dropPending(std::size_t(found - m_pending.begin()) + 1);
        }
        if (m_wanted && m_pending.front().users)
            takeFront();
    };
    QPointer<ApiCall> call =
        m_organizations.isEmpty()
            ? m_service->listUsersV2(m_query, limit, offset, this, done)
            : m_service->listUsers(m_organizations, m_query, limit, offset, this, done);
    for (Pending &page : m_pending) {
        if (page.serial == serial && !page.users)
            page.call = call;
    }
}

void UserListModel::failPage(std::size_t index, const ApiError &error)
{
    // Everything from the failed page on is asked for again when the view gets there.
    const bool shown = index == 0 && m_wanted;
    m_requestOffset = m_pending.at(index).offset;
    m_pagesRequested = m_pending.at(index).index;
    dropPending(index);
    if (!shown)
        return; // a failed read-ahead is not shown
    m_wanted = false;
    if (m_replaceRows)
        replaceRows({}); // the previous search's rows would pass for this one's
    if (!error.isCancelled())
        setError(error.message);
    emit loadingChanged(isLoading());
}

void UserListModel::dropPending(std::size_t from)
{
    if (from >= m_pending.size())
        return;
    // Taken out first: a cancel answers at once, and that answer must find nothing to update.
    std::vector<QPointer<ApiCall>> calls;
    for (auto page = m_pending.begin() + qsizetype(from); page != m_pending.end(); ++page)
        calls.push_back(page->call);
    m_pending.erase(m_pending.begin() + qsizetype(from), m_pending.end());
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void UserListModel::takeFront()
{
    Pending page = std::move(m_pending.front());
    m_pending.pop_front();
    m_wanted = false;
    emit pageReceived();
    const bool lastPage = page.users->size() < page.requested;
    const quint64 generation = m_generation;
    onPage(generation, *page.users, lastPage); // small pages are in the model when this returns
    // Keep the server busy with the next pages while this one is parsed and shown, so that its
    // work and ours overlap when the view scrolls on.
    while (m_readAhead && generation == m_generation && !lastPage && !m_endKnown &&
           m_pending.size() < kPagesAhead)
        sendPage();
}

void UserListModel::onPage(quint64 generation, const QJsonArray &page, bool lastPage)
{
    if (page.size() < kParseOnWorkerFrom) {
        appendRows(UserRow::parsePage(page), lastPage);
        return;
    }
    m_parsing = true;
    auto *watcher = new QFutureWatcher<QVector<UserRow>>(this);
    connect(watcher, &QFutureWatcher<QVector<UserRow>>::finished, this,
            [this, watcher, generation, lastPage] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_parsing = false;
                appendRows(watcher->result(), lastPage);
            });
    watcher->setFuture(QtConcurrent::run([page] { return UserRow::parsePage(page); }));
}

void UserListModel::appendRows(QVector<UserRow> rows, bool lastPage)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [this](const UserRow &row) { return !accepts(row); }),
               rows.end());
    m_complete = lastPage;
    const int added = int(rows.size());
    if (m_replaceRows) {
        replaceRows(std::move(rows));
    } else if (added > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + added - 1);
        m_rows.append(std::move(rows));
        endInsertRows();
        if (m_sortColumn >= 0)
            sortRows();
    }
    emit pageLoaded(added);
    if (m_complete) {
        emit loadingChanged(false);
        emit completed();
        return;
    }
    // A page that the filter emptied shows nothing: keep going until something shows.
    if (added == 0) {
        requestPage();
        return;
    }
    emit loadingChanged(isLoading());
}

void UserListModel::replaceRows(QVector<UserRow> rows)
{
    m_replaceRows = false;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (m_sortColumn >= 0)
        sortRows();
}

void UserListModel::setError(const QString &message)
{
    m_error = message.isEmpty() ? tr("Loading users failed.") : message;
    emit errorChanged(m_error);
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
    default:
        break;
    }
    return m_sortOrder == Qt::AscendingOrder ? result < 0 : result > 0;
}

void UserListModel::sortRows()
{
    if (m_rows.size() < 2)
        return;
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
    m_rows[position] = UserRow::from(user);
    emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
}

void UserListModel::markDeleted(const QString &id)
{
    // Deleted people stay in the server's list with status Deleted, so no page shifts.
    const int position = indexOfUser(id);
    if (position < 0)
        return;
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

void UserListModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        reload();
        return;
    }
    ++m_generation; // answers still on their way are dropped
    dropPending(0);
    m_wanted = false;
    m_parsing = false;
    if (m_replaceRows)
        replaceRows({});
    emit loadingChanged(false);
}
