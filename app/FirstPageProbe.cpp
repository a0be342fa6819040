#include "app/FirstPageProbe.h"

#include "models/UserListModel.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

void FirstPageProbe::installIfRequested()
{
    if (qEnvironmentVariableIsEmpty("EPILOT_BENCH_MARK_FIRST_PAGE"))
        return;
    QCoreApplication::instance()->installEventFilter(
        new FirstPageProbe(QCoreApplication::instance()));
}

FirstPageProbe::FirstPageProbe(QObject *parent) : QObject(parent) {}

bool FirstPageProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_reported || event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    // The painted widget is the viewport of an item view showing users.
    auto *view = qobject_cast<QAbstractItemView *>(watched->parent());
    if (!view || view->viewport() != watched)
        return false;
    auto *users = qobject_cast<UserListModel *>(view->model());
    if (!users || users->rowCount() == 0)
        return false;
    m_reported = true;
    const int rows = users->rowCount();
    // Queued: the paint this event starts finishes first.
    QTimer::singleShot(0, this, [this, rows] { report(rows); });
    return false;
}

void FirstPageProbe::report(int rows)
{
    std::printf("first page shown: %d users\n", rows);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
