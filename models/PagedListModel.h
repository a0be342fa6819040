#pragma once

#include "models/ListStateModel.h"
#include "services/network/ApiResult.h"

#include <QJsonArray>
#include <QPointer>
#include <deque>
#include <functional>
#include <optional>

class ApiCall;

// The paging every server list shares: pages asked for with offset/limit as the view scrolls
// (canFetchMore/fetchMore), optionally a few pages read ahead, answers to an older search dropped
// (a generation counter), one error (errorMessage/errorChanged), the server's total, a loading
// state (ListStateModel: loading, loaded, failed, stale), reload/restart/clear. A reload keeps
// the rows shown until its answer replaces them; a failed reload keeps them, marked stale. The
// derived class asks its service for a page, turns the page's items into
// rows (now or on a worker thread) and hands them to showPage(); it keeps the rows itself.
class PagedListModel : public ListStateModel
{
    Q_OBJECT
public:
    // One page as the server answered it: its items, and the total if the server says it.
    struct Page
    {
        QJsonArray items;
        int total = -1;
    };
    using PageAnswer = std::function<void(const ApiResult<Page> &)>;
    // Whether the model fetches its first page when a view first asks, or only after reload().
    enum class Start { OnFirstFetch, OnReload };

    explicit PagedListModel(Start start, QObject *parent = nullptr);
    ~PagedListModel() override;

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Loads the same list again from the first page. The rows shown stay until the answer
    // replaces them; when it fails they stay, and the state says Stale (with loadedAt()).
    void reload();
    // Starts over from the first page with the rows gone at once: another organization or
    // session, whose rows must not pass for this one's.
    void restart();
    // Empties the list and asks for nothing until the next reload().
    void clear();
    // Nothing is asked while inactive (no one signed in yet); activating loads the first page.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Continues after an error from where paging stopped.
    void retry();

    // The first page asks for few rows so it shows quickly; later pages double up to the maximum.
    void setPageSizes(int first, int maximum);
    void setPageSize(int size) { setPageSizes(size, size); }
    // Loading a page the view asked for; a page read ahead quietly does not count.
    bool isLoading() const { return m_wanted || m_adding; }
    bool isComplete() const { return m_complete; }
    // The rows are the previous search's or filter's until the first page of this one arrives.
    bool showsPreviousRows() const { return m_replaceRows && m_keep == KeepRows::UntilAnswered; }
    // Empty unless the last page asked for failed.
    QString errorMessage() const { return m_error; }
    // How many items the server has for this search: -1 while it has not said; once the last
    // page is in, the number of items received.
    int total() const { return m_total; }
    // Pages shown since the last start.
    int pagesLoaded() const { return m_pagesLoaded; }

signals:
    void loadingChanged(bool loading);
    // The one error signal: a message when a page fails, empty when the error is gone.
    void errorChanged(const QString &message);
    // A page's answer arrived (before it is parsed): for timing searches.
    void pageReceived();
    // A page's rows are in the model (possibly zero after filtering).
    void pageLoaded(int rowsAdded);
    void completed();

protected:
    enum class KeepRows {
        No,            // the rows go at once
        UntilAnswered, // another search or filter: shown until answered, dropped if it fails
        Refresh        // the same list again: shown until answered, kept (stale) if it fails
    };
    // Starts over; the rows shown may stay until the answer replaces them.
    void startOver(KeepRows keep);
    // Held while rows change: fetchMore() asks for nothing until every observer has heard of the
    // change (one that calls fetchMore from a change signal would nest a change inside it).
    class RowChange
    {
    public:
        explicit RowChange(PagedListModel *model) : m_model(model) { ++model->m_changingRows; }
        ~RowChange() { --m_model->m_changingRows; }
        Q_DISABLE_COPY_MOVE(RowChange)

    private:
        PagedListModel *m_model;
    };

    // Pages asked for beyond the one shown once the view scrolls on (0: one request at a time).
    void setPagesAhead(std::size_t pages) { m_pagesAhead = pages; }
    quint64 generation() const { return m_generation; }

    // Asks the service for one page; `answer` may be called at once (a cancel).
    virtual ApiCall *requestPage(int offset, int limit, const PageAnswer &answer) = 0;
    // A page is in (the next in order): turn its items into rows and pass them to showPage(),
    // now or later with this generation().
    virtual void addPage(const QJsonArray &items) = 0;
    // Empties the rows (inside a model reset).
    virtual void dropRows() = 0;
    // After rows were added or replaced (a sorted list sorts them in).
    virtual void rowsChanged() {}
    virtual QString failureText() const;

    // Puts `count` new rows in the model: `store(replace)` appends them to the rows, or with
    // replace set makes them the rows. Dropped if a newer search started since generation()
    // was `answered`.
    void showPage(quint64 answered, int count, const std::function<void(bool replace)> &store);

private:
    // A page asked for: on its way (call), or in and not yet shown (page).
    struct Pending
    {
        quint64 serial = 0;
        QPointer<ApiCall> call;
        std::optional<Page> page;
        int offset = 0;
        int index = 0; // pages asked for before it
        int requested = 0;
    };
    void askForPage();
    void sendPage();
    void onAnswer(quint64 serial, const ApiResult<Page> &result);
    void failPage(std::size_t index, const ApiError &error);
    void dropPending(std::size_t from);
    void takeFront();
    void clearRows();
    void setError(const QString &message);
    void clearError();
    int nextPageSize() const;
    void updateState();

    std::deque<Pending> m_pending; // in page order; the front is the next to show
    std::size_t m_pagesAhead = 0;
    quint64 m_serial = 0;
    quint64 m_generation = 0;
    bool m_started = false;         // asked to load at least once (or loads on the first fetch)
    bool m_wanted = false;          // the view asked for the front page and waits for it
    bool m_adding = false;          // a page is in and being turned into rows
    bool m_lastPage = false;        // the page being added is the last
    bool m_endKnown = false;        // a short page came: nothing beyond it is asked for
    bool m_readAhead = false;       // the view has scrolled on: keep pages asked for ahead
    bool m_replaceRows = false;     // the next page replaces the rows instead of adding to them
    KeepRows m_keep = KeepRows::No; // why the rows shown wait to be replaced
    bool m_complete = false;
    bool m_active = true;
    int m_requestOffset = 0; // where the next page asked for starts
    int m_received = 0;      // items the server sent for the pages shown
    int m_pagesRequested = 0;
    int m_pagesLoaded = 0;
    int m_firstPageSize = 100;
    int m_maxPageSize = 1000;
    int m_total = -1;
    int m_changingRows = 0; // RowChange objects alive
    QString m_error;
};
