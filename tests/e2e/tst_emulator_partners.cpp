// The Partner Directory API of the real epilot-emulator over HTTP: partner lifecycle, roles with
// dependencies, per-role assignment answers, partner users, assignables and geolocation.
#include "tests/e2e/tst_emulator_partners.h"

void TestEmulatorPartners::initTestCase()
{
    QString problem;
    QVERIFY2(m_emulator.start({}, &problem), qPrintable(problem));
}

void TestEmulatorPartners::init()
{
    QCOMPARE(m_emulator.raw("POST", QStringLiteral("/emulator/reset"), {}, {}).status, 204);
}

QJsonArray TestEmulatorPartners::partners(const QString &query)
{
    const HttpAnswer answer =
        m_emulator.raw("GET", QStringLiteral("/emulator/partners") + query, {}, {});
    return answer.object().value(QStringLiteral("results")).toArray();
}

QJsonObject TestEmulatorPartners::firstPartner(const QString &status)
{
    const QJsonArray list =
        partners(QStringLiteral("?organization_id=%1&status=%2").arg(kDemoOrg, status));
    return list.isEmpty() ? QJsonObject() : list.first().toObject();
}

QJsonArray TestEmulatorPartners::roles(const QString &organizationId)
{
    const HttpAnswer answer =
        m_emulator.call("GET", QStringLiteral("/v2/partners/%1/roles").arg(organizationId));
    return answer.object().value(QStringLiteral("results")).toArray();
}

void TestEmulatorPartners::seedHasPartnersInEveryStatus()
{
    const QJsonArray all = partners();
    QCOMPARE(all.size(), 12);
    QSet<QString> statuses;
    QSet<QString> ids;
    for (const QJsonValue &item : all) {
        const QJsonObject partner = item.toObject();
        statuses.insert(partner.value(QStringLiteral("status")).toString());
        ids.insert(partner.value(QStringLiteral("id")).toString());
        for (const QString &key : partner.keys())
            QVERIFY2(!key.startsWith(QLatin1Char('_')), qPrintable(key)); // internals never leak
    }
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("Pending"), QStringLiteral("Request"),
                                      QStringLiteral("Invited"), QStringLiteral("Rejected"),
                                      QStringLiteral("Deleted")}));
    QCOMPARE(ids.size(), 12);
    // Deterministic ids: a reset seeds the very same partners.
    QCOMPARE(m_emulator.raw("POST", QStringLiteral("/emulator/reset"), {}, {}).status, 204);
    QCOMPARE(partners(), all);
}

void TestEmulatorPartners::inviteTokenActivateLifecycle()
{
    const QJsonObject pending = firstPartner(QStringLiteral("Pending"));
    QVERIFY(!pending.isEmpty());
    const QString id = pending.value(QStringLiteral("id")).toString();
    const QString email = pending.value(QStringLiteral("email")).toString();

    const HttpAnswer invited =
        m_emulator.call("POST", QStringLiteral("/v2/partners/%1/invite").arg(id),
                        QJsonObject{{QStringLiteral("language"), QStringLiteral("de")}});
    QCOMPARE(invited.status, 200);
    QCOMPARE(invited.object().value(QStringLiteral("status")).toString(),
             QStringLiteral("Invited"));
    const QString tokenInAnswer =
        invited.object().value(QStringLiteral("invitation_token")).toString();
    QVERIFY(!tokenInAnswer.isEmpty());

    const QJsonObject mail = m_emulator.lastMail(email, QStringLiteral("partner_invite"));
    const QString token =
        mail.value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
    QCOMPARE(token, tokenInAnswer);
    QVERIFY(mail.value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("link"))
                .toString()
                .contains(token));

    // Public: no Authorization header.
    const QString tokenQuery = QString::fromLatin1(QUrl::toPercentEncoding(token));
    const HttpAnswer byToken = m_emulator.raw(
        "GET", QStringLiteral("/v1/partner-directory/public/getPartnerByToken?token=") + tokenQuery,
        {}, {});
    QCOMPARE(byToken.status, 200);
    QCOMPARE(byToken.object().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(byToken.object().value(QStringLiteral("company_name")),
             pending.value(QStringLiteral("company_name")));

    const QJsonObject activation{
        {QStringLiteral("company_name"), QStringLiteral("Heizung & Solar Schmitt GmbH")},
        {QStringLiteral("signed_up_email"), QStringLiteral("admin@heizung-schmitt.de")},
        {QStringLiteral("organization_id"), QStringLiteral("739399")}};
    const QString activatePath =
        QStringLiteral("/v1/partner-directory/public/activate?token=") + tokenQuery;
    const HttpAnswer activated =
        m_emulator.raw("POST", activatePath, QJsonDocument(activation).toJson(), {});
    QCOMPARE(activated.status, 200);
    QCOMPARE(activated.object().value(QStringLiteral("partner_org_id")).toString(),
             QStringLiteral("739399"));
    QCOMPARE(activated.object().value(QStringLiteral("company_name")).toString(),
             QStringLiteral("Heizung & Solar Schmitt GmbH"));
    QVERIFY(!activated.object().contains(QStringLiteral("invitation_token")));

    // The token is used up.
    QCOMPARE(m_emulator.raw("POST", activatePath, QJsonDocument(activation).toJson(), {}).status,
             409);
    QCOMPARE(m_emulator
                 .raw("GET",
                      QStringLiteral("/v1/partner-directory/public/getPartnerByToken?token=") +
                          tokenQuery,
                      {}, {})
                 .status,
             404);

    // The new partner organization is connected: its users and roles can be managed, and it is
    // assignable.
    const HttpAnswer users = m_emulator.call("GET", QStringLiteral("/v2/partners/739399/users"));
    QCOMPARE(users.status, 200);
    QCOMPARE(users.object().value(QStringLiteral("results")).toArray().size(), 0);
    const HttpAnswer search = m_emulator.call(
        "POST", QStringLiteral("/v1/partners/assignables:search"),
        QJsonObject{{QStringLiteral("q"), QStringLiteral("Heizung & Solar")},
                    {QStringLiteral("types"), QJsonArray{QStringLiteral("partner_organization")}}});
    QCOMPARE(search.status, 200);
    QCOMPARE(search.object().value(QStringLiteral("hits")).toInt(), 1);
    const QJsonObject organization =
        search.object().value(QStringLiteral("results")).toArray().first().toObject();
    QCOMPARE(organization.value(QStringLiteral("partner_id")).toString(), id);
    QCOMPARE(organization.value(QStringLiteral("org_id")).toString(), QStringLiteral("739399"));
}

void TestEmulatorPartners::activationRejectsBadInputWithoutChange()
{
    const QJsonObject invited = firstPartner(QStringLiteral("Invited"));
    QString token;
    for (const QJsonValue &item : partners(QStringLiteral("?status=Invited"))) {
        if (!item.toObject().value(QStringLiteral("invitation_token")).toString().isEmpty()) {
            token = item.toObject().value(QStringLiteral("invitation_token")).toString();
            break;
        }
    }
    QVERIFY2(!token.isEmpty(), "the seed has an open invitation");
    const QString path = QStringLiteral("/v1/partner-directory/public/activate?token=") +
                         QString::fromLatin1(QUrl::toPercentEncoding(token));
    const QJsonArray before = partners();

    const QList<QPair<QJsonObject, QString>> cases{
        {QJsonObject{{QStringLiteral("signed_up_email"), QStringLiteral("a@b.de")}},
         QStringLiteral("organization_id")},
        {QJsonObject{{QStringLiteral("organization_id"), QStringLiteral("739398")}},
         QStringLiteral("signed_up_email")},
        {QJsonObject{{QStringLiteral("signed_up_email"), QStringLiteral("not-an-email")},
                     {QStringLiteral("organization_id"), QStringLiteral("739398")}},
         QStringLiteral("e-mail")},
        {QJsonObject{{QStringLiteral("signed_up_email"), QStringLiteral("a@b.de")},
                     {QStringLiteral("organization_id"), QStringLiteral("739398")},
                     {QStringLiteral("company_name"), QStringLiteral("  ")}},
         QStringLiteral("company_name")},
        {QJsonObject{{QStringLiteral("signed_up_email"), QStringLiteral("a@b.de")},
                     {QStringLiteral("organization_id"), QStringLiteral("7393 98")}},
         QStringLiteral("organization_id")},
        {QJsonObject{{QStringLiteral("signed_up_email"), QStringLiteral("a@b.de")},
                     {QStringLiteral("organization_id"), kDemoOrg}},
         QStringLiteral("inviting organization")},
    };
    for (const auto &[body, needle] : cases) {
        const HttpAnswer answer = m_emulator.raw("POST", path, QJsonDocument(body).toJson(), {});
        QCOMPARE(answer.status, 400);
        QVERIFY2(messageOf(answer).contains(needle), qPrintable(messageOf(answer)));
    }
    QCOMPARE(
        m_emulator.raw("POST", QStringLiteral("/v1/partner-directory/public/activate"), "{}", {})
            .status,
        400); // no token
    QCOMPARE(
        m_emulator
            .raw("POST",
                 QStringLiteral("/v1/partner-directory/public/activate?token=unknown-token-123"),
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("signed_up_email"), QStringLiteral("a@b.de")},
                                 {QStringLiteral("organization_id"), QStringLiteral("739398")}})
                     .toJson(),
                 {})
            .status,
        404);
    QCOMPARE(
        m_emulator
            .raw("GET", QStringLiteral("/v1/partner-directory/public/getPartnerByToken"), {}, {})
            .status,
        400);
    QCOMPARE(partners(), before);
    Q_UNUSED(invited);
}

void TestEmulatorPartners::inviteRejectsBadInput()
{
    const QJsonObject pending = firstPartner(QStringLiteral("Pending"));
    const QString id = pending.value(QStringLiteral("id")).toString();
    const QJsonArray before = partners();

    const HttpAnswer language =
        m_emulator.call("POST", QStringLiteral("/v2/partners/%1/invite").arg(id),
                        QJsonObject{{QStringLiteral("language"), QStringLiteral("fr")}});
    QCOMPARE(language.status, 400);
    QVERIFY2(messageOf(language).contains(QStringLiteral("language")),
             qPrintable(messageOf(language)));
    QVERIFY(m_emulator
                .lastMail(pending.value(QStringLiteral("email")).toString(),
                          QStringLiteral("partner_invite"))
                .isEmpty());

    const HttpAnswer unknown = m_emulator.call(
        "POST", QStringLiteral("/v2/partners/00000000-0000-0000-0000-000000000000/invite"),
        QJsonObject());
    QCOMPARE(unknown.status, 404);
    QVERIFY(!messageOf(unknown).isEmpty());

    const QJsonObject request = firstPartner(QStringLiteral("Request"));
    const HttpAnswer wrongState =
        m_emulator.call("POST",
                        QStringLiteral("/v2/partners/%1/invite")
                            .arg(request.value(QStringLiteral("id")).toString()),
                        QJsonObject());
    QCOMPARE(wrongState.status, 400);
    QVERIFY(messageOf(wrongState).contains(QStringLiteral("Request")));
    QCOMPARE(partners(), before);

    // Without a body the invitation is sent in English.
    const HttpAnswer english =
        m_emulator.call("POST", QStringLiteral("/v2/partners/%1/invite").arg(id));
    QCOMPARE(english.status, 200);
    const QJsonObject mail = m_emulator.lastMail(pending.value(QStringLiteral("email")).toString(),
                                                 QStringLiteral("partner_invite"));
    QCOMPARE(
        mail.value(QStringLiteral("data")).toObject().value(QStringLiteral("language")).toString(),
        QStringLiteral("en"));
}

void TestEmulatorPartners::approveOneRequestRejectAnother()
{
    const QJsonArray requests =
        partners(QStringLiteral("?organization_id=%1&status=Request").arg(kDemoOrg));
    QVERIFY(requests.size() >= 2);
    const QJsonObject first = requests.at(0).toObject();
    const QJsonObject second = requests.at(1).toObject();
    const QString firstOrg = first.value(QStringLiteral("partner_org_id")).toString();

    // Before approval the requesting organization is not a connected partner.
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/partners/%1/roles").arg(firstOrg)).status,
             404);

    const HttpAnswer approved =
        m_emulator.call("POST", QStringLiteral("/v1/partners/%1/approve")
                                    .arg(first.value(QStringLiteral("id")).toString()));
    QCOMPARE(approved.status, 201);
    QCOMPARE(approved.object().value(QStringLiteral("status")).toString(),
             QStringLiteral("Invited"));
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/partners/%1/roles").arg(firstOrg)).status,
             200);
    QCOMPARE(m_emulator
                 .call("POST", QStringLiteral("/v1/partners/%1/approve")
                                   .arg(first.value(QStringLiteral("id")).toString()))
                 .status,
             400);

    const QString secondId = second.value(QStringLiteral("id")).toString();
    const HttpAnswer rejected =
        m_emulator.call("POST", QStringLiteral("/v1/partners/%1/reject").arg(secondId));
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.object().value(QStringLiteral("status")).toString(),
             QStringLiteral("Rejected"));
    const HttpAnswer again =
        m_emulator.call("POST", QStringLiteral("/v1/partners/%1/reject").arg(secondId));
    QCOMPARE(again.status, 400);
    QVERIFY(messageOf(again).contains(QStringLiteral("Rejected")));
    QCOMPARE(
        m_emulator.call("POST", QStringLiteral("/v1/partners/%1/approve").arg(secondId)).status,
        400);
    QCOMPARE(m_emulator.call("POST", QStringLiteral("/v1/partners/nope/approve")).status, 404);
    QCOMPARE(m_emulator.call("POST", QStringLiteral("/v1/partners/nope/reject")).status, 404);

    // A partner of another organization is unknown to the caller.
    const QJsonArray foreign = partners(QStringLiteral("?organization_id=739225"));
    QVERIFY(!foreign.isEmpty());
    QCOMPARE(m_emulator
                 .call("POST",
                       QStringLiteral("/v2/partners/%1/invite")
                           .arg(foreign.first().toObject().value(QStringLiteral("id")).toString()))
                 .status,
             404);
}

void TestEmulatorPartners::rolesWithDependenciesReadBackFlat()
{
    // The seed's roles are stored flat.
    const QJsonArray seeded = roles(kSolarOrg);
    QVERIFY(seeded.size() >= 3);
    bool sawDeny = false;
    bool sawCondition = false;
    for (const QJsonValue &role : seeded) {
        const QJsonArray grants = role.toObject().value(QStringLiteral("grants")).toArray();
        QVERIFY(isFlat(grants));
        for (const QJsonValue &item : grants) {
            sawDeny |=
                item.toObject().value(QStringLiteral("effect")).toString() == QLatin1String("deny");
            sawCondition |= item.toObject().contains(QStringLiteral("conditions"));
        }
    }
    QVERIFY(sawDeny);
    QVERIFY(sawCondition);

    QJsonObject edit =
        grant(QStringLiteral("entity-edit"), QStringLiteral("entity:739224:opportunity:*"));
    edit.insert(QStringLiteral("conditions"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("attribute"), QStringLiteral("workflows.primary.task_name")},
                    {QStringLiteral("operation"), QStringLiteral("equals")},
                    {QStringLiteral("values"), QJsonArray{QStringLiteral("Montage")}}}});
    edit.insert(
        QStringLiteral("dependencies"),
        QJsonArray{
            grant(QStringLiteral("entity-read"), QStringLiteral("entity:739224:opportunity:*")),
            grant(QStringLiteral("entity-read"), QStringLiteral("entity:739224:contact:*"))});
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("Vertrieb")},
        {QStringLiteral("slug"), QStringLiteral("partner_sales")},
        {QStringLiteral("grants"),
         QJsonArray{
             edit,
             grant(QStringLiteral("entity-read"), QStringLiteral("entity:739224:opportunity:*")),
             grant(QStringLiteral("entity-delete"), QStringLiteral("entity:739224:*:*"),
                   QStringLiteral("deny"))}}};
    const HttpAnswer created =
        m_emulator.call("POST", QStringLiteral("/v2/partners/%1/roles").arg(kSolarOrg), body);
    QCOMPARE(created.status, 201);
    const QJsonObject role = created.object();
    QCOMPARE(role.value(QStringLiteral("id")).toString(), QStringLiteral("739301:partner_sales"));
    QCOMPARE(role.value(QStringLiteral("type")).toString(), QStringLiteral("share_role"));
    const QJsonArray grants = role.value(QStringLiteral("grants")).toArray();
    QVERIFY(isFlat(grants));
    // edit + its two dependencies; the explicit entity-read duplicates a dependency and is kept
    // once.
    QCOMPARE(grants.size(), 4);
    QVERIFY(containsGrant(grants, QStringLiteral("entity-read"),
                          QStringLiteral("entity:739224:contact:*")));
    QVERIFY(containsGrant(grants, QStringLiteral("entity-delete"),
                          QStringLiteral("entity:739224:*:*")));

    // Reading back gives the same flat list.
    QJsonObject listed;
    for (const QJsonValue &item : roles(kSolarOrg)) {
        if (item.toObject().value(QStringLiteral("id")) == role.value(QStringLiteral("id")))
            listed = item.toObject();
    }
    QCOMPARE(listed, role);

    // An update replaces the whole grants list (dependencies expanded again).
    const QJsonObject update{
        {QStringLiteral("name"), QStringLiteral("Vertrieb (erweitert)")},
        {QStringLiteral("slug"), QStringLiteral("partner_sales")},
        {QStringLiteral("grants"),
         QJsonArray{QJsonObject{
             {QStringLiteral("action"), QStringLiteral("entity-create")},
             {QStringLiteral("resource"), QStringLiteral("entity:739224:opportunity:*")},
             {QStringLiteral("dependencies"),
              QJsonArray{
                  grant(QStringLiteral("workflow-execution-read"), QStringLiteral("*"))}}}}}};
    const HttpAnswer updated = m_emulator.call(
        "PUT", QStringLiteral("/v2/partners/%1/roles/739301:partner_sales").arg(kSolarOrg), update);
    QCOMPARE(updated.status, 200);
    const QJsonArray replaced = updated.object().value(QStringLiteral("grants")).toArray();
    QCOMPARE(replaced.size(), 2);
    QVERIFY(
        containsGrant(replaced, QStringLiteral("workflow-execution-read"), QStringLiteral("*")));
    QCOMPARE(replaced.first().toObject().value(QStringLiteral("effect")).toString(),
             QStringLiteral("allow"));
    QCOMPARE(updated.object().value(QStringLiteral("name")).toString(),
             QStringLiteral("Vertrieb (erweitert)"));
}

QTEST_GUILESS_MAIN(TestEmulatorPartners)
