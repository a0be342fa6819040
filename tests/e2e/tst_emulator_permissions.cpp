// The Permissions API of the real epilot-emulator over HTTP: the 13 operations, role kinds,
// dependency expansion, conditions, expiry, assignments as the User API's roles, bad input.
#include "tests/e2e/EmulatorHarness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
const QString kOrg = QStringLiteral("739224");
const QString kAdmin = QStringLiteral("10010729");
const QString kRoles = QStringLiteral("/v1/permissions/roles");

QString messageOf(const HttpAnswer &answer)
{
    return answer.object().value(QStringLiteral("message")).toString();
}

QStringList idsOf(const QJsonArray &roles)
{
    QStringList ids;
    for (const QJsonValue &role : roles)
        ids.append(role.isString() ? role.toString() : role[QStringLiteral("id")].toString());
    return ids;
}

QJsonObject grant(const QString &action)
{
    return {{QStringLiteral("action"), action}};
}

QJsonObject newRole(const QString &slug, const QJsonArray &grants = {grant(QStringLiteral("a"))})
{
    return {{QStringLiteral("name"), QStringLiteral("Role ") + slug},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("type"), QStringLiteral("user_role")},
            {QStringLiteral("grants"), grants}};
}
} // namespace

class TestEmulatorPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void seedHasEveryKindAndConsistentAssignments();
    void currentRolesSkipExpiredAndIncludeRoot();
    void searchFiltersAndPages();
    void createExpandsDependenciesAndKeepsConditions();
    void putReplacesAndKeepsReadOnlyLimit();
    void deleteTakesTheRoleFromItsHolders();
    void assignmentsAreTheUserApiRoles();
    void badInputIs4xxWithMessage_data();
    void badInputIs4xxWithMessage();
    void badAssignmentsAre4xx();
    void deletedUsersGetNoNewRoles();
    void refreshAndFaults();
    void largeSeedAssignsRoles();

private:
    QJsonArray allRoles();
    QStringList assigned(const QString &userId);

    EmulatorHarness m_emulator;
};

void TestEmulatorPermissions::initTestCase()
{
    QString problem;
    QVERIFY2(m_emulator.start({}, &problem), qPrintable(problem));
}

void TestEmulatorPermissions::init()
{
    QCOMPARE(m_emulator.raw("POST", QStringLiteral("/emulator/reset"), {}, {}).status, 204);
}

QJsonArray TestEmulatorPermissions::allRoles()
{
    const HttpAnswer answer = m_emulator.call("GET", kRoles);
    return answer.status == 200 ? answer.object().value(QStringLiteral("roles")).toArray()
                                : QJsonArray();
}

QStringList TestEmulatorPermissions::assigned(const QString &userId)
{
    return idsOf(
        m_emulator.call("GET", QStringLiteral("/v1/permissions/assignments/") + userId).array());
}

void TestEmulatorPermissions::seedHasEveryKindAndConsistentAssignments()
{
    QSet<QString> kinds;
    bool expired = false, limited = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &role : allRoles()) {
        kinds.insert(role[QStringLiteral("type")].toString());
        const QString expiresAt = role[QStringLiteral("expires_at")].toString();
        if (!expiresAt.isEmpty()) {
            const bool past = QDateTime::fromString(expiresAt, Qt::ISODateWithMs) < now;
            expired |= past;
            limited |= !past;
        }
        if (role[QStringLiteral("type")] == QStringLiteral("partner_role")) {
            QVERIFY(!role[QStringLiteral("partner_org_id")].toString().isEmpty());
            QVERIFY(role[QStringLiteral("vendor_enforced_user_limit")].toInt() > 0);
        }
    }
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("org_role"), QStringLiteral("user_role"),
                                   QStringLiteral("share_role"), QStringLiteral("partner_role"),
                                   QStringLiteral("portal_role")}));
    QVERIFY(expired);
    QVERIFY(limited);
    const QStringList ids = idsOf(allRoles());
    for (const QString &slug : QStringList{"root", "owner", "admin", "user", "viewer",
                                           "sales_manager", "customer_service"})
        QVERIFY2(ids.contains(kOrg + QLatin1Char(':') + slug), qPrintable(slug));

    // Every user's assignments are the User API's roles and name existing roles.
    const QJsonArray users = m_emulator.call("GET", QStringLiteral("/v1/users?limit=1000"))
                                 .object()[QStringLiteral("users")]
                                 .toArray();
    QVERIFY(users.size() > 40);
    const QJsonArray assignments =
        m_emulator.call("GET", QStringLiteral("/v1/permissions/assignments"))
            .object()[QStringLiteral("assignments")]
            .toArray();
    QHash<QString, QStringList> byUser;
    for (const QJsonValue &assignment : assignments)
        byUser.insert(assignment[QStringLiteral("user_id")].toString(),
                      idsOf(assignment[QStringLiteral("roles")].toArray()));
    for (const QJsonValue &user : users) {
        const QString id = user[QStringLiteral("id")].toString();
        QStringList own;
        for (const QString &role : idsOf(user[QStringLiteral("roles")].toArray())) {
            if (role.startsWith(kOrg + QLatin1Char(':')))
                own.append(role);
        }
        QCOMPARE(byUser.value(id), own);
        for (const QString &role : own)
            QVERIFY2(ids.contains(role), qPrintable(role));
    }
}

void TestEmulatorPermissions::currentRolesSkipExpiredAndIncludeRoot()
{
    // Give the admin the expired audit role: it is listed, assigned, but not effective.
    const QString audit = kOrg + QStringLiteral(":audit_2025");
    QCOMPARE(
        m_emulator
            .call("POST", QStringLiteral("/v1/permissions/assignments/%1/%2").arg(kAdmin, audit))
            .status,
        201);
    QVERIFY(assigned(kAdmin).contains(audit));
    const HttpAnswer me = m_emulator.call("GET", QStringLiteral("/v1/permissions/me"));
    QCOMPARE(me.status, 200);
    const QStringList current = idsOf(me.object()[QStringLiteral("roles")].toArray());
    QCOMPARE(current, (QStringList{kOrg + QStringLiteral(":root"), kOrg + QStringLiteral(":owner"),
                                   kOrg + QStringLiteral(":admin")}));
}

void TestEmulatorPermissions::searchFiltersAndPages()
{
    const auto search = [&](const QJsonObject &input) {
        return m_emulator.call("POST", QStringLiteral("/v1/permissions/roles:search"), input)
            .object();
    };
    QJsonObject found = search({{QStringLiteral("query"), QStringLiteral("customer service")}});
    QCOMPARE(idsOf(found[QStringLiteral("results")].toArray()),
             QStringList{kOrg + QStringLiteral(":customer_service")});
    found = search(
        {{QStringLiteral("slugs"), QJsonArray{QStringLiteral("owner"), QStringLiteral("root")}}});
    QCOMPARE(found[QStringLiteral("hits")].toInt(), 2);
    found = search({{QStringLiteral("limit"), 3}, {QStringLiteral("offset"), 2}});
    QCOMPARE(found[QStringLiteral("results")].toArray().size(), 3);
    QCOMPARE(found[QStringLiteral("hits")].toInt(), allRoles().size());
    QCOMPARE(idsOf(found[QStringLiteral("results")].toArray()).first(), idsOf(allRoles()).at(2));
}

void TestEmulatorPermissions::createExpandsDependenciesAndKeepsConditions()
{
    QJsonObject withDependency = grant(QStringLiteral("message:view"));
    withDependency.insert(
        QStringLiteral("dependencies"),
        QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("entity:view")},
                               {QStringLiteral("resource"), QStringLiteral("thread*")}}});
    const QJsonArray conditions{
        QJsonObject{{QStringLiteral("operation"), QStringLiteral("equals")},
                    {QStringLiteral("attribute"), QStringLiteral("status")},
                    {QStringLiteral("values"), QJsonArray{QStringLiteral("open")}}},
        QJsonObject{{QStringLiteral("operation"), QStringLiteral("not_equals")},
                    {QStringLiteral("attribute"), QStringLiteral("status")},
                    {QStringLiteral("values"), QJsonArray{QStringLiteral("closed")}}},
        QJsonObject{{QStringLiteral("operation"), QStringLiteral("equals_current_user")},
                    {QStringLiteral("attributes"), QJsonArray{QStringLiteral("owner.*.user_id")}}},
        QJsonObject{{QStringLiteral("operation"), QStringLiteral("not_equals_current_user")}}};
    QJsonObject conditional = grant(QStringLiteral("entity:edit"));
    conditional.insert(QStringLiteral("conditions"), conditions);
    QJsonObject payload = newRole(QStringLiteral("team_lead"), {withDependency, conditional});
    payload.insert(QStringLiteral("parent_role"), kOrg + QStringLiteral(":root"));
    payload.insert(QStringLiteral("x_note"), QStringLiteral("kept"));
    const HttpAnswer created = m_emulator.call("POST", kRoles, payload);
    QCOMPARE(created.status, 200);
    const QJsonObject role = created.object();
    QCOMPARE(role[QStringLiteral("id")].toString(), kOrg + QStringLiteral(":team_lead"));
    QCOMPARE(role[QStringLiteral("organization_id")].toString(), kOrg);
    QCOMPARE(role[QStringLiteral("x_note")].toString(), QStringLiteral("kept"));
    const QJsonArray grants = role[QStringLiteral("grants")].toArray();
    QCOMPARE(grants.size(), 3);
    QCOMPARE(grants.at(1)[QStringLiteral("resource")].toString(), QStringLiteral("thread*"));
    for (const QJsonValue &stored : grants)
        QVERIFY(!stored.toObject().contains(QStringLiteral("dependencies")));
    QCOMPARE(grants.at(2)[QStringLiteral("conditions")].toArray(), conditions);
    // Read back (and persisted in the collection).
    QCOMPARE(m_emulator.call("GET", kRoles + QStringLiteral("/739224:team_lead")).object(), role);
}

void TestEmulatorPermissions::putReplacesAndKeepsReadOnlyLimit()
{
    const QString path = kRoles + QStringLiteral("/739224:partner_739301");
    QJsonObject role = m_emulator.call("GET", path).object();
    const int limit = role[QStringLiteral("vendor_enforced_user_limit")].toInt();
    QVERIFY(limit > 0);
    role.insert(QStringLiteral("name"), QStringLiteral("Installation partner"));
    role.insert(QStringLiteral("vendor_enforced_user_limit"), 9999);
    role.insert(QStringLiteral("expires_at"), QStringLiteral("2031-01-01T00:00:00.000Z"));
    role.insert(QStringLiteral("grants"), QJsonArray{grant(QStringLiteral("entity:view"))});
    const HttpAnswer put = m_emulator.call("PUT", path, role);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object()[QStringLiteral("name")].toString(),
             QStringLiteral("Installation partner"));
    QCOMPARE(put.object()[QStringLiteral("vendor_enforced_user_limit")].toInt(), limit);
    QCOMPARE(put.object()[QStringLiteral("grants")].toArray().size(), 1);
    QCOMPARE(m_emulator.call("GET", path).object(), put.object());
    // Another slug in the body than in the path.
    role.insert(QStringLiteral("slug"), QStringLiteral("other"));
    role.remove(QStringLiteral("id"));
    QCOMPARE(m_emulator.call("PUT", path, role).status, 400);
}

void TestEmulatorPermissions::deleteTakesTheRoleFromItsHolders()
{
    const QString sales = kOrg + QStringLiteral(":sales_manager");
    QStringList holders;
    for (const QJsonValue &assignment :
         m_emulator.call("GET", QStringLiteral("/v1/permissions/assignments"))
             .object()[QStringLiteral("assignments")]
             .toArray()) {
        if (idsOf(assignment[QStringLiteral("roles")].toArray()).contains(sales))
            holders.append(assignment[QStringLiteral("user_id")].toString());
    }
    QVERIFY(!holders.isEmpty());
    const HttpAnswer deleted = m_emulator.call("DELETE", kRoles + QLatin1Char('/') + sales);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object()[QStringLiteral("id")].toString(), sales);
    QCOMPARE(m_emulator.call("GET", kRoles + QLatin1Char('/') + sales).status, 404);
    QCOMPARE(m_emulator.call("DELETE", kRoles + QLatin1Char('/') + sales).status, 404);
    const QJsonArray user = m_emulator.call("GET", QStringLiteral("/v1/users/") + holders.first())
                                .object()[QStringLiteral("roles")]
                                .toArray();
    QVERIFY(!idsOf(user).contains(sales));
    // The root role stays.
    QCOMPARE(m_emulator.call("DELETE", kRoles + QStringLiteral("/739224:root")).status, 400);
}

void TestEmulatorPermissions::assignmentsAreTheUserApiRoles()
{
    const QString viewer = kOrg + QStringLiteral(":viewer");
    const QString path = QStringLiteral("/v1/permissions/assignments/") + kAdmin;
    HttpAnswer answer =
        m_emulator.call("PUT", path, QJsonArray{viewer, kOrg + QStringLiteral(":owner")});
    QCOMPARE(answer.status, 200);
    QCOMPARE(idsOf(answer.array()), (QStringList{viewer, kOrg + QStringLiteral(":owner")}));
    // The User API shows it; the role of the other organization stays.
    QJsonArray roles = m_emulator.call("GET", QStringLiteral("/v1/users/") + kAdmin)
                           .object()[QStringLiteral("roles")]
                           .toArray();
    QCOMPARE(idsOf(roles), (QStringList{kOrg + QStringLiteral(":owner"),
                                        QStringLiteral("739225:admin"), viewer}));
    // And a change through the User API is an assignment.
    QCOMPARE(m_emulator
                 .call("PATCH", QStringLiteral("/v2/users/") + kAdmin,
                       QJsonObject{
                           {QStringLiteral("roles"), QJsonArray{kOrg + QStringLiteral(":admin")}}})
                 .status,
             200);
    QCOMPARE(assigned(kAdmin), QStringList{kOrg + QStringLiteral(":admin")});
    // add / remove answer the Assignment shape.
    answer = m_emulator.call("POST", path + QLatin1Char('/') + viewer);
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.object()[QStringLiteral("user_id")].toString(), kAdmin);
    QCOMPARE(idsOf(answer.object()[QStringLiteral("roles")].toArray()),
             (QStringList{kOrg + QStringLiteral(":admin"), viewer}));
    answer = m_emulator.call("DELETE", path + QLatin1Char('/') + viewer);
    QCOMPARE(answer.status, 200);
    QCOMPARE(idsOf(answer.object()[QStringLiteral("roles")].toArray()),
             QStringList{kOrg + QStringLiteral(":admin")});
    // A role created here can be given through the User API as well.
    QCOMPARE(m_emulator.call("POST", kRoles, newRole(QStringLiteral("planner"))).status, 200);
    QCOMPARE(m_emulator
                 .call("PATCH", QStringLiteral("/v2/users/") + kAdmin,
                       QJsonObject{{QStringLiteral("roles"),
                                    QJsonArray{kOrg + QStringLiteral(":planner")}}})
                 .status,
             200);
}

void TestEmulatorPermissions::badInputIs4xxWithMessage_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QJsonObject role = newRole(QStringLiteral("fresh"));
    QJsonObject noName = role;
    noName.remove(QStringLiteral("name"));
    QTest::newRow("no name") << noName << 400 << "name";
    QJsonObject noSlug = role;
    noSlug.remove(QStringLiteral("slug"));
    QTest::newRow("no slug") << noSlug << 400 << "slug";
    QTest::newRow("grant without action")
        << newRole(QStringLiteral("fresh"),
                   {QJsonObject{{QStringLiteral("resource"), QStringLiteral("*")}}})
        << 400 << "grants[0].action";
    QTest::newRow("slug taken") << newRole(QStringLiteral("owner")) << 400 << "taken";
    QJsonObject badType = role;
    badType.insert(QStringLiteral("type"), QStringLiteral("god_role"));
    QTest::newRow("unknown type") << badType << 400 << "type";
    QJsonObject badCondition = newRole(
        QStringLiteral("fresh"),
        {QJsonObject{
            {QStringLiteral("action"), QStringLiteral("a")},
            {QStringLiteral("conditions"),
             QJsonArray{QJsonObject{{QStringLiteral("operation"), QStringLiteral("equals")}}}}}});
    QTest::newRow("equals without attribute") << badCondition << 400 << "attribute";
    QJsonObject parent = role;
    parent.insert(QStringLiteral("parent_role"), kOrg + QStringLiteral(":nope"));
    QTest::newRow("unknown parent") << parent << 404 << "does not exist";
    parent.insert(QStringLiteral("parent_role"), kOrg + QStringLiteral(":admin"));
    QTest::newRow("user_role parent") << parent << 400 << "org_role or share_role";
    parent.insert(QStringLiteral("parent_role"), kOrg + QStringLiteral(":smart_meter_rollout"));
    QTest::newRow("parent of parent") << parent << 400 << "org_role or share_role";
    QJsonObject partner = role;
    partner.insert(QStringLiteral("type"), QStringLiteral("partner_role"));
    QTest::newRow("partner without org") << partner << 400 << "partner_org_id";
    QJsonObject root = role;
    root.insert(QStringLiteral("type"), QStringLiteral("org_role"));
    QTest::newRow("second root") << root << 400 << "root role";
    QJsonObject expiry = role;
    expiry.insert(QStringLiteral("expires_at"), QStringLiteral("next tuesday"));
    QTest::newRow("bad expiry") << expiry << 400 << "expires_at";
}

void TestEmulatorPermissions::badInputIs4xxWithMessage()
{
    QFETCH(QJsonObject, payload);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const int before = allRoles().size();
    const HttpAnswer answer = m_emulator.call("POST", kRoles, payload);
    QCOMPARE(answer.status, status);
    QVERIFY2(messageOf(answer).contains(mentions), qPrintable(messageOf(answer)));
    QCOMPARE(allRoles().size(), before);
}

void TestEmulatorPermissions::badAssignmentsAre4xx()
{
    const QString path = QStringLiteral("/v1/permissions/assignments/") + kAdmin;
    const QStringList before = assigned(kAdmin);
    HttpAnswer answer = m_emulator.call("PUT", path, QJsonArray{kOrg + QStringLiteral(":nope")});
    QCOMPARE(answer.status, 400);
    QVERIFY(messageOf(answer).contains(QStringLiteral("Unknown role")));
    QCOMPARE(m_emulator.call("PUT", path, QJsonObject()).status, 400);
    QCOMPARE(m_emulator.call("PUT", path, QJsonArray{kOrg + QStringLiteral(":root")}).status, 400);
    QCOMPARE(m_emulator.call("POST", path + QStringLiteral("/739224:nope")).status, 400);
    QCOMPARE(m_emulator.call("DELETE", path + QStringLiteral("/739224:viewer")).status, 404);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v1/permissions/assignments/99999999")).status,
             404);
    QCOMPARE(m_emulator.call("POST", kRoles, QJsonArray()).status, 400);
    QCOMPARE(m_emulator
                 .call("POST", QStringLiteral("/v1/permissions/roles:search"),
                       QJsonObject{{QStringLiteral("limit"), QStringLiteral("ten")}})
                 .status,
             400);
    QCOMPARE(assigned(kAdmin), before);
}

// A deleted person's roles can still be read, but nothing new is given to them.
void TestEmulatorPermissions::deletedUsersGetNoNewRoles()
{
    const QJsonArray users =
        m_emulator.call("GET", QStringLiteral("/v2/users?limit=50"))
            .object()
            .value(QStringLiteral("results"))
            .toArray();
    QString userId;
    for (const QJsonValue &user : users) {
        const QString id = user[QStringLiteral("id")].toString();
        if (id != kAdmin && user[QStringLiteral("status")].toString() == QLatin1String("Active"))
            userId = id;
    }
    QVERIFY(!userId.isEmpty());
    const QStringList before = assigned(userId);
    QCOMPARE(m_emulator.call("DELETE", QStringLiteral("/v2/users/") + userId).status, 200);
    const QString path = QStringLiteral("/v1/permissions/assignments/") + userId;
    HttpAnswer answer = m_emulator.call("POST", path + QStringLiteral("/739224:viewer"));
    QCOMPARE(answer.status, 404);
    QVERIFY(messageOf(answer).contains(QStringLiteral("deleted")));
    QCOMPARE(m_emulator.call("PUT", path, QJsonArray{kOrg + QStringLiteral(":viewer")}).status,
             404);
    QCOMPARE(assigned(userId), before);
}

void TestEmulatorPermissions::refreshAndFaults()
{
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v1/permissions/refresh")).status, 200);
    QCOMPARE(m_emulator.raw("GET", QStringLiteral("/v1/permissions/me"), {}, {}).status, 401);
    const QJsonObject faults{
        {QStringLiteral("next"),
         QJsonArray{
             QJsonObject{{QStringLiteral("fault"), QStringLiteral("unavailable")},
                         {QStringLiteral("count"), 1},
                         {QStringLiteral("method"), QStringLiteral("GET")},
                         {QStringLiteral("path"), QStringLiteral("/v1/permissions/roles")}}}}};
    QCOMPARE(m_emulator
                 .raw("PUT", QStringLiteral("/emulator/faults"), QJsonDocument(faults).toJson(), {})
                 .status,
             200);
    QCOMPARE(m_emulator.call("GET", kRoles).status, 503);
    QCOMPARE(m_emulator.call("GET", kRoles).status, 200);
    QCOMPARE(m_emulator.raw("PUT", QStringLiteral("/emulator/faults"), "{}", {}).status, 200);
}

void TestEmulatorPermissions::largeSeedAssignsRoles()
{
    EmulatorHarness large;
    QString problem;
    QVERIFY2(large.start({QStringLiteral("--users"), QStringLiteral("600")}, &problem),
             qPrintable(problem));
    const QJsonArray assignments = large.call("GET", QStringLiteral("/v1/permissions/assignments"))
                                       .object()[QStringLiteral("assignments")]
                                       .toArray();
    QVERIFY(assignments.size() >= 600);
    QHash<QString, int> holders;
    for (const QJsonValue &assignment : assignments) {
        for (const QString &role : idsOf(assignment[QStringLiteral("roles")].toArray()))
            ++holders[role];
    }
    QVERIFY2(holders.size() >= 7, qPrintable(QStringList(holders.keys()).join(u',')));
    for (const QString &slug : QStringList{"admin", "user", "viewer", "sales_manager",
                                           "customer_service", "smart_meter_rollout"})
        QVERIFY2(holders.value(kOrg + QLatin1Char(':') + slug) > 3, qPrintable(slug));
}

QTEST_GUILESS_MAIN(TestEmulatorPermissions)
#include "tst_emulator_permissions.moc"
