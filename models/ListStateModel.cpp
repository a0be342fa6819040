#include "models/ListStateModel.h"

void ListStateModel::setState(State state, const QString &message)
{
    const QString shown = state == State::Failed || state == State::Stale ? message : QString();
    if (state == m_state && shown == m_message)
        return;
    m_state = state;
    m_message = shown;
    emit stateChanged(state);
}

void ListStateModel::setAsking(bool asking)
{
    if (asking)
        setState(State::Loading);
    else if (m_state == State::Loading)
        setState(m_loadedAt.isValid() ? State::Loaded : State::Idle);
}

void ListStateModel::setLoadFailed(const QString &message, bool rowsShown)
{
    setState(rowsShown ? State::Stale : State::Failed, message);
}
