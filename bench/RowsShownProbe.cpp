#include "bench/RowsShownProbe.h"

#include <QEvent>
#include <QTableView>
#include <QTimer>

RowsShownProbe::RowsShownProbe(QTableView *table, QObject *parent) : QObject(parent), m_table(table)
{
    table->viewport()->installEventFilter(this);
}

bool RowsShownProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_armed && event->type() == QEvent::Paint && watched == m_table->viewport() &&
        m_table->model() && m_table->model()->rowCount() > 0) {
        m_armed = false;
        QTimer::singleShot(0, this, &RowsShownProbe::shown);
    }
    return QObject::eventFilter(watched, event);
}
