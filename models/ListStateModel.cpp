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
