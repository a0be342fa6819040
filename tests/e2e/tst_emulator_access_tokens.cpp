// The Access Token API of the real epilot-emulator over HTTP: a token is shown once, works as a
// bearer on the other APIs with its assignments, read-only tokens cannot write, revoked and
// expired tokens are refused, bad input is 4xx with a message.
#include "tests/e2e/EmulatorHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
const QString kOrg = QStringLiteral("739224");
const QString kTokens = QStringLiteral("/v1/access-tokens");

QString messageOf(const HttpAnswer &answer)
{
    return answer.object().value(QStringLiteral("message")).toString();
}
} // namespace

class TestEmulatorAccessTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createShowsTheTokenOnceAndListsWithoutIt();
    void readOnlyTokenReadsButCannotWrite();
    void writeTokenActsWithItsAssignments();
    void revokedTokenIsRefused();
    void expiredTokenIsRefused();
    void expiryBounds_data();
    void expiryBounds();
    void badInputIs4xxWithMessage_data();
    void badInputIs4xxWithMessage();
    void faultsApply();

private:
    QJsonObject create(const QJsonObject &body);

    EmulatorHarness m_emulator;
};

void TestEmulatorAccessTokens::initTestCase()
{
    QString problem;
    QVERIFY2(m_emulator.start({}, &problem), qPrintable(problem));
}

void TestEmulatorAccessTokens::init()
{
    QCOMPARE(m_emulator.raw("POST", QStringLiteral("/emulator/reset"), {}, {}).status, 204);
}

QJsonObject TestEmulatorAccessTokens::create(const QJsonObject &body)
{
    const HttpAnswer answer = m_emulator.call("POST", kTokens, body);
    if (answer.status != 201)
        qWarning("createAccessToken: %d %s", answer.status, answer.body.constData());
    return answer.status == 201 ? answer.object() : QJsonObject();
}

void TestEmulatorAccessTokens::createShowsTheTokenOnceAndListsWithoutIt()
{
    const QJsonObject created =
        create({{QStringLiteral("name"), QStringLiteral("Reporting")},
                {QStringLiteral("token_type"), QStringLiteral("api")},
                {QStringLiteral("assignments"), QJsonArray{kOrg + QStringLiteral(":viewer")}},
                {QStringLiteral("expires_in"), QStringLiteral("7d")},
                {QStringLiteral("read_only"), true},
                {QStringLiteral("anonymize"), true}});
    const QString token = created.value(QStringLiteral("token")).toString();
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(token.count(QLatin1Char('.')) == 2);
    QVERIFY(id.startsWith(QStringLiteral("api_")));
    QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("Reporting"));
    QCOMPARE(created.value(QStringLiteral("read_only")).toBool(), true);
    QCOMPARE(created.value(QStringLiteral("anonymize")).toBool(), true);
    QCOMPARE(created.value(QStringLiteral("assignments")).toArray(),
             QJsonArray{kOrg + QStringLiteral(":viewer")});
    const QDateTime expires = QDateTime::fromString(
        created.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(expires);
    QVERIFY2(lifetime > 7 * 86400 - 120 && lifetime <= 7 * 86400,
             qPrintable(QString::number(lifetime)));

    const HttpAnswer list = m_emulator.call("GET", kTokens);
    QCOMPARE(list.status, 200);
    QVERIFY(!list.body.contains(token.toUtf8()));
    QVERIFY(!list.body.contains("\"token\""));
    bool found = false;
    for (const QJsonValue &item : list.array())
        found = found || item[QStringLiteral("id")].toString() == id;
    QVERIFY(found);
    // The seed's two tokens are there too; the filter by type keeps them, another type drops all.
    QCOMPARE(list.array().size(), 3);
    QCOMPARE(m_emulator.call("GET", kTokens + QStringLiteral("?token_type=api")).array().size(), 3);
    QCOMPARE(m_emulator.call("GET", kTokens + QStringLiteral("?token_type=journey")).array().size(),
             0);
    QCOMPARE(m_emulator.call("GET", kTokens + QStringLiteral("?token_type=bogus")).status, 400);
}

void TestEmulatorAccessTokens::readOnlyTokenReadsButCannotWrite()
{
    const QString token = create({{QStringLiteral("name"), QStringLiteral("Read only")},
                                  {QStringLiteral("read_only"), true}})
                              .value(QStringLiteral("token"))
                              .toString();
    QVERIFY(!token.isEmpty());
    // Reads on every API, and the reads that use POST.
    for (const QString &path :
         {QStringLiteral("/v2/users/me"), QStringLiteral("/v2/users?limit=5"),
          QStringLiteral("/v2/organization/") + kOrg, QStringLiteral("/v1/permissions/roles"),
          QStringLiteral("/v1/groups"), kTokens})
        QCOMPARE(m_emulator.raw("GET", path, {}, token).status, 200);
    QCOMPARE(
        m_emulator.raw("POST", QStringLiteral("/v1/permissions/roles:search"), "{}", token).status,
        200);

    QCOMPARE(m_emulator.raw("POST", QStringLiteral("/v1/logs"), "{}", token).status, 200);

    // Writes are refused and change nothing.
    const HttpAnswer patch = m_emulator.raw("PATCH", QStringLiteral("/v2/users/10010729"),
                                            R"({"department":"Read-only was here"})", token);
    QCOMPARE(patch.status, 403);
    QVERIFY(messageOf(patch).contains(QStringLiteral("read-only")));
    QVERIFY(!m_emulator.call("GET", QStringLiteral("/v2/users/10010729"))
                 .body.contains("Read-only was here"));
    QCOMPARE(m_emulator
                 .raw("PUT", QStringLiteral("/v2/organization/%1/settings/x").arg(kOrg), "1", token)
                 .status,
             403);
    QCOMPARE(m_emulator
                 .raw("POST", QStringLiteral("/v1/permissions/roles"),
                      R"({"name":"X","slug":"x","type":"user_role","grants":[]})", token)
                 .status,
             403);
    QCOMPARE(m_emulator.raw("POST", kTokens, R"({"name":"escalate"})", token).status, 403);
}

void TestEmulatorAccessTokens::writeTokenActsWithItsAssignments()
{
    const QString token =
        create({{QStringLiteral("name"), QStringLiteral("Writer")},
                {QStringLiteral("assignments"), QJsonArray{kOrg + QStringLiteral(":viewer")}}})
            .value(QStringLiteral("token"))
            .toString();
    const HttpAnswer me = m_emulator.raw("GET", QStringLiteral("/v1/permissions/me"), {}, token);
    QCOMPARE(me.status, 200);
    QStringList roles;
    for (const QJsonValue &role : me.object().value(QStringLiteral("roles")).toArray())
        roles.append(role[QStringLiteral("id")].toString());
    QVERIFY2(roles.contains(kOrg + QStringLiteral(":viewer")), qPrintable(roles.join(',')));
    QVERIFY2(!roles.contains(kOrg + QStringLiteral(":owner")), qPrintable(roles.join(',')));
    const HttpAnswer patch = m_emulator.raw("PATCH", QStringLiteral("/v2/users/10010729"),
                                            R"({"department":"Written by a token"})", token);
    QCOMPARE(patch.status, 200);
    // Without assignments the token takes its creator's.
    const QJsonObject inherited = create({{QStringLiteral("name"), QStringLiteral("Inherit")}});
    QVERIFY(inherited.value(QStringLiteral("assignments"))
                .toArray()
                .contains(kOrg + QStringLiteral(":owner")));
}

void TestEmulatorAccessTokens::revokedTokenIsRefused()
{
    const QJsonObject created = create({{QStringLiteral("name"), QStringLiteral("Short-lived")}});
    const QString token = created.value(QStringLiteral("token")).toString();
    const QString id = created.value(QStringLiteral("id")).toString();
    QCOMPARE(m_emulator.raw("GET", QStringLiteral("/v2/users/me"), {}, token).status, 200);
    const HttpAnswer revoked = m_emulator.call("DELETE", kTokens + QLatin1Char('/') + id);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.object().value(QStringLiteral("id")).toString(), id);
    QVERIFY(!revoked.body.contains(token.toUtf8()));
    QCOMPARE(m_emulator.raw("GET", QStringLiteral("/v2/users/me"), {}, token).status, 401);
    QCOMPARE(m_emulator.raw("PATCH", QStringLiteral("/v2/users/10010729"), "{}", token).status,
             401);
    QCOMPARE(m_emulator.call("DELETE", kTokens + QLatin1Char('/') + id).status, 404);
    QVERIFY(!m_emulator.call("GET", kTokens).body.contains(id.toUtf8()));
}

void TestEmulatorAccessTokens::expiredTokenIsRefused()
{
    const QString token = create({{QStringLiteral("name"), QStringLiteral("Thirty seconds")},
                                  {QStringLiteral("expires_in"), 30}})
                              .value(QStringLiteral("token"))
                              .toString();
    QCOMPARE(m_emulator.raw("GET", QStringLiteral("/v2/users/me"), {}, token).status, 200);
    // The emulator's clock cannot be moved; wait out the shortest lifetime the spec allows.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_emulator.raw("GET", QStringLiteral("/v2/users/me"), {}, token).status, 401, 45000);
}

void TestEmulatorAccessTokens::expiryBounds_data()
{
    QTest::addColumn<QJsonValue>("expiresIn");
    QTest::addColumn<int>("status");
    QTest::newRow("29 s") << QJsonValue(29) << 400;
    QTest::newRow("30 s") << QJsonValue(30) << 201;
    QTest::newRow("365 days in seconds") << QJsonValue(31536000) << 201;
    QTest::newRow("365 days + 1 s") << QJsonValue(31536001) << 400;
    QTest::newRow("7d") << QJsonValue(QStringLiteral("7d")) << 201;
    QTest::newRow("2 days") << QJsonValue(QStringLiteral("2 days")) << 201;
    QTest::newRow("365d") << QJsonValue(QStringLiteral("365d")) << 201;
    QTest::newRow("366d") << QJsonValue(QStringLiteral("366d")) << 400;
    QTest::newRow("2y") << QJsonValue(QStringLiteral("2y")) << 400;
    QTest::newRow("10s") << QJsonValue(QStringLiteral("10s")) << 400;
    QTest::newRow("negative") << QJsonValue(-5) << 400;
    QTest::newRow("fraction") << QJsonValue(3600.5) << 400;
    QTest::newRow("words") << QJsonValue(QStringLiteral("a week")) << 400;
    QTest::newRow("boolean") << QJsonValue(true) << 400;
}

void TestEmulatorAccessTokens::expiryBounds()
{
    QFETCH(QJsonValue, expiresIn);
    QFETCH(int, status);
    const HttpAnswer answer =
        m_emulator.call("POST", kTokens,
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Bounds")},
                                    {QStringLiteral("expires_in"), expiresIn}});
    QCOMPARE(answer.status, status);
    if (status == 400)
        QVERIFY(messageOf(answer).contains(QStringLiteral("expires_in")));
}

void TestEmulatorAccessTokens::badInputIs4xxWithMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no name") << QByteArray(R"({"token_type":"api"})") << QStringLiteral("name");
    QTest::newRow("empty name") << QByteArray(R"({"name":"  "})") << QStringLiteral("name");
    QTest::newRow("unknown role") << QByteArray(R"({"name":"x","assignments":["739224:nope"]})")
                                  << QStringLiteral("739224:nope");
    QTest::newRow("other org's role")
        << QByteArray(R"({"name":"x","assignments":["999999:admin"]})") << QStringLiteral("999999");
    QTest::newRow("assignments not array")
        << QByteArray(R"({"name":"x","assignments":"739224:admin"})")
        << QStringLiteral("assignments");
    QTest::newRow("read_only not bool")
        << QByteArray(R"({"name":"x","read_only":"yes"})") << QStringLiteral("read_only");
    QTest::newRow("journey type") << QByteArray(
                                         R"({"name":"x","token_type":"journey","journey_id":"j"})")
                                  << QStringLiteral("api");
    QTest::newRow("unknown type") << QByteArray(R"({"name":"x","token_type":"root"})")
                                  << QStringLiteral("token_type");
    QTest::newRow("unknown field")
        << QByteArray(R"({"name":"x","admin":true})") << QStringLiteral("admin");
    QTest::newRow("array body") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("malformed JSON") << QByteArray("{\"name\":") << QStringLiteral("JSON");
}

void TestEmulatorAccessTokens::badInputIs4xxWithMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const int before = m_emulator.call("GET", kTokens).array().size();
    const HttpAnswer answer = m_emulator.raw("POST", kTokens, body, m_emulator.token());
    QCOMPARE(answer.status, 400);
    QVERIFY2(messageOf(answer).contains(mentions), qPrintable(messageOf(answer)));
    QCOMPARE(m_emulator.call("GET", kTokens).array().size(), before);
    QCOMPARE(m_emulator.call("DELETE", kTokens + QStringLiteral("/api_doesNotExist")).status, 404);
    QCOMPARE(m_emulator.raw("GET", kTokens, {}, QStringLiteral("not-a-token")).status, 401);
}

void TestEmulatorAccessTokens::faultsApply()
{
    QCOMPARE(m_emulator
                 .call("PUT", QStringLiteral("/emulator/faults"),
                       QJsonObject{{QStringLiteral("next"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("fault"), QStringLiteral("unavailable")},
                                        {QStringLiteral("count"), 1},
                                        {QStringLiteral("method"), QStringLiteral("POST")},
                                        {QStringLiteral("path"), kTokens}}}}})
                 .status,
             200);
    const int before = m_emulator.call("GET", kTokens).array().size();
    QCOMPARE(
        m_emulator.call("POST", kTokens, QJsonObject{{QStringLiteral("name"), QStringLiteral("f")}})
            .status,
        503);
    QCOMPARE(m_emulator.call("GET", kTokens).array().size(), before);
    QCOMPARE(m_emulator.call("PUT", QStringLiteral("/emulator/faults"), QJsonObject{}).status, 200);
}

QTEST_GUILESS_MAIN(TestEmulatorAccessTokens)
#include "tst_emulator_access_tokens.moc"
