// domain/permissions/EffectivePermissions: a person's effective permissions under the root
// role's ceiling (explicit deny winning, expired roles gone, parent_role inherited), the
// what-if decision naming the deciding grant and role, and "who can" — on prepared roles.
#include "domain/permissions/EffectivePermissions.h"

#include <QJsonDocument>
#include <QTest>

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

PermissionRole role(const char *json)
{
    const auto role = PermissionRole::fromJson(QJsonDocument::fromJson(json).object());
    Q_ASSERT(role);
    return *role;
}

// The organization 1: root role (everything but webhooks), Sales (opportunities, webhooks,
// tickets assigned to them), No deleting (a deny), an expired audit role, a project role with a
// share role as parent.
QList<PermissionRole> roles()
{
    return {
        role(R"({"id":"1:root","name":"Root","slug":"root","type":"org_role",
                 "organization_id":"1","grants":[{"action":"*","resource":"*"},
                 {"action":"webhook:*","effect":"deny"}]})"),
        role(R"({"id":"1:sales","name":"Sales","slug":"sales","type":"user_role",
                 "organization_id":"1","grants":[
                 {"action":"entity:*","resource":"opportunity:*"},
                 {"action":"webhook:create"},
                 {"action":"entity:view","resource":"ticket:*","conditions":[
                   {"operation":"equals_current_user","attribute":"assignee.*.user_id"}]}]})"),
        role(R"({"id":"1:no_delete","name":"No deleting","slug":"no_delete","type":"user_role",
                 "organization_id":"1","grants":[
                 {"action":"entity:delete","resource":"opportunity:*","effect":"deny"}]})"),
        role(R"({"id":"1:audit","name":"Audit 2025","slug":"audit","type":"user_role",
                 "organization_id":"1","expires_at":"2025-03-31T22:00:00Z","grants":[
                 {"action":"audit_log:view"}]})"),
        role(R"({"id":"1:share","name":"Grid files","slug":"share","type":"share_role",
                 "organization_id":"1","grants":[{"action":"entity:view","resource":"meter:*"}]})"),
        role(R"({"id":"1:project","name":"Project","slug":"project","type":"user_role",
                 "organization_id":"1","parent_role":"1:share",
                 "expires_at":"2030-06-30T22:00:00Z","grants":[
                 {"action":"workflow:execution:*"}]})"),
    };
}

const EffectiveGrant *grantOf(const EffectivePermissions &permissions, const QString &action)
{
    for (const EffectiveGrant &grant : permissions.grants) {
        if (grant.grant.action() == action)
            return &grant;
    }
    return nullptr;
}

} // namespace

class TestEffectivePermissions : public QObject
{
    Q_OBJECT

private slots:
    // Case 1: Sales plus a deny role. The webhook grant lies outside the root role's ceiling,
    // the deny wins over part of Sales' opportunity grant, the condition is kept.
    void effectivePermissionsUnderTheCeiling()
    {
        const AccessRules rules(roles(), kNow);
        const EffectivePermissions mine = rules.effectiveFor("u1", {"1:sales", "1:no_delete"});
        QCOMPARE(mine.activeRoles.size(), 2);
        QCOMPARE(mine.grants.size(), 4);

        const EffectiveGrant *webhook = grantOf(mine, "webhook:create");
        QVERIFY(webhook);
        QCOMPARE(webhook->ceiling, RootCeiling::Outside);
        QVERIFY(webhook->cappedBy && webhook->cappedBy->action() == "webhook:*");
        QVERIFY(!webhook->countsFully());

        const EffectiveGrant *opportunities = grantOf(mine, "entity:*");
        QCOMPARE(opportunities->ceiling, RootCeiling::Within);
        QCOMPARE(opportunities->denied, DenyOverlap::Partly);
        QVERIFY(opportunities->deniedBy.contains("No deleting"));
        QCOMPARE(opportunities->roleName, QStringLiteral("Sales"));

        const EffectiveGrant *tickets = grantOf(mine, "entity:view");
        QVERIFY(tickets->countsFully());
        QCOMPARE(tickets->grant.conditions().size(), 1);
        QCOMPARE(tickets->grant.conditions().at(0).summary(),
                 QStringLiteral("the current user is in assignee.*.user_id"));
    }

    // Case 1 decided: each outcome names the deciding grant and role.
    void decisionsNameTheDecidingGrantAndRole()
    {
        const AccessRules rules(roles(), kNow);
        const EffectivePermissions mine = rules.effectiveFor("u1", {"1:sales", "1:no_delete"});

        AccessDecision decision = rules.decide(mine, {"entity:edit", "opportunity:7", {}, "u1"});
        QCOMPARE(decision.outcome, AccessDecision::Outcome::Allowed);
        QCOMPARE(decision.deciding->roleName, QStringLiteral("Sales"));
        QVERIFY(decision.explanation().contains("approximation"));

        // The deny wins over Sales' allow.
        decision = rules.decide(mine, {"entity:delete", "opportunity:7", {}, "u1"});
        QCOMPARE(decision.outcome, AccessDecision::Outcome::DeniedExplicitly);
        QCOMPARE(decision.deciding->roleName, QStringLiteral("No deleting"));
        QVERIFY(decision.deciding->isDeny());

        // Sales allows it, the root role does not.
        decision = rules.decide(mine, {"webhook:create", "", {}, "u1"});
        QCOMPARE(decision.outcome, AccessDecision::Outcome::CappedByRoot);
        QCOMPARE(decision.deciding->grant.action(), QStringLiteral("webhook:create"));
        QCOMPARE(decision.rootGrant->action(), QStringLiteral("webhook:*"));
        QVERIFY(decision.explanation().contains("root role"));

        // equals_current_user: the ticket is assigned to them, then to someone else.
        decision = rules.decide(
            mine, {"entity:view", "ticket:3", {{"assignee.0.user_id", "u2, u1"}}, "u1"});
        QCOMPARE(decision.outcome, AccessDecision::Outcome::Allowed);
        QVERIFY(decision.deciding->grant.action() == "entity:view");
        decision =
            rules.decide(mine, {"entity:view", "ticket:3", {{"assignee.0.user_id", "u2"}}, "u1"});
        QCOMPARE(decision.outcome, AccessDecision::Outcome::NotAllowed);
        QVERIFY(!decision.deciding);
        // Without a current user the condition cannot hold, and the note says so.
        decision = rules.decide(mine, {"entity:view", "ticket:3", {{"assignee.0.user_id", "u1"}}});
        QCOMPARE(decision.outcome, AccessDecision::Outcome::NotAllowed);
        QVERIFY(!decision.notes.isEmpty());
    }

    // Case 2: an expired role no longer counts; a parent role's grants are inherited.
    void expiredRolesAndParents()
    {
        const AccessRules rules(roles(), kNow);
        const EffectivePermissions mine = rules.effectiveFor("u2", {"1:audit", "1:project", "1:x"});
        QCOMPARE(mine.expiredRoles.size(), 1);
        QCOMPARE(mine.expiredRoles.at(0).id(), QStringLiteral("1:audit"));
        QCOMPARE(mine.unknownRoleIds, QStringList{"1:x"});
        QVERIFY(!grantOf(mine, "audit_log:view"));
        QCOMPARE(rules.decide(mine, {"audit_log:view", "", {}, "u2"}).outcome,
                 AccessDecision::Outcome::NotAllowed);

        const EffectiveGrant *inherited = grantOf(mine, "entity:view");
        QVERIFY(inherited);
        QCOMPARE(inherited->roleName, QStringLiteral("Project"));
        QCOMPARE(inherited->inheritedFrom, QStringLiteral("Grid files"));
        QCOMPARE(inherited->source(), QStringLiteral("Project (inherited from Grid files)"));
        // Once the project role has expired, its parent's grants go with it.
        const AccessRules later(roles(), QDateTime(QDate(2031, 1, 1), QTime(), Qt::UTC));
        QVERIFY(later.effectiveFor("u2", {"1:project"}).grants.isEmpty());
    }

    // Case 3: who can — the people and the role that gives it; denied and capped ones counted.
    void whoCan()
    {
        const AccessRules rules(roles(), kNow);
        const QList<RoleAssignment> assignments{{"u1", {"1:sales", "1:no_delete"}, {}},
                                                {"u2", {"1:sales"}, {}},
                                                {"u3", {"1:project"}, {}},
                                                {"u4", {"1:audit"}, {}}};

        WhoCanAnswer answer = rules.whoCan(assignments, "entity:delete", "opportunity:7");
        QCOMPARE(answer.people.size(), 1);
        QCOMPARE(answer.people.at(0).userId, QStringLiteral("u2"));
        QCOMPARE(answer.people.at(0).roleNames, QStringList{"Sales"});
        QVERIFY(!answer.people.at(0).conditional);
        QCOMPARE(answer.deniedCount, 1);

        // The root role caps webhooks for everyone.
        answer = rules.whoCan(assignments, "webhook:create", "");
        QVERIFY(answer.people.isEmpty());
        QCOMPARE(answer.cappedCount, 2);
        QVERIFY(answer.rootDeny);

        // Only tickets assigned to them.
        answer = rules.whoCan(assignments, "entity:view", "ticket:3");
        QCOMPARE(answer.people.size(), 2);
        QVERIFY(answer.people.at(0).conditional);
        QCOMPARE(answer.people.at(0).conditions,
                 QStringList{"the current user is in assignee.*.user_id"});

        // Inherited from the parent; the expired audit role gives nothing.
        answer = rules.whoCan(assignments, "entity:view", "meter:1");
        QCOMPARE(answer.people.size(), 1);
        QCOMPARE(answer.people.at(0).roleNames, QStringList{"Project (inherited from Grid files)"});
        QVERIFY(rules.whoCan(assignments, "audit_log:view", "").people.isEmpty());
    }

    // The condition kinds of permissions.json in the shared what-if rules.
    void conditionKinds()
    {
        Grant open("entity:edit", "opportunity:*");
        open.setConditions({GrantCondition(QJsonObject{{"operation", "not_equals"},
                                                       {"attribute", "status"},
                                                       {"values", QJsonArray{"closed"}}})});
        QVERIFY(WhatIfCheck::applies(open, {"entity:edit", "opportunity:1", {{"status", "open"}}}));
        QVERIFY(
            !WhatIfCheck::applies(open, {"entity:edit", "opportunity:1", {{"status", "closed"}}}));
        // A record without the attribute passes (permissions.json).
        QVERIFY(WhatIfCheck::applies(open, {"entity:edit", "opportunity:1", {}}));
        QCOMPARE(open.conditions().at(0).summary(), QStringLiteral("status does not equal closed"));

        Grant others("entity:delete", "ticket:*");
        others.setConditions({GrantCondition(
            QJsonObject{{"operation", "not_equals_current_user"},
                        {"attributes", QJsonArray{"assignee.*.user_id", "owner.*.user_id"}}})});
        QVERIFY(WhatIfCheck::applies(
            others, {"entity:delete", "ticket:1", {{"owner.0.user_id", "u9"}}, "u1"}));
        QVERIFY(!WhatIfCheck::applies(
            others, {"entity:delete", "ticket:1", {{"owner.0.user_id", "u1"}}, "u1"}));
        QVERIFY(!WhatIfCheck::applies(others, {"entity:delete", "ticket:1", {}, {}}));
    }

    // Without a root role nothing is capped, and the list says so.
    void withoutRootRoleNothingIsCapped()
    {
        QList<PermissionRole> list = roles();
        list.removeFirst();
        const AccessRules rules(list, kNow);
        const EffectivePermissions mine = rules.effectiveFor("u1", {"1:sales"});
        QCOMPARE(grantOf(mine, "webhook:create")->ceiling, RootCeiling::NoRootRole);
        QCOMPARE(rules.decide(mine, {"webhook:create", "", {}, "u1"}).outcome,
                 AccessDecision::Outcome::Allowed);
    }
};

QTEST_GUILESS_MAIN(TestEffectivePermissions)
#include "tst_effective_permissions.moc"
