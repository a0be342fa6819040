#include "bench/PaneFixture.h"

#include <QEventLoop>
#include <QTimer>

PaneFixture::PaneFixture(const BenchOptions &) : session(&network) {}

bool PaneFixture::begin(const BenchOptions &options, QString *failure)
{
    QEventLoop loop;
    bool started = false;
    QObject::connect(&session, &Session::meChanged, &loop, [&] {
        started = true;
        loop.quit();
    });
    QObject::connect(&session, &Session::failed, &loop, [&](const ApiError &error) {
        *failure = error.message;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, [&] {
        *failure = QStringLiteral("getMeV2 timed out");
        loop.quit();
    });
    session.begin(options.endpoints(), options.token());
    loop.exec();
    return started;
}
