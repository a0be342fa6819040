// The Organization API of the real epilot-emulator over HTTP: current organization, access rules,
// PATCH merge with read-only fields, settings per key and the feature-settings catalogue.
#include "tests/e2e/EmulatorHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
const QString kDemoOrg = QStringLiteral("739224");
const QString kSecondOrg = QStringLiteral("739225");
const QString kPartnerOrg = QStringLiteral("739301"); // connected partner of the demo organization
const QString kRequestOrg = QStringLiteral("739303"); // only asked to become a partner

QString messageOf(const HttpAnswer &answer)
{
    return answer.object().value(QStringLiteral("message")).toString();
}
} // namespace

class TestEmulatorOrganization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void currentOrganizationHasFullProfile();
    void accessToOtherOrganizations();
    void patchMergesAndKeepsApiFields();
    void patchRejectsBadInputWithoutChange();
    void settingsPutGetDelete();
    void settingsRejectBadInputWithoutChange();
    void featureSettingsCatalogue();
    void needsToken();
    void emptySeedStillHasTheOrganizations();

private:
    QJsonObject organization(const QString &id);
    QJsonObject settings(const QString &id);

    EmulatorHarness m_emulator;
};

void TestEmulatorOrganization::initTestCase()
{
    QString problem;
    QVERIFY2(m_emulator.start({}, &problem), qPrintable(problem));
}

void TestEmulatorOrganization::init()
{
    QCOMPARE(m_emulator.raw("POST", QStringLiteral("/emulator/reset"), {}, {}).status, 204);
}

QJsonObject TestEmulatorOrganization::organization(const QString &id)
{
    const HttpAnswer answer = m_emulator.call("GET", QStringLiteral("/v2/organization/") + id);
    return answer.status == 200 ? answer.object() : QJsonObject();
}

QJsonObject TestEmulatorOrganization::settings(const QString &id)
{
    return m_emulator.call("GET", QStringLiteral("/v2/organization/%1/settings").arg(id)).object();
}

void TestEmulatorOrganization::currentOrganizationHasFullProfile()
{
    const HttpAnswer answer = m_emulator.call("GET", QStringLiteral("/v2/organization/current"));
    QCOMPARE(answer.status, 200);
    const QJsonObject current = answer.object();
    QCOMPARE(current.value(QStringLiteral("id")).toString(), kDemoOrg);
    QCOMPARE(current.value(QStringLiteral("name")).toString(),
             QStringLiteral("Stadtwerke Musterstadt GmbH"));
    for (const QString &field :
         {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("website"),
          QStringLiteral("signature"), QStringLiteral("logo_url"), QStringLiteral("symbol"),
          QStringLiteral("pricing_tier"), QStringLiteral("created_date")})
        QVERIFY2(!current.value(field).toString().isEmpty(), qPrintable(field));
    QCOMPARE(current.value(QStringLiteral("type")).toString(), QStringLiteral("Vendor"));
    QCOMPARE(current.value(QStringLiteral("organization_use")).toString(),
             QStringLiteral("Production"));
    QVERIFY(current.value(QStringLiteral("is_unlicensed_org")).isBool());
    QVERIFY(current.value(QStringLiteral("free_user_limit")).isDouble());
    QVERIFY(!current.value(QStringLiteral("address"))
                 .toObject()
                 .value(QStringLiteral("city"))
                 .toString()
                 .isEmpty());
    QVERIFY(QDateTime::fromString(current.value(QStringLiteral("created_date")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(organization(kDemoOrg), current);
}

void TestEmulatorOrganization::accessToOtherOrganizations()
{
    // The admin belongs to both demo organizations.
    QCOMPARE(organization(kSecondOrg).value(QStringLiteral("name")).toString(),
             QStringLiteral("Netzgesellschaft Musterstadt mbH"));
    // A connected partner's profile is readable, not writable, its settings are private.
    QCOMPARE(organization(kPartnerOrg).value(QStringLiteral("type")).toString(),
             QStringLiteral("Partner"));
    QCOMPARE(m_emulator
                 .call("PATCH", QStringLiteral("/v2/organization/") + kPartnerOrg,
                       QJsonObject{{QStringLiteral("phone"), QStringLiteral("+49 1")}})
                 .status,
             403);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/organization/%1/settings").arg(kPartnerOrg))
                 .status,
             403);
    // Not a partner (yet), and unknown.
    const HttpAnswer foreign =
        m_emulator.call("GET", QStringLiteral("/v2/organization/") + kRequestOrg);
    QCOMPARE(foreign.status, 403);
    QVERIFY(messageOf(foreign).contains(kRequestOrg));
    const HttpAnswer unknown = m_emulator.call("GET", QStringLiteral("/v2/organization/999999"));
    QCOMPARE(unknown.status, 404);
    QVERIFY(messageOf(unknown).contains(QStringLiteral("999999")));
    QCOMPARE(
        m_emulator.call("PATCH", QStringLiteral("/v2/organization/999999"), QJsonObject()).status,
        404);
}

void TestEmulatorOrganization::patchMergesAndKeepsApiFields()
{
    const QJsonObject before = organization(kDemoOrg);
    const QJsonObject patch{
        {QStringLiteral("phone"), QStringLiteral("+49 621 999-0")},
        {QStringLiteral("signature"), QStringLiteral("<p>Herzliche Grüße</p>")},
        {QStringLiteral("logo_thumbnail_url"), QJsonValue::Null},
        {QStringLiteral("address"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("Neustadt")}}},
        // API-owned: ignored, so a client may send back what it read.
        {QStringLiteral("id"), QStringLiteral("1")},
        {QStringLiteral("created_date"), QStringLiteral("2000-01-01T00:00:00Z")},
        {QStringLiteral("pricing_tier"), QStringLiteral("enterprise")},
        {QStringLiteral("type"), QStringLiteral("Partner")},
    };
    const HttpAnswer answer =
        m_emulator.call("PATCH", QStringLiteral("/v2/organization/") + kDemoOrg, patch);
    QCOMPARE(answer.status, 200);
    const QJsonObject after = answer.object();
    QCOMPARE(after.value(QStringLiteral("phone")).toString(), QStringLiteral("+49 621 999-0"));
    QCOMPARE(after.value(QStringLiteral("signature")).toString(),
             QStringLiteral("<p>Herzliche Grüße</p>"));
    QVERIFY(after.value(QStringLiteral("logo_thumbnail_url")).isNull());
    QCOMPARE(after.value(QStringLiteral("name")), before.value(QStringLiteral("name")));
    QCOMPARE(after.value(QStringLiteral("email")), before.value(QStringLiteral("email")));
    const QJsonObject address = after.value(QStringLiteral("address")).toObject();
    QCOMPARE(address.value(QStringLiteral("city")).toString(), QStringLiteral("Neustadt"));
    QCOMPARE(address.value(QStringLiteral("street")),
             before.value(QStringLiteral("address")).toObject().value(QStringLiteral("street")));
    for (const QString &field : {QStringLiteral("id"), QStringLiteral("created_date"),
                                 QStringLiteral("pricing_tier"), QStringLiteral("type")})
        QCOMPARE(after.value(field), before.value(field));
    QCOMPARE(organization(kDemoOrg), after);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/organization/current")).object(), after);

    // The admin may also change the second organization it belongs to.
    QCOMPARE(
        m_emulator
            .call("PATCH", QStringLiteral("/v2/organization/") + kSecondOrg,
                  QJsonObject{{QStringLiteral("website"), QStringLiteral("https://netz.example")}})
            .object()
            .value(QStringLiteral("website"))
            .toString(),
        QStringLiteral("https://netz.example"));
}

void TestEmulatorOrganization::patchRejectsBadInputWithoutChange()
{
    const QJsonObject before = organization(kDemoOrg);
    const QString path = QStringLiteral("/v2/organization/") + kDemoOrg;
    const QList<QPair<QJsonValue, QString>> cases{
        {QJsonObject{{QStringLiteral("email"), QStringLiteral("not-an-address")}},
         QStringLiteral("e-mail")},
        {QJsonObject{{QStringLiteral("name"), QString()}}, QStringLiteral("name")},
        {QJsonObject{{QStringLiteral("name"), QJsonValue::Null}}, QStringLiteral("name")},
        {QJsonObject{{QStringLiteral("phone"), 12345}}, QStringLiteral("phone")},
        {QJsonObject{{QStringLiteral("address"), QStringLiteral("Hauptstraße 1")}},
         QStringLiteral("address")},
        {QJsonObject{{QStringLiteral("address"), QJsonObject{{QStringLiteral("city"), 5}}}},
         QStringLiteral("address.city")},
        {QJsonObject{{QStringLiteral("style"), QStringLiteral("bold")}}, QStringLiteral("style")},
        // A good field next to a bad one: nothing is stored.
        {QJsonObject{{QStringLiteral("phone"), QStringLiteral("+49 1")},
                     {QStringLiteral("email"), QStringLiteral("x@")}},
         QStringLiteral("email")},
        {QJsonArray{}, QStringLiteral("object")},
    };
    for (const auto &[body, needle] : cases) {
        const HttpAnswer answer = m_emulator.call("PATCH", path, body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(messageOf(answer).contains(needle), qPrintable(messageOf(answer)));
    }
    QCOMPARE(m_emulator.call("PATCH", path).status, 400); // no body
    const HttpAnswer malformed = m_emulator.raw("PATCH", path, "{\"name\": ", m_emulator.token());
    QCOMPARE(malformed.status, 400);
    QCOMPARE(organization(kDemoOrg), before);
}

void TestEmulatorOrganization::settingsPutGetDelete()
{
    const QJsonObject seeded = settings(kDemoOrg);
    QCOMPARE(seeded.value(QStringLiteral("double_opt_in")).toObject(),
             (QJsonObject{{QStringLiteral("enabled"), true}}));
    QCOMPARE(seeded.value(QStringLiteral("default_language")).toString(), QStringLiteral("de"));
    QVERIFY(settings(kSecondOrg) != seeded); // per organization

    const QString path = QStringLiteral("/v2/organization/%1/settings/").arg(kDemoOrg);
    const QJsonObject value{{QStringLiteral("enabled"), false}, {QStringLiteral("threshold"), 50}};
    const HttpAnswer put =
        m_emulator.call("PUT", path + QStringLiteral("smart_meter_gateway"), value);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object(), value);
    QCOMPARE(settings(kDemoOrg).value(QStringLiteral("smart_meter_gateway")).toObject(), value);

    // Scalars and arrays of objects are setting values too; a PUT replaces.
    const HttpAnswer text =
        m_emulator.call("PUT", path + QStringLiteral("default_language"), QStringLiteral("en"));
    QCOMPARE(text.status, 200);
    QCOMPARE(text.body, QByteArray("\"en\""));
    QCOMPARE(m_emulator.call("PUT", path + QStringLiteral("max_upload_size_mb"), 250).status, 200);
    QCOMPARE(m_emulator.call("PUT", path + QStringLiteral("beta"), true).status, 200);
    const QJsonArray senders{QJsonObject{{QStringLiteral("address"), QStringLiteral("a@b.de")}}};
    QCOMPARE(m_emulator.call("PUT", path + QStringLiteral("sender_addresses"), senders).status,
             200);
    const QJsonObject after = settings(kDemoOrg);
    QCOMPARE(after.value(QStringLiteral("default_language")).toString(), QStringLiteral("en"));
    QCOMPARE(after.value(QStringLiteral("max_upload_size_mb")).toInt(), 250);
    QCOMPARE(after.value(QStringLiteral("beta")).toBool(), true);
    QCOMPARE(after.value(QStringLiteral("sender_addresses")).toArray(), senders);

    QCOMPARE(m_emulator.call("DELETE", path + QStringLiteral("smart_meter_gateway")).status, 200);
    QVERIFY(!settings(kDemoOrg).contains(QStringLiteral("smart_meter_gateway")));
    const HttpAnswer again =
        m_emulator.call("DELETE", path + QStringLiteral("smart_meter_gateway"));
    QCOMPARE(again.status, 404);
    QVERIFY(messageOf(again).contains(QStringLiteral("smart_meter_gateway")));
}

void TestEmulatorOrganization::settingsRejectBadInputWithoutChange()
{
    const QJsonObject before = settings(kDemoOrg);
    const QString path = QStringLiteral("/v2/organization/%1/settings/").arg(kDemoOrg);
    const HttpAnswer strings =
        m_emulator.call("PUT", path + QStringLiteral("channels"),
                        QJsonArray{QStringLiteral("email"), QStringLiteral("sms")});
    QCOMPARE(strings.status, 400);
    QVERIFY(messageOf(strings).contains(QStringLiteral("objects")));
    QCOMPARE(m_emulator.call("PUT", path + QStringLiteral("double_opt_in")).status,
             400); // no value
    QCOMPARE(
        m_emulator.raw("PUT", path + QStringLiteral("double_opt_in"), "null", m_emulator.token())
            .status,
        400);
    const HttpAnswer longKey = m_emulator.call("PUT", path + QString(129, QLatin1Char('k')), true);
    QCOMPARE(longKey.status, 400);
    QVERIFY(messageOf(longKey).contains(QStringLiteral("key")));
    QCOMPARE(m_emulator.call("PUT", path + QStringLiteral("bad%20key"), true).status, 400);
    const HttpAnswer huge = m_emulator.call(
        "PUT", path + QStringLiteral("huge"),
        QJsonObject{{QStringLiteral("blob"), QString(70 * 1024, QLatin1Char('x'))}});
    QCOMPARE(huge.status, 400);
    QVERIFY(messageOf(huge).contains(QStringLiteral("64 KiB")));
    QCOMPARE(
        m_emulator.call("PUT", QStringLiteral("/v2/organization/999999/settings/x"), true).status,
        404);
    QCOMPARE(
        m_emulator
            .call("PUT", QStringLiteral("/v2/organization/%1/settings/x").arg(kRequestOrg), true)
            .status,
        403);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/organization/999999/settings")).status,
             404);
    QCOMPARE(settings(kDemoOrg), before);
}

void TestEmulatorOrganization::featureSettingsCatalogue()
{
    for (const QString &path : {QStringLiteral("/v2/organization/feature-settings"),
                                QStringLiteral("/v2/feature-settings")}) {
        const HttpAnswer answer = m_emulator.call("GET", path);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("cache-control"), QByteArray("public, max-age=3600"));
        QCOMPARE(answer.object().value(QStringLiteral("version")).toString(),
                 QStringLiteral("1.0.0"));
        const QJsonArray flags = answer.object().value(QStringLiteral("feature_flags")).toArray();
        QVERIFY(flags.size() >= 5);
        for (const QJsonValue &flag : flags) {
            QVERIFY(!flag.toObject().value(QStringLiteral("feature_name")).toString().isEmpty());
            QVERIFY(flag.toObject().value(QStringLiteral("visibility_rules")).isArray());
        }
    }
}

void TestEmulatorOrganization::needsToken()
{
    const HttpAnswer answer =
        m_emulator.raw("GET", QStringLiteral("/v2/organization/current"), {}, {});
    QCOMPARE(answer.status, 401);
    QVERIFY(!messageOf(answer).isEmpty());
}

void TestEmulatorOrganization::emptySeedStillHasTheOrganizations()
{
    EmulatorHarness empty;
    QString problem;
    QVERIFY2(empty.start({QStringLiteral("--seed"), QStringLiteral("empty")}, &problem),
             qPrintable(problem));
    const HttpAnswer current = empty.call("GET", QStringLiteral("/v2/organization/current"));
    QCOMPARE(current.status, 200);
    QCOMPARE(current.object().value(QStringLiteral("name")).toString(),
             QStringLiteral("Stadtwerke Musterstadt GmbH"));
    QCOMPARE(
        empty.call("GET", QStringLiteral("/v2/organization/%1/settings").arg(kDemoOrg)).object(),
        QJsonObject());
    const HttpAnswer partners = empty.raw("GET", QStringLiteral("/emulator/partners"), {}, {});
    QCOMPARE(partners.object().value(QStringLiteral("results")).toArray().size(), 0);
    empty.stop();
}

QTEST_GUILESS_MAIN(TestEmulatorOrganization)
#include "tst_emulator_organization.moc"
