// Paging: every user of the organization into UserListModel, each page asked for as soon as
// the previous one is in (as a view scrolled to the bottom asks), with the model's own page
// sizes (first page --first users, doubling up to --max).
#include "bench/BenchOptions.h"
#include "bench/Benchmarks.h"
#include "bench/Figures.h"
#include "bench/ServiceFixture.h"
#include "bench/StallWatch.h"
#include "models/UserListModel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

int Benchmarks::paging(const BenchOptions &options)
{
    ServiceFixture services(options);
    UserListModel model(&services.users);
    model.setPageSizes(options.number(QStringLiteral("first"), 100),
                       options.number(QStringLiteral("max"), 1000));
    StallWatch stalls;
    QElapsedTimer clock;
    double firstPageMs = -1;
    int pages = 0;
    QString failure;
    QEventLoop loop;
    QObject::connect(&model, &UserListModel::pageLoaded, &loop, [&](int) {
        ++pages;
        if (firstPageMs < 0)
            firstPageMs = double(clock.nsecsElapsed()) / 1e6;
        // Queued, as a view asks from its own event handling and not from inside the model.
        QTimer::singleShot(0, &model, [&model] {
            if (model.canFetchMore())
                model.fetchMore();
        });
    });
    QObject::connect(&model, &UserListModel::completed, &loop, &QEventLoop::quit);
    QObject::connect(&model, &UserListModel::errorChanged, &loop, [&](const QString &message) {
        if (message.isEmpty())
            return;
        failure = message;
        loop.quit();
    });
    QTimer::singleShot(options.number(QStringLiteral("timeout"), 300) * 1000, &loop, [&] {
        failure = QStringLiteral("timed out");
        loop.quit();
    });
    const double cpuBefore = Figures::cpuSeconds();
    clock.start();
    stalls.start();
    model.reload();
    loop.exec();
    const double totalSeconds = double(clock.nsecsElapsed()) / 1e9;
    stalls.stop();
    if (!failure.isEmpty()) {
        Figures::note(
            QStringLiteral("paging failed after %1 rows: %2").arg(model.rowCount()).arg(failure));
        return 1;
    }
    Figures::note(QStringLiteral("app paging: %1 users in %2 pages; worst stall %3 ms at %4 ms")
                      .arg(model.rowCount())
                      .arg(pages)
                      .arg(stalls.worstStallMs(), 0, 'f', 1)
                      .arg(stalls.worstStallAtMs(), 0, 'f', 0));
    Figures::report(QStringLiteral("app.paging.users"), model.rowCount(), QStringLiteral("users"));
    Figures::report(QStringLiteral("app.paging.time"), totalSeconds, QStringLiteral("s"));
    Figures::report(QStringLiteral("app.paging.peak_rss"), Figures::peakResidentMb(),
                    QStringLiteral("MB"));
    Figures::report(QStringLiteral("app.paging.cpu"), Figures::cpuSeconds() - cpuBefore,
                    QStringLiteral("s"));
    Figures::report(QStringLiteral("app.paging.first_page"), firstPageMs, QStringLiteral("ms"));
    Figures::report(QStringLiteral("app.paging.worst_busy"), stalls.worstBusyMs(),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("app.paging.worst_stall"), stalls.worstStallMs(),
                    QStringLiteral("ms"));
    return 0;
}
