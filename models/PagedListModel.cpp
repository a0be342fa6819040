#include "models/PagedListModel.h"

#include "services/network/ApiCall.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace {

// A short page means "the end" only while pages stay within what servers return at most
// (epilot and the emulator cap `limit` at 1000), so larger pages are not asked for.
constexpr int kServerPageCap = 1000;

} // namespace

PagedListModel::PagedListModel(Start start, QObject *parent)
    : ListStateModel(parent), m_started(start == Start::OnFirstFetch)
{
}

PagedListModel::~PagedListModel()
{
    ++m_generation; // a cancel answers at once: that answer must find nothing to update
    dropPending(0);
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return m_active && m_started && !parent.isValid() && !m_complete && m_error.isEmpty() &&
           !isLoading() && m_changingRows == 0;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // The view scrolled past the first page: from here on it will likely want the rest, so
    // pages are read ahead. A search nobody scrolls costs the server one page only.
    m_readAhead = true;
    askForPage();
}

void PagedListModel::reload()
{
    // Swap on success, not clear on start: a refresh that fails must not empty the list.
    startOver(KeepRows::Refresh);
}

void PagedListModel::restart()
{
    startOver(KeepRows::No); // after a switch of organization: none of its rows may stay
}

void PagedListModel::clear()
{
    ++m_generation;
    dropPending(0);
    const bool wasLoading = isLoading();
    m_wanted = false;
    m_adding = false;
    m_started = false;
    m_complete = false;
    m_total = -1;
    m_pagesLoaded = 0;
    clearRows();
    clearError();
    if (wasLoading)
        emit loadingChanged(false);
    updateState();
}

void PagedListModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        restart(); // possibly someone else signed in: the rows of before must not stay
        return;
    }
    ++m_generation; // answers still on their way are dropped
    dropPending(0);
    m_wanted = false;
    m_adding = false;
    if (showsPreviousRows())
        clearRows();
    m_replaceRows = false;
    emit loadingChanged(false);
    updateState();
}

void PagedListModel::retry()
{
    if (m_error.isEmpty())
        return;
    m_error.clear(); // told below, once the page is asked for: no state in between
    askForPage();
    emit errorChanged(m_error);
    updateState();
}

void PagedListModel::setPageSizes(int first, int maximum)
{
    m_firstPageSize = qBound(1, first, kServerPageCap);
    m_maxPageSize = qBound(m_firstPageSize, maximum, kServerPageCap);
}

QString PagedListModel::failureText() const
{
    return tr("Loading failed.");
}

void PagedListModel::startOver(KeepRows keep)
{
    ++m_generation; // answers to anything asked before are dropped from here on
    dropPending(0);
    m_started = true;
    m_wanted = false;
    m_endKnown = false;
    m_adding = false;
    m_readAhead = false;
    m_requestOffset = 0;
    m_received = 0;
    m_pagesRequested = 0;
    m_pagesLoaded = 0;
    m_complete = false;
    m_total = -1;
    // A new search, filter or reload keeps the rows shown until its answer replaces them: typing
    // does not flash an empty table, and the view does not repaint while the server works.
    // Another organization or session clears them at once.
    m_keep = keep;
    m_replaceRows = m_active && keep != KeepRows::No && rowCount() > 0;
    if (m_active) {
        m_wanted = true;
        sendPage(); // the request leaves before the view does any work
    }
    if (!m_replaceRows)
        clearRows();
    clearError();
    if (m_wanted)
        emit loadingChanged(true);
    updateState();
}

int PagedListModel::nextPageSize() const
{
    // 100, 200, 400 … up to the maximum: quick first rows, few requests for long lists.
    qint64 size = m_firstPageSize;
    for (int page = 0; page < m_pagesRequested && size < m_maxPageSize; ++page)
        size *= 2;
    return int(qMin<qint64>(size, m_maxPageSize));
}

void PagedListModel::askForPage()
{
    if (!m_active)
        return;
    if (!m_pending.empty() && m_pending.front().page) {
        takeFront();
        return;
    }
    m_wanted = true;
    if (m_pending
            .empty()) // otherwise a page read ahead is on its way and becomes the one asked for
        sendPage();
    emit loadingChanged(true);
    updateState();
}

void PagedListModel::sendPage()
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
    QPointer<ApiCall> call =
        requestPage(offset, limit, [this, generation, serial](const ApiResult<Page> &result) {
            if (generation == m_generation) // else a newer search or filter has started since
                onAnswer(serial, result);
        });
    for (Pending &page : m_pending) {
        if (page.serial == serial && !page.page)
            page.call = call;
    }
}

void PagedListModel::onAnswer(quint64 serial, const ApiResult<Page> &result)
{
    const auto found =
        std::find_if(m_pending.begin(), m_pending.end(),
                     [serial](const Pending &page) { return page.serial == serial; });
    if (found == m_pending.end())
        return; // dropped meanwhile
    if (!result.ok())
        return failPage(std::size_t(found - m_pending.begin()), result.error());
    found->call = nullptr;
    found->page = result.value();
    if (found->page->items.size() < found->requested) {
        m_endKnown = true;
        dropPending(std::size_t(found - m_pending.begin()) + 1);
    }
    if (m_wanted && m_pending.front().page)
        takeFront();
}

void PagedListModel::failPage(std::size_t index, const ApiError &error)
{
    // Everything from the failed page on is asked for again when the view gets there.
    const bool shown = index == 0 && m_wanted;
    m_requestOffset = m_pending.at(index).offset;
    m_pagesRequested = m_pending.at(index).index;
    dropPending(index);
    if (!shown)
        return; // a failed read-ahead is not shown
    m_wanted = false;
    if (showsPreviousRows())
        clearRows(); // the previous search's rows would pass for this one's
    // A failed reload keeps its rows (still waiting to be replaced): the state says Stale.
    if (!error.isCancelled())
        setError(error.message);
    emit loadingChanged(isLoading());
    updateState();
}

void PagedListModel::dropPending(std::size_t from)
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

void PagedListModel::takeFront()
{
    Pending pending = std::move(m_pending.front());
    m_pending.pop_front();
    m_wanted = false;
    emit pageReceived();
    const Page &page = *pending.page;
    m_received += int(page.items.size());
    if (page.total >= 0)
        m_total = page.total;
    m_lastPage = page.items.size() < pending.requested || (m_total >= 0 && m_received >= m_total);
    if (m_lastPage)
        m_endKnown = true;
    m_adding = true;
    const quint64 generation = m_generation;
    addPage(page.items); // small pages are in the model when this returns
    // Keep the server busy with the next pages while this one is parsed and shown, so that its
    // work and ours overlap when the view scrolls on.
    while (m_readAhead && generation == m_generation && !m_endKnown &&
           m_pending.size() < m_pagesAhead)
        sendPage();
}

void PagedListModel::showPage(quint64 answered, int count,
                              const std::function<void(bool replace)> &store)
{
    if (answered != m_generation || !m_adding)
        return; // a newer search or filter has started since
    m_adding = false;
    m_complete = m_lastPage;
    if (m_complete)
        m_total = m_received;
    if (m_pagesLoaded++ == 0)
        markAnswered();
    if (m_replaceRows) {
        const RowChange change(this);
        m_replaceRows = false;
        beginResetModel();
        store(true);
        endResetModel();
        rowsChanged();
    } else if (count > 0) {
        const RowChange change(this);
        const int first = rowCount();
        beginInsertRows({}, first, first + count - 1);
        store(false);
        endInsertRows();
        rowsChanged();
    }
    emit pageLoaded(count);
    if (m_complete) {
        emit loadingChanged(false);
        updateState();
        emit completed();
        return;
    }
    // A page that showed nothing (a filter emptied it): keep going until something shows.
    if (count == 0) {
        askForPage();
        return;
    }
    emit loadingChanged(isLoading());
    updateState();
}

void PagedListModel::clearRows()
{
    const RowChange change(this);
    m_replaceRows = false;
    beginResetModel();
    dropRows();
    endResetModel();
    rowsChanged();
}

void PagedListModel::setError(const QString &message)
{
    m_error = message.isEmpty() ? failureText() : message;
    updateState(); // those who hear of the error see whether the rows are stale
    emit errorChanged(m_error);
}

void PagedListModel::updateState()
{
    if (!m_error.isEmpty())
        setState(m_replaceRows && rowCount() > 0 ? State::Stale : State::Failed, m_error);
    else if (isLoading())
        setState(State::Loading);
    else if (!m_started || m_pagesLoaded == 0)
        setState(State::Idle);
    else
        setState(State::Loaded);
}

void PagedListModel::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    emit errorChanged(m_error);
}
