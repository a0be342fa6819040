#include "models/AuditLogModel.h"

#include "domain/security/PlainText.h"
#include "services/api/AuditLogService.h"

#include <QTimer>

AuditLogModel::AuditLogModel(AuditLogService *service, QObject *parent)
    : ListStateModel(parent), m_service(service)
{
}

void AuditLogModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    reload();
}

void AuditLogModel::clear()
{
    ++m_generation;
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call)
            call->cancel();
    }
    beginResetModel();
    m_inFlight.clear();
    m_pages.clear();
    m_recent.clear();
    m_wanted.clear();
    m_scheduled.clear();
    m_total = -1;
    endResetModel();
    if (!m_error.isEmpty()) {
        m_error.clear();
        emit errorChanged({});
    }
    setState(State::Idle);
    emit totalChanged(-1);
}

void AuditLogModel::reload()
{
    clear();
    setState(State::Loading);
    want(0);
}

int AuditLogModel::eventsHeld() const
{
    int events = 0;
    for (const QList<AuditEvent> &page : m_pages)
        events += int(page.size());
    return events;
}

std::optional<AuditEvent> AuditLogModel::eventAt(int row) const
{
    if (row < 0 || m_pageSize <= 0)
        return std::nullopt;
    const auto page = m_pages.constFind(row / m_pageSize);
    if (page == m_pages.constEnd() || row % m_pageSize >= page->size())
        return std::nullopt;
    return page->at(row % m_pageSize);
}

void AuditLogModel::ensureRow(int row) const
{
    if (row < 0 || (m_total >= 0 && row >= m_total))
        return;
    const int page = row / m_pageSize;
    auto *self = const_cast<AuditLogModel *>(this);
    if (m_pages.contains(page)) {
        // Painted again: it is the last one to drop.
        if (!m_recent.isEmpty() && m_recent.last() != page) {
            self->m_recent.removeOne(page);
            self->m_recent.append(page);
        }
        return;
    }
    // Asked from data() while painting: the request starts after the paint, once per page.
    if (m_scheduled.contains(page))
        return;
    self->m_scheduled.insert(page);
    QTimer::singleShot(0, self, [self, page, generation = m_generation] {
        self->m_scheduled.remove(page);
        if (generation == self->m_generation)
            self->want(page);
    });
}

void AuditLogModel::want(int page)
{
    if (m_pages.contains(page) || m_inFlight.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > maxWanted)
        m_wanted.removeFirst();
    requestNext();
}

void AuditLogModel::requestNext()
{
    while (m_inFlight.size() < maxInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        const int generation = m_generation;
        // The slot is taken before sending: a refusal may answer at once.
        m_inFlight.insert(page, nullptr);
        ApiCall *call =
            m_service->getLogs(m_query.toJson(page, m_pageSize), this,
                               [this, generation, page](const ApiResult<QJsonObject> &result) {
                                   receive(generation, page, result);
                               });
        if (m_inFlight.contains(page))
            m_inFlight[page] = call;
    }
}

void AuditLogModel::receive(int generation, int page, const ApiResult<QJsonObject> &result)
{
    if (generation != m_generation)
        return;
    m_inFlight.remove(page);
    if (!result.ok()) {
        if (result.error().isCancelled())
            return;
        m_error = result.error().message;
        emit errorChanged(m_error);
        setState(m_pages.isEmpty() ? State::Failed : State::Stale, m_error);
        return;
    }
    QString problem;
    std::optional<AuditPage> answer = AuditPage::fromJson(result.value(), &problem);
    if (!answer) {
        m_error = problem;
        emit errorChanged(m_error);
        setState(m_pages.isEmpty() ? State::Failed : State::Stale, m_error);
        return;
    }
    if (!m_error.isEmpty()) {
        m_error.clear();
        emit errorChanged({});
    }
    m_pages.insert(page, std::move(answer->events));
    m_recent.removeOne(page);
    m_recent.append(page);
    setTotal(answer->total);
    dropOldPages();
    const int first = page * m_pageSize;
    const int last = qMin(first + m_pageSize, rowCount()) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    markAnswered();
    setState(State::Loaded);
    emit pageLoaded(page);
    requestNext();
}

void AuditLogModel::setTotal(int total)
{
    total = qMax(0, total);
    if (total == m_total)
        return;
    const int before = qMax(0, m_total);
    if (total > before) {
        beginInsertRows({}, before, total - 1);
        m_total = total;
        endInsertRows();
    } else if (total < before) {
        beginRemoveRows({}, total, before - 1);
        m_total = total;
        endRemoveRows();
    } else {
        m_total = total;
    }
    emit totalChanged(m_total);
}

void AuditLogModel::dropOldPages()
{
    while (m_pages.size() > m_maxPages && !m_recent.isEmpty()) {
        const int oldest = m_recent.takeFirst();
        m_pages.remove(oldest);
        const int first = oldest * m_pageSize;
        const int last = qMin(first + m_pageSize, rowCount()) - 1;
        if (last >= first)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    m_pages.squeeze();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : qMax(0, m_total);
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole))
        return {};
    const std::optional<AuditEvent> event = eventAt(index.row());
    if (!event) {
        ensureRow(index.row());
        return role == Qt::DisplayRole && index.column() == 0 ? QStringLiteral("…") : QVariant();
    }
    ensureRow(index.row());
    if (role == Qt::UserRole)
        return event->id();
    // Everything shown came from someone's input: direction controls are made visible and
    // line breaks too, so no value can change how the row reads (views draw plain text).
    switch (index.column()) {
    case Time:
        return QLocale().toString(event->timestamp().toLocalTime(), QLocale::ShortFormat);
    case Person: {
        const QString who =
            event->callerEmail().isEmpty() ? event->callerId() : event->callerEmail();
        return PlainText::visible(
            event->triggerType() == QLatin1String("api") ? tr("%1 (API token)").arg(who) : who,
            true);
    }
    case Service:
        return PlainText::visible(event->serviceName(), true);
    case Event:
        return PlainText::visible(event->eventName(), true);
    case Method:
        return PlainText::visible(event->method(), true);
    case Outcome:
        return event->isSuccess() ? tr("Success (%1)").arg(event->statusCode())
                                  : tr("Failure (%1)").arg(event->statusCode());
    case Activity:
        return PlainText::visible(event->activity(), true);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Person:
        return tr("Person");
    case Service:
        return tr("Service");
    case Event:
        return tr("Event");
    case Method:
        return tr("Method");
    case Outcome:
        return tr("Outcome");
    case Activity:
        return tr("Activity");
    }
    return {};
}
