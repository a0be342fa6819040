#include "emulator/core/EmulatorInstance.h"
#include "emulator/core/EmulatorOptions.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("epilot-emulator"));

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
