// PartnerDirectoryService against a real HTTP server on loopback that records each request and
// answers with the spec's example. Every request is checked against partner-directory.json:
// method, path template, required query parameters, body shape (required members, types, enums)
// and whether a token is sent; every answer must parse.
#include "services/api/PartnerDirectoryService.h"

#include <QAbstractHttpServer>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>
#include <optional>

namespace {

QJsonObject spec()
{
    static const QJsonObject loaded = [] {
        QString dir = qEnvironmentVariable("EPILOT_SPECS_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(EPILOT_SPECS_DIR);
        QFile file(QDir(dir).filePath(QStringLiteral("partner-directory.json")));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return loaded;
}

QJsonObject resolve(QJsonObject schema)
{
    for (int guard = 0; guard < 10 && schema.contains("$ref"); ++guard) {
        QJsonValue node = spec();
        for (const QString &part : schema.value("$ref").toString().mid(2).split('/'))
            node = node.toObject().value(part);
        schema = node.toObject();
    }
    return schema;
}

// Merges allOf parts into one object schema (properties + required).
QJsonObject merged(const QJsonObject &raw)
{
    QJsonObject schema = resolve(raw);
    if (!schema.contains("allOf"))
        return schema;
    QJsonObject properties = schema.value("properties").toObject();
    QJsonArray required = schema.value("required").toArray();
    for (const QJsonValue &part : schema.value("allOf").toArray()) {
        const QJsonObject piece = merged(part.toObject());
        const QJsonObject pieceProperties = piece.value("properties").toObject();
        for (auto it = pieceProperties.begin(); it != pieceProperties.end(); ++it)
            properties.insert(it.key(), it.value());
        for (const QJsonValue &name : piece.value("required").toArray())
            required.append(name);
    }
    return QJsonObject{{"type", "object"}, {"properties", properties}, {"required", required}};
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return "string";
    case QJsonValue::Double:
        return value.toDouble() == qint64(value.toDouble()) ? "integer" : "number";
    case QJsonValue::Bool:
        return "boolean";
    case QJsonValue::Array:
        return "array";
    case QJsonValue::Object:
        return "object";
    default:
        return "null";
    }
}

// A small validator: enough of JSON Schema for this spec's request bodies.
QString validate(const QJsonValue &value, const QJsonObject &raw, const QString &where)
{
    const QJsonObject schema = merged(raw);
    const QString type = schema.value("type").toString();
    const QString actual = typeOf(value);
    if (!type.isEmpty() && type != actual && !(type == "number" && actual == "integer"))
        return QStringLiteral("%1: expected %2, got %3").arg(where, type, actual);
    if (schema.contains("enum") && !schema.value("enum").toArray().contains(value))
        return QStringLiteral("%1: %2 not in enum").arg(where, value.toVariant().toString());
    if (schema.contains("pattern") &&
        !QRegularExpression(schema.value("pattern").toString()).match(value.toString()).hasMatch())
        return QStringLiteral("%1: does not match pattern").arg(where);
    if (schema.contains("minimum") && value.toDouble() < schema.value("minimum").toDouble())
        return QStringLiteral("%1: below minimum").arg(where);
    if (schema.contains("maximum") && value.toDouble() > schema.value("maximum").toDouble())
        return QStringLiteral("%1: above maximum").arg(where);
    if (actual == "array") {
        const QJsonArray array = value.toArray();
        if (array.size() < schema.value("minItems").toInt(0))
            return QStringLiteral("%1: too few items").arg(where);
        for (qsizetype index = 0; index < array.size(); ++index) {
            const QString problem = validate(array.at(index), schema.value("items").toObject(),
                                             QStringLiteral("%1[%2]").arg(where).arg(index));
            if (!problem.isEmpty())
                return problem;
        }
    }
    if (actual == "object") {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &name : schema.value("required").toArray()) {
            if (!object.contains(name.toString()))
                return QStringLiteral("%1: missing %2").arg(where, name.toString());
        }
        const QJsonObject properties = schema.value("properties").toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!properties.contains(it.key()))
                continue;
            const QString problem =
                validate(it.value(), properties.value(it.key()).toObject(), where + '.' + it.key());
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

struct Recorded
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
};

// Answers every request with the spec's 2xx example of the operation whose template matches.
class RecordingServer : public QAbstractHttpServer
{
public:
    QList<Recorded> requests;
    QString lastOperation;

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Recorded recorded;
        const QByteArray verb = request.value(":method"); // not set by Qt; derive below
        Q_UNUSED(verb);
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            recorded.method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            recorded.method = "POST";
            break;
        case QHttpServerRequest::Method::Put:
            recorded.method = "PUT";
            break;
        case QHttpServerRequest::Method::Delete:
            recorded.method = "DELETE";
            break;
        default:
            recorded.method = "OTHER";
            break;
        }
        recorded.path = request.url().path(QUrl::FullyEncoded);
        recorded.query = request.query();
        recorded.body = request.body();
        recorded.authorization = request.value("Authorization");
        requests.append(recorded);

        QHttpServerResponder responder = makeResponder(request, socket);
        const auto [status, example] = answerFor(recorded);
        const QJsonDocument document = example.isArray() ? QJsonDocument(example.toArray())
                                                         : QJsonDocument(example.toObject());
        responder.write(document, QHttpServerResponder::StatusCode(status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

    static std::optional<QString> operationFor(const Recorded &recorded, QJsonObject *operation)
    {
        const QJsonObject paths = spec().value("paths").toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            QString pattern = QRegularExpression::escape(it.key());
            pattern.replace(QRegularExpression(R"(\\\{[^}]+\\\})"), "[^/]+");
            if (!QRegularExpression('^' + pattern + '$').match(recorded.path).hasMatch())
                continue;
            const QJsonValue found =
                it.value().toObject().value(QString::fromLatin1(recorded.method).toLower());
            if (!found.isObject())
                continue;
            *operation = found.toObject();
            return it.key();
        }
        return std::nullopt;
    }

private:
    std::pair<int, QJsonValue> answerFor(const Recorded &recorded)
    {
        QJsonObject operation;
        if (!operationFor(recorded, &operation))
            return {404, QJsonObject{{"message", "no such operation"}}};
        lastOperation = operation.value("operationId").toString();
        const QJsonObject responses = operation.value("responses").toObject();
        for (const QString &status : responses.keys()) {
            if (!status.startsWith('2'))
                continue;
            const QJsonValue example = responses[status]["content"]["application/json"]["example"];
            return {status.toInt(), example.isUndefined() ? QJsonValue(QJsonObject()) : example};
        }
        return {500, QJsonObject()};
    }
};

} // namespace

class PartnerDirectoryServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_server.requests.clear(); }
    void everyOperationMatchesTheSpec();
    void refusesBadInputWithoutSending_data();
    void refusesBadInputWithoutSending();
    void publicOperationsSendNoToken();
    void searchBodyCarriesFilters();
    void perRoleResultsArrive();

private:
    // Runs one call and waits for its callback; returns the error message or empty.
    template <typename Start> QString run(Start start)
    {
        std::optional<QString> outcome;
        start([&outcome](const auto &result) {
            outcome = result.ok() ? QString() : result.error().message;
        });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return QStringLiteral("no answer");
        return *outcome;
    }
    void checkLastRequest(const QString &operationId, bool authenticated = true);

    RecordingServer m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PartnerDirectoryService> m_service;
};

void PartnerDirectoryServiceTest::initTestCase()
{
    QVERIFY2(!spec().isEmpty(), "partner-directory.json not found; set EPILOT_SPECS_DIR");
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setEndpoints(
        ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port))));
    m_client->setToken(QStringLiteral("service-test-token"));
    m_service = std::make_unique<PartnerDirectoryService>(m_client.get());
}

void PartnerDirectoryServiceTest::checkLastRequest(const QString &operationId, bool authenticated)
{
    QVERIFY(!m_server.requests.isEmpty());
    const Recorded recorded = m_server.requests.last();
    QJsonObject operation;
    QVERIFY2(RecordingServer::operationFor(recorded, &operation),
             qPrintable(recorded.method + ' ' + recorded.path));
    QCOMPARE(operation.value("operationId").toString(), operationId);
    for (const QJsonValue &parameter : operation.value("parameters").toArray()) {
        const QJsonObject p = parameter.toObject();
        if (p.value("in") == "query" && p.value("required").toBool())
            QVERIFY2(recorded.query.hasQueryItem(p.value("name").toString()),
                     qPrintable(operationId + ": missing query " + p.value("name").toString()));
    }
    const QJsonObject bodySchema =
        QJsonValue(operation)["requestBody"]["content"]["application/json"]["schema"].toObject();
    if (!bodySchema.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(recorded.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(operationId + ": body"));
        const QJsonValue value =
            body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object());
        const QString problem = validate(value, bodySchema, operationId);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(!recorded.authorization.isEmpty(), authenticated);
}

void PartnerDirectoryServiceTest::everyOperationMatchesTheSpec()
{
    PartnerDirectoryService *s = m_service.get();
    QStringList seen;
    const auto call = [&](const QString &operationId, bool authenticated, auto start) {
        const QString error = run(start);
        QVERIFY2(error.isEmpty(), qPrintable(operationId + ": " + error));
        checkLastRequest(operationId, authenticated);
        seen << operationId;
    };
    const QString partner = "e45a6dc2-3795-43a3-ae0f-6b6760f310fc";
    call("approvePartner", true, [&](auto done) { s->approvePartner(partner, this, done); });
    call("rejectPartner", true, [&](auto done) { s->rejectPartner(partner, this, done); });
    call("invitePartnerV2", true,
         [&](auto done) { s->invitePartnerV2(partner, "de", this, done); });
    call("getPartnerByToken", false,
         [&](auto done) { s->getPartnerByToken("eyJ.a+b/c=", this, done); });
    QCOMPARE(m_server.requests.last().query.queryItemValue("token", QUrl::FullyDecoded),
             QStringLiteral("eyJ.a+b/c="));
    call("activatePartner", false, [&](auto done) {
        s->activatePartner("tok", "New Partner GmbH", "admin@newpartner.de", "456", this, done);
    });
    call("searchAssignable", true, [&](auto done) {
        AssignableSearch search;
        search.q = "john";
        search.types = {"user", "partner_user"};
        s->searchAssignable(search, this, done);
    });
    call("batchGetAssignable", true, [&](auto done) {
        s->batchGetAssignable({{"456", {}, "123"}, {{}, "group-123", {}}}, this, done);
    });
    call("searchGeolocationForText", true, [&](auto done) {
        s->searchGeolocationForText("Auweg 1, 93055 Regensburg, DE", this, done);
    });
    call("getPartnerUsers", true, [&](auto done) { s->getPartnerUsers("456", this, done); });
    call("createPartnerUser", true, [&](auto done) {
        s->createPartnerUser("456", "newuser@partner.com", "de", {"role-123"}, this, done);
    });
    call("deletePartnerUser", true,
         [&](auto done) { s->deletePartnerUser("456", "789", this, done); });
    call("getPartnerRoles", true, [&](auto done) { s->getPartnerRoles("456", this, done); });
    const QJsonObject role{{"name", "Partner Sales"},
                           {"slug", "partner_sales"},
                           {"grants", QJsonArray{QJsonObject{{"action", "entity-read"},
                                                             {"resource", "entity:*:opportunity:*"},
                                                             {"effect", "allow"}}}}};
    call("createPartnerRole", true,
         [&](auto done) { s->createPartnerRole("456", role, this, done); });
    call("updatePartnerRole", true,
         [&](auto done) { s->updatePartnerRole("456", "456:partner_sales", role, this, done); });
    // The role id's ':' travels percent-encoded in its path segment.
    QVERIFY(m_server.requests.last().path.endsWith("/roles/456%3Apartner_sales"));
    call("deletePartnerRole", true,
         [&](auto done) { s->deletePartnerRole("456", "456:partner_sales", this, done); });
    call("assignPartnerUserRoles", true, [&](auto done) {
        s->assignPartnerUserRoles("456", "789", {"role-123", "role-456"}, this, done);
    });
    call("unassignPartnerUserRoles", true,
         [&](auto done) { s->unassignPartnerUserRoles("456", "789", {"role-456"}, this, done); });
    QCOMPARE(m_server.requests.last().method, QByteArray("DELETE"));
    QVERIFY(!m_server.requests.last().body.isEmpty());

    seen.sort();
    QStringList expected;
    for (const QJsonValue &path : spec().value("paths").toObject()) {
        for (const QJsonValue &operation : path.toObject())
            expected << operation.toObject().value("operationId").toString();
    }
    expected.sort();
    QCOMPARE(seen, expected);
}

void PartnerDirectoryServiceTest::refusesBadInputWithoutSending_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("language") << 0 << "English";
    QTest::newRow("email") << 1 << "e-mail";
    QTest::newRow("page size") << 2 << "1000";
    QTest::newRow("type") << 3 << "type";
    QTest::newRow("empty batch") << 4 << "Nothing";
    QTest::newRow("slug") << 5 << "slug";
    QTest::newRow("no roles") << 6 << "roles";
    QTest::newRow("activation org") << 7 << "organization";
    QTest::newRow("address") << 8 << "address";
}

void PartnerDirectoryServiceTest::refusesBadInputWithoutSending()
{
    QFETCH(int, which);
    QFETCH(QString, fragment);
    PartnerDirectoryService *s = m_service.get();
    const QString error = run([&](auto done) {
        AssignableSearch search;
        switch (which) {
        case 0:
            s->invitePartnerV2("p", "fr", this, done);
            break;
        case 1:
            s->createPartnerUser("1", "not-an-address", "en", {}, this, done);
            break;
        case 2:
            search.size = 5000;
            s->searchAssignable(search, this, done);
            break;
        case 3:
            search.types = {"robot"};
            s->searchAssignable(search, this, done);
            break;
        case 4:
            s->batchGetAssignable({}, this, done);
            break;
        case 5:
            s->createPartnerRole(
                "1", {{"name", "X"}, {"slug", "Bad Slug"}, {"grants", QJsonArray()}}, this, done);
            break;
        case 6:
            s->assignPartnerUserRoles("1", "2", {}, this, done);
            break;
        case 7:
            s->activatePartner("t", "C", "a@b.de", " ", this, done);
            break;
        case 8:
            s->searchGeolocationForText("  ", this, done);
            break;
        }
    });
    QVERIFY2(error.contains(fragment, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(m_server.requests.isEmpty());
}

void PartnerDirectoryServiceTest::publicOperationsSendNoToken()
{
    QVERIFY(run([&](auto done) { m_service->getPartnerByToken("abc", this, done); }).isEmpty());
    QVERIFY(m_server.requests.last().authorization.isEmpty());
    QVERIFY(run([&](auto done) { m_service->getPartnerUsers("1", this, done); }).isEmpty());
    QVERIFY(m_server.requests.last().authorization.startsWith("Bearer "));
}

void PartnerDirectoryServiceTest::searchBodyCarriesFilters()
{
    AssignableSearch search;
    search.q = "solar";
    search.from = 50;
    search.size = 25;
    search.types = {"partner_organization"};
    search.orgIds = {"739224"};
    QVERIFY(run([&](auto done) { m_service->searchAssignable(search, this, done); }).isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(m_server.requests.last().body).object();
    QCOMPARE(body.value("q").toString(), QStringLiteral("solar"));
    QCOMPARE(body.value("from").toInt(), 50);
    QCOMPARE(body.value("types").toArray(), QJsonArray{"partner_organization"});
    QCOMPARE(body.value("org_ids").toArray(), QJsonArray{"739224"});
}

void PartnerDirectoryServiceTest::perRoleResultsArrive()
{
    std::optional<QJsonArray> results;
    m_service->assignPartnerUserRoles("1", "2", {"role-123", "role-456"}, this,
                                      [&](const ApiResult<QJsonArray> &result) {
                                          results = result.ok() ? result.value() : QJsonArray();
                                      });
    QVERIFY(QTest::qWaitFor([&] { return results.has_value(); }, 10000));
    QCOMPARE(results->size(), 2);
    QCOMPARE(results->at(0)["roleId"].toString(), QStringLiteral("role-123"));
    QVERIFY(results->at(1)["success"].toBool());
}

QTEST_GUILESS_MAIN(PartnerDirectoryServiceTest)
#include "tst_partner_directory_service.moc"
