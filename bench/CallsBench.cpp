// Per-call latency: --count sequential getUserV2 through UserService and ApiClient, each sent
// when the previous answer is in. The ids are every fifth of the first 1000 users (the Node
// benchmark asks for the same ones).
#include "bench/BenchOptions.h"
#include "bench/Benchmarks.h"
#include "bench/Figures.h"
#include "bench/ServiceFixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace {

QStringList sampleIds(UserService &users, QString *failure)
{
    QStringList ids;
    QEventLoop loop;
    users.listUsersV2({}, 1000, 0, &loop, [&](const ApiResult<QJsonArray> &result) {
        if (!result.ok()) {
            *failure = result.error().message;
        } else {
            for (qsizetype i = 0; i < result.value().size(); i += 5)
                ids << result.value()
                           .at(i)
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toVariant()
                           .toString();
        }
        loop.quit();
    });
    loop.exec();
    return ids;
}

} // namespace

int Benchmarks::calls(const BenchOptions &options)
{
    ServiceFixture services(options);
    QString failure;
    const QStringList ids = sampleIds(services.users, &failure);
    if (ids.isEmpty()) {
        Figures::note(QStringLiteral("no users to ask for: %1").arg(failure));
        return 1;
    }
    const int count = options.number(QStringLiteral("count"), 200);
    QVector<double> durations;
    durations.reserve(count);
    QEventLoop loop;
    QElapsedTimer total;
    QElapsedTimer call;
    std::function<void(int)> next = [&](int index) {
        if (index == count) {
            loop.quit();
            return;
        }
        const QString id = ids.at(index % ids.size());
        call.start();
        services.users.getUserV2(id, &loop, [&, index, id](const ApiResult<QJsonObject> &result) {
            durations << double(call.nsecsElapsed()) / 1e6;
            if (!result.ok() ||
                result.value().value(QStringLiteral("id")).toVariant().toString() != id) {
                failure = result.ok() ? QStringLiteral("getUserV2 %1: another user").arg(id)
                                      : result.error().message;
                loop.quit();
                return;
            }
            next(index + 1);
        });
    };
    total.start();
    next(0);
    loop.exec();
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    if (!failure.isEmpty()) {
        Figures::note(QStringLiteral("getUserV2 failed: %1").arg(failure));
        return 1;
    }
    Figures::report(QStringLiteral("app.calls.total"), totalMs, QStringLiteral("ms"));
    Figures::report(QStringLiteral("app.calls.median"), Figures::median(durations),
                    QStringLiteral("ms"));
    Figures::report(QStringLiteral("app.calls.mean"), totalMs / count, QStringLiteral("ms"));
    return 0;
}
