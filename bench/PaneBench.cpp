// The Users pane's speed (issue 4), offscreen at 1280×800: opening the pane → first page painted;
// then scrolling to the bottom whenever a page arrives until every user is loaded, watching the
// event loop for stalls; the peak resident memory of the whole process at the end.
#include "bench/BenchOptions.h"
#include "bench/Benchmarks.h"
#include "bench/Figures.h"
#include "bench/PaneFixture.h"
#include "bench/RowsShownProbe.h"
#include "bench/StallWatch.h"
#include "ui/users/UsersPane.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTimer>

int Benchmarks::pane(const BenchOptions &options)
{
    PaneFixture fixture(options);
    QString failure;
    if (!fixture.begin(options, &failure)) {
        Figures::note(QStringLiteral("sign-in failed: %1").arg(failure));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    UsersPane pane(&fixture.session);
    pane.resize(1280, 800);
    RowsShownProbe probe(pane.table());
    probe.arm();
    StallWatch stalls;
    UserListModel *model = pane.model();
    double firstPageMs = -1;
    QEventLoop loop;
    QObject::connect(&probe, &RowsShownProbe::shown, &loop, [&] {
        if (firstPageMs < 0)
            firstPageMs = double(clock.nsecsElapsed()) / 1e6;
    });
    // A person dragging the scroll bar to the bottom each time more rows appear: the view
    // itself asks the model for more when its scroll bar reaches the end.
    QObject::connect(model, &UserListModel::pageLoaded, &loop, [&](int) {
        QTimer::singleShot(0, &loop, [&] {
            pane.table()->scrollToBottom();
            if (model->canFetchMore()) // the scroll bar was at the end already
                model->fetchMore();
        });
    });
    QObject::connect(model, &UserListModel::completed, &loop, [&] {
        QTimer::singleShot(50, &loop, &QEventLoop::quit); // let the last rows paint
    });
    QObject::connect(model, &UserListModel::errorChanged, &loop, [&](const QString &message) {
        if (message.isEmpty())
            return;
        failure = message;
        loop.quit();
    });
    QTimer::singleShot(options.number(QStringLiteral("timeout"), 300) * 1000, &loop, [&] {
        failure = QStringLiteral("timed out");
        loop.quit();
    });
    stalls.start();
    pane.show();
    loop.exec();
    const double totalSeconds = double(clock.nsecsElapsed() - 50'000'000) / 1e9;
    stalls.stop();
    if (!failure.isEmpty()) {
        Figures::note(QStringLiteral("pane paging failed after %1 rows: %2")
                          .arg(model->rowCount())
                          .arg(failure));
        return 1;
    }
    Figures::note(QStringLiteral("pane: %1 users loaded; worst stall %2 ms, ending %3 ms after "
                                 "opening (first page painted at %4 ms)")
                      .arg(model->rowCount())
                      .arg(stalls.worstStallMs(), 0, 'f', 1)
                      .arg(stalls.worstStallAtMs(), 0, 'f', 0)
                      .arg(firstPageMs, 0, 'f', 0));
    Figures::report(QStringLiteral("pane.first_page"), firstPageMs, QStringLiteral("ms"));
    Figures::report(QStringLiteral("pane.all_users"), totalSeconds, QStringLiteral("s"));
    Figures::report(QStringLiteral("pane.users"), model->rowCount(), QStringLiteral("users"));
    Figures::report(QStringLiteral("pane.worst_busy"), stalls.worstBusyMs(), QStringLiteral("ms"));
    Figures::report(QStringLiteral("pane.worst_stall"), stalls.worstStallMs(),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("pane.peak_rss"), Figures::peakResidentMb(),
                    QStringLiteral("MB"));
    return 0;
}
