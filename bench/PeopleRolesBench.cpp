// People & roles (issue 19), offscreen at 1280×800 against an emulator started with
// `--users 10000 --roles 16` (30 assignable roles): opening the page → first rows painted, every
// answer loaded, then scrolling to the last person and back in screenfuls and filtering, watching
// the event loop for stalls; the peak resident memory. And `assignments`: listAllAssignments
// (100,000 people with `--users 100000`) read on a worker thread while the event loop is watched.
#include "bench/BenchOptions.h"
#include "bench/Benchmarks.h"
#include "bench/Figures.h"
#include "bench/PaneFixture.h"
#include "bench/RowsShownProbe.h"
#include "bench/StallWatch.h"
#include "domain/permissions/RoleAssignment.h"
#include "models/PeopleRolesModel.h"
#include "services/api/PermissionsUnparsed.h"
#include "ui/roles/PeopleRolesPane.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

int Benchmarks::peopleRoles(const BenchOptions &options)
{
    PaneFixture fixture(options);
    QString failure;
    if (!fixture.begin(options, &failure)) {
        Figures::note(QStringLiteral("sign-in failed: %1").arg(failure));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    PeopleRolesPane pane(&fixture.session);
    pane.resize(1280, 800);
    RowsShownProbe probe(pane.matrixView());
    probe.arm();
    StallWatch stalls;
    PeopleRolesModel *model = pane.model();
    double firstRowsMs = -1, loadedMs = -1;
    QEventLoop loop;
    QObject::connect(&probe, &RowsShownProbe::shown, &loop, [&] {
        if (firstRowsMs < 0)
            firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
    });
    QScrollBar *bar = pane.matrixView()->verticalScrollBar();
    int step = 0, mostRows = 0;
    // A person paging down with the scroll bar (the view hands out more rows at the end), then
    // back up, then typing a search and clearing it; one step per event-loop turn.
    std::function<void()> scroll = [&] {
        mostRows = qMax(mostRows, model->rowCount());
        if (model->rowCount() < model->matchingCount() || bar->value() < bar->maximum()) {
            bar->setValue(bar->value() + bar->pageStep());
            QTimer::singleShot(0, &loop, scroll);
            return;
        }
        if (step++ == 0) {
            bar->setValue(0);
            pane.searchBox()->setText(QStringLiteral("mü"));
            pane.searchBox()->setText(QStringLiteral("müller"));
            pane.searchBox()->clear();
        }
        QTimer::singleShot(50, &loop, &QEventLoop::quit); // let the last rows paint
    };
    QObject::connect(&pane, &PeopleRolesPane::loaded, &loop, [&] {
        loadedMs = double(clock.nsecsElapsed()) / 1e6;
        if (model->state() != ListStateModel::State::Loaded) {
            failure = model->stateMessage();
            loop.quit();
            return;
        }
        QTimer::singleShot(0, &loop, scroll);
    });
    QTimer::singleShot(options.number(QStringLiteral("timeout"), 300) * 1000, &loop, [&] {
        failure = QStringLiteral("timed out");
        loop.quit();
    });
    stalls.start();
    pane.show(); // the session is ready: the page loads (Pane::sessionReady)
    loop.exec();
    stalls.stop();
    if (!failure.isEmpty()) {
        Figures::note(QStringLiteral("people & roles failed: %1").arg(failure));
        return 1;
    }
    Figures::note(QStringLiteral("people & roles: %1 people × %2 roles, %3 rows handed to the "
                                 "view while scrolling; worst stall %4 ms ending %5 ms after opening; first rows "
                                 "painted at %6 ms, all loaded at %7 ms")
                      .arg(model->peopleCount())
                      .arg(model->roleCount())
                      .arg(mostRows)
                      .arg(stalls.worstStallMs(), 0, 'f', 1)
                      .arg(stalls.worstStallAtMs(), 0, 'f', 0)
                      .arg(firstRowsMs, 0, 'f', 0)
                      .arg(loadedMs, 0, 'f', 0));
    Figures::report(QStringLiteral("people_roles.first_rows"), firstRowsMs, QStringLiteral("ms"));
    Figures::report(QStringLiteral("people_roles.people"), model->peopleCount(),
                    QStringLiteral("people"));
    Figures::report(QStringLiteral("people_roles.roles"), model->roleCount(),
                    QStringLiteral("roles"));
    Figures::report(QStringLiteral("people_roles.worst_busy"), stalls.worstBusyMs(),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("people_roles.worst_stall"), stalls.worstStallMs(),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("people_roles.peak_rss"), Figures::peakResidentMb(),
                    QStringLiteral("MB"));
    return 0;
}

int Benchmarks::assignments(const BenchOptions &options)
{
    PaneFixture fixture(options);
    QString failure;
    if (!fixture.begin(options, &failure)) {
        Figures::note(QStringLiteral("sign-in failed: %1").arg(failure));
        return 1;
    }
    StallWatch stalls;
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 bytes = 0;
    double parseMs = 0;
    int count = 0;
    using Parsed = std::pair<int, double>; // assignments, ms on the worker
    QFutureWatcher<Parsed> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Parsed>::finished, &loop, [&] {
        count = watcher.result().first;
        parseMs = watcher.result().second;
        loop.quit();
    });
    stalls.start();
    clock.start();
    PermissionsUnparsed::listAllAssignments(
        fixture.session.permissions(), &loop, [&](const ApiResult<QByteArray> &result) {
            if (!result.ok()) {
                failure = result.error().message;
                loop.quit();
                return;
            }
            bytes = result.value().size();
            watcher.setFuture(QtConcurrent::run([body = result.value()] {
                QElapsedTimer parse;
                parse.start();
                const auto list = RoleAssignment::listFromAnswer(body);
                return Parsed{list ? int(list->size()) : -1, double(parse.nsecsElapsed()) / 1e6};
            }));
        });
    loop.exec();
    const double totalMs = double(clock.nsecsElapsed()) / 1e6;
    stalls.stop();
    if (!failure.isEmpty() || count < 0) {
        Figures::note(QStringLiteral("listAllAssignments failed: %1").arg(failure));
        return 1;
    }
    Figures::note(QStringLiteral("listAllAssignments: %1 assignments, %2 MB, parsed on a worker in "
                                 "%3 ms; request → parsed %4 ms; worst GUI stall %5 ms")
                      .arg(count)
                      .arg(double(bytes) / 1e6, 0, 'f', 1)
                      .arg(parseMs, 0, 'f', 0)
                      .arg(totalMs, 0, 'f', 0)
                      .arg(stalls.worstStallMs(), 0, 'f', 1));
    Figures::report(QStringLiteral("assignments.count"), count, QStringLiteral("people"));
    Figures::report(QStringLiteral("assignments.parse"), parseMs, QStringLiteral("ms"));
    Figures::report(QStringLiteral("assignments.total"), totalMs, QStringLiteral("ms"));
    Figures::report(QStringLiteral("assignments.worst_stall"), stalls.worstStallMs(),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("assignments.worst_busy"), stalls.worstBusyMs(),
                    QStringLiteral("ms"));
    return 0;
}
