#pragma once

#include "models/ListStateModel.h"

// The shared list state for a view whose rows live elsewhere (the Roles page's grouped
// QTreeWidget): it holds no rows itself, only tells loading, answered, failed and stale apart,
// so EmptyStateOverlay::follow() shows that list like every other one.
class ListStateTracker : public ListStateModel
{
    Q_OBJECT
public:
    using ListStateModel::ListStateModel;

    int rowCount(const QModelIndex & = {}) const override { return 0; }
    int columnCount(const QModelIndex & = {}) const override { return 0; }
    QVariant data(const QModelIndex &, int) const override { return {}; }

    void startLoading() { setState(State::Loading); }
    void answered()
    {
        markAnswered();
        setState(State::Loaded);
    }
    // `rowsShown`: rows from an earlier answer are still shown (they become stale, not lost).
    void failed(const QString &message, bool rowsShown)
    {
        setState(rowsShown && loadedAt().isValid() ? State::Stale : State::Failed, message);
    }
};
