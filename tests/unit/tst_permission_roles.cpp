// domain/permissions: every example role of permissions.json reads and writes back unchanged
// (unknown members kept), kinds, expiry, payloads, assignments.
#include "domain/permissions/PermissionRole.h"
#include "domain/permissions/RoleAssignment.h"
#include "domain/permissions/RoleCatalog.h"
#include "domain/users/InvitationCsv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject spec()
{
    QString dir = qEnvironmentVariable("EPILOT_SPECS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(EPILOT_SPECS_DIR);
    QFile file(QDir(dir).filePath(QStringLiteral("permissions.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestPermissionRoles : public QObject
{
    Q_OBJECT

private slots:
    void specExamplesRoundTrip()
    {
        const QJsonObject examples = spec()
                                         .value(QStringLiteral("paths"))
                                         .toObject()
                                         .value(QStringLiteral("/v1/permissions/roles/{roleId}"))
                                         .toObject()
                                         .value(QStringLiteral("put"))
                                         .toObject()
                                         .value(QStringLiteral("requestBody"))
                                         .toObject()
                                         .value(QStringLiteral("content"))
                                         .toObject()
                                         .value(QStringLiteral("application/json"))
                                         .toObject()
                                         .value(QStringLiteral("x-examples"))
                                         .toObject();
        QVERIFY2(examples.size() >= 7, "permissions.json not found or without examples");
        QSet<RoleKind> kinds;
        for (auto it = examples.begin(); it != examples.end(); ++it) {
            QJsonObject example = it.value().toObject().value(QStringLiteral("value")).toObject();
            example.insert(QStringLiteral("x_unknown"), QJsonObject{{"kept", true}});
            QString error;
            const std::optional<PermissionRole> role = PermissionRole::fromJson(example, &error);
            QVERIFY2(role, qPrintable(it.key() + QStringLiteral(": ") + error));
            QCOMPARE(role->toJson(), example);
            QCOMPARE(role->putPayload(), example);
            QCOMPARE(role->id(), role->organizationId() + QLatin1Char(':') + role->slug());
            QVERIFY(role->kind() != RoleKind::Unknown);
            kinds.insert(role->kind());
            // Grants (with dependencies) survive as well.
            QCOMPARE(Grant::listToJson(role->grants()),
                     example.value(QStringLiteral("grants")).toArray());
        }
        QCOMPARE(kinds.size(), 5);
    }

    void kindsExpiryAndFields()
    {
        const auto role = PermissionRole::fromJson(json(R"({"id":"1:p","name":"P","slug":"p",
            "type":"partner_role","organization_id":"1","partner_org_id":"2",
            "vendor_enforced_user_limit":7,"expires_at":"2025-03-31T22:00:00.000Z","grants":[]})"));
        QVERIFY(role);
        QCOMPARE(role->kind(), RoleKind::Partner);
        QCOMPARE(role->partnerOrganizationId(), QStringLiteral("2"));
        QCOMPARE(role->userLimit(), 7);
        QVERIFY(role->isExpired());
        QVERIFY(!role->isExpired(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)));
        QVERIFY(role->isAssignable());
        QVERIFY(!role->putPayload().contains(QStringLiteral("vendor_enforced_user_limit")));
        QVERIFY(!role->createPayload().contains(QStringLiteral("id")));

        PermissionRole copy = role->duplicated(QStringLiteral("Copy"), QStringLiteral("copy"));
        QVERIFY(copy.id().isEmpty());
        QCOMPARE(copy.slug(), QStringLiteral("copy"));
        QCOMPARE(copy.kind(), RoleKind::Partner);
        copy.setExpiresAt({});
        QVERIFY(!copy.toJson().contains(QStringLiteral("expires_at")));
        copy.setExpiresAt(QDateTime(QDate(2030, 6, 30), QTime(22, 0), Qt::UTC));
        QCOMPARE(copy.toJson().value(QStringLiteral("expires_at")).toString(),
                 QStringLiteral("2030-06-30T22:00:00.000Z"));

        QCOMPARE(PermissionRole::kindOf(QStringLiteral("org_role")), RoleKind::Root);
        QCOMPARE(PermissionRole::kindOf(QStringLiteral("future_role")), RoleKind::Unknown);
        QCOMPARE(PermissionRole::slugOf(QStringLiteral("739224:sales_manager")),
                 QStringLiteral("sales_manager"));
        const auto root = PermissionRole::fromJson(
            json(R"({"id":"1:root","name":"R","slug":"root","type":"org_role","grants":[]})"));
        QVERIFY(root && !root->isAssignable());
    }

    void badRolesAreRefused()
    {
        QString error;
        QVERIFY(!PermissionRole::fromJson(QJsonValue(3), &error));
        QVERIFY(!PermissionRole::fromJson(json(R"({"name":"x"})"), &error));
        QVERIFY(!PermissionRole::fromJson(json(R"({"id":"1:x","name":5})"), &error));
        QVERIFY(error.contains(QStringLiteral("name")));
        QVERIFY(!PermissionRole::fromJson(json(R"({"id":"1:x","grants":[{"action":3}]})"), &error));
        const QList<PermissionRole> list = PermissionRole::listFromJson(
            QJsonArray{json(R"({"id":"1:a"})"), json(R"({"name":"no id"})")});
        QCOMPARE(list.size(), 1);
        const auto page =
            RoleSearchPage::fromJson(json(R"({"hits":12,"results":[{"id":"1:a"},{"id":"1:b"}]})"));
        QVERIFY(page);
        QCOMPARE(page->hits, 12);
        QCOMPARE(page->roles.size(), 2);
    }

    void assignmentsRoundTrip()
    {
        const QJsonObject raw = json(R"({"user_id":"10","roles":["1:a","1:b"],"since":"x"})");
        const auto assignment = RoleAssignment::fromJson(raw);
        QVERIFY(assignment);
        QCOMPARE(assignment->userId, QStringLiteral("10"));
        QCOMPARE(assignment->roleIds, (QStringList{"1:a", "1:b"}));
        QCOMPARE(assignment->toJson(), raw);
        QVERIFY(!RoleAssignment::fromJson(json(R"({"roles":[]})")));
        QVERIFY(!RoleAssignment::fromJson(json(R"({"user_id":"1","roles":[1]})")));
        QCOMPARE(RoleAssignment::roleIdsFromJson(QJsonArray{"1:a"}).value(), QStringList{"1:a"});
        QVERIFY(!RoleAssignment::roleIdsFromJson(QJsonObject()));
    }

    // Issue 19: roles read and typed by name; ids of unknown or other organizations' roles read
    // as something a person understands; a CSV `roles` column per address.
    void catalogNamesAndResolves()
    {
        const QList<PermissionRole> roles = PermissionRole::listFromJson(QJsonArray{
            json(R"({"id":"7:root","slug":"root","name":"Root","type":"org_role","grants":[]})"),
            json(
                R"({"id":"7:sales","slug":"sales","name":"Sales","type":"user_role","grants":[]})"),
            json(R"({"id":"7:cs","slug":"cs","name":"Customer service","type":"user_role",
                     "grants":[]})")});
        const RoleCatalog catalog(roles, QStringLiteral("7"));
        QCOMPARE(catalog.label(QStringLiteral("7:sales")), QStringLiteral("Sales"));
        QCOMPARE(catalog.label(QStringLiteral("9:owner")),
                 QStringLiteral("owner (organization 9)"));
        QVERIFY(catalog.isForeign(QStringLiteral("9:owner")));
        QCOMPARE(catalog.label(QStringLiteral("7:gone")),
                 QStringLiteral("gone (not in the role list)"));
        QCOMPARE(catalog.assignable().size(), 2); // not the root role
        QCOMPARE(catalog.assignable().first().name(), QStringLiteral("Customer service"));
        QCOMPARE(catalog.resolve(QStringLiteral(" customer SERVICE ")), QStringLiteral("7:cs"));
        QCOMPARE(catalog.resolve(QStringLiteral("sales")), QStringLiteral("7:sales"));
        QCOMPARE(catalog.resolve(QStringLiteral("7:sales")), QStringLiteral("7:sales"));
        QVERIFY(catalog.resolve(QStringLiteral("root")).isEmpty()); // not assignable
        const auto resolved = catalog.resolveList(QStringLiteral("Sales; cs;;Wizard;sales"));
        QCOMPARE(resolved.roleIds, (QStringList{"7:sales", "7:cs"}));
        QCOMPARE(resolved.unknown, QStringList{"Wizard"});

        const InvitationCsv comma = InvitationCsv::parse(
            "name,email,roles\nAnna,anna@x.de,\"Sales; cs\"\nBert,Bert@x.de,Wizard\n");
        QVERIFY(comma.hasRolesColumn);
        QCOMPARE(comma.unusedColumns, QStringList{"name"});
        QCOMPARE(comma.roleCells.value("anna@x.de"), QStringLiteral("Sales; cs"));
        QCOMPARE(comma.roleCells.value("bert@x.de"), QStringLiteral("Wizard"));
        QCOMPARE(comma.lines.value("bert@x.de"), 3);
        // ';' as the separator: the last column's unquoted roles are taken back together.
        const InvitationCsv semicolon = InvitationCsv::parse("email;roles\nanna@x.de;Sales;cs\n");
        QCOMPARE(semicolon.roleCells.value("anna@x.de"), QStringLiteral("Sales;cs"));
    }
};

QTEST_GUILESS_MAIN(TestPermissionRoles)
#include "tst_permission_roles.moc"
