// The operation table written into the project must say exactly what the three OpenAPI
// definitions say: same operations, methods, paths, tags, parameters, bodies and security.
#include "domain/console/OperationCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

QString specsDir()
{
    const QByteArray fromEnvironment = qgetenv("EPILOT_SPECS_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(EPILOT_SPECS_DIR)
                                     : QString::fromLocal8Bit(fromEnvironment);
}

QJsonObject loadSpec(const QString &file)
{
    QFile input(QDir(specsDir()).filePath(file));
    if (!input.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(input.readAll()).object();
}

QJsonObject resolve(const QJsonObject &spec, QJsonObject schema)
{
    for (int guard = 0; guard < 20 && schema.contains(QStringLiteral("$ref")); ++guard) {
        const QStringList parts = schema.value(QStringLiteral("$ref"))
                                      .toString()
                                      .mid(2) // "#/"
                                      .split(QLatin1Char('/'));
        QJsonValue node = spec;
        for (const QString &part : parts)
            node = node.toObject().value(part);
        schema = node.toObject();
    }
    return schema;
}

QString typeName(const QJsonObject &spec, const QJsonObject &schema)
{
    const QJsonObject resolved = resolve(spec, schema);
    const QString type = resolved.value(QStringLiteral("type")).toString(QStringLiteral("string"));
    if (type == QLatin1String("array"))
        return QStringLiteral("array<%1>")
            .arg(typeName(spec, resolved.value(QStringLiteral("items")).toObject()));
    return type;
}

struct SpecFile
{
    const char *file;
    Api api;
    QStringList only; // empty: every operation of the definition
};

const SpecFile specFiles[] = {
    {"user.json", Api::User, {}},
    {"organization.json", Api::Organization, {}},
    {"partner-directory.json", Api::PartnerDirectory, {}},
    {"permissions.json", Api::Permissions, {}},
    // Of the Entity API only the operations that serve partner records.
    {"entity.json",
     Api::Entity,
     {"searchEntities", "createEntity", "getEntity", "patchEntity", "deleteEntity"}},
    {"audit-logs.json", Api::AuditLogs, {}},
    {"access-token.json", Api::AccessToken, {}}};

bool wanted(const QString &file, const QString &operationId)
{
    for (const SpecFile &specFile : specFiles)
        if (QLatin1String(specFile.file) == file)
            return specFile.only.isEmpty() || specFile.only.contains(operationId);
    return false;
}

} // namespace

class TestOperationCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableHasEveryOperationOfTheSpecs();
    void operationMatchesSpec_data();
    void operationMatchesSpec();
    void lookupAndNames();

private:
    QHash<QString, QPair<Api, QJsonObject>> m_specs; // file → api, parsed spec
};

void TestOperationCatalog::initTestCase()
{
    for (const SpecFile &specFile : specFiles) {
        const QJsonObject spec = loadSpec(QString::fromLatin1(specFile.file));
        QVERIFY2(!spec.isEmpty(),
                 qPrintable(QStringLiteral("cannot read %1 in %2")
                                .arg(QString::fromLatin1(specFile.file), specsDir())));
        m_specs.insert(QString::fromLatin1(specFile.file), {specFile.api, spec});
    }
}

void TestOperationCatalog::tableHasEveryOperationOfTheSpecs()
{
    QSet<QString> inSpecs;
    for (auto entry = m_specs.cbegin(); entry != m_specs.cend(); ++entry) {
        const QJsonObject paths = entry.value().second.value(QStringLiteral("paths")).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (auto method = item.begin(); method != item.end(); ++method) {
                const QString id = method.value().toObject().value("operationId").toString();
                if (method.key() != QLatin1String("parameters") && wanted(entry.key(), id))
                    inSpecs.insert(id);
            }
        }
    }
    QSet<QString> inTable;
    for (const Operation &operation : OperationCatalog::all()) {
        QVERIFY2(!inTable.contains(operation.operationId), qPrintable(operation.operationId));
        inTable.insert(operation.operationId);
    }
    QCOMPARE(inSpecs.size(), 98);
    QCOMPARE(inTable.size(), inSpecs.size());
    QCOMPARE(inTable, inSpecs);
}

void TestOperationCatalog::operationMatchesSpec_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("method");
    for (const SpecFile &specFile : specFiles) {
        const QJsonObject spec = loadSpec(QString::fromLatin1(specFile.file));
        const QJsonObject paths = spec.value(QStringLiteral("paths")).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (auto method = item.begin(); method != item.end(); ++method) {
                if (method.key() == QLatin1String("parameters"))
                    continue;
                const QString id = method.value().toObject().value("operationId").toString();
                if (!wanted(QString::fromLatin1(specFile.file), id))
                    continue;
                QTest::newRow(qPrintable(id))
                    << QString::fromLatin1(specFile.file) << path.key() << method.key();
            }
        }
    }
}

void TestOperationCatalog::operationMatchesSpec()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, method);
    const auto [api, spec] = m_specs.value(file);
    const QJsonObject item = spec.value("paths").toObject().value(path).toObject();
    const QJsonObject definition = item.value(method).toObject();
    const Operation *operation = OperationCatalog::find(definition.value("operationId").toString());
    QVERIFY(operation);
    QVERIFY(operation->api == api);
    QCOMPARE(operation->path, path);
    QCOMPARE(QString::fromLatin1(operation->method), method.toUpper());
    QCOMPARE(operation->tag, definition.value("tags").toArray().first().toString());

    // Parameters: name, place, type and required, in the spec's order.
    QJsonArray parameters = item.value("parameters").toArray();
    for (const QJsonValue &parameter : definition.value("parameters").toArray())
        parameters.append(parameter);
    QCOMPARE(operation->parameters.size(), parameters.size());
    for (int i = 0; i < parameters.size(); ++i) {
        const QJsonObject parameter = resolve(spec, parameters.at(i).toObject());
        const OperationParameter &ours = operation->parameters.at(i);
        QCOMPARE(ours.name, parameter.value("name").toString());
        QCOMPARE(OperationCatalog::placeName(ours.place), parameter.value("in").toString());
        QCOMPARE(ours.type, typeName(spec, parameter.value("schema").toObject()));
        QCOMPARE(ours.required, parameter.value("required").toBool());
    }

    // Body: present, required, and an example that parses and carries the required members.
    const QJsonObject requestBody = definition.value("requestBody").toObject();
    QCOMPARE(operation->hasBody, !requestBody.isEmpty());
    QCOMPARE(operation->bodyRequired, requestBody.value("required").toBool());
    if (operation->hasBody) {
        QJsonParseError error;
        const QJsonDocument example =
            QJsonDocument::fromJson("[" + operation->bodyExample.toUtf8() + "]", &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject schema = resolve(spec, requestBody.value("content")
                                                     .toObject()
                                                     .value("application/json")
                                                     .toObject()
                                                     .value("schema")
                                                     .toObject());
        for (const QJsonValue &required : schema.value("required").toArray()) {
            QVERIFY2(example.array().first().toObject().contains(required.toString()),
                     qPrintable(required.toString()));
        }
    } else {
        QVERIFY(operation->bodyExample.isEmpty());
    }

    // `security: []` marks the public operations that are sent without a token.
    const bool isPublic =
        definition.contains("security") && definition.value("security").toArray().isEmpty();
    QCOMPARE(operation->authenticated, !isPublic);
}

void TestOperationCatalog::lookupAndNames()
{
    QVERIFY(!OperationCatalog::find(QStringLiteral("noSuchOperation")));
    QCOMPARE(OperationCatalog::find("getSettings")->api, Api::Organization);
    QCOMPARE(OperationCatalog::apiName(Api::PartnerDirectory), QStringLiteral("partner-directory"));
}

QTEST_GUILESS_MAIN(TestOperationCatalog)
#include "tst_operation_catalog.moc"
