// Soak (issue 7): 20,000 requests through the service layer against the emulator with every fault
// on. Resident memory at the end stays within 10 % of what it was after the first 2,000, and no
// call or reply object is left alive. EPILOT_SOAK_REQUESTS changes the count.
#include "services/network/ApiClient.h"
#include "services/api/UserService.h"
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
        QVERIFY2(
            environment.start(&error, {"--latency", "5", "--fail-rate", "0.2", "--rate-limit",
                                       "2000", "--malformed-rate", "0.2", "--drop-rate", "0.2"}),
            qPrintable(error));
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
        QVERIFY2(QTest::qWaitFor([&] { return finished == total; }, 170000),
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
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
