// The Entity API of the real epilot-emulator for the partner schema: the five operations, their
// bad input, and that they share the partner records with the Partner Directory API.
#include "tests/e2e/EmulatorHarness.h"

#include <QJsonArray>
#include <QtTest>

namespace {
const QString kSearch = QStringLiteral("/v1/entity:search");

QString messageOf(const HttpAnswer &answer)
{
    return answer.object().value(QStringLiteral("message")).toString();
}

QStringList valuesOf(const QJsonArray &entities, const QString &name)
{
    QStringList values;
    for (const QJsonValue &entity : entities)
        values.append(entity.toObject().value(name).toString());
    return values;
}
} // namespace

class TestEmulatorPartnerEntities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void searchFiltersByStatusAndText();
    void searchPagesAndSorts();
    void searchOtherSchemaIsEmptyAndBadQueriesAre400();
    void createEntityThenInviteThroughPartnerDirectory();
    void approvedRequestShowsInSearch();
    void getEntityAnswersOneRecord();
    void patchEntityChangesThePartnerRecord();
    void patchEntityRejectsBadInputWithoutChange();
    void deleteEntityEndsThePartnership();
    void createEntityRejectsBadInput();

private:
    QJsonObject search(const QJsonObject &body, int expectedStatus = 200);
    QJsonObject createPartner(const QString &company, const QString &email);
    QJsonObject directoryPartner(const QString &id);

    EmulatorHarness m_emulator;
};

void TestEmulatorPartnerEntities::initTestCase()
{
    QString problem;
    QVERIFY2(m_emulator.start({}, &problem), qPrintable(problem));
}

void TestEmulatorPartnerEntities::init()
{
    QCOMPARE(m_emulator.raw("POST", QStringLiteral("/emulator/reset"), {}, {}).status, 204);
}

QJsonObject TestEmulatorPartnerEntities::search(const QJsonObject &body, int expectedStatus)
{
    const HttpAnswer answer = m_emulator.call("POST", kSearch, body);
    if (answer.status != expectedStatus)
        qWarning() << answer.status << answer.body;
    return answer.status == expectedStatus ? answer.object() : QJsonObject();
}

QJsonObject TestEmulatorPartnerEntities::createPartner(const QString &company, const QString &email)
{
    const HttpAnswer answer = m_emulator.call(
        "POST", QStringLiteral("/v1/entity/partner"),
        QJsonObject{{QStringLiteral("company_name"), company}, {QStringLiteral("email"), email}});
    return answer.status == 201 ? answer.object() : QJsonObject();
}

QJsonObject TestEmulatorPartnerEntities::directoryPartner(const QString &id)
{
    const HttpAnswer answer = m_emulator.raw("GET", QStringLiteral("/emulator/partners"), {}, {});
    for (const QJsonValue &item : answer.object().value(QStringLiteral("results")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

void TestEmulatorPartnerEntities::searchFiltersByStatusAndText()
{
    const QJsonObject requests =
        search({{QStringLiteral("q"), QStringLiteral("_schema:partner AND status:Request")}});
    const QJsonArray results = requests.value(QStringLiteral("results")).toArray();
    QVERIFY(!results.isEmpty());
    QCOMPARE(requests.value(QStringLiteral("hits")).toInt(), results.size());
    for (const QJsonValue &item : results) {
        const QJsonObject entity = item.toObject();
        QCOMPARE(entity.value(QStringLiteral("status")).toString(), QStringLiteral("Request"));
        QCOMPARE(entity.value(QStringLiteral("_schema")).toString(), QStringLiteral("partner"));
        QCOMPARE(entity.value(QStringLiteral("_org")).toString(), QStringLiteral("739224"));
        QCOMPARE(entity.value(QStringLiteral("_title")),
                 entity.value(QStringLiteral("company_name")));
        for (const QString &key :
             {QStringLiteral("_id"), QStringLiteral("_created_at"), QStringLiteral("_updated_at")})
            QVERIFY2(!entity.value(key).toString().isEmpty(), qPrintable(key));
    }
    // Free text over company and e-mail, case-insensitive, with a prefix star.
    const QJsonObject found =
        search({{QStringLiteral("q"), QStringLiteral("_schema:partner AND solartech*")}});
    QCOMPARE(
        valuesOf(found.value(QStringLiteral("results")).toArray(), QStringLiteral("company_name")),
        QStringList{QStringLiteral("Solartechnik Sonnenschein GmbH")});
    const QJsonObject byMail =
        search({{QStringLiteral("q"), QStringLiteral("\"elektro-wagner.de\"")}});
    QCOMPARE(byMail.value(QStringLiteral("hits")).toInt(), 1);
}

void TestEmulatorPartnerEntities::searchPagesAndSorts()
{
    const QJsonObject all = search({{QStringLiteral("q"), QStringLiteral("_schema:partner")},
                                    {QStringLiteral("size"), 1000},
                                    {QStringLiteral("sort"), QStringLiteral("_title:asc")}});
    const QStringList names =
        valuesOf(all.value(QStringLiteral("results")).toArray(), QStringLiteral("_title"));
    QVERIFY(names.size() > 5);
    QCOMPARE(all.value(QStringLiteral("hits")).toInt(), names.size());
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
    QCOMPARE(names, sorted);

    const QJsonObject page = search({{QStringLiteral("q"), QStringLiteral("_schema:partner")},
                                     {QStringLiteral("from"), 2},
                                     {QStringLiteral("size"), 3},
                                     {QStringLiteral("sort"), QStringLiteral("_title:asc")}});
    QCOMPARE(valuesOf(page.value(QStringLiteral("results")).toArray(), QStringLiteral("_title")),
             names.mid(2, 3));
    QCOMPARE(page.value(QStringLiteral("hits")).toInt(), names.size());

    const QJsonObject newest =
        search({{QStringLiteral("q"), QStringLiteral("_schema:partner")},
                {QStringLiteral("size"), 1000},
                {QStringLiteral("sort"), QJsonArray{QStringLiteral("_created_at:desc")}}});
    const QStringList dates =
        valuesOf(newest.value(QStringLiteral("results")).toArray(), QStringLiteral("_created_at"));
    QStringList descending = dates;
    std::sort(descending.begin(), descending.end(), std::greater<>());
    QCOMPARE(dates, descending);
    // Default size is 10.
    QCOMPARE(search({{QStringLiteral("q"), QStringLiteral("_schema:partner")}})
                 .value(QStringLiteral("results"))
                 .toArray()
                 .size(),
             std::min<qsizetype>(10, names.size()));
}

void TestEmulatorPartnerEntities::searchOtherSchemaIsEmptyAndBadQueriesAre400()
{
    const QJsonObject contacts = search({{QStringLiteral("q"), QStringLiteral("_schema:contact")}});
    QCOMPARE(contacts.value(QStringLiteral("hits")).toInt(), 0);
    QVERIFY(contacts.value(QStringLiteral("results")).toArray().isEmpty());

    const QList<QJsonObject> bad{
        {},
        {{QStringLiteral("q"), 5}},
        {{QStringLiteral("q"), QStringLiteral("status:Request OR status:Invited")}},
        {{QStringLiteral("q"), QStringLiteral("phone:123")}},
        {{QStringLiteral("q"), QStringLiteral("x")}, {QStringLiteral("from"), -1}},
        {{QStringLiteral("q"), QStringLiteral("x")}, {QStringLiteral("size"), QStringLiteral("a")}},
        {{QStringLiteral("q"), QStringLiteral("x")},
         {QStringLiteral("sort"), QStringLiteral("zip")}},
    };
    for (const QJsonObject &body : bad) {
        const HttpAnswer answer = m_emulator.call("POST", kSearch, body);
        QVERIFY2(answer.status == 400, answer.body.constData());
        QVERIFY(!messageOf(answer).isEmpty());
    }
}

void TestEmulatorPartnerEntities::createEntityThenInviteThroughPartnerDirectory()
{
    const QJsonObject created =
        createPartner(QStringLiteral("Neubau Partner GmbH"), QStringLiteral("neu@partner.example"));
    QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("Pending"));
    const QString id = created.value(QStringLiteral("_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(directoryPartner(id).value(QStringLiteral("company_name")).toString(),
             QStringLiteral("Neubau Partner GmbH"));

    QCOMPARE(m_emulator.call("POST", QStringLiteral("/v2/partners/%1/invite").arg(id)).status, 200);
    QVERIFY(!m_emulator
                 .lastMail(QStringLiteral("neu@partner.example"), QStringLiteral("partner_invite"))
                 .isEmpty());
    const QJsonObject invited = search(
        {{QStringLiteral("q"), QStringLiteral("_schema:partner AND status:Invited AND neubau")}});
    QCOMPARE(valuesOf(invited.value(QStringLiteral("results")).toArray(), QStringLiteral("_id")),
             QStringList{id});
}

void TestEmulatorPartnerEntities::approvedRequestShowsInSearch()
{
    const QJsonArray requests =
        search({{QStringLiteral("q"), QStringLiteral("_schema:partner AND status:Request")}})
            .value(QStringLiteral("results"))
            .toArray();
    QVERIFY(!requests.isEmpty());
    const QString id = requests.first().toObject().value(QStringLiteral("_id")).toString();
    QCOMPARE(m_emulator.call("POST", QStringLiteral("/v1/partners/%1/approve").arg(id)).status,
             201);
    const QJsonObject entity =
        m_emulator.call("GET", QStringLiteral("/v1/entity/partner/%1").arg(id))
            .object()
            .value(QStringLiteral("entity"))
            .toObject();
    QCOMPARE(entity.value(QStringLiteral("status")).toString(), QStringLiteral("Invited"));
    QVERIFY(entity.value(QStringLiteral("_updated_at")).toString() >
            entity.value(QStringLiteral("_created_at")).toString());
    const QStringList stillRequests = valuesOf(
        search({{QStringLiteral("q"), QStringLiteral("_schema:partner AND status:Request")}})
            .value(QStringLiteral("results"))
            .toArray(),
        QStringLiteral("_id"));
    QVERIFY(!stillRequests.contains(id));
}

void TestEmulatorPartnerEntities::getEntityAnswersOneRecord()
{
    const QJsonObject created =
        createPartner(QStringLiteral("Get GmbH"), QStringLiteral("get@partner.example"));
    const QString id = created.value(QStringLiteral("_id")).toString();
    const HttpAnswer answer =
        m_emulator.call("GET", QStringLiteral("/v1/entity/partner/%1").arg(id));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("entity")).toObject(), created);
    QVERIFY(answer.object().value(QStringLiteral("relations")).isArray());

    QCOMPARE(m_emulator
                 .call("GET", QStringLiteral("/v1/entity/partner/%1")
                                  .arg(QStringLiteral("6f1c7a52-0000-4c4e-9d6a-5e0d4b7a1c11")))
                 .status,
             404);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v1/entity/partner/not-a-uuid")).status, 400);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v1/entity/contact/%1").arg(id)).status, 404);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v1/entity/bad%20slug/%1").arg(id)).status,
             400);
}

void TestEmulatorPartnerEntities::patchEntityChangesThePartnerRecord()
{
    const QString id = createPartner(QStringLiteral("Alt GmbH"), QStringLiteral("alt@p.example"))
                           .value(QStringLiteral("_id"))
                           .toString();
    const HttpAnswer patched =
        m_emulator.call("PATCH", QStringLiteral("/v1/entity/partner/%1").arg(id),
                        QJsonObject{{QStringLiteral("company_name"), QStringLiteral("Neu GmbH")},
                                    {QStringLiteral("description"), QStringLiteral("Dächer")},
                                    {QStringLiteral("_tags"), QJsonArray{QStringLiteral("dach")}}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(QStringLiteral("_title")).toString(),
             QStringLiteral("Neu GmbH"));
    QCOMPARE(patched.object().value(QStringLiteral("email")).toString(),
             QStringLiteral("alt@p.example"));
    const QJsonObject directory = directoryPartner(id);
    QCOMPARE(directory.value(QStringLiteral("company_name")).toString(),
             QStringLiteral("Neu GmbH"));
    QCOMPARE(directory.value(QStringLiteral("description")).toString(), QStringLiteral("Dächer"));
    // null clears an optional attribute.
    QCOMPARE(m_emulator
                 .call("PATCH", QStringLiteral("/v1/entity/partner/%1").arg(id),
                       QJsonObject{{QStringLiteral("description"), QJsonValue::Null}})
                 .status,
             200);
    QVERIFY(!directoryPartner(id).contains(QStringLiteral("description")));
}

void TestEmulatorPartnerEntities::patchEntityRejectsBadInputWithoutChange()
{
    const QString id = createPartner(QStringLiteral("Fest GmbH"), QStringLiteral("fest@p.example"))
                           .value(QStringLiteral("_id"))
                           .toString();
    const QJsonObject before = directoryPartner(id);
    const QList<QJsonValue> bad{
        QJsonObject{{QStringLiteral("email"), QStringLiteral("no mail")}},
        QJsonObject{{QStringLiteral("company_name"), QStringLiteral("")}},
        QJsonObject{{QStringLiteral("status"), QStringLiteral("Active")}},
        QJsonObject{{QStringLiteral("partner_org_id"), QStringLiteral("1")}},
        QJsonObject{{QStringLiteral("phone"), QStringLiteral("1")}},
        QJsonObject{{QStringLiteral("_schema"), QStringLiteral("contact")}},
        QJsonArray{},
    };
    for (const QJsonValue &body : bad) {
        const HttpAnswer answer =
            m_emulator.call("PATCH", QStringLiteral("/v1/entity/partner/%1").arg(id), body);
        QVERIFY2(answer.status == 400, answer.body.constData());
        QVERIFY(!messageOf(answer).isEmpty());
    }
    QCOMPARE(directoryPartner(id), before);
}

void TestEmulatorPartnerEntities::deleteEntityEndsThePartnership()
{
    const QString id = createPartner(QStringLiteral("Weg GmbH"), QStringLiteral("weg@p.example"))
                           .value(QStringLiteral("_id"))
                           .toString();
    QCOMPARE(m_emulator.call("DELETE", QStringLiteral("/v1/entity/partner/%1").arg(id)).status,
             200);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v1/entity/partner/%1").arg(id)).status, 404);
    QCOMPARE(search({{QStringLiteral("q"), QStringLiteral("weg")}})
                 .value(QStringLiteral("hits"))
                 .toInt(),
             0);
    QCOMPARE(search({{QStringLiteral("q"), QStringLiteral("weg")},
                     {QStringLiteral("include_deleted"), QStringLiteral("only")}})
                 .value(QStringLiteral("hits"))
                 .toInt(),
             1);
    QCOMPARE(directoryPartner(id).value(QStringLiteral("status")).toString(),
             QStringLiteral("Deleted"));
    QCOMPARE(m_emulator.call("POST", QStringLiteral("/v2/partners/%1/invite").arg(id)).status, 400);
    QCOMPARE(m_emulator.call("DELETE", QStringLiteral("/v1/entity/partner/%1").arg(id)).status,
             404);

    const QString other = createPartner(QStringLiteral("Purge GmbH"), QStringLiteral("p@p.example"))
                              .value(QStringLiteral("_id"))
                              .toString();
    QCOMPARE(
        m_emulator.call("DELETE", QStringLiteral("/v1/entity/partner/%1?purge=maybe").arg(other))
            .status,
        400);
    QCOMPARE(
        m_emulator.call("DELETE", QStringLiteral("/v1/entity/partner/%1?purge=true").arg(other))
            .status,
        200);
    QVERIFY(directoryPartner(other).isEmpty());
}

void TestEmulatorPartnerEntities::createEntityRejectsBadInput()
{
    const int before = search({{QStringLiteral("q"), QStringLiteral("_schema:partner")},
                               {QStringLiteral("include_deleted"), QStringLiteral("true")}})
                           .value(QStringLiteral("hits"))
                           .toInt();
    const QList<QJsonObject> bad{
        {{QStringLiteral("email"), QStringLiteral("a@b.example")}},
        {{QStringLiteral("company_name"), QStringLiteral("A")}},
        {{QStringLiteral("company_name"), QStringLiteral("A")},
         {QStringLiteral("email"), QStringLiteral("x")}},
        {{QStringLiteral("company_name"), QStringLiteral("A")},
         {QStringLiteral("email"), QStringLiteral("a@b.example")},
         {QStringLiteral("website"), QStringLiteral("a.example")}},
        {{QStringLiteral("company_name"), QStringLiteral("A")},
         {QStringLiteral("email"), QStringLiteral("a@b.example")},
         {QStringLiteral("_id"), QStringLiteral("6f1c7a52-0000-4c4e-9d6a-5e0d4b7a1c11")}},
    };
    for (const QJsonObject &body : bad) {
        const HttpAnswer answer =
            m_emulator.call("POST", QStringLiteral("/v1/entity/partner"), body);
        QVERIFY2(answer.status == 400, answer.body.constData());
        QVERIFY(!messageOf(answer).isEmpty());
    }
    QCOMPARE(m_emulator
                 .call("POST", QStringLiteral("/v1/entity/contact"),
                       QJsonObject{{QStringLiteral("company_name"), QStringLiteral("A")}})
                 .status,
             404);
    QCOMPARE(search({{QStringLiteral("q"), QStringLiteral("_schema:partner")},
                     {QStringLiteral("include_deleted"), QStringLiteral("true")}})
                 .value(QStringLiteral("hits"))
                 .toInt(),
             before);
}

QTEST_GUILESS_MAIN(TestEmulatorPartnerEntities)
#include "tst_emulator_partner_entities.moc"
