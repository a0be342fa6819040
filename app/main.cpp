#include "app/FirstPageProbe.h"
#include "app/SmokeTour.h"
#include "app/Startup.h"
#include "services/session/ProfileStore.h"
#include "services/session/TokenStore.h"
#include "ui/common/Icons.h"
#include "ui/shell/InterfaceLanguage.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')),
               stream);
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("epilot-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("epilot-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EPILOT_ADMIN_VERSION));
}

void print(const StartupOptions &options)
{
    print(options.action == StartupOptions::Action::Fail ? stderr : stdout, options.message);
}

// --help and --version are answered without a display (a terminal over SSH, a package check), so
// they run under a QCoreApplication before the QApplication exists. Anything else is parsed again
// once QApplication has taken its own options (-platform, -style …) out of the arguments.
bool answeredWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    describeApplication();
    InterfaceLanguage::install(&core);
    const StartupOptions options = StartupOptions::parse(QCoreApplication::arguments());
    if (options.action != StartupOptions::Action::ShowHelp &&
        options.action != StartupOptions::Action::ShowVersion)
        return false;
    print(options);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answeredWithoutDisplay(argc, argv))
        return 0;

    QApplication application(argc, argv);
    describeApplication();
    InterfaceLanguage::install(&application);

    const StartupOptions options = StartupOptions::parse(QApplication::arguments());
    if (options.action != StartupOptions::Action::Run) {
        print(options);
        return options.exitCode();
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
    SmokeTour::installIfRequested(&window); // tests: every page once, then quit

    Startup startup(&window, &profiles, &tokens, options, environment);
    startup.run();
    // The emulator child (if any) stops when `startup` goes out of scope.
    return QApplication::exec();
}
