#pragma once

#include "domain/grants/GrantFinding.h"

#include <QAbstractItemModel>

// A role's grants as a two-level tree for a view: top-level grants with their dependencies
// beneath. Read-only: the editor changes grants through undoable commands and hands the model the
// new list. The view adds colour and icons (QtGui) from EffectRole and FindingRole.
class GrantTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ActionColumn, ResourceColumn, EffectColumn, ConditionsColumn, ColumnCount };
    enum Role {
        EffectRole = Qt::UserRole + 1, // "allow", "deny" or the odd value as written
        FindingRole,                   // worst severity as int, -1 for none
        PathRole,                      // GrantPath as QVariantList
    };

    explicit GrantTreeModel(QObject *parent = nullptr);

    void setGrants(const QList<Grant> &grants);
    const QList<Grant> &grants() const { return m_grants; }
    void setFindings(const QList<GrantFinding> &findings);

    QModelIndex indexForPath(const GrantPath &path, int column = 0) const;
    GrantPath pathForIndex(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Grant &grant, int column) const;

    QList<Grant> m_grants;
    QList<GrantFinding> m_findings;
};
