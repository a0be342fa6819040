#include "bench/StallWatch.h"

#include <ctime>

namespace {

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

StallWatch::StallWatch(QObject *parent, int intervalMs) : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallWatch::tick);
}

void StallWatch::start()
{
    m_worstMs = 0;
    m_worstAtMs = 0;
    m_worstBusyMs = 0;
    m_lastCpuNs = threadCpuNs();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallWatch::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = double(now - m_lastNs) / 1e6 - m_timer.interval();
    if (gapMs > m_worstMs) {
        m_worstMs = gapMs;
        m_worstAtMs = double(now) / 1e6;
    }
    m_lastNs = now;
    const qint64 cpu = threadCpuNs();
    m_worstBusyMs = qMax(m_worstBusyMs, double(cpu - m_lastCpuNs) / 1e6);
    m_lastCpuNs = cpu;
}
