// Audit log (issue 21), offscreen at 1280×800 against an emulator started with
// `--audit-events 1000000`: opening the page → first rows painted; then jumping to 100 positions
// spread over the whole list (as a person dragging the scroll bar would) and paging down three
// screenfuls at each, waiting at every stop until its rows are there, while the event loop is
// watched for stalls; the events and pages the list holds at the end and the peak resident
// memory (the list keeps a window of pages, so memory must not grow with the events passed).
#include "bench/BenchOptions.h"
#include "bench/Benchmarks.h"
#include "bench/Figures.h"
#include "bench/PaneFixture.h"
#include "bench/RowsShownProbe.h"
#include "bench/StallWatch.h"
#include "models/AuditLogModel.h"
#include "ui/security/AuditLogPane.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

int Benchmarks::auditLog(const BenchOptions &options)
{
    PaneFixture fixture(options);
    QString failure;
    if (!fixture.begin(options, &failure)) {
        Figures::note(QStringLiteral("sign-in failed: %1").arg(failure));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    AuditLogPane pane(&fixture.session);
    pane.resize(1280, 800);
    RowsShownProbe probe(pane.table());
    probe.arm();
    StallWatch stalls;
    AuditLogModel *model = pane.model();
    QScrollBar *bar = pane.table()->verticalScrollBar();
    const int jumps = options.number(QStringLiteral("jumps"), 100);
    double firstRowsMs = -1;
    QVector<double> arrivalMs; // a jump → its rows there
    int jump = 0, pageDowns = 0, mostPagesHeld = 0;
    QElapsedTimer stop;
    QEventLoop loop;
    // The rows in view are loaded (not the "Loading…" placeholder of a page still asked for).
    const auto inView = [&] {
        const int top = pane.table()->rowAt(0);
        return top >= 0 && model->eventAt(top).has_value();
    };
    std::function<void()> step = [&] {
        mostPagesHeld = qMax(mostPagesHeld, model->pagesHeld());
        if (!inView()) {
            QTimer::singleShot(1, &loop, step);
            return;
        }
        if (pageDowns == 0 && jump > 0)
            arrivalMs << double(stop.nsecsElapsed()) / 1e6;
        if (pageDowns < 3) {
            ++pageDowns;
            bar->setValue(bar->value() + bar->pageStep());
        } else if (jump < jumps) {
            pageDowns = 0;
            ++jump;
            bar->setValue(int(qint64(bar->maximum()) * jump / jumps));
            stop.start();
        } else {
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            return;
        }
        QTimer::singleShot(0, &loop, step);
    };
    QObject::connect(&probe, &RowsShownProbe::shown, &loop, [&] {
        if (firstRowsMs >= 0)
            return;
        firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
        QTimer::singleShot(0, &loop, step);
    });
    QTimer::singleShot(options.number(QStringLiteral("timeout"), 300) * 1000, &loop, [&] {
        failure = QStringLiteral("timed out after %1 jumps").arg(jump);
        loop.quit();
    });
    stalls.start();
    pane.show(); // the session is ready: the page loads (Pane::sessionReady)
    loop.exec();
    stalls.stop();
    if (!failure.isEmpty() || model->total() <= 0) {
        Figures::note(QStringLiteral("audit log failed: %1").arg(failure));
        return 1;
    }
    Figures::note(QStringLiteral("audit log: %1 events; first rows painted at %2 ms; %3 jumps, "
                                 "rows there in median %4 ms (worst %5 ms); worst stall %6 ms; "
                                 "at most %7 pages of %8 held, %9 events at the end")
                      .arg(model->total())
                      .arg(firstRowsMs, 0, 'f', 0)
                      .arg(jump)
                      .arg(Figures::median(arrivalMs), 0, 'f', 0)
                      .arg(Figures::worst(arrivalMs), 0, 'f', 0)
                      .arg(stalls.worstStallMs(), 0, 'f', 1)
                      .arg(mostPagesHeld)
                      .arg(model->pageSize())
                      .arg(model->eventsHeld()));
    Figures::report(QStringLiteral("audit_log.events"), model->total(), QStringLiteral("events"));
    Figures::report(QStringLiteral("audit_log.first_rows"), firstRowsMs, QStringLiteral("ms"));
    Figures::report(QStringLiteral("audit_log.jump_median"), Figures::median(arrivalMs),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("audit_log.worst_stall"), stalls.worstStallMs(),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("audit_log.worst_busy"), stalls.worstBusyMs(),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("audit_log.peak_rss"), Figures::peakResidentMb(),
                    QStringLiteral("MB"));
    return 0;
}
