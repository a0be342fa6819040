#pragma once

#include <QObject>

class QMenu;
class QTableView;

// The Users table's columns as the person arranged them: a context menu on the header with a
// check item per column, sections that can be dragged into another order, and both (with the
// widths) remembered in QSettings under `settingsKey` (the header's state only, nothing else).
// The first start shows the columns that fit beside the details; the others are one click away.
// Until the person drags a column's edge, the shown columns share the table's width (no sideways
// scrolling at any window size); once they set a width, their widths are kept as they left them.
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
    // True while the widths follow the table's width (the person has not set one).
    bool fitsWidth() const { return m_fitting; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyDefaults();
    bool restore();
    void save() const;
    void fit();

    QTableView *m_table;
    // Compared, never called: while the table is torn down its viewports still send events.
    QObject *m_headerViewport = nullptr;
    QObject *m_tableViewport = nullptr;
    QString m_key;
    bool m_restoring = false; // the header changes are ours, not the person's
    bool m_fitting = true;    // the widths follow the table's width
    bool m_dragging = false;  // a mouse button is down on the header: a change is the person's
};
