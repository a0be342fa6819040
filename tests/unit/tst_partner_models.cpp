// Value types of the partner directory (Partner, Assignable, PartnerUser, Role, Grant) on the
// spec's own examples, and their round trips.
#include "domain/partners/Assignable.h"
#include "domain/grants/Grant.h"
#include "domain/partners/Partner.h"
#include "domain/partners/PartnerUser.h"
#include "domain/partners/Role.h"
#include "tests/unit/tst_partner_models_data.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject spec()
{
    static QJsonObject loaded = [] {
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

QJsonValue responseExample(const QString &path, const QString &method, const QString &status)
{
    return spec()["paths"][path][method]["responses"][status]["content"]["application/json"]
                 ["example"];
}

QJsonValue requestExample(const QString &path, const QString &method)
{
    return spec()["paths"][path][method]["requestBody"]["content"]["application/json"]["example"];
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class PartnerModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!spec().isEmpty(), "partner-directory.json not found"); }

    void partnerFromEveryExample_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("approve") << "/v1/partners/{id}/approve"
                                 << "post"
                                 << "201" << int(Partner::Status::Invited);
        QTest::newRow("reject") << "/v1/partners/{id}/reject"
                                << "post"
                                << "200" << int(Partner::Status::Rejected);
        QTest::newRow("token") << "/v1/partner-directory/public/getPartnerByToken"
                               << "get"
                               << "200" << int(Partner::Status::Invited);
        QTest::newRow("invite") << "/v2/partners/{id}/invite"
                                << "post"
                                << "200" << int(Partner::Status::Invited);
    }
    void partnerFromEveryExample()
    {
        QFETCH(QString, path);
        QFETCH(QString, method);
        QFETCH(QString, status);
        QFETCH(int, expected);
        const QJsonObject example = responseExample(path, method, status).toObject();
        QVERIFY(!example.isEmpty());
        QString error;
        const std::optional<Partner> partner = Partner::fromJson(example, &error);
        QVERIFY2(partner, qPrintable(error));
        QCOMPARE(partner->id(), QStringLiteral("e45a6dc2-3795-43a3-ae0f-6b6760f310fc"));
        QCOMPARE(partner->organizationId(), QStringLiteral("123"));
        QCOMPARE(int(partner->status()), expected);
        QVERIFY(!partner->companyName().isEmpty());
        QCOMPARE(partner->createdAt(), QDateTime(QDate(2024, 1, 15), QTime(10, 30), Qt::UTC));
        QCOMPARE(partner->toJson(), example); // nothing lost
    }

    void inviteExampleCarriesToken()
    {
        const auto partner = Partner::fromJson(
            responseExample("/v2/partners/{id}/invite", "post", "200").toObject());
        QVERIFY(partner);
        QVERIFY(partner->invitationToken().startsWith("eyJ"));
        QCOMPARE(partner->email(), QStringLiteral("contact@invited-partner.de"));
    }

    void partnerRefusesWrongShapes()
    {
        QString error;
        QVERIFY(!Partner::fromJson(json(R"({"company_name":"x"})"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Partner::fromJson(json(R"({"id":"p","status":3})"), &error));
        QVERIFY(error.contains("status"));
        // Unknown status text is not an error: shown as Unknown.
        const auto odd = Partner::fromJson(json(R"({"id":"p","status":"Active","x":1})"));
        QVERIFY(odd);
        QCOMPARE(odd->status(), Partner::Status::Unknown);
        QCOMPARE(odd->toJson().value("x").toInt(), 1);
        // The deprecated invitation_email stands in for a missing email.
        QCOMPARE(Partner::fromJson(json(R"({"id":"p","invitation_email":"a@b.de"})"))->email(),
                 QStringLiteral("a@b.de"));
    }

    void assignablesFromSearchAndBatchExamples()
    {
        for (const QString &path : {QStringLiteral("/v1/partners/assignables:search"),
                                    QStringLiteral("/v1/partners/assignables:batchGet")}) {
            const QJsonArray results =
                responseExample(path, "post", "200").toObject().value("results").toArray();
            QCOMPARE(results.size(), 2);
            for (const QJsonValue &value : results) {
                QString error;
                const auto assignable = Assignable::fromJson(value.toObject(), &error);
                QVERIFY2(assignable, qPrintable(error));
                QVERIFY(assignable->type() == Assignable::Type::User ||
                        assignable->type() == Assignable::Type::PartnerUser);
                QVERIFY(!assignable->displayName().isEmpty());
                QVERIFY(!assignable->userId().isEmpty());
                QCOMPARE(assignable->toJson(), value.toObject());
            }
        }
        const auto partnerUser = Assignable::fromJson(
            responseExample("/v1/partners/assignables:search", "post", "200")["results"][1]
                .toObject());
        QCOMPARE(partnerUser->type(), Assignable::Type::PartnerUser);
        QCOMPARE(partnerUser->partnerId(), QStringLiteral("e45a6dc2-3795-43a3-ae0f-6b6760f310fc"));
        QCOMPARE(partnerUser->key(), QStringLiteral("partner_user:789"));
        QCOMPARE(partnerUser->organizationId(), QStringLiteral("321"));
    }

    void partnerOrganizationAssignable()
    {
        const QJsonObject source = json(kSample0);
        const auto organization = Assignable::fromJson(source);
        QVERIFY(organization);
        QCOMPARE(organization->type(), Assignable::Type::PartnerOrganization);
        QCOMPARE(organization->id(), QStringLiteral("p-1"));
        QVERIFY(organization->hasActivityRadius());
        QCOMPARE(organization->activityRadius(), 50.0);
        QCOMPARE(organization->thumbnailUrl(), QStringLiteral("https://x/t.png"));
        const QList<AddressGeolocation> locations = organization->geolocations();
        QCOMPARE(locations.size(), 1);
        QCOMPARE(locations.first().label(), QStringLiteral("Auweg 10, 93055 Regensburg, DE"));
        QVERIFY(locations.first().hasCoordinates);
        QVERIFY(locations.first().mapUrl().contains("mlat=49.013000"));
        QCOMPARE(organization->toJson(), source);
        QVERIFY(!Assignable::fromJson(json(R"({"type":"group","activity_radius":"far"})")));
        QVERIFY(!Assignable::fromJson(json(R"({"display_name":"no type"})")));
    }

    void partnerUserFromExample()
    {
        const QJsonObject example =
            responseExample("/v2/partners/{orgId}/users", "get", "200")["results"][0].toObject();
        QString error;
        const auto user = PartnerUser::fromJson(example, &error);
        QVERIFY2(user, qPrintable(error));
        QCOMPARE(user->id(), QStringLiteral("456"));
        QCOMPARE(user->label(), QStringLiteral("John Smith"));
        QCOMPARE(user->roleIds(), QStringList{"role-123"});
        QCOMPARE(user->roles().first().name, QStringLiteral("Partner Administrator"));
        QVERIFY(user->hasRole("role-123"));
        QCOMPARE(user->toJson(), example);
        QVERIFY(!PartnerUser::fromJson(json(R"({"id":"1","roles":[{"slug":"x"}]})"), &error));
        QVERIFY(!PartnerUser::fromJson(json(R"({"id":"1","roles":{}})"), &error));
    }

    void rolesFromEveryExample()
    {
        QList<QJsonObject> examples;
        for (const QJsonValue &value :
             responseExample("/v2/partners/{orgId}/roles", "get", "200")["results"].toArray())
            examples << value.toObject();
        examples << responseExample("/v2/partners/{orgId}/roles", "post", "201").toObject();
        examples << responseExample("/v2/partners/{orgId}/roles/{roleId}", "put", "200").toObject();
        QCOMPARE(examples.size(), 4);
        for (const QJsonObject &example : examples) {
            QString error;
            const auto role = Role::fromJson(example, &error);
            QVERIFY2(role, qPrintable(error));
            QCOMPARE(role->type(), QStringLiteral("share_role"));
            QVERIFY(!role->grants().isEmpty());
            QCOMPARE(Grant::listToJson(role->grants()), example.value("grants").toArray());
            QCOMPARE(role->toJson(), example);
        }
        const auto sales = Role::fromJson(examples.at(2));
        QCOMPARE(sales->id(), QStringLiteral("123:partner_sales"));
        QCOMPARE(sales->grants().at(1).action(), QStringLiteral("entity-update"));
    }

    void rolePayloadMatchesRequestExamples()
    {
        const QJsonObject create = requestExample("/v2/partners/{orgId}/roles", "post").toObject();
        const Role role =
            Role::create(create.value("name").toString(), create.value("slug").toString(),
                         *Grant::listFromJson(create.value("grants")));
        QCOMPARE(role.payload(), create);
        // Updates send the id; the server-owned type stays out.
        auto stored = Role::fromJson(
            responseExample("/v2/partners/{orgId}/roles/{roleId}", "put", "200").toObject());
        const QJsonObject payload = stored->payload();
        QVERIFY(!payload.contains("type"));
        QCOMPARE(payload.value("id").toString(), QStringLiteral("123:partner_sales"));
        QCOMPARE(payload.value("grants").toArray().size(), 3);
    }

    void grantKeepsUnknownMembersAndConditionShapes()
    {
        const QJsonObject source = json(kSample1);
        QString error;
        const auto grant = Grant::fromJson(source, &error);
        QVERIFY2(grant, qPrintable(error));
        QVERIFY(grant->isDeny());
        QCOMPARE(grant->conditions().size(), 2);
        QVERIFY(grant->conditions().at(0).isEquals());
        QCOMPARE(grant->conditions().at(0).values(), QStringList{"Qualification"});
        QVERIFY(!grant->conditions().at(1).isEquals());
        QCOMPARE(grant->dependencies().size(), 1);
        QCOMPARE(grant->toJson(), source);
        // Editing one condition leaves the unknown one untouched.
        Grant edited = *grant;
        QList<GrantCondition> conditions = edited.conditions();
        conditions[0].setValues({"Qualification", "Offer"});
        edited.setConditions(conditions);
        QCOMPARE(edited.toJson()["conditions"][1].toObject(), source["conditions"][1].toObject());
        QCOMPARE(edited.toJson().value("x-note").toString(), QStringLiteral("kept"));
    }

    void grantShapeErrorsNamePlace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("action number") << R"([{"action": 5}])"
                                       << "grants[0].action";
        QTest::newRow("conditions object") << R"([{"action":"a","conditions":{}}])"
                                           << "grants[0].conditions";
        QTest::newRow("values number")
            << R"([{"action":"a","conditions":[{"operation":"equals","attribute":"x","values":[1]}]}])"
            << "grants[0].conditions[0].values[0]";
        QTest::newRow("no operation") << R"([{"action":"a","conditions":[{"attribute":"x"}]}])"
                                      << "grants[0].conditions[0]";
        QTest::newRow("dependency") << R"([{"action":"a"},{"action":"b","dependencies":[3]}])"
                                    << "grants[1].dependencies[0]";
        QTest::newRow("not a list") << R"({"action":"a"})"
                                    << "grants";
    }
    void grantShapeErrorsNamePlace()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        const QJsonValue value =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        QString error;
        QVERIFY(!Grant::listFromJson(value, &error));
        QVERIFY2(error.startsWith(where), qPrintable(error));
    }

    void grantKeyIgnoresOrderAndDefaultEffect()
    {
        const auto a = Grant::fromJson(json(R"({"action":"x","resource":"r"})"));
        const auto b = Grant::fromJson(json(R"({"resource":"r","effect":"allow","action":"x"})"));
        QCOMPARE(a->key(), b->key());
        QVERIFY(a->key() != Grant("x", "r", "deny").key());
        QCOMPARE(a->summary(), QStringLiteral("allow x on r"));
    }

    void slugSuggestion_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("spaces") << "Partner Sales"
                                << "partner_sales";
        QTest::newRow("umlaut") << "Größe Prüfer"
                                << "grosse_prufer";
        QTest::newRow("digits first") << "2nd Level Support!"
                                      << "nd_level_support";
        QTest::newRow("nothing") << "***"
                                 << "";
    }
    void slugSuggestion()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        QCOMPARE(Role::suggestSlug(name), slug);
    }
};

QTEST_GUILESS_MAIN(PartnerModelsTest)
#include "tst_partner_models.moc"
