// StrictJson: the shapes QJsonDocument reads wrongly without a word are refused, valid ones pass.
#include "domain/common/JsonRecord.h"
#include "services/network/StrictJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestStrictJson : public QObject
{
    Q_OBJECT
private slots:
    void acceptsOrdinaryAnswers_data();
    void acceptsOrdinaryAnswers();
    void refusesMisreadShapes_data();
    void refusesMisreadShapes();
    void qtReallyMisreadsThem();
    void numericIdsReadExactly();
};

void TestStrictJson::acceptsOrdinaryAnswers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("user") << QByteArray(R"({"id":"123","email":"a@b.de","roles":["x:y"],"n":1})");
    QTest::newRow("same key in sibling objects")
        << QByteArray(R"([{"role":"user"},{"role":"admin"}])");
    QTest::newRow("same key nested") << QByteArray(R"({"a":{"a":{"a":1}}})");
    QTest::newRow("value equals a key") << QByteArray(R"({"a":"a","b":"a"})");
    QTest::newRow("2^53 exactly") << QByteArray(R"({"id":9007199254740992})");
    QTest::newRow("-2^53") << QByteArray(R"({"id":-9007199254740992})");
    QTest::newRow("floats") << QByteArray(
        R"({"x":12.5,"y":-0.001,"z":1.5e3,"w":9007199254740991.0})");
    QTest::newRow("big id as text") << QByteArray(R"({"id":"99999999999999999999"})");
    QTest::newRow("scalar") << QByteArray(R"("de")");
    QTest::newRow("escaped quote in key") << QByteArray(R"({"a\"b":1,"a":2})");
    QTest::newRow("depth 1024") << QByteArray(1024, '[') + QByteArray(1024, ']');
}

void TestStrictJson::acceptsOrdinaryAnswers()
{
    QFETCH(QByteArray, json);
    QCOMPARE(StrictJson::problem(json), QString());
}

void TestStrictJson::refusesMisreadShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("duplicate role")
        << QByteArray(R"({"role":"user","role":"admin"})") << "\"role\" twice";
    QTest::newRow("duplicate nested")
        << QByteArray(R"({"u":[{"id":"1","x":{},"id":"2"}]})") << "\"id\" twice";
    QTest::newRow("duplicate via escape") << QByteArray(R"({"a":1,"\u0061":2})") << "\"a\" twice";
    QTest::newRow("2^53+1") << QByteArray(R"({"id":9007199254740993})") << "9007199254740993";
    QTest::newRow("beyond 2^63") << QByteArray(R"({"id":92233720368547758070})") << "too large";
    QTest::newRow("negative") << QByteArray(R"([-18446744073709551617])") << "too large";
    // Whole numbers written with a fraction or an exponent lose digits just the same.
    QTest::newRow("trailing dot") << QByteArray(R"({"id":9223372036854775807.})") << "too large";
    QTest::newRow("zero fraction") << QByteArray(R"({"id":9007199254740993.0})") << "too large";
    QTest::newRow("exponent") << QByteArray(R"({"x":1e17})") << "too large";
    QTest::newRow("fraction lost") << QByteArray(R"({"y":12345678901234567890.5})") << "too large";
    QTest::newRow("depth 1025") << QByteArray(1025, '[') + QByteArray(1025, ']') << "1024";
}

void TestStrictJson::refusesMisreadShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString problem = StrictJson::problem(json);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
}

// Why the check exists: Qt 6.4 keeps the last duplicate and rounds big integers silently.
void TestStrictJson::qtReallyMisreadsThem()
{
    const QJsonDocument duplicate = QJsonDocument::fromJson(R"({"role":"user","role":"admin"})");
    QCOMPARE(duplicate.object().value("role").toString(), QString("admin"));
    const QJsonDocument big = QJsonDocument::fromJson(R"({"id":18446744073709551617})");
    QCOMPARE(big.object().value("id").toDouble(), 18446744073709551616.0);
}

// Numeric ids read exactly (Qt keeps them as qint64) or not at all, never as a neighbouring id.
void TestStrictJson::numericIdsReadExactly()
{
    const auto read = [](const QByteArray &json) {
        return JsonRecord(QJsonDocument::fromJson(json).object()).idString("id");
    };
    QCOMPARE(read(R"({"id":"10010729"})"), QString("10010729"));
    QCOMPARE(read(R"({"id":10010729})"), QString("10010729"));
    QCOMPARE(read(R"({"id":9007199254740993})"), QString("9007199254740993"));
    QCOMPARE(read(R"({"id":9223372036854775807})"), QString("9223372036854775807"));
    QCOMPARE(read(R"({"id":1e300})"), QString());
    QCOMPARE(read(R"({"id":12.5})"), QString());
    QCOMPARE(read(R"({"id":-1e19})"), QString());
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strict_json.moc"
