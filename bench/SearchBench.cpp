// Search: for each of --queries, the time from the last key press in the Users pane's search box
// to the matching rows painted, with the debounce set to zero (debounce excluded); and the part
// of it after the server's answer arrived. Offscreen, 1280×800.
#include "bench/BenchOptions.h"
#include "bench/Benchmarks.h"
#include "bench/Figures.h"
#include "bench/PaneFixture.h"
#include "bench/RowsShownProbe.h"
#include "controllers/SearchDebouncer.h"
#include "ui/users/UsersPane.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

// Runs the event loop until `shown` fires or 30 s pass; false on timeout.
bool waitFor(RowsShownProbe &probe)
{
    QEventLoop loop;
    bool shown = false;
    QObject::connect(&probe, &RowsShownProbe::shown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return shown;
}

} // namespace

int Benchmarks::search(const BenchOptions &options)
{
    PaneFixture fixture(options);
    QString failure;
    if (!fixture.begin(options, &failure)) {
        Figures::note(QStringLiteral("sign-in failed: %1").arg(failure));
        return 1;
    }
    UsersPane pane(&fixture.session);
    pane.resize(1280, 800);
    RowsShownProbe probe(pane.table());
    probe.arm();
    pane.show();
    if (!waitFor(probe)) {
        Figures::note(QStringLiteral("the first page never showed"));
        return 1;
    }
    auto *debouncer = pane.findChild<SearchDebouncer *>();
    if (!debouncer) {
        Figures::note(QStringLiteral("the Users pane has no SearchDebouncer"));
        return 1;
    }

    QElapsedTimer clock;
    qint64 receivedNs = 0;
    UserListModel *model = pane.model();
    QObject::connect(model, &UserListModel::pageReceived, &pane,
                     [&] { receivedNs = clock.nsecsElapsed(); });
    qint64 inModelNs = 0;
    QObject::connect(model, &UserListModel::pageLoaded, &pane, [&](int) {
        if (inModelNs == 0)
            inModelNs = clock.nsecsElapsed();
        probe.arm();
    });

    QVector<double> latencies;
    QVector<double> afterAnswer;
    QVector<double> inModel; // like for like with the SDK: its figure ends with rows parsed
    for (const QString &query : options.list(QStringLiteral("queries"))) {
        QLineEdit *box = pane.searchBox();
        box->setFocus();
        box->clear(); // no textEdited: no search for the empty box in between
        // Typed as a person types: the debouncer holds the search back between key presses.
        debouncer->setDelay(250);
        QTest::keyClicks(box, query.chopped(1));
        debouncer->setDelay(0); // the debounce after the last key press is not counted
        receivedNs = 0;
        inModelNs = 0;
        clock.start();
        probe.disarm();                        // only rows painted for this query count
        QTest::keyClicks(box, query.right(1)); // the last key press
        if (!waitFor(probe)) {
            Figures::note(QStringLiteral("no rows shown for \"%1\"").arg(query));
            return 1;
        }
        const double shownMs = double(clock.nsecsElapsed()) / 1e6;
        latencies << shownMs;
        inModel << double(inModelNs) / 1e6;
        afterAnswer << (receivedNs > 0 ? shownMs - double(receivedNs) / 1e6 : shownMs);
        Figures::note(QStringLiteral("search \"%1\": %2 rows, %3 ms (%4 ms after the answer)")
                          .arg(query)
                          .arg(model->rowCount())
                          .arg(shownMs, 0, 'f', 1)
                          .arg(afterAnswer.last(), 0, 'f', 1));
    }
    Figures::report(QStringLiteral("app.search.median"), Figures::median(latencies),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("app.search.worst"), Figures::worst(latencies),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("app.search.in_model.median"), Figures::median(inModel),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("app.search.in_model.worst"), Figures::worst(inModel),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("app.search.after_answer.median"), Figures::median(afterAnswer),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("app.search.after_answer.worst"), Figures::worst(afterAnswer),
                    QStringLiteral("ms"));
    return 0;
}
