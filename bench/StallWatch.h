#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the event loop was kept from running: a timer ticks every few milliseconds
// and the longest gap beyond its interval is the worst stall (what a person would see as a
// frozen window).
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

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_worstMs = 0;
    double m_worstAtMs = 0;
};
