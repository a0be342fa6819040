#pragma once

#include <QObject>
#include <QTimer>

// Waits until typing pauses before asking for a search, so one request goes out per pause and
// not one per key press.
class SearchDebouncer : public QObject
{
    Q_OBJECT
public:
    explicit SearchDebouncer(QObject *parent = nullptr, int delayMs = 250);

    void setDelay(int delayMs) { m_timer.setInterval(delayMs); }
    int delay() const { return m_timer.interval(); }
    // Restarts the wait; the newest text wins.
    void setText(const QString &text);
    // Asks now for what is pending (Enter pressed).
    void flush();
    bool isPending() const { return m_timer.isActive(); }

signals:
    void searchRequested(const QString &text);

private:
    QTimer m_timer;
    QString m_text;
    QString m_lastRequested;
    bool m_requestedOnce = false;
};
