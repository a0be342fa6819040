// Users pane with many users: time to the first page on screen, time to page through all of
// them while scrolling, the longest event-loop stall meanwhile, resident memory, and how soon a
// search's answer is on screen. Starts `epilot-emulator --users N` on loopback.
//
//   bench_users [--users 100000] [--runs 3]
#include "models/UserListModel.h"
#include "services/session/EmulatorLauncher.h"
#include "services/session/Session.h"
#include "ui/users/UsersPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace {

// Measures the longest gap between ticks of a fast timer: how long the event loop was blocked.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return m_longest / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

int argument(const QStringList &arguments, const QString &name, int fallback)
{
    const int at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int users = argument(arguments, QStringLiteral("--users"), 100000);
    const int runs = argument(arguments, QStringLiteral("--runs"), 3);

    EmulatorLauncher emulator;
#ifdef EPILOT_EMULATOR_PATH
    if (EmulatorLauncher::findProgram().isEmpty())
        emulator.setProgram(QStringLiteral(EPILOT_EMULATOR_PATH));
#endif
    emulator.setStartTimeout(std::chrono::seconds(120));
    bool up = false;
    QString problem;
    QObject::connect(&emulator, &EmulatorLauncher::started, [&] { up = true; });
    QObject::connect(&emulator, &EmulatorLauncher::failed, [&](const QString &m) { problem = m; });
    emulator.start({QStringLiteral("--users"), QString::number(users)});
    if (!waitFor([&] { return up || !problem.isEmpty(); }, 130000) || !up) {
        std::fprintf(stderr, "emulator did not start: %s\n", qPrintable(problem));
        return 1;
    }

    QNetworkAccessManager network;
    Session session(&network);
    session.begin(ApiEndpoints::singleServer(emulator.baseUrl()), emulator.token());
    waitFor([&] { return !session.userId().isEmpty(); }, 10000);

    // Time spent waiting for listUsersV2 answers, to tell the server's share from the client's.
    qint64 listRequests = 0;
    qint64 listWaitMs = 0;
    QObject::connect(session.client(), &ApiClient::activity, [&](const ActivityEntry &entry) {
        if (entry.operationId == QLatin1String("listUsersV2")) {
            ++listRequests;
            listWaitMs += entry.elapsedMs;
        }
    });
    std::printf("users in emulator: %d (plus the demo seed)\n", users);
    std::printf("%-4s %12s %14s %12s %10s %16s %12s\n", "run", "first page", "all loaded", "rows",
                "stall max", "search on screen", "RSS");
    for (int run = 1; run <= runs; ++run) {
        StallMeter stalls;
        QElapsedTimer clock;
        clock.start();
        auto *pane = new UsersPane(&session);
        pane->resize(1280, 800);
        pane->show();
        UserListModel *model = pane->model();
        QTableView *table = pane->table();
        // First page painted: rows present and one paint pass done.
        waitFor([&] { return model->rowCount() > 0; }, 10000);
        QCoreApplication::processEvents();
        table->viewport()->repaint();
        const double firstPageMs = clock.nsecsElapsed() / 1e6;

        // Scroll to the end again and again, as someone dragging the scroll bar down would.
        stalls.start();
        clock.restart();
        listRequests = 0;
        listWaitMs = 0;
        QTimer scroller;
        scroller.setInterval(16);
        QObject::connect(&scroller, &QTimer::timeout, [&] {
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            if (model->canFetchMore())
                model->fetchMore();
        });
        scroller.start();
        const bool complete = waitFor([&] { return model->isComplete(); }, 120000);
        scroller.stop();
        const double allMs = clock.nsecsElapsed() / 1e6;
        const double stallMs = stalls.stopMs();
        const int rows = model->rowCount();
        const double rss = residentMb();
        const qint64 pagesAsked = listRequests;
        const qint64 serverMs = listWaitMs;

        // A search: from the answer's arrival to its rows painted.
        qint64 received = 0;
        auto connection = QObject::connect(model, &UserListModel::pageReceived,
                                           [&] { received = clock.nsecsElapsed(); });
        clock.restart();
        model->setQuery(QStringLiteral("4242"));
        waitFor([&] { return !model->isLoading() && received > 0; }, 20000);
        table->viewport()->repaint();
        const double searchMs = (clock.nsecsElapsed() - received) / 1e6;
        const double searchTotalMs = clock.nsecsElapsed() / 1e6;
        QObject::disconnect(connection);

        std::printf("%-4d %9.0f ms %11.0f ms%s %12d %7.1f ms %10.1f ms (%4.0f) %8.0f MB\n", run,
                    firstPageMs, allMs, complete ? "" : "!", rows, stallMs, searchMs, searchTotalMs,
                    rss);
        std::printf("     paging: %lld requests, %lld ms waiting for answers (%.0f ms per page), "
                    "%.0f ms in the client\n",
                    pagesAsked, serverMs, pagesAsked ? double(serverMs) / pagesAsked : 0.0,
                    allMs - serverMs);
        std::fflush(stdout);
        delete pane;
        QCoreApplication::processEvents();
    }
    std::printf("search on screen: ms from the answer's arrival to rows painted (request+answer "
                "in brackets)\n");
    return 0;
}
