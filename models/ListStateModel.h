#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

// What a list shows, told alike by every list and matrix: nothing asked yet, waiting for an
// answer, the server's answer (possibly empty), a failure with nothing to show, or rows from an
// earlier answer after a refresh failed (stale). Models report it; ui/common's EmptyStateOverlay
// shows it, so every page tells loading, empty, failed and stale the same way.
class ListStateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class State {
        Idle,    // nothing asked for yet
        Loading, // an answer is awaited (rows from before may still be shown)
        Loaded,  // the rows are the server's last answer (none: the list is empty)
        Failed,  // loading failed; the rows shown (if any) are all that came before it
        Stale    // a refresh failed: the rows shown are those answered at loadedAt()
    };
    Q_ENUM(State)

    using QAbstractTableModel::QAbstractTableModel;

    State state() const { return m_state; }
    // Why loading failed (Failed and Stale), else empty.
    QString stateMessage() const { return m_message; }
    // When the rows shown were answered by the server (invalid before the first answer).
    QDateTime loadedAt() const { return m_loadedAt; }
    bool isStale() const { return m_state == State::Stale; }

signals:
    void stateChanged(ListStateModel::State state);

protected:
    // Emits stateChanged when the state or its message changed.
    void setState(State state, const QString &message = {});
    // The rows shown are the server's answer as of now.
    void markAnswered() { m_loadedAt = QDateTime::currentDateTime(); }
    // For a list loaded whole by one request (not paged): an answer is awaited (true), or the
    // asking was given up (false: back to what the rows were before).
    void setAsking(bool asking);
    // That request failed: rows from an earlier answer stay, stale; with none it simply failed.
    void setLoadFailed(const QString &message, bool rowsShown);

private:
    State m_state = State::Idle;
    QString m_message;
    QDateTime m_loadedAt;
};
