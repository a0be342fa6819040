#pragma once

#include <QObject>

class QMenu;
class QTableView;

// The Users table's columns as the person arranged them: a context menu on the header with a
// check item per column, sections that can be dragged into another order, and both (with the
// widths) remembered in QSettings under `settingsKey` (the header's state only, nothing else).
// The first start shows the columns that fit beside the details; the others are one click away.
class UserTableColumns : public QObject
{
    Q_OBJECT
public:
    UserTableColumns(QTableView *table, const QString &settingsKey, QObject *parent = nullptr);

    // A new menu (the caller owns it) with one check item per column.
    QMenu *createMenu(QWidget *parent);
    void setColumnShown(int column, bool shown);
    void resetToDefaults();
    bool isDefaultHidden(int column) const;

private:
    void applyDefaults();
    bool restore();
    void save() const;

    QTableView *m_table;
    QString m_key;
    bool m_restoring = false; // the header changes are ours, not the person's
};
