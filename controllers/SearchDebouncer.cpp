#include "controllers/SearchDebouncer.h"

SearchDebouncer::SearchDebouncer(QObject *parent, int delayMs) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &SearchDebouncer::flush);
}

void SearchDebouncer::setText(const QString &text)
{
    m_text = text.trimmed();
    if (m_timer.interval() <= 0) {
        flush(); // no pause to wait for: ask at once, not after the pending repaints
        return;
    }
    m_timer.start();
}

void SearchDebouncer::flush()
{
    m_timer.stop();
    // Typing and deleting back to the same text needs no new request.
    if (m_requestedOnce && m_text == m_lastRequested)
        return;
    m_requestedOnce = true;
    m_lastRequested = m_text;
    emit searchRequested(m_text);
}
