// The adapter between an organization role of the Permissions API and the grant editor's draft
// (OrgRoleAdapter), the four condition kinds of permissions.json as the editor's edits see
// them, and the organization role's parent and expiry in the draft, its JSON text and the review.
#include "domain/grants/OrgRoleAdapter.h"
#include "domain/grants/PolicyAnalyzer.h"
#include "domain/grants/RoleReview.h"
#include "domain/grants/WhatIfCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

// A role as the server sends it, with members this application does not know.
QJsonObject serverRole()
{
    return QJsonDocument::fromJson(R"({
        "id": "739224:field_team",
        "slug": "field_team",
        "name": "Field team",
        "type": "user_role",
        "organization_id": "739224",
        "parent_role": "739224:partner_share",
        "expires_at": "2028-07-21T17:32:28Z",
        "vendor_created": false,
        "x_future_member": {"kept": [1, 2, 3]},
        "grants": [
            {"action": "entity-view", "resource": "entity:739224:opportunity:*",
             "conditions": [{"operation": "equals_current_user", "attribute": "assignee.*.user_id",
                             "x_condition_extra": true}],
             "x_grant_extra": "kept"},
            {"action": "entity-read", "resource": "entity:739224:contact:*", "effect": "allow"},
            {"action": "entity-edit", "conditions": [
                {"operation": "not_equals", "attribute": "status", "values": ["closed"]},
                {"operation": "not_equals_current_user",
                 "attributes": ["owner.*.user_id", "creator.*.user_id"]},
                {"operation": "some_future_operation", "x": 1}]}
        ]})")
        .object();
}

PermissionRole loaded()
{
    return *PermissionRole::fromJson(serverRole());
}

} // namespace

class OrgRoleAdapterTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripLosesNothing()
    {
        const PermissionRole role = loaded();
        const RoleDraft draft = OrgRoleAdapter::draftOf(role);
        QCOMPARE(draft.name, QStringLiteral("Field team"));
        QCOMPARE(draft.slug, QStringLiteral("field_team"));
        QCOMPARE(draft.parentRole, QStringLiteral("739224:partner_share"));
        QCOMPARE(draft.expiresAt, QStringLiteral("2028-07-21T17:32:28Z"));
        QCOMPARE(draft.grants.size(), 3); // flat, as the server stores them
        // Unchanged draft back: the very same JSON, unknown members included.
        QCOMPARE(OrgRoleAdapter::applied(role, draft).toJson(), serverRole());
        QCOMPARE(OrgRoleAdapter::fromEditor(OrgRoleAdapter::toEditor(role)).toJson(), serverRole());
        // The putRole body keeps them too.
        const QJsonObject body = OrgRoleAdapter::applied(role, draft).putPayload();
        QCOMPARE(body.value("x_future_member"), serverRole().value("x_future_member"));
        QCOMPARE(body.value("grants"), serverRole().value("grants"));
    }

    void editsChangeOnlyWhatWasEdited()
    {
        const PermissionRole role = loaded();
        RoleDraft draft = OrgRoleAdapter::draftOf(role);
        draft = RoleEdits::renamed(draft, {0}, QStringLiteral("Field team (north)")).draft;
        draft = RoleEdits::withParentRole(draft, {0}, QString()).draft;
        draft = RoleEdits::withExpiry(draft, {0}, QString()).draft;
        const PermissionRole after = OrgRoleAdapter::applied(role, draft);
        QCOMPARE(after.name(), QStringLiteral("Field team (north)"));
        QVERIFY(!after.toJson().contains("parent_role"));
        QVERIFY(!after.toJson().contains("expires_at"));
        QJsonObject expected = serverRole();
        expected.insert("name", "Field team (north)");
        expected.remove("parent_role");
        expected.remove("expires_at");
        QCOMPARE(after.toJson(), expected);
        // Set again.
        draft = RoleEdits::withExpiry(draft, {0}, QStringLiteral("2029-01-01T00:00:00Z")).draft;
        QCOMPARE(OrgRoleAdapter::applied(role, draft).expiresAt(),
                 QDateTime(QDate(2029, 1, 1), QTime(0, 0), Qt::UTC));
    }

    void jsonTextCarriesParentAndExpiry()
    {
        const PermissionRole role = loaded();
        const Role editable = OrgRoleAdapter::toEditor(role);
        const RoleDraft draft = OrgRoleAdapter::draftOf(role);
        const QString text = RoleEdits::jsonText(draft, editable);
        const RoleEdits::JsonReading reading = RoleEdits::fromJsonText(text, editable, false);
        QVERIFY2(reading.draft, qPrintable(reading.reason));
        QVERIFY(*reading.draft == draft);
        QString bad = text;
        bad.replace("2028-07-21T17:32:28Z", "next tuesday");
        const RoleEdits::JsonReading refused = RoleEdits::fromJsonText(bad, editable, false);
        QVERIFY(!refused.draft);
        QVERIFY(refused.reason.contains("expires_at"));
    }

    void everyConditionKindIsEditable()
    {
        const QList<Grant> grants = OrgRoleAdapter::draftOf(loaded()).grants;
        const QList<GrantCondition> conditions = grants.at(2).conditions();
        QCOMPARE(conditions.at(0).kind(), GrantCondition::Kind::NotEquals);
        QCOMPARE(conditions.at(1).kind(), GrantCondition::Kind::NotEqualsCurrentUser);
        QCOMPARE(conditions.at(2).kind(), GrantCondition::Kind::Unknown);
        QVERIFY(conditions.at(1).isEditable() && !conditions.at(2).isEditable());
        QCOMPARE(conditions.at(1).userFields(),
                 QStringList({"owner.*.user_id", "creator.*.user_id"}));
        QCOMPARE(grants.at(0).conditions().at(0).summary(),
                 QStringLiteral("the current user is in assignee.*.user_id"));
        QCOMPARE(conditions.at(0).summary(), QStringLiteral("status does not equal closed"));

        RoleDraft draft = OrgRoleAdapter::draftOf(loaded());
        // equals_current_user → equals: values appear, its other members stay.
        draft = RoleEdits::conditionChanged(draft, {0}, 0, GrantCondition::Kind::Equals,
                                            QStringLiteral("status"), {QStringLiteral("open")})
                    .draft;
        GrantCondition changed = draft.grants.at(0).conditions().at(0);
        QCOMPARE(changed.operation(), QStringLiteral("equals"));
        QCOMPARE(changed.values(), QStringList{QStringLiteral("open")});
        QVERIFY(changed.toJson().value("x_condition_extra").toBool());
        // … and to the current-user kind with two user fields.
        draft =
            RoleEdits::conditionChanged(draft, {0}, 0, GrantCondition::Kind::NotEqualsCurrentUser,
                                        QStringLiteral("a.*.user_id, b.*.user_id"), {})
                .draft;
        changed = draft.grants.at(0).conditions().at(0);
        QCOMPARE(changed.operation(), QStringLiteral("not_equals_current_user"));
        QVERIFY(!changed.toJson().contains("values") && !changed.toJson().contains("attribute"));
        QCOMPARE(changed.attributes(), QStringList({"a.*.user_id", "b.*.user_id"}));
        // The unknown shape is never changed by the form's edit.
        const RoleDraft before = draft;
        draft = RoleEdits::conditionChanged(draft, {2}, 2, GrantCondition::Kind::Equals,
                                            QStringLiteral("x"), {QStringLiteral("y")})
                    .draft;
        QVERIFY(draft == before);
        // Added of each kind.
        draft = RoleEdits::conditionAdded(draft, {1}, GrantCondition::Kind::EqualsCurrentUser,
                                          QString(), {})
                    .draft;
        QCOMPARE(draft.grants.at(1).conditions().constLast().toJson(),
                 QJsonObject({{"operation", "equals_current_user"}}));
    }

    void findingsAndWhatIfKnowTheKinds()
    {
        PolicyAnalyzer::Input input;
        input.name = "Field team";
        input.slug = "field_team";
        input.grants = OrgRoleAdapter::draftOf(loaded()).grants;
        QStringList unknown;
        for (const GrantFinding &finding : PolicyAnalyzer::analyze(input)) {
            if (finding.code == QLatin1String("unknown-condition"))
                unknown << finding.message;
        }
        QCOMPARE(unknown.size(), 1); // only the future operation
        QVERIFY(unknown.first().contains("some_future_operation"));

        Grant grant(QStringLiteral("entity-edit"), QStringLiteral("*"));
        grant.setConditions({GrantCondition::make(GrantCondition::Kind::NotEquals, "status",
                                                  {QStringLiteral("closed")})});
        WhatIfCheck::Question open{"entity-edit", "entity:1:opportunity:2", {{"status", "open"}}};
        WhatIfCheck::Question closed{
            "entity-edit", "entity:1:opportunity:2", {{"status", "closed"}}};
        WhatIfCheck::Question missing{"entity-edit", "entity:1:opportunity:2", {}};
        QVERIFY(WhatIfCheck::applies(grant, open));
        QVERIFY(!WhatIfCheck::applies(grant, closed));
        QVERIFY(WhatIfCheck::applies(grant, missing)); // the spec: missing passes
    }

    void reviewNamesParentAndExpiry()
    {
        const Role current = OrgRoleAdapter::toEditor(loaded());
        RoleDraft draft = OrgRoleAdapter::draftOf(loaded());
        draft.expiresAt.clear();
        draft.parentRole = QStringLiteral("739224:root");
        const QStringList lines =
            RoleReview::compare(current, RoleEdits::applied(current, draft)).lines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.join('\n').contains("739224:root"));
        QVERIFY(lines.join('\n').contains("2028-07-21T17:32:28Z"));
    }

    void parentChoicesAreRootAndShareRoles()
    {
        QList<PermissionRole> roles;
        for (const auto &[slug, type] : QList<QPair<QString, QString>>{{"root", "org_role"},
                                                                       {"share", "share_role"},
                                                                       {"sales", "user_role"},
                                                                       {"p", "partner_role"}}) {
            QJsonObject json{{"id", "1:" + slug}, {"slug", slug}, {"name", slug}, {"type", type}};
            roles << *PermissionRole::fromJson(json);
        }
        QStringList ids;
        for (const PermissionRole &role : OrgRoleAdapter::parentChoices(roles, "1:share"))
            ids << role.id();
        QCOMPARE(ids, QStringList{"1:root"});
    }
};

QTEST_GUILESS_MAIN(OrgRoleAdapterTest)
#include "tst_org_role_adapter.moc"
