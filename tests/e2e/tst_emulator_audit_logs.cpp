// The Audit Logs API of the real epilot-emulator over HTTP: every write to any emulated API is
// an event with who did it; the filters of SearchOptions narrow as specified; paging and total;
// getLogById; no token or password anywhere in the log; the generated history of the seed and
// of --audit-events.
#include "tests/e2e/EmulatorHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
const QString kOrg = QStringLiteral("739224");
const QString kAdmin = QStringLiteral("10010729");
const QString kAdminEmail = QStringLiteral("lena.schneider@stadtwerke-musterstadt.de");
const QString kOtherUser = QStringLiteral("10010730");
const QString kLogs = QStringLiteral("/v1/logs");
const QString kPassword = QStringLiteral("Sup3r-Secret!pw");

QString messageOf(const HttpAnswer &answer)
{
    return answer.object().value(QStringLiteral("message")).toString();
}
} // namespace

class TestEmulatorAuditLogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void writesAreEventsWithWhoDidIt();
    void failedWritesAreFailures();
    void tokenWritesAreApiEvents();
    void filtersNarrow();
    void pagingAndTotal();
    void getLogById();
    void noSecretAnywhere();
    void badFiltersAre400_data();
    void badFiltersAre400();
    void demoHistoryIsPlausible();
    void millionEventsAreGeneratedLazily();

private:
    QJsonObject logs(const QJsonObject &options);
    // The newest recorded event of that operation.
    QJsonObject newest(const QString &eventName);

    EmulatorHarness m_emulator;
};

void TestEmulatorAuditLogs::initTestCase()
{
    QString problem;
    QVERIFY2(m_emulator.start({}, &problem), qPrintable(problem));
}

void TestEmulatorAuditLogs::init()
{
    QCOMPARE(m_emulator.raw("POST", QStringLiteral("/emulator/reset"), {}, {}).status, 204);
}

QJsonObject TestEmulatorAuditLogs::logs(const QJsonObject &options)
{
    const HttpAnswer answer = m_emulator.call("POST", kLogs, options);
    if (answer.status != 200)
        qWarning("getLogs: %d %s", answer.status, answer.body.constData());
    return answer.object();
}

QJsonObject TestEmulatorAuditLogs::newest(const QString &eventName)
{
    return logs({{QStringLiteral("event_name"), eventName}, {QStringLiteral("limit"), 1}})
        .value(QStringLiteral("logs"))
        .toArray()
        .first()
        .toObject();
}

void TestEmulatorAuditLogs::writesAreEventsWithWhoDidIt()
{
    // A user, a role and an organization setting.
    QCOMPARE(m_emulator
                 .call("PATCH", QStringLiteral("/v2/users/") + kOtherUser,
                       QJsonObject{{QStringLiteral("department"), QStringLiteral("Audit")}})
                 .status,
             200);
    QCOMPARE(m_emulator
                 .call("POST", QStringLiteral("/v1/permissions/roles"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Auditors")},
                                   {QStringLiteral("slug"), QStringLiteral("auditors")},
                                   {QStringLiteral("type"), QStringLiteral("user_role")},
                                   {QStringLiteral("grants"), QJsonArray{}}})
                 .status,
             200);
    QCOMPARE(
        m_emulator
                .call("PUT",
                      QStringLiteral("/v2/organization/%1/settings/session_timeout?x=1").arg(kOrg),
                      QJsonValue(45))
                .status /
            100,
        2);

    const QJsonObject user = newest(QStringLiteral("updateUserV2"));
    QCOMPARE(user.value(QStringLiteral("service_name")).toString(), QStringLiteral("user"));
    QCOMPARE(user.value(QStringLiteral("status_code")).toInt(), 200);
    QCOMPARE(user.value(QStringLiteral("org_id")).toString(), kOrg);
    const QJsonObject caller = user.value(QStringLiteral("caller")).toObject();
    QCOMPARE(caller.value(QStringLiteral("user_id")).toString(), kAdmin);
    QCOMPARE(caller.value(QStringLiteral("user_email")).toString(), kAdminEmail);
    QCOMPARE(caller.value(QStringLiteral("trigger_type")).toString(), QStringLiteral("user"));
    const QJsonObject http = user.value(QStringLiteral("http")).toObject();
    QCOMPARE(http.value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
    QCOMPARE(http.value(QStringLiteral("path")).toString(),
             QStringLiteral("/v2/users/") + kOtherUser);
    QCOMPARE(
        http.value(QStringLiteral("pathParams")).toObject().value(QStringLiteral("id")).toString(),
        kOtherUser);
    QVERIFY(!http.contains(QStringLiteral("headers")));
    QCOMPARE(QJsonDocument::fromJson(user.value(QStringLiteral("detail")).toString().toUtf8())
                 .object()
                 .value(QStringLiteral("department"))
                 .toString(),
             QStringLiteral("Audit"));
    QCOMPARE(user.value(QStringLiteral("activity")).toString(),
             QStringLiteral("Lena Schneider updated the user %1.").arg(kOtherUser));
    QVERIFY(user.value(QStringLiteral("source_url"))
                .toString()
                .endsWith(QStringLiteral("/v2/users/") + kOtherUser));
    QVERIFY(
        QDateTime::fromString(user.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs)
            .secsTo(QDateTime::currentDateTimeUtc()) < 120);

    const QJsonObject role = newest(QStringLiteral("createRole"));
    QCOMPARE(role.value(QStringLiteral("service_name")).toString(), QStringLiteral("permissions"));
    QCOMPARE(role.value(QStringLiteral("status_code")).toInt(), 200);
    QVERIFY(role.value(QStringLiteral("activity")).toString().contains(QStringLiteral("auditors")));

    const QJsonObject setting = newest(QStringLiteral("putSettingsValue"));
    QCOMPARE(setting.value(QStringLiteral("service_name")).toString(),
             QStringLiteral("organization"));
    const QJsonObject settingHttp = setting.value(QStringLiteral("http")).toObject();
    QCOMPARE(settingHttp.value(QStringLiteral("pathParams"))
                 .toObject()
                 .value(QStringLiteral("key"))
                 .toString(),
             QStringLiteral("session_timeout"));
    QCOMPARE(
        settingHttp.value(QStringLiteral("query")).toObject().value(QStringLiteral("x")).toString(),
        QStringLiteral("1"));
    QCOMPARE(setting.value(QStringLiteral("detail")).toString(), QStringLiteral("45"));

    // Reads are not events: the three writes are the newest three.
    m_emulator.call("GET", QStringLiteral("/v2/users/me"));
    m_emulator.call("POST", QStringLiteral("/v1/permissions/roles:search"), QJsonObject{});
    const QJsonArray newestThree =
        logs({{QStringLiteral("limit"), 3}}).value(QStringLiteral("logs")).toArray();
    QCOMPARE(newestThree.at(0)[QStringLiteral("event_name")].toString(),
             QStringLiteral("putSettingsValue"));
    QCOMPARE(newestThree.at(1)[QStringLiteral("event_name")].toString(),
             QStringLiteral("createRole"));
    QCOMPARE(newestThree.at(2)[QStringLiteral("event_name")].toString(),
             QStringLiteral("updateUserV2"));
}

void TestEmulatorAuditLogs::failedWritesAreFailures()
{
    QCOMPARE(m_emulator
                 .call("PATCH", QStringLiteral("/v2/users/") + kOtherUser,
                       QJsonObject{{QStringLiteral("preferred_language"), QStringLiteral("xx")}})
                 .status,
             400);
    const QJsonObject failed = newest(QStringLiteral("updateUserV2"));
    QCOMPARE(failed.value(QStringLiteral("status_code")).toInt(), 400);
    QVERIFY(
        failed.value(QStringLiteral("activity")).toString().contains(QStringLiteral("tried to")));
    const QJsonObject failures =
        logs({{QStringLiteral("outcome"), QStringLiteral("failure")},
              {QStringLiteral("event_name"), QStringLiteral("updateUserV2")}});
    QCOMPARE(
        failures.value(QStringLiteral("logs")).toArray().first()[QStringLiteral("id")].toString(),
        failed.value(QStringLiteral("id")).toString());
    for (const QJsonValue &event : failures.value(QStringLiteral("logs")).toArray())
        QVERIFY(event[QStringLiteral("status_code")].toInt() >= 400);
}

void TestEmulatorAuditLogs::tokenWritesAreApiEvents()
{
    const QJsonObject created =
        m_emulator
            .call("POST", QStringLiteral("/v1/access-tokens"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Nightly sync")},
                              {QStringLiteral("read_only"), true}})
            .object();
    const QString token = created.value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    const QJsonObject creation = newest(QStringLiteral("createAccessToken"));
    QCOMPARE(creation.value(QStringLiteral("service_name")).toString(),
             QStringLiteral("access-token"));
    QVERIFY(creation.value(QStringLiteral("activity"))
                .toString()
                .contains(QStringLiteral("Nightly sync")));
    // A write with the read-only token: refused, and logged as the token's failure.
    QCOMPARE(m_emulator.raw("PATCH", QStringLiteral("/v2/users/") + kOtherUser, "{}", token).status,
             403);
    const QJsonObject refused = newest(QStringLiteral("updateUserV2"));
    QCOMPARE(refused.value(QStringLiteral("status_code")).toInt(), 403);
    QCOMPARE(refused[QStringLiteral("caller")][QStringLiteral("trigger_type")].toString(),
             QStringLiteral("api"));
    QCOMPARE(refused[QStringLiteral("caller")][QStringLiteral("user_id")].toString(), kAdmin);
    QVERIFY(refused.value(QStringLiteral("activity"))
                .toString()
                .contains(QStringLiteral("Nightly sync")));
    m_emulator.call("DELETE", QStringLiteral("/v1/access-tokens/") +
                                  created.value(QStringLiteral("id")).toString());
    QCOMPARE(newest(QStringLiteral("revokeAccessToken"))[QStringLiteral("http")][QStringLiteral(
                 "pathParams")][QStringLiteral("id")]
                 .toString(),
             created.value(QStringLiteral("id")).toString());
}

void TestEmulatorAuditLogs::filtersNarrow()
{
    m_emulator.call("PATCH", QStringLiteral("/v2/users/") + kOtherUser,
                    QJsonObject{{QStringLiteral("department"), QStringLiteral("Filter")}});
    m_emulator.call("DELETE", QStringLiteral("/v2/organization/%1/settings/nothing").arg(kOrg));
    const qint64 all = logs({}).value(QStringLiteral("total")).toInteger();
    QVERIFY(all > 300); // the demo history and the two writes

    struct Case
    {
        QJsonObject filter;
        std::function<bool(const QJsonObject &)> holds;
    };
    const QString from = QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODate);
    const QString to = QDateTime::currentDateTimeUtc().addDays(-10).toString(Qt::ISODate);
    const QList<Case> cases{
        {{{QStringLiteral("service_name"), QStringLiteral("permissions")}},
         [](const QJsonObject &e) {
             return e[QStringLiteral("service_name")] == QStringLiteral("permissions");
         }},
        {{{QStringLiteral("event_name"), QStringLiteral("updateUserV2")}},
         [](const QJsonObject &e) {
             return e[QStringLiteral("event_name")] == QStringLiteral("updateUserV2");
         }},
        {{{QStringLiteral("outcome"), QStringLiteral("success")}},
         [](const QJsonObject &e) { return e[QStringLiteral("status_code")].toInt() < 400; }},
        {{{QStringLiteral("outcome"), QStringLiteral("failure")}},
         [](const QJsonObject &e) { return e[QStringLiteral("status_code")].toInt() >= 400; }},
        {{{QStringLiteral("method"), QStringLiteral("delete")}},
         [](const QJsonObject &e) {
             return e[QStringLiteral("http")][QStringLiteral("method")] == QStringLiteral("DELETE");
         }},
        {{{QStringLiteral("user"), QJsonObject{{QStringLiteral("email"), kAdminEmail.toUpper()}}}},
         [](const QJsonObject &e) {
             return e[QStringLiteral("caller")][QStringLiteral("user_email")] == kAdminEmail;
         }},
        {{{QStringLiteral("user"), QJsonObject{{QStringLiteral("user_id"), kAdmin}}}},
         [](const QJsonObject &e) {
             return e[QStringLiteral("caller")][QStringLiteral("user_id")] == kAdmin;
         }},
        {{{QStringLiteral("timestamp"),
           QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}}}},
         [&](const QJsonObject &e) {
             const QString at = e[QStringLiteral("timestamp")].toString();
             return QDateTime::fromString(at, Qt::ISODateWithMs) >=
                        QDateTime::fromString(from, Qt::ISODate) &&
                    QDateTime::fromString(at, Qt::ISODateWithMs) <=
                        QDateTime::fromString(to, Qt::ISODate);
         }},
        {{{QStringLiteral("service_name"), QStringLiteral("user")},
          {QStringLiteral("method"), QStringLiteral("PATCH")},
          {QStringLiteral("outcome"), QStringLiteral("success")},
          {QStringLiteral("user"), QJsonObject{{QStringLiteral("user_id"), kAdmin}}},
          {QStringLiteral("timestamp"), QJsonObject{{QStringLiteral("from"), from}}}},
         [&](const QJsonObject &e) {
             return e[QStringLiteral("service_name")] == QStringLiteral("user") &&
                    e[QStringLiteral("http")][QStringLiteral("method")] ==
                        QStringLiteral("PATCH") &&
                    e[QStringLiteral("caller")][QStringLiteral("user_id")] == kAdmin &&
                    e[QStringLiteral("status_code")].toInt() < 400;
         }},
    };
    for (const Case &check : cases) {
        QJsonObject filter = check.filter;
        filter.insert(QStringLiteral("limit"), 1000);
        const QJsonObject answer = logs(filter);
        const QJsonArray events = answer.value(QStringLiteral("logs")).toArray();
        const QByteArray name = QJsonDocument(check.filter).toJson(QJsonDocument::Compact);
        QVERIFY2(!events.isEmpty(), name.constData());
        QVERIFY2(answer.value(QStringLiteral("total")).toInteger() < all, name.constData());
        QCOMPARE(answer.value(QStringLiteral("total")).toInteger(), qint64(events.size()));
        for (const QJsonValue &event : events)
            QVERIFY2(check.holds(event.toObject()),
                     (name + " ✗ " + QJsonDocument(event.toObject()).toJson(QJsonDocument::Compact))
                         .constData());
    }
    // Newest first throughout.
    const QJsonArray page =
        logs({{QStringLiteral("limit"), 1000}}).value(QStringLiteral("logs")).toArray();
    for (qsizetype index = 1; index < page.size(); ++index)
        QVERIFY(page.at(index - 1)[QStringLiteral("timestamp")].toString() >=
                page.at(index)[QStringLiteral("timestamp")].toString());
    // A user no one is: nothing.
    QCOMPARE(logs({{QStringLiteral("user"),
                    QJsonObject{{QStringLiteral("user_id"), QStringLiteral("1")}}}})
                 .value(QStringLiteral("total"))
                 .toInteger(),
             0);
}

void TestEmulatorAuditLogs::pagingAndTotal()
{
    const QJsonObject first = logs({{QStringLiteral("limit"), 7}});
    const qint64 total = first.value(QStringLiteral("total")).toInteger();
    QCOMPARE(first.value(QStringLiteral("logs")).toArray().size(), 7);
    QStringList seen;
    qint64 pages = (total + 99) / 100;
    for (qint64 page = 0; page < pages; ++page) {
        const QJsonObject answer =
            logs({{QStringLiteral("limit"), 100}, {QStringLiteral("page"), page}});
        QCOMPARE(answer.value(QStringLiteral("total")).toInteger(), total);
        for (const QJsonValue &event : answer.value(QStringLiteral("logs")).toArray())
            seen.append(event[QStringLiteral("id")].toString());
    }
    QCOMPARE(qint64(seen.size()), total);
    QCOMPARE(qint64(QSet<QString>(seen.begin(), seen.end()).size()), total);
    QCOMPARE(logs({{QStringLiteral("limit"), 100}, {QStringLiteral("page"), pages}})
                 .value(QStringLiteral("logs"))
                 .toArray()
                 .size(),
             0);
    // The default page size.
    QCOMPARE(logs({}).value(QStringLiteral("logs")).toArray().size(), 50);
}

void TestEmulatorAuditLogs::getLogById()
{
    m_emulator.call("PATCH", QStringLiteral("/v2/users/") + kOtherUser,
                    QJsonObject{{QStringLiteral("department"), QStringLiteral("ById")}});
    const QJsonArray page =
        logs({{QStringLiteral("limit"), 200}}).value(QStringLiteral("logs")).toArray();
    // A recorded event and a generated one read back the same as in the list.
    for (const QJsonValue &event : {page.first(), page.at(150)}) {
        const HttpAnswer answer = m_emulator.call(
            "GET", kLogs + QLatin1Char('/') + event[QStringLiteral("id")].toString());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object().value(QStringLiteral("log")).toObject(), event.toObject());
    }
    QCOMPARE(m_emulator.call("GET", kLogs + QStringLiteral("/2843c005-c5b0-4df2-94ee-1ca2ddd998ac"))
                 .status,
             404);
    QCOMPARE(m_emulator.call("GET", kLogs + QStringLiteral("/a0d1e7e0-0000-4000-8000-0000ffffffff"))
                 .status,
             404);
}

void TestEmulatorAuditLogs::noSecretAnywhere()
{
    // Writes that carry secrets: a password reset, an invitation (the mail's token), a token.
    m_emulator.call(
        "POST", QStringLiteral("/v2/users/invite"),
        QJsonObject{{QStringLiteral("email"), QStringLiteral("audit.secret@example.com")},
                    {QStringLiteral("language"), QStringLiteral("de")}});
    const QString inviteToken =
        m_emulator
            .lastMail(QStringLiteral("audit.secret@example.com"), QStringLiteral("user_invite"))
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("token"))
            .toString();
    QVERIFY(!inviteToken.isEmpty());
    const QString apiToken =
        m_emulator
            .call("POST", QStringLiteral("/v1/access-tokens"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Secret holder")}})
            .object()
            .value(QStringLiteral("token"))
            .toString();
    QVERIFY(!apiToken.isEmpty());
    m_emulator.raw(
        "PATCH", QStringLiteral("/v2/users/") + kOtherUser,
        QJsonDocument(QJsonObject{{QStringLiteral("department"), QStringLiteral("x")},
                                  {QStringLiteral("password"), kPassword},
                                  {QStringLiteral("nested"),
                                   QJsonObject{{QStringLiteral("access_token"), apiToken},
                                               {QStringLiteral("note"), apiToken}}}})
            .toJson(),
        apiToken);
    m_emulator.call("POST",
                    QStringLiteral("/v2/users/switchOrganization?login_token=") + inviteToken,
                    QJsonObject{{QStringLiteral("org_id"), QStringLiteral("739225")}});
    m_emulator.call("PUT", QStringLiteral("/v2/users/me/settings/ui/secret"),
                    QJsonObject{{QStringLiteral("client_secret"), kPassword}});

    const QStringList secrets{m_emulator.token(), apiToken, inviteToken, kPassword};
    const QJsonObject everything = logs({{QStringLiteral("limit"), 1000}});
    const QByteArray text = QJsonDocument(everything).toJson(QJsonDocument::Compact);
    QVERIFY(everything.value(QStringLiteral("total")).toInteger() > 300);
    QVERIFY(text.contains("[REDACTED]"));
    for (const QString &secret : secrets)
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret.left(12)));
    QVERIFY(!text.contains("Bearer") && !text.contains("authorization") &&
            !text.contains("Authorization"));
    // And each event read one by one.
    for (const QJsonValue &event : everything.value(QStringLiteral("logs")).toArray()) {
        if (event[QStringLiteral("timestamp")].toString() <
            QDateTime::currentDateTimeUtc().addSecs(-300).toString(Qt::ISODate))
            break;
        const QByteArray one =
            m_emulator
                .call("GET", kLogs + QLatin1Char('/') + event[QStringLiteral("id")].toString())
                .body;
        for (const QString &secret : secrets)
            QVERIFY(!one.contains(secret.toUtf8()));
    }
}

void TestEmulatorAuditLogs::badFiltersAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("limit 0") << QByteArray(R"({"limit":0})") << QStringLiteral("limit");
    QTest::newRow("limit huge") << QByteArray(R"({"limit":100000})") << QStringLiteral("limit");
    QTest::newRow("limit text") << QByteArray(R"({"limit":"10"})") << QStringLiteral("limit");
    QTest::newRow("page negative") << QByteArray(R"({"page":-1})") << QStringLiteral("page");
    QTest::newRow("page fraction") << QByteArray(R"({"page":1.5})") << QStringLiteral("page");
    QTest::newRow("bad time") << QByteArray(R"({"timestamp":{"from":"yesterday"}})")
                              << QStringLiteral("timestamp.from");
    QTest::newRow("time not object")
        << QByteArray(R"({"timestamp":"2024-01-01"})") << QStringLiteral("timestamp");
    QTest::newRow("outcome") << QByteArray(R"({"outcome":"maybe"})") << QStringLiteral("outcome");
    QTest::newRow("service not string")
        << QByteArray(R"({"service_name":5})") << QStringLiteral("service_name");
    QTest::newRow("user not object") << QByteArray(R"({"user":"lena"})") << QStringLiteral("user");
    QTest::newRow("user email number")
        << QByteArray(R"({"user":{"email":5}})") << QStringLiteral("user.email");
    QTest::newRow("array body") << QByteArray("[]") << QStringLiteral("SearchOptions");
    QTest::newRow("malformed") << QByteArray("{\"limit\":") << QStringLiteral("JSON");
}

void TestEmulatorAuditLogs::badFiltersAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const HttpAnswer answer = m_emulator.raw("POST", kLogs, body, m_emulator.token());
    QCOMPARE(answer.status, 400);
    QVERIFY2(messageOf(answer).contains(mentions), qPrintable(messageOf(answer)));
}

void TestEmulatorAuditLogs::demoHistoryIsPlausible()
{
    const QJsonObject all = logs({{QStringLiteral("limit"), 1000}});
    const QJsonArray events = all.value(QStringLiteral("logs")).toArray();
    QVERIFY(events.size() >= 300);
    const QDateTime oldest = QDateTime::fromString(
        events.last()[QStringLiteral("timestamp")].toString(), Qt::ISODateWithMs);
    QVERIFY2(oldest.daysTo(QDateTime::currentDateTimeUtc()) >= 60, qPrintable(oldest.toString()));
    QSet<QString> services;
    QSet<QString> people;
    int failures = 0;
    for (const QJsonValue &event : events) {
        services.insert(event[QStringLiteral("service_name")].toString());
        people.insert(event[QStringLiteral("caller")][QStringLiteral("user_id")].toString());
        failures += event[QStringLiteral("status_code")].toInt() >= 400;
        QVERIFY(!event[QStringLiteral("activity")].toString().isEmpty());
    }
    QVERIFY(services.contains(QStringLiteral("user")) &&
            services.contains(QStringLiteral("permissions")) &&
            services.contains(QStringLiteral("organization")));
    QVERIFY(people.size() >= 3);
    QVERIFY(failures > 0 && failures < events.size() / 5);
    // Another organization sees none of it.
    const QString other =
        m_emulator
            .call("POST", QStringLiteral("/emulator/tokens"),
                  QJsonObject{{QStringLiteral("organization_id"), QStringLiteral("739225")}})
            .object()
            .value(QStringLiteral("token"))
            .toString();
    const HttpAnswer theirs = m_emulator.raw("POST", kLogs, "{}", other);
    QCOMPARE(theirs.status, 200);
    QCOMPARE(theirs.object().value(QStringLiteral("total")).toInteger(), 0);
    QCOMPARE(m_emulator
                 .raw("GET",
                      kLogs + QLatin1Char('/') + events.last()[QStringLiteral("id")].toString(), {},
                      other)
                 .status,
             404);
}

void TestEmulatorAuditLogs::millionEventsAreGeneratedLazily()
{
    EmulatorHarness big;
    QString problem;
    QVERIFY2(big.start({QStringLiteral("--audit-events"), QStringLiteral("1000000")}, &problem),
             qPrintable(problem));
    const HttpAnswer first = big.call("POST", kLogs, QJsonObject{{QStringLiteral("limit"), 100}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.object().value(QStringLiteral("total")).toInteger(), 1000000);
    // The last page, and one in the middle, by position.
    const HttpAnswer last = big.call(
        "POST", kLogs, QJsonObject{{QStringLiteral("limit"), 100}, {QStringLiteral("page"), 9999}});
    QCOMPARE(last.object().value(QStringLiteral("logs")).toArray().size(), 100);
    const QString lastId = last.object()
                               .value(QStringLiteral("logs"))
                               .toArray()
                               .last()[QStringLiteral("id")]
                               .toString();
    QCOMPARE(big.call("GET", kLogs + QLatin1Char('/') + lastId).status, 200);
    // A filter over the million: every match holds and the total is plausible.
    const QJsonObject deletes =
        big.call("POST", kLogs,
                 QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                             {QStringLiteral("limit"), 1000}})
            .object();
    const qint64 total = deletes.value(QStringLiteral("total")).toInteger();
    QVERIFY2(total > 10000 && total < 200000, qPrintable(QString::number(total)));
    for (const QJsonValue &event : deletes.value(QStringLiteral("logs")).toArray())
        QCOMPARE(event[QStringLiteral("http")][QStringLiteral("method")].toString(),
                 QStringLiteral("DELETE"));
}

QTEST_GUILESS_MAIN(TestEmulatorAuditLogs)
#include "tst_emulator_audit_logs.moc"
