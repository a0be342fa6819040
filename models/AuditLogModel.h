#pragma once

#include "domain/security/AuditEvent.h"
#include "domain/security/AuditQuery.h"
#include "models/ListStateModel.h"
#include "services/network/ApiResult.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <optional>

class ApiCall;
class AuditLogService;

// The audit log as one long list of `total` rows, of which only a window of pages is held:
// a row's page is asked for when a view first paints it (with getLogs' page/limit), and the
// pages painted longest ago are dropped once more than maxPages are held. So memory does not
// grow with the events scrolled past, however many there are; jumping anywhere asks for that
// page only. Rows of pages not here yet show "…" until their answer arrives.
class AuditLogModel : public ListStateModel
{
    Q_OBJECT
public:
    enum Column { Time, Person, Service, Event, Method, Outcome, Activity, ColumnCount };

    explicit AuditLogModel(AuditLogService *service, QObject *parent = nullptr);

    // Starts over with another search (the rows go at once).
    void setQuery(const AuditQuery &query);
    AuditQuery query() const { return m_query; }
    void reload();
    void clear();

    void setPageSize(int size) { m_pageSize = qBound(1, size, AuditQuery::maximumLimit); }
    int pageSize() const { return m_pageSize; }
    void setMaxPages(int pages) { m_maxPages = qMax(2, pages); }
    int maxPages() const { return m_maxPages; }
    // Events matching the search on the server; -1 before the first answer.
    int total() const { return m_total; }
    int pagesHeld() const { return int(m_pages.size()); }
    int eventsHeld() const;
    bool isLoading() const { return !m_inFlight.isEmpty(); }

    // The event of a row when its page is here.
    std::optional<AuditEvent> eventAt(int row) const;
    // Asks for the page of `row` now (a view does this by painting it).
    void ensureRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void totalChanged(int total);
    void pageLoaded(int page);
    // The one error signal: a message when a page fails, empty when the error is gone.
    void errorChanged(const QString &message);

private:
    void want(int page);
    void requestNext();
    void receive(int generation, int page, const ApiResult<QJsonObject> &result);
    void setTotal(int total);
    void dropOldPages();

    AuditLogService *m_service;
    AuditQuery m_query;
    int m_pageSize = 100;
    int m_maxPages = 12;
    int m_total = -1;
    int m_generation = 0;
    QHash<int, QList<AuditEvent>> m_pages;
    QList<int> m_recent; // pages, most recently wanted last
    QList<int> m_wanted; // pages to ask for, most recent last
    QHash<int, QPointer<ApiCall>> m_inFlight;
    QSet<int> m_scheduled; // pages a paint asked for, to be wanted after it
    QString m_error;
    static constexpr int maxInFlight = 2;
    static constexpr int maxWanted = 4; // older wishes are dropped: the view has moved on
};
