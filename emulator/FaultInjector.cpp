#include "FaultInjector.h"

FaultInjector::FaultInjector(const FaultOptions &options)
    : m_options(options), m_random(QRandomGenerator::securelySeeded())
{
    m_clock.start();
}

FaultInjector::Fault FaultInjector::decide()
{
    if (overRateLimit())
        return Fault::RateLimited;
    if (m_options.dropRate > 0 && m_random.generateDouble() < m_options.dropRate)
        return Fault::Drop;
    if (m_options.failRate > 0 && m_random.generateDouble() < m_options.failRate)
        return m_random.bounded(2) == 0 ? Fault::InternalError : Fault::Unavailable;
    if (m_options.malformedRate > 0 && m_random.generateDouble() < m_options.malformedRate)
        return Fault::Malformed;
    return Fault::None;
}

bool FaultInjector::overRateLimit()
{
    if (m_options.rateLimit <= 0)
        return false;
    const qint64 now = m_clock.elapsed();
    while (!m_recent.empty() && m_recent.front() <= now - 1000)
        m_recent.pop_front();
    if (qsizetype(m_recent.size()) >= m_options.rateLimit)
        return true; // rejected requests do not count, so a client that backs off gets through
    m_recent.push_back(now);
    return false;
}

int FaultInjector::latencyMs()
{
    if (m_options.latencyMs <= 0)
        return 0;
    const int jitter = m_options.latencyMs / 2;
    return m_options.latencyMs - jitter + int(m_random.bounded(2 * jitter + 1));
}

QByteArray FaultInjector::corrupt(const QByteArray &body)
{
    if (body.size() > 2 && m_random.bounded(2) == 0)
        return body.left(body.size() / 2);                           // truncated
    return QByteArrayLiteral("{\"message\": \"Internal server err"); // invalid JSON
}
