// Starts epilot Admin exactly as `epilot-admin --emulator` does (same window, same start-up), at a
// fixed size, and lets ScreenshotTour photograph the main panes into the folder given as argument.
// EPILOT_SCREENSHOT_LANGUAGE=de takes the German pictures.
#include "app/Startup.h"
#include "services/session/ProfileStore.h"
#include "services/session/TokenStore.h"
#include "tools/screenshots/ScreenshotTour.h"
#include "ui/common/Icons.h"
#include "ui/shell/InterfaceLanguage.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("epilot-admin"));
    QApplication::setOrganizationName(QStringLiteral("epilot-admin"));
    if (QApplication::arguments().size() != 2) {
        std::fputs("usage: epilot-screenshots <folder>\n", stderr);
        return 2;
    }
    InterfaceLanguage::choose(qEnvironmentVariable("EPILOT_SCREENSHOT_LANGUAGE"));
    InterfaceLanguage::install(&application);
    Icons::initialize();
    QApplication::setWindowIcon(Icons::application());

    QNetworkAccessManager network;
    ProfileStore profiles;
    TokenStore tokens;
    MainWindow window(&network, &profiles, &tokens);
    window.resize(1280, 800);
    window.show();

    const StartupOptions options =
        StartupOptions::parse({QStringLiteral("epilot-admin"), QStringLiteral("--emulator")});
    Startup startup(&window, &profiles, &tokens, options, EnvironmentOverrides{});
    startup.run();

    ScreenshotTour tour(&window, QDir(QApplication::arguments().at(1)));
    tour.start();
    return QApplication::exec();
}
