// Soak (issue 7): 20,000 requests through the service layer against the emulator with every fault
// on. Resident memory at the end stays within 10 % of what it was after the first 2,000, and no
// call or reply object is left alive. The emulator's own count shows that the faults really came,
// in the proportions asked for. EPILOT_SOAK_REQUESTS changes the count. Needs the emulator.
#include "services/api/UserService.h"
#include "services/network/ApiClient.h"
#include "tests/support/E2eEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace {

qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void twentyThousandRequests()
    {
        const int total = qEnvironmentVariableIntValue("EPILOT_SOAK_REQUESTS") > 0
                              ? qEnvironmentVariableIntValue("EPILOT_SOAK_REQUESTS")
                              : 20000;
        const int warmUp = total / 10;
        const int parallel = 32;
        E2eEnvironment environment;
        QString error;
        QVERIFY2(environment.start(&error, {"--latency", "5", "--fail-rate", "0.2", "--rate-limit",
                                            "2000", "--malformed-rate", "0.2", "--drop-rate", "0.2",
                                            "--fault-seed", "7"}),
                 qPrintable(error));
        if (!environment.isEmulator())
            QSKIP("needs the emulator's fault flags");
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.setEndpoints(environment.endpoints());
        client.setToken(environment.token());
        client.setRetryBaseDelay(std::chrono::milliseconds(50));
        UserService users(&client);

        int started = 0;
        int finished = 0;
        int failed = 0;
        qint64 afterWarmUp = -1;
        QObject context; // destroyed first: no callback outlives the counters
        std::function<void()> next = [&] {
            if (started >= total)
                return;
            const int index = started++;
            auto done = [&](bool ok) {
                ++finished;
                failed += ok ? 0 : 1;
                if (finished == warmUp)
                    afterWarmUp = residentKilobytes();
                next();
            };
            if (index % 2 == 0)
                users.getMeV2(&context, [done](const ApiResult<QJsonObject> &r) { done(r.ok()); });
            else
                users.listUsersV2(QString(), 5, (index / 2) % 40, &context,
                                  [done](const ApiResult<QJsonArray> &r) { done(r.ok()); });
        };
        for (int i = 0; i < parallel; ++i)
            next();
        QVERIFY2(QTest::qWaitFor([&] { return finished == total; }, 400000),
                 qPrintable(QStringLiteral("%1 of %2 finished").arg(finished).arg(total)));
        QTRY_COMPARE_WITH_TIMEOUT(client.callsInFlight(), 0, 10000);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qWait(200);
        const qint64 atEnd = residentKilobytes();
        qInfo("soak: %d requests, %d failed after retries; RSS after %d: %lld kB, at end: %lld kB",
              total, failed, warmUp, afterWarmUp, atEnd);
        QVERIFY(afterWarmUp > 0 && atEnd > 0);
        QVERIFY2(
            atEnd <= afterWarmUp * 11 / 10,
            qPrintable(QStringLiteral("RSS grew from %1 kB to %2 kB").arg(afterWarmUp).arg(atEnd)));
        QCOMPARE(network.findChildren<QNetworkReply *>().size(), 0); // no reply left alive

        // The faults came as asked: drop 20 % of the requests, then 500/503 for 20 % of the
        // rest, then malformed for 20 % of what is left (the emulator decides in that order).
        const QJsonObject injected =
            environment.emulatorRequest("GET", QStringLiteral("/emulator/faults"))
                .object()
                .value(QStringLiteral("injected"))
                .toObject();
        const double requests = injected.value(QStringLiteral("requests")).toDouble();
        QVERIFY2(requests >= total, "the emulator saw fewer requests than were made");
        auto share = [&](std::initializer_list<const char *> names) {
            double count = 0;
            for (const char *name : names)
                count += injected.value(QLatin1String(name)).toDouble();
            return count / requests;
        };
        const double dropped = share({"drop"});
        const double failedShare = share({"internal_error", "unavailable"});
        const double malformed = share({"malformed"});
        qInfo("soak: the emulator saw %.0f requests: %.1f %% dropped, %.1f %% 500/503, "
              "%.1f %% malformed; %.1f %% of the calls failed after retries",
              requests, dropped * 100, failedShare * 100, malformed * 100, failed * 100.0 / total);
        QVERIFY2(qAbs(dropped - 0.2) < 0.03, qPrintable(QString::number(dropped)));
        QVERIFY2(qAbs(failedShare - 0.16) < 0.03, qPrintable(QString::number(failedShare)));
        QVERIFY2(qAbs(malformed - 0.128) < 0.03, qPrintable(QString::number(malformed)));
        QVERIFY2(failed > 0, "no call failed although every fault was on");
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
