#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the event loop was kept from running: a timer ticks every few milliseconds
// and the longest gap beyond its interval is the worst stall (what a person would see as a
// frozen window). On a loaded machine a stall can also be the process waiting for a core, so
// the thread's own CPU time between ticks is kept too.
class StallWatch : public QObject
{
    Q_OBJECT
public:
    explicit StallWatch(QObject *parent = nullptr, int intervalMs = 5);

    void start();
    void stop() { m_timer.stop(); }
    double worstStallMs() const { return m_worstMs; }
    // When the worst stall ended, in ms after start().
    double worstStallAtMs() const { return m_worstAtMs; }
    // The most CPU time the watched thread spent between two ticks: the part of a stall that
    // was this program's own work rather than waiting for a core on a busy machine.
    double worstBusyMs() const { return m_worstBusyMs; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_worstMs = 0;
    double m_worstAtMs = 0;
    qint64 m_lastCpuNs = 0;
    double m_worstBusyMs = 0;
};
