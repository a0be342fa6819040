#include "app/FirstPageProbe.h"
#include "app/Startup.h"
#include "services/ProfileStore.h"
#include "services/TokenStore.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')),
               stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("epilot-admin"));
    QApplication::setOrganizationName(QStringLiteral("epilot-admin"));
    QApplication::setApplicationVersion(QStringLiteral(EPILOT_ADMIN_VERSION));

    const StartupOptions options = StartupOptions::parse(QApplication::arguments());
    switch (options.action) {
    case StartupOptions::Action::ShowHelp:
    case StartupOptions::Action::ShowVersion:
        print(stdout, options.message);
        return options.exitCode();
    case StartupOptions::Action::Fail:
        print(stderr, options.message);
        return options.exitCode();
    case StartupOptions::Action::Run:
        break;
    }
    const EnvironmentOverrides environment = EnvironmentOverrides::fromEnvironment();
    if (const QString problem = environment.validate(); !problem.isEmpty()) {
        print(stderr, problem);
        return 2;
    }

    Icons::initialize();
    QApplication::setWindowIcon(Icons::application());

    FirstPageProbe::installIfRequested(); // bench/: times start-up to the first page of users
    QNetworkAccessManager network;
    ProfileStore profiles;
    TokenStore tokens;
    MainWindow window(&network, &profiles, &tokens);
    window.show();

    Startup startup(&window, &profiles, &tokens, options, environment);
    startup.run();
    // The emulator child (if any) stops when `startup` goes out of scope.
    return QApplication::exec();
}
