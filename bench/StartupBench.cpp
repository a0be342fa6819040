// Start-up: process start → the first page of users on screen, timed from outside the process
// (fork and exec included), median of --runs.
#include "bench/BenchOptions.h"
#include "bench/Benchmarks.h"
#include "bench/Figures.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace {

constexpr int kTimeoutMs = 60000;

QString defaultApplication()
{
    // bench/epilot-bench → app/epilot-admin in the same build tree.
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../app/epilot-admin"));
}

// The application signs in with EPILOT_TOKEN and the EPILOT_*_API_URL variables, in a
// throw-away home so no saved profile, window state or keyring is involved.
QProcessEnvironment applicationEnvironment(const BenchOptions &options, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString url = options.text(QStringLiteral("url"));
    environment.insert(QStringLiteral("EPILOT_BENCH_MARK_FIRST_PAGE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("EPILOT_TOKEN"), options.token());
    environment.insert(QStringLiteral("EPILOT_USER_API_URL"), url);
    environment.insert(QStringLiteral("EPILOT_ORGANIZATION_API_URL"), url);
    environment.insert(QStringLiteral("EPILOT_PARTNER_DIRECTORY_API_URL"), url);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    return environment;
}

// Milliseconds from start() to the first output line containing `marker`; -1 on failure.
double timeOneRun(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment, const QString &marker)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray output;
    double elapsedMs = -1;
    while (clock.elapsed() < kTimeoutMs) {
        if (!process.waitForReadyRead(kTimeoutMs - int(clock.elapsed())))
            break;
        output += process.readAllStandardOutput();
        if (output.contains(marker.toUtf8())) {
            elapsedMs = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (elapsedMs < 0) {
        Figures::note(QStringLiteral("no \"%1\" from %2: %3 %4")
                          .arg(marker, program, QString::fromUtf8(output.right(300)),
                               QString::fromUtf8(process.readAllStandardError().right(500))));
    }
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
    return elapsedMs;
}

// The emulator answers one request at a time: a run that exits right after its first page
// leaves requests behind (other panes load too), and the next run would wait for them. Asking
// for /emulator/health and waiting for the answer lets that work finish between runs.
void waitUntilServerIdle(const QString &baseUrl)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(baseUrl + QStringLiteral("/emulator/health"))));
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
}

} // namespace

int Benchmarks::startup(const BenchOptions &options)
{
    const QString name = options.text(QStringLiteral("name"), QStringLiteral("app"));
    const QString program = options.text(QStringLiteral("program"), defaultApplication());
    const QStringList arguments = options.list(QStringLiteral("arguments"));
    const QString marker =
        options.text(QStringLiteral("marker"), QStringLiteral("first page shown"));
    const int runs = options.number(QStringLiteral("runs"), 10);
    // A bare name ("node") is looked up on PATH by QProcess; a path must be an executable.
    if (program.contains(QLatin1Char('/')) && !QFileInfo(program).isExecutable()) {
        Figures::note(QStringLiteral("not an executable: %1").arg(program));
        return 1;
    }
    QTemporaryDir home;
    const QProcessEnvironment environment = applicationEnvironment(options, home.path());
    QVector<double> times;
    for (int run = 0; run < runs; ++run) {
        waitUntilServerIdle(options.text(QStringLiteral("url")));
        const double ms = timeOneRun(program, arguments, environment, marker);
        if (ms < 0)
            return 1;
        times << ms;
    }
    Figures::note(QStringLiteral("%1 start-up runs (ms): %2").arg(name).arg([&] {
        QStringList parts;
        for (double t : times)
            parts << QString::number(t, 'f', 0);
        return parts.join(QLatin1Char(' '));
    }()));
    Figures::report(name + QStringLiteral(".startup.median"), Figures::median(times),
                    QStringLiteral("ms"));
    Figures::report(name + QStringLiteral(".startup.worst"), Figures::worst(times),
                    QStringLiteral("ms"));
    return 0;
}
