// tst_emulator_partners, continued (the test class is in tst_emulator_partners.h).
#include "tests/e2e/tst_emulator_partners.h"

void TestEmulatorPartners::roleValidationChangesNothing()
{
    const QJsonArray before = roles(kSolarOrg);
    const QString path = QStringLiteral("/v2/partners/%1/roles").arg(kSolarOrg);
    const QJsonArray goodGrants{
        grant(QStringLiteral("entity-read"), QStringLiteral("entity:739224:contact:*"))};
    const auto role = [&](const QString &name, const QString &slug, const QJsonValue &grants) {
        QJsonObject object;
        if (!name.isNull())
            object.insert(QStringLiteral("name"), name);
        if (!slug.isNull())
            object.insert(QStringLiteral("slug"), slug);
        if (!grants.isUndefined())
            object.insert(QStringLiteral("grants"), grants);
        return object;
    };
    QJsonObject badEffect =
        grant(QStringLiteral("entity-read"), QStringLiteral("x"), QStringLiteral("maybe"));
    QJsonObject badCondition = grant(QStringLiteral("entity-read"), QStringLiteral("x"));
    badCondition.insert(
        QStringLiteral("conditions"),
        QJsonArray{QJsonObject{{QStringLiteral("attribute"), QStringLiteral("a")},
                               {QStringLiteral("operation"), QStringLiteral("contains")},
                               {QStringLiteral("values"), QJsonArray{QStringLiteral("b")}}}});
    QJsonObject badDependency = grant(QStringLiteral("entity-edit"), QStringLiteral("x"));
    badDependency.insert(
        QStringLiteral("dependencies"),
        QJsonArray{QJsonObject{{QStringLiteral("resource"), QStringLiteral("y")}}});

    const QList<QPair<QJsonObject, QString>> cases{
        {role(QStringLiteral("Bad"), QStringLiteral("Bad-Slug"), goodGrants),
         QStringLiteral("slug")},
        {role(QStringLiteral("Bad"), QStringLiteral("1role"), goodGrants), QStringLiteral("slug")},
        {role(QString(), QStringLiteral("no_name"), goodGrants), QStringLiteral("name")},
        {role(QStringLiteral("No slug"), QString(), goodGrants), QStringLiteral("slug")},
        {role(QStringLiteral("No grants"), QStringLiteral("no_grants"),
              QJsonValue(QJsonValue::Undefined)),
         QStringLiteral("grants")},
        {role(QStringLiteral("Grants object"), QStringLiteral("grants_object"), QJsonObject()),
         QStringLiteral("grants")},
        {role(QStringLiteral("Effect"), QStringLiteral("bad_effect"), QJsonArray{badEffect}),
         QStringLiteral("effect")},
        {role(QStringLiteral("Cond"), QStringLiteral("bad_condition"), QJsonArray{badCondition}),
         QStringLiteral("operation")},
        {role(QStringLiteral("Dep"), QStringLiteral("bad_dependency"), QJsonArray{badDependency}),
         QStringLiteral("dependencies[0].action")},
        {role(QStringLiteral("Duplicate"), QStringLiteral("partner_admin"), goodGrants),
         QStringLiteral("already exists")},
    };
    for (const auto &[body, needle] : cases) {
        const HttpAnswer answer = m_emulator.call("POST", path, body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(messageOf(answer).contains(needle),
                 qPrintable(needle + QStringLiteral(" not in: ") + messageOf(answer)));
    }
    // Update: slug is the role's identity; an unknown role is 404.
    const HttpAnswer slugChange =
        m_emulator.call("PUT", path + QStringLiteral("/739301:viewer"),
                        role(QStringLiteral("Viewer"), QStringLiteral("other_slug"), goodGrants));
    QCOMPARE(slugChange.status, 400);
    QVERIFY(messageOf(slugChange).contains(QStringLiteral("slug")));
    QCOMPARE(m_emulator
                 .call("PUT", path + QStringLiteral("/739301:nope"),
                       role(QStringLiteral("X"), QStringLiteral("nope"), goodGrants))
                 .status,
             404);
    QCOMPARE(m_emulator.call("PUT", path + QStringLiteral("/739301:viewer"), QJsonArray()).status,
             400);
    QCOMPARE(roles(kSolarOrg), before);
}

void TestEmulatorPartners::deleteRoleConflictsWhileAssigned()
{
    const QString path = QStringLiteral("/v2/partners/%1/roles/").arg(kSolarOrg);
    const HttpAnswer assigned =
        m_emulator.call("DELETE", path + QStringLiteral("739301:partner_admin"));
    QCOMPARE(assigned.status, 409);
    QVERIFY(!messageOf(assigned).isEmpty());

    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Temporär")},
                           {QStringLiteral("slug"), QStringLiteral("temp_role")},
                           {QStringLiteral("grants"),
                            QJsonArray{grant(QStringLiteral("entity-read"), QStringLiteral("*"))}}};
    QCOMPARE(m_emulator.call("POST", QStringLiteral("/v2/partners/%1/roles").arg(kSolarOrg), body)
                 .status,
             201);
    const HttpAnswer deleted = m_emulator.call("DELETE", path + QStringLiteral("739301:temp_role"));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object().value(QStringLiteral("slug")).toString(),
             QStringLiteral("temp_role"));
    QCOMPARE(m_emulator.call("DELETE", path + QStringLiteral("739301:temp_role")).status, 404);
}

void TestEmulatorPartners::assignTwoRolesOneUnknown()
{
    const QString userId = QStringLiteral("7393010004"); // Sabine Lorenz: viewer only
    const QString path = QStringLiteral("/v2/partners/%1/users/%2/roles").arg(kSolarOrg, userId);
    const HttpAnswer answer = m_emulator.call(
        "POST", path,
        QJsonObject{{QStringLiteral("roleIds"), QJsonArray{QStringLiteral("739301:installer"),
                                                           QStringLiteral("739301:astronaut")}}});
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("roleId")).toString(),
             QStringLiteral("739301:installer"));
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("roleId")).toString(),
             QStringLiteral("739301:astronaut"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("success")).toBool(), false);
    QVERIFY(results.at(1)
                .toObject()
                .value(QStringLiteral("error"))
                .toObject()
                .contains(QStringLiteral("message")));

    const auto roleIdsOfUser = [&]() -> QStringList {
        QStringList ids;
        const HttpAnswer users =
            m_emulator.call("GET", QStringLiteral("/v2/partners/%1/users").arg(kSolarOrg));
        for (const QJsonValue &user : users.object().value(QStringLiteral("results")).toArray()) {
            if (user.toObject().value(QStringLiteral("id")).toString() != userId)
                continue;
            for (const QJsonValue &role :
                 user.toObject().value(QStringLiteral("roles")).toArray()) {
                // Each role reference is complete ({id, slug, name}); an incomplete one shows as
                // "?".
                if (!role.toObject().contains(QStringLiteral("slug")) ||
                    !role.toObject().contains(QStringLiteral("name")))
                    ids.append(QStringLiteral("?"));
                ids.append(role.toObject().value(QStringLiteral("id")).toString());
            }
        }
        return ids;
    };
    QCOMPARE(roleIdsOfUser(),
             (QStringList{QStringLiteral("739301:viewer"), QStringLiteral("739301:installer")}));

    const HttpAnswer removed = m_emulator.call(
        "DELETE", path,
        QJsonObject{{QStringLiteral("roleIds"),
                     QJsonArray{QStringLiteral("739301:viewer"), QStringLiteral("nope")}}});
    QCOMPARE(removed.status, 200);
    const QJsonArray removeResults = removed.object().value(QStringLiteral("results")).toArray();
    QCOMPARE(removeResults.at(0).toObject().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(removeResults.at(1).toObject().value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(roleIdsOfUser(), QStringList{QStringLiteral("739301:installer")});

    // Bad input.
    QCOMPARE(m_emulator.call("POST", path, QJsonObject()).status, 400);
    QCOMPARE(
        m_emulator.call("POST", path, QJsonObject{{QStringLiteral("roleIds"), QStringLiteral("x")}})
            .status,
        400);
    QCOMPARE(m_emulator.call("POST", path, QJsonObject{{QStringLiteral("roleIds"), QJsonArray{1}}})
                 .status,
             400);
    QCOMPARE(m_emulator
                 .call("POST", QStringLiteral("/v2/partners/%1/users/999/roles").arg(kSolarOrg),
                       QJsonObject{{QStringLiteral("roleIds"),
                                    QJsonArray{QStringLiteral("739301:viewer")}}})
                 .status,
             404);
    QCOMPARE(roleIdsOfUser(), QStringList{QStringLiteral("739301:installer")});
}

void TestEmulatorPartners::partnerUsersCreateAndDelete()
{
    const QString path = QStringLiteral("/v2/partners/%1/users").arg(kSolarOrg);
    const auto count = [&]() {
        return m_emulator.call("GET", path)
            .object()
            .value(QStringLiteral("results"))
            .toArray()
            .size();
    };
    const qsizetype before = count();
    QVERIFY(before >= 4);

    const QList<QPair<QJsonObject, QString>> cases{
        {QJsonObject{}, QStringLiteral("email")},
        {QJsonObject{{QStringLiteral("email"), QStringLiteral("kein.email")}},
         QStringLiteral("e-mail")},
        {QJsonObject{{QStringLiteral("email"), QStringLiteral("neu@solartechnik-sonnenschein.de")},
                     {QStringLiteral("language"), QStringLiteral("it")}},
         QStringLiteral("language")},
        {QJsonObject{{QStringLiteral("email"), QStringLiteral("neu@solartechnik-sonnenschein.de")},
                     {QStringLiteral("roles"), QJsonArray{QStringLiteral("739301:unknown")}}},
         QStringLiteral("739301:unknown")},
        {QJsonObject{{QStringLiteral("email"),
                      QStringLiteral("Julia.Brandt@solartechnik-sonnenschein.de")}},
         QStringLiteral("already exists")},
    };
    for (const auto &[body, needle] : cases) {
        const HttpAnswer answer = m_emulator.call("POST", path, body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(messageOf(answer).contains(needle), qPrintable(messageOf(answer)));
    }
    QCOMPARE(count(), before);

    const QString email = QStringLiteral("neu@solartechnik-sonnenschein.de");
    const HttpAnswer created = m_emulator.call(
        "POST", path,
        QJsonObject{{QStringLiteral("email"), email},
                    {QStringLiteral("language"), QStringLiteral("de")},
                    {QStringLiteral("roles"), QJsonArray{QStringLiteral("739301:viewer")}}});
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.object().value(QStringLiteral("status")).toString(),
             QStringLiteral("Pending"));
    QCOMPARE(created.object().value(QStringLiteral("email")).toString(), email);
    QVERIFY(!m_emulator.lastMail(email, QStringLiteral("partner_user_invite")).isEmpty());
    QCOMPARE(count(), before + 1);

    QCOMPARE(m_emulator.call("DELETE", path + QLatin1Char('/') + id).status, 200);
    QCOMPARE(m_emulator.call("DELETE", path + QLatin1Char('/') + id).status, 404);
    QCOMPARE(count(), before);
}

void TestEmulatorPartners::unconnectedOrganizationsAreNotFound()
{
    for (const QString &organizationId : {kRequestOrg, QStringLiteral("123456"), kDemoOrg}) {
        const HttpAnswer users =
            m_emulator.call("GET", QStringLiteral("/v2/partners/%1/users").arg(organizationId));
        QCOMPARE(users.status, 404);
        QVERIFY(messageOf(users).contains(organizationId));
        QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/partners/%1/roles").arg(organizationId))
                     .status,
                 404);
    }
}

void TestEmulatorPartners::searchAssignableFiltersAndPages()
{
    const QString path = QStringLiteral("/v1/partners/assignables:search");
    const HttpAnswer all = m_emulator.call(
        "POST", path,
        QJsonObject{{QStringLiteral("q"), QString()}, {QStringLiteral("size"), 1000}});
    QCOMPARE(all.status, 200);
    const int hits = all.object().value(QStringLiteral("hits")).toInt();
    const QJsonArray results = all.object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), hits);
    QSet<QString> types;
    for (const QJsonValue &item : results) {
        const QJsonObject object = item.toObject();
        types.insert(object.value(QStringLiteral("type")).toString());
        QVERIFY(!object.value(QStringLiteral("display_name")).toString().isEmpty());
        QVERIFY(!object.value(QStringLiteral("org_id")).toString().isEmpty());
    }
    QCOMPARE(types, (QSet<QString>{QStringLiteral("user"), QStringLiteral("partner_user"),
                                   QStringLiteral("partner_organization"), QStringLiteral("ecp"),
                                   QStringLiteral("group")}));

    // Default page size 25, from/size page through the same order.
    const HttpAnswer firstPage =
        m_emulator.call("POST", path, QJsonObject{{QStringLiteral("q"), QString()}});
    QCOMPARE(firstPage.object().value(QStringLiteral("results")).toArray().size(), qMin(25, hits));
    const HttpAnswer page = m_emulator.call("POST", path,
                                            QJsonObject{{QStringLiteral("q"), QString()},
                                                        {QStringLiteral("from"), 5},
                                                        {QStringLiteral("size"), 3}});
    QCOMPARE(page.object().value(QStringLiteral("hits")).toInt(), hits);
    QCOMPARE(page.object().value(QStringLiteral("results")).toArray(),
             (QJsonArray{results.at(5), results.at(6), results.at(7)}));

    // q matches name or e-mail, every word; types and org_ids filter.
    const HttpAnswer solar = m_emulator.call(
        "POST", path,
        QJsonObject{{QStringLiteral("q"), QStringLiteral("solartechnik")},
                    {QStringLiteral("types"), QJsonArray{QStringLiteral("partner_user")}}});
    QCOMPARE(solar.object().value(QStringLiteral("hits")).toInt(), 5);
    for (const QJsonValue &item : solar.object().value(QStringLiteral("results")).toArray()) {
        QCOMPARE(item.toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("partner_user"));
        QCOMPARE(item.toObject().value(QStringLiteral("org_id")).toString(), kSolarOrg);
        QVERIFY(!item.toObject().value(QStringLiteral("partner_id")).toString().isEmpty());
    }
    const HttpAnswer julia = m_emulator.call(
        "POST", path, QJsonObject{{QStringLiteral("q"), QStringLiteral("JULIA brandt")}});
    QCOMPARE(julia.object().value(QStringLiteral("hits")).toInt(), 1);
    const HttpAnswer onlyWagner = m_emulator.call(
        "POST", path,
        QJsonObject{{QStringLiteral("q"), QString()},
                    {QStringLiteral("org_ids"), QJsonArray{QStringLiteral("739302")}},
                    {QStringLiteral("size"), 1000}});
    QVERIFY(onlyWagner.object().value(QStringLiteral("hits")).toInt() >= 4);
    for (const QJsonValue &item : onlyWagner.object().value(QStringLiteral("results")).toArray())
        QCOMPARE(item.toObject().value(QStringLiteral("org_id")).toString(),
                 QStringLiteral("739302"));
    const HttpAnswer scoped =
        m_emulator.call("POST", path,
                        QJsonObject{{QStringLiteral("q"), QString()},
                                    {QStringLiteral("types"), QJsonArray{QStringLiteral("ecp")}},
                                    {QStringLiteral("portalUsersEntityIdScope"),
                                     QStringLiteral("f7c22299-ca72-4bca-8538-0a88eeefc947")}});
    QCOMPARE(scoped.object().value(QStringLiteral("hits")).toInt(), 0);
}

void TestEmulatorPartners::searchAssignableRejectsBadInput()
{
    const QString path = QStringLiteral("/v1/partners/assignables:search");
    const QList<QPair<QJsonValue, QString>> cases{
        {QJsonObject{}, QStringLiteral("q")},
        {QJsonArray{}, QStringLiteral("object")},
        {QJsonObject{{QStringLiteral("q"), 5}}, QStringLiteral("q")},
        {QJsonObject{{QStringLiteral("q"), QString()}, {QStringLiteral("size"), 0}},
         QStringLiteral("size")},
        {QJsonObject{{QStringLiteral("q"), QString()}, {QStringLiteral("size"), 1001}},
         QStringLiteral("size")},
        {QJsonObject{{QStringLiteral("q"), QString()}, {QStringLiteral("size"), 1e20}},
         QStringLiteral("size")},
        {QJsonObject{{QStringLiteral("q"), QString()}, {QStringLiteral("from"), -1}},
         QStringLiteral("from")},
        {QJsonObject{{QStringLiteral("q"), QString()}, {QStringLiteral("from"), 1.5}},
         QStringLiteral("from")},
        {QJsonObject{{QStringLiteral("q"), QString()},
                     {QStringLiteral("types"), QJsonArray{QStringLiteral("robot")}}},
         QStringLiteral("robot")},
        {QJsonObject{{QStringLiteral("q"), QString()},
                     {QStringLiteral("org_ids"), QStringLiteral("739224")}},
         QStringLiteral("org_ids")},
    };
    for (const auto &[body, needle] : cases) {
        const HttpAnswer answer = m_emulator.call("POST", path, body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(messageOf(answer).contains(needle), qPrintable(messageOf(answer)));
    }
    QCOMPARE(m_emulator.call("POST", path).status, 400); // no body
}

void TestEmulatorPartners::batchGetAssignable()
{
    const HttpAnswer groups = m_emulator.call(
        "POST", QStringLiteral("/v1/partners/assignables:search"),
        QJsonObject{{QStringLiteral("q"), QString()},
                    {QStringLiteral("types"), QJsonArray{QStringLiteral("group")}}});
    const QString groupId = groups.object()
                                .value(QStringLiteral("results"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("group_id"))
                                .toString();
    QVERIFY(!groupId.isEmpty());

    const QString path = QStringLiteral("/v1/partners/assignables:batchGet");
    const HttpAnswer answer = m_emulator.call(
        "POST", path,
        QJsonArray{QJsonObject{{QStringLiteral("user_id"), QStringLiteral("10010729")}},
                   QJsonObject{{QStringLiteral("user_id"), QStringLiteral("7393010001")},
                               {QStringLiteral("org_id"), kSolarOrg}},
                   QJsonObject{{QStringLiteral("group_id"), groupId}},
                   QJsonObject{{QStringLiteral("user_id"), QStringLiteral("does-not-exist")}}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("hits")).toInt(), 3);
    const QJsonArray results = answer.object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("user"));
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Lena Schneider"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("partner_user"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Markus Sonnenschein"));
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("group_id")).toString(), groupId);

    QCOMPARE(m_emulator.call("POST", path, QJsonArray()).status, 400);
    QCOMPARE(
        m_emulator.call("POST", path, QJsonObject{{QStringLiteral("user_id"), QStringLiteral("1")}})
            .status,
        400);
    const HttpAnswer both =
        m_emulator.call("POST", path,
                        QJsonArray{QJsonObject{{QStringLiteral("user_id"), QStringLiteral("1")},
                                               {QStringLiteral("group_id"), QStringLiteral("2")}}});
    QCOMPARE(both.status, 400);
    QVERIFY(messageOf(both).contains(QStringLiteral("exactly one")));
    QCOMPARE(m_emulator.call("POST", path, QJsonArray{QJsonObject{}}).status, 400);
}

void TestEmulatorPartners::geolocationIsDeterministic()
{
    const QString path = QStringLiteral("/v1/geolocation/text:search");
    const QJsonObject query{
        {QStringLiteral("address"), QStringLiteral("Auweg 1, 93055 Regensburg, DE")}};
    const HttpAnswer first = m_emulator.call("POST", path, query);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.object().value(QStringLiteral("lat")).toDouble(), 49.013);
    QCOMPARE(first.object().value(QStringLiteral("lng")).toDouble(), 12.101);
    QCOMPARE(first.object().value(QStringLiteral("addressLabel")).toString(),
             QStringLiteral("Auweg 1, 93055 Regensburg, Germany"));
    QCOMPARE(first.object().value(QStringLiteral("relevance")).toDouble(), 0.95);
    QCOMPARE(m_emulator.call("POST", path, query).body, first.body);

    const HttpAnswer abbreviated = m_emulator.call(
        "POST", path,
        QJsonObject{{QStringLiteral("address"), QStringLiteral("Königstr. 1, Stuttgart")}});
    QCOMPARE(abbreviated.status, 200);
    QCOMPARE(abbreviated.object().value(QStringLiteral("addressLabel")).toString(),
             QStringLiteral("Königstraße 1, 70173 Stuttgart, Germany"));
    const HttpAnswer city = m_emulator.call(
        "POST", path, QJsonObject{{QStringLiteral("address"), QStringLiteral("Berlin")}});
    QCOMPARE(city.status, 200);
    QVERIFY(city.object().value(QStringLiteral("relevance")).toDouble() < 0.9);
    QVERIFY(qAbs(city.object().value(QStringLiteral("lat")).toDouble() - 52.52) < 0.01);

    const HttpAnswer unknown = m_emulator.call(
        "POST", path,
        QJsonObject{{QStringLiteral("address"), QStringLiteral("Nirgendwo 0, 00000 Atlantis")}});
    QCOMPARE(unknown.status, 404);
    QVERIFY(messageOf(unknown).contains(QStringLiteral("Atlantis")));
    QCOMPARE(m_emulator.call("POST", path, QJsonObject{}).status, 400);
    QCOMPARE(
        m_emulator.call("POST", path, QJsonObject{{QStringLiteral("address"), QString()}}).status,
        400);
    QCOMPARE(m_emulator.call("POST", path, QJsonObject{{QStringLiteral("address"), 12}}).status,
             400);
}

void TestEmulatorPartners::generatedPartnersWithPartnersFlag()
{
    EmulatorHarness big;
    QString problem;
    QVERIFY2(big.start({QStringLiteral("--partners"), QStringLiteral("40")}, &problem),
             qPrintable(problem));
    const QJsonArray list = big.raw("GET", QStringLiteral("/emulator/partners"), {}, {})
                                .object()
                                .value(QStringLiteral("results"))
                                .toArray();
    QCOMPARE(list.size(), 40);
    QSet<QString> statuses;
    for (const QJsonValue &item : list)
        statuses.insert(item.toObject().value(QStringLiteral("status")).toString());
    QCOMPARE(statuses.size(), 5);
    // The first twelve are the demo partners, with the same ids as in a default start.
    QJsonArray demo;
    for (qsizetype index = 0; index < 12; ++index)
        demo.append(list.at(index));
    QCOMPARE(demo, partners());
    big.stop();
}
