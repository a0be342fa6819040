// e2e-faults (issue 7): the main workflows through the service layer against an emulator started
// with one fault flag at a time, then all together. Checked: every call ends (no hang), every
// failure has a readable message, idempotent requests recover through retry where the fault says
// "try again" (429/503 with Retry-After), POST and PATCH leave exactly once per press, and a save
// that reports success really is on the server.
#include "services/network/ActivityEntry.h"
#include "services/network/ApiClient.h"
#include "services/api/OrganizationService.h"
#include "services/api/PartnerDirectoryService.h"
#include "services/api/UserService.h"
#include "tests/support/E2eEnvironment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>
#include <memory>
#include <optional>

namespace {

constexpr int callTimeoutMs = 90000; // far beyond 2 s latency plus retries: longer means a hang

// Runs one service call and waits for its callback; nullopt when it never came.
template <typename Result, typename Start>
std::optional<Result> await(QObject *context, Start start)
{
    std::optional<Result> result;
    start(context, [&result](const Result &answer) { result = answer; });
    QTest::qWaitFor([&] { return result.has_value(); }, callTimeoutMs);
    return result;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    struct Tally
    {
        int calls = 0;
        int failures = 0;
        QStringList failureMessages;
    };

    std::unique_ptr<E2eEnvironment> m_environment;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    QList<ActivityEntry> m_activity;
    Tally m_tally;

    bool start(const QStringList &faults)
    {
        m_environment = std::make_unique<E2eEnvironment>();
        QString error;
        if (!m_environment->start(&error, faults)) {
            qWarning() << error;
            return false;
        }
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        m_client->setEndpoints(m_environment->endpoints());
        m_client->setToken(m_environment->token());
        m_client->setTimeout(std::chrono::seconds(20));
        m_activity.clear();
        m_tally = {};
        connect(m_client.get(), &ApiClient::activity, this,
                [this](const ActivityEntry &entry) { m_activity.append(entry); });
        return true;
    }

    template <typename T> bool note(const std::optional<ApiResult<T>> &result)
    {
        ++m_tally.calls;
        if (!result)
            return false; // hang: reported by the caller
        if (!result->ok()) {
            ++m_tally.failures;
            m_tally.failureMessages << result->error().message;
        }
        return true;
    }

    // Reads with up to `tries` presses of "Retry", as a person would after a failure.
    std::optional<QJsonObject>
    readObject(const std::function<ApiCall *(QObject *, ObjectCallback)> &call, int tries = 8)
    {
        for (int attempt = 0; attempt < tries; ++attempt) {
            const auto result = await<ApiResult<QJsonObject>>(this, call);
            if (!note(result))
                return std::nullopt;
            if (result->ok())
                return result->value();
        }
        return std::nullopt;
    }

private slots:
    void workflows_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<bool>("allReadsRecover");
        QTest::newRow("latency 2 s") << QStringList{"--latency", "2000"} << true;
        QTest::newRow("20 % 500/503") << QStringList{"--fail-rate", "0.2"} << false;
        QTest::newRow("429 above 5/s") << QStringList{"--rate-limit", "5"} << true;
        QTest::newRow("20 % malformed") << QStringList{"--malformed-rate", "0.2"} << false;
        QTest::newRow("20 % dropped") << QStringList{"--drop-rate", "0.2"} << false;
        QTest::newRow("all together")
            << QStringList{"--latency",        "300", "--fail-rate", "0.2", "--rate-limit", "5",
                           "--malformed-rate", "0.2", "--drop-rate", "0.2"}
            << false;
    }

    void workflows()
    {
        QFETCH(QStringList, faults);
        QFETCH(bool, allReadsRecover);
        QVERIFY(start(faults));
        UserService users(m_client.get());
        OrganizationService organizations(m_client.get());
        PartnerDirectoryService partners(m_client.get());

        // Who am I (retried by hand like the shell's "Retry").
        const auto me = readObject(
            [&](QObject *context, ObjectCallback done) { return users.getMeV2(context, done); });
        QVERIFY2(me.has_value(), "getMeV2 never succeeded in 8 tries");
        const QString userId = me->value("id").toString();
        const QString organizationId = me->value("organization_id").toVariant().toString();
        QVERIFY(!userId.isEmpty() && !organizationId.isEmpty());

        // List and page users: three pages.
        for (int page = 0; page < 3; ++page) {
            const auto result =
                await<ApiResult<QJsonArray>>(this, [&](QObject *context, ArrayCallback done) {
                    return users.listUsersV2(QString(), 25, page * 25, context, done);
                });
            QVERIFY2(note(result), "listUsersV2 hung");
            if (allReadsRecover)
                QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().message));
        }

        // Invite: one press, one POST.
        const QString email =
            QStringLiteral("fault-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128));
        const auto invited =
            await<ApiResult<QJsonObject>>(this, [&](QObject *context, ObjectCallback done) {
                return users.inviteUser(email, QStringLiteral("en"), {}, context, done);
            });
        QVERIFY2(note(invited), "inviteUser hung");

        // Edit and save a user: success means the server has it.
        const QString department =
            QStringLiteral("Fault %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const auto saved =
            await<ApiResult<QJsonObject>>(this, [&](QObject *context, ObjectCallback done) {
                return users.updateUserV2(userId, {{"department", department}}, context, done);
            });
        QVERIFY2(note(saved), "updateUserV2 hung");
        const auto reread = readObject([&](QObject *context, ObjectCallback done) {
            return users.getUserV2(userId, context, done);
        });
        QVERIFY(reread.has_value());
        if (saved->ok())
            QCOMPARE(reread->value("department").toString(), department);

        // Put an organization setting (PUT is idempotent: retried on 429/503).
        const auto put = await<ApiResult<void>>(this, [&](QObject *context, DoneCallback done) {
            return organizations.putSettingsValue(organizationId, QStringLiteral("fault_test"),
                                                  "\"" + department.toUtf8() + "\"", context, done);
        });
        QVERIFY2(note(put), "putSettingsValue hung");
        if (allReadsRecover)
            QVERIFY2(put->ok(), put->ok() ? "" : qPrintable(put->error().message));

        // Edit and save a role's grants: the first partner role found in the demo seed.
        const auto roles =
            await<ApiResult<QJsonArray>>(this, [&](QObject *context, ArrayCallback done) {
                return partners.getPartnerRoles(QStringLiteral("739301"), context, done);
            });
        QVERIFY2(note(roles), "getPartnerRoles hung");
        if (roles->ok() && !roles->value().isEmpty()) {
            QJsonObject role = roles->value().first().toObject();
            QJsonArray grants = role.value("grants").toArray();
            grants.append(QJsonObject{{"action", "entity-read"},
                                      {"resource", "entity:739224:fault:" + department}});
            role.insert("grants", grants);
            const auto updated =
                await<ApiResult<QJsonObject>>(this, [&](QObject *context, ObjectCallback done) {
                    return partners.updatePartnerRole(
                        QStringLiteral("739301"), role.value("id").toString(), role, context, done);
                });
            QVERIFY2(note(updated), "updatePartnerRole hung");
        }

        // Every failure reads as a sentence, not as nothing.
        for (const QString &message : std::as_const(m_tally.failureMessages))
            QVERIFY2(message.trimmed().size() > 10, qPrintable(message));
        // POST and PATCH: never an automatic second attempt.
        for (const ActivityEntry &entry : std::as_const(m_activity)) {
            if (entry.method == "POST" || entry.method == "PATCH")
                QVERIFY2(entry.attempt == 1, qPrintable(entry.operationId));
        }
        int posts = 0;
        int patches = 0;
        for (const ActivityEntry &entry : std::as_const(m_activity)) {
            posts += entry.operationId == "inviteUser" ? 1 : 0;
            patches += entry.operationId == "updateUserV2" ? 1 : 0;
        }
        QCOMPARE(posts, 1);
        QCOMPARE(patches, 1);
        // 429 and 503 carry Retry-After: when one was seen, a retry followed.
        const bool sawRetryable = std::any_of(m_activity.cbegin(), m_activity.cend(), [](auto &e) {
            return (e.status == 429 || e.status == 503) && e.method == "GET";
        });
        const bool retried = std::any_of(m_activity.cbegin(), m_activity.cend(),
                                         [](auto &e) { return e.attempt > 1; });
        QVERIFY(!sawRetryable || retried);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->callsInFlight(), 0, 10000);
        qInfo("%s: %d calls, %d failed, %lld HTTP attempts", QTest::currentDataTag(), m_tally.calls,
              m_tally.failures, qlonglong(m_activity.size()));
        m_client.reset();
        m_network.reset();
        m_environment.reset();
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
