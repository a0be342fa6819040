#include "controllers/RecordHistory.h"

#include "domain/security/AuditQuery.h"
#include "services/api/AuditLogService.h"
#include "services/network/ApiCall.h"

RecordHistory::RecordHistory(AuditLogService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

RecordHistory::~RecordHistory()
{
    // Cancelling runs the callback at once: the new generation makes it return without a signal
    // (the dialog that owns this may be half destroyed already).
    ++m_generation;
    if (m_call)
        m_call->cancel();
}

void RecordHistory::start(const AuditRecord &record)
{
    ++m_generation; // before cancelling: the cancelled call's answer is an old one
    if (m_call)
        m_call->cancel();
    m_record = record;
    m_since = QDateTime::currentDateTimeUtc().addDays(-days);
    m_events.clear();
    m_seen.clear();
    m_page = 0;
    m_scanned = 0;
    m_total = -1;
    readPage(m_generation, pagesPerStep);
    emit changed();
}

void RecordHistory::more()
{
    if (m_call || isComplete())
        return;
    readPage(m_generation, pagesPerStep);
    emit changed();
}

void RecordHistory::readPage(quint64 generation, int stepPagesLeft)
{
    AuditQuery query;
    query.from = m_since;
    m_call =
        m_service->getLogs(query.toJson(m_page, pageSize), this,
                           [this, generation, stepPagesLeft](const ApiResult<QJsonObject> &result) {
                               if (generation != m_generation)
                                   return;
                               m_call = nullptr;
                               if (!result.ok()) {
                                   emit changed();
                                   if (!result.error().isCancelled())
                                       emit failed(result.error().message);
                                   return;
                               }
                               QString problem;
                               const std::optional<AuditPage> page =
                                   AuditPage::fromJson(result.value(), &problem);
                               if (!page) {
                                   emit changed();
                                   emit failed(problem);
                                   return;
                               }
                               ++m_page;
                               m_total = page->total;
                               m_scanned += int(page->events.size());
                               for (const AuditEvent &event : page->events) {
                                   if (!m_seen.contains(event.id()) && m_record.isNamedBy(event))
                                       m_events.append(event);
                                   m_seen.insert(event.id());
                               }
                               // An empty page ends the span even if the total said more (events
                               // aged out).
                               if (page->events.isEmpty())
                                   m_total = m_scanned;
                               if (!isComplete() && stepPagesLeft > 1)
                                   readPage(generation, stepPagesLeft - 1);
                               emit changed();
                           });
}
