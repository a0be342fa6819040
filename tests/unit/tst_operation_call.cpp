// The console's request building and command copies, and the JSON-path filter, without a server.
#include "domain/common/JsonPath.h"
#include "domain/console/OperationCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestOperationCall : public QObject
{
    Q_OBJECT

private slots:
    void requestFromValues();
    void refusesMissingAndInvalid();
    void curlKeepsTokenOut();
    void cliCommand();
    void jsonPath_data();
    void jsonPath();
};

void TestOperationCall::requestFromValues()
{
    OperationCall call(OperationCatalog::find("putSettingsValue"));
    call.values = {{"org_id", "739224"}, {"key", "a b/c"}};
    call.body = QStringLiteral(" \"de\" ");
    QVERIFY(call.problem().isEmpty());
    const ApiRequest request = call.request();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.path, QStringLiteral("/v2/organization/739224/settings/a%20b%2Fc"));
    QCOMPARE(request.rawBody, QByteArray("\"de\""));
    QVERIFY(request.hasBody);
    QVERIFY(request.authenticated);

    OperationCall list(OperationCatalog::find("listUsers"));
    list.values = {{"org_ids", "1, 2"}, {"limit", "5"}};
    const ApiRequest query = list.request();
    QCOMPARE(query.query.allQueryItemValues("org_ids"), (QStringList{"1", "2"}));
    QCOMPARE(query.query.queryItemValue("limit"), QStringLiteral("5"));
    QVERIFY(!query.query.hasQueryItem("query")); // empty optional values are left out

    OperationCall open(OperationCatalog::find("checkInviteToken"));
    open.values = {{"token", "t+1&x"}};
    QVERIFY(!open.request().authenticated);
}

void TestOperationCall::refusesMissingAndInvalid()
{
    OperationCall call(OperationCatalog::find("getUserV2"));
    QVERIFY(call.problem().contains("\"id\""));
    OperationCall body(OperationCatalog::find("createGroup"));
    body.body = QStringLiteral("{\"name\": ");
    QVERIFY(body.problem().contains("JSON"));
    OperationCall number(OperationCatalog::find("listUsersV2"));
    number.values = {{"limit", "ten"}};
    QVERIFY(number.problem().contains("takes a number"));
    QVERIFY(!OperationCall().problem().isEmpty());
}

void TestOperationCall::curlKeepsTokenOut()
{
    OperationCall call(OperationCatalog::find("createGroup"));
    call.body = QStringLiteral("{\"name\": \"O'Brien\"}");
    const ApiEndpoints endpoints = ApiEndpoints::defaults();
    const QString curl = call.curlCommand(endpoints);
    QVERIFY2(curl.startsWith("curl -X POST 'https://user.sls.epilot.io/v1/groups'"),
             qPrintable(curl));
    QVERIFY(curl.contains("-H \"Authorization: Bearer $EPILOT_TOKEN\""));
    QVERIFY(curl.contains("-d '{\"name\":\"O'\\''Brien\"}'"));
    QVERIFY(call.curlCommand(endpoints, "secret").contains("Bearer secret"));
    OperationCall open(OperationCatalog::find("checkInviteToken"));
    open.values = {{"token", "abc"}};
    QVERIFY(!open.curlCommand(endpoints).contains("Authorization"));
}

void TestOperationCall::cliCommand()
{
    OperationCall call(OperationCatalog::find("putSettingsValue"));
    call.values = {{"org_id", "739224"}, {"key", "double_opt_in"}};
    call.body = QStringLiteral("{\"enabled\": true}");
    const QString defaults = call.cliCommand(ApiEndpoints::defaults());
    QCOMPARE(defaults, QStringLiteral("epilot organization putSettingsValue '739224' "
                                      "'double_opt_in' \\\n  -d '{\"enabled\":true}' \\\n  "
                                      "-t \"$EPILOT_TOKEN\""));
    const QString local =
        call.cliCommand(ApiEndpoints::singleServer(QUrl("http://127.0.0.1:4010")), "tok");
    QVERIFY(local.contains("-s 'http://127.0.0.1:4010'"));
    QVERIFY(local.contains("-t 'tok'"));
    OperationCall query(OperationCatalog::find("listUsersV2"));
    query.values = {{"limit", "2"}};
    QVERIFY(query.cliCommand(ApiEndpoints::defaults()).contains("-p 'limit=2'"));
    OperationCall newer(OperationCatalog::find("getUserSetting"));
    newer.values = {{"scope", "calendar"}, {"key", "k"}};
    QVERIFY(newer.cliCommand(ApiEndpoints::defaults()).contains("--definition"));
}

void TestOperationCall::jsonPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // compact JSON inside [ ]
    QTest::newRow("root") << "$"
                          << R"([{"a":[{"id":1},{"id":2}],"b":{"id":3}}])";
    QTest::newRow("member") << "$.b.id"
                            << "[3]";
    QTest::newRow("no dollar") << "b.id"
                               << "[3]";
    QTest::newRow("index") << "$.a[1].id"
                           << "[2]";
    QTest::newRow("negative index") << "a[-1]"
                                    << R"([{"id":2}])";
    QTest::newRow("wildcard") << "$.a[*].id"
                              << "[[1,2]]";
    QTest::newRow("descend") << "$..id"
                             << "[[1,2,3]]";
    QTest::newRow("quoted") << "$['b']['id']"
                            << "[3]";
    QTest::newRow("missing") << "$.nope"
                             << "[]";
}

void TestOperationCall::jsonPath()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QJsonObject root =
        QJsonDocument::fromJson(R"({"a":[{"id":1},{"id":2}],"b":{"id":3}})").object();
    QString error;
    const QJsonValue result = JsonPath::evaluate(root, path, &error);
    QVERIFY(error.isEmpty());
    QJsonArray wrapped;
    if (!result.isUndefined())
        wrapped.append(result);
    QCOMPARE(QString::fromUtf8(QJsonDocument(wrapped).toJson(QJsonDocument::Compact)), expected);
    JsonPath::evaluate(root, "$.a[x", &error);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestOperationCall)
#include "tst_operation_call.moc"
