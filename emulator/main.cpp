#include "emulator/core/EmulatorInstance.h"
#include "emulator/core/EmulatorOptions.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so the emulator exits normally: its destructors run and
// a sanitizer build reports leaks at exit (a signal's default action would skip both).
void quitOnStopSignals(QCoreApplication &application)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &application);
    QObject::connect(notifier, &QSocketNotifier::activated, &application,
                     [&application] { application.quit(); });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("epilot-emulator"));
    quitOnStopSignals(application);

    EmulatorOptions options;
    QString error;
    bool helpShown = false;
    if (!options.parse(QCoreApplication::arguments(), &error, &helpShown)) {
        std::fprintf(helpShown ? stdout : stderr, "%s\n", qPrintable(error));
        return helpShown ? 0 : 2;
    }
    EmulatorInstance emulator(options);
    if (!emulator.start(&error)) {
        std::fprintf(stderr, "epilot-emulator: cannot start: %s\n", qPrintable(error));
        return 1;
    }
    // The launcher and the tests read these lines: keep their form.
    std::printf("listening on %s\n", qPrintable(emulator.baseUrl()));
    for (const QString &token : emulator.startupTokens())
        std::printf("token: %s\n", qPrintable(token));
    if (options.anyToken)
        std::printf("accepting any non-empty token\n");
    std::fflush(stdout);
    return application.exec();
}
