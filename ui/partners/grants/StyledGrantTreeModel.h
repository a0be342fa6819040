#pragma once

#include "models/GrantTreeModel.h"

// The grant tree with its looks: effect icon and colour, finding icons, dependencies in italics.
class StyledGrantTreeModel : public GrantTreeModel
{
    Q_OBJECT
public:
    using GrantTreeModel::GrantTreeModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
