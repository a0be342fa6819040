// The role editor's edits as plain functions on a draft (RoleEdits), without any widget: what
// each edit does to the grant tree, which grant it selects, and that an edit that does not apply
// leaves the draft as it was.
#include "domain/grants/RoleDraft.h"

#include <QJsonArray>
#include <QTest>

namespace {

Grant grant(const QString &action, const QString &resource = "entity:*:opportunity:*",
            const QString &effect = "allow")
{
    return Grant(action, resource, effect);
}

// read, update (needing read on contacts), delete
RoleDraft sample()
{
    Grant update = grant("entity-update", "entity:*:contact:*");
    update.setDependencies({grant("entity-read", "entity:*:contact:*")});
    return RoleDraft{
        "Installer", "installer", {grant("entity-read"), update, grant("entity-delete")}};
}

QStringList actions(const QList<Grant> &grants)
{
    QStringList list;
    for (const Grant &each : grants)
        list << each.action();
    return list;
}

} // namespace

class RoleDraftTest : public QObject
{
    Q_OBJECT

private slots:
    void renameAndSlug()
    {
        const RoleDraft draft = sample();
        const RoleDraftEdit renamed = RoleEdits::renamed(draft, {1}, "Fitter");
        QCOMPARE(renamed.draft.name, QString("Fitter"));
        QCOMPARE(renamed.draft.slug, draft.slug);
        QCOMPARE(renamed.select, GrantPath({1}));
        QCOMPARE(RoleEdits::withSlug(draft, {}, "  fitter ").draft.slug, QString("fitter"));
    }

    void addGrantBelowSelectionOrAtEnd()
    {
        const RoleDraft draft = sample();
        const RoleDraftEdit below = RoleEdits::grantAdded(draft, {0});
        QCOMPARE(below.draft.grants.size(), 4);
        QCOMPARE(below.select, GrantPath({1}));
        QCOMPARE(below.draft.grants.at(1).action(), QString());
        QCOMPARE(below.draft.grants.at(1).effect(), QString("allow"));
        const RoleDraftEdit atEnd = RoleEdits::grantAdded(draft, {});
        QCOMPARE(atEnd.select, GrantPath({3}));
        // Below a dependency's owner, not inside it.
        QCOMPARE(RoleEdits::grantAdded(draft, {1, 0}).select, GrantPath({2}));
    }

    void addDependencyReadsTheOwnersResource()
    {
        const RoleDraftEdit edit = RoleEdits::dependencyAdded(sample(), {1, 0});
        QCOMPARE(edit.select, GrantPath({1, 1}));
        const Grant added = GrantTree::at(edit.draft.grants, {1, 1});
        QCOMPARE(added.action(), QString("entity-read"));
        QCOMPARE(added.resource(), QString("entity:*:contact:*"));
        QCOMPARE(RoleEdits::dependencyAdded(sample(), {}).draft, sample());
    }

    void duplicateRemoveMove()
    {
        const RoleDraft draft = sample();
        const RoleDraftEdit copy = RoleEdits::duplicated(draft, {0});
        QCOMPARE(actions(copy.draft.grants),
                 QStringList({"entity-read", "entity-read", "entity-update", "entity-delete"}));
        QCOMPARE(copy.select, GrantPath({1}));

        const RoleDraftEdit last = RoleEdits::removed(draft, {2});
        QCOMPARE(actions(last.draft.grants), QStringList({"entity-read", "entity-update"}));
        QCOMPARE(last.select, GrantPath({1})); // the previous one once the last is gone
        const RoleDraftEdit dependency = RoleEdits::removed(draft, {1, 0});
        QVERIFY(dependency.draft.grants.at(1).dependencies().isEmpty());
        QCOMPARE(dependency.select, GrantPath({1})); // the owner

        const RoleDraftEdit down = RoleEdits::moved(draft, {0}, 1);
        QCOMPARE(actions(down.draft.grants),
                 QStringList({"entity-update", "entity-read", "entity-delete"}));
        QCOMPARE(down.select, GrantPath({1}));
        QCOMPARE(RoleEdits::moved(draft, {0}, -1).draft, draft); // at the edge
        QCOMPARE(RoleEdits::moved(draft, {0}, -1).select, GrantPath({0}));
    }

    void pasteAndFix()
    {
        const RoleDraft draft = sample();
        const RoleDraftEdit pasted =
            RoleEdits::pasted(draft, {0}, {grant("entity-create"), grant("entity-list")});
        QCOMPARE(actions(pasted.draft.grants),
                 QStringList({"entity-read", "entity-create", "entity-list", "entity-update",
                              "entity-delete"}));
        QCOMPARE(pasted.select, GrantPath({1}));

        GrantFinding finding;
        finding.path = {2};
        finding.fixDependency = grant("entity-read");
        const RoleDraftEdit fixed = RoleEdits::fixed(draft, {0}, finding);
        QCOMPARE(fixed.select, GrantPath({2, 0}));
        QCOMPARE(actions(fixed.draft.grants.at(2).dependencies()), QStringList({"entity-read"}));
        finding.path = {7};
        QCOMPARE(RoleEdits::fixed(draft, {0}, finding).draft, draft);
    }

    void fieldsOfTheSelectedGrant()
    {
        const RoleDraft draft = sample();
        RoleDraft after = RoleEdits::withAction(draft, {1, 0}, "entity-list").draft;
        QCOMPARE(GrantTree::at(after.grants, {1, 0}).action(), QString("entity-list"));
        after = RoleEdits::withResource(after, {0}, "entity:*:contract:*").draft;
        QCOMPARE(after.grants.at(0).resource(), QString("entity:*:contract:*"));
        after = RoleEdits::withEffect(after, {2}, "deny").draft;
        QCOMPARE(after.grants.at(2).effect(), QString("deny"));
        // Nothing selected: nothing changes.
        QCOMPARE(RoleEdits::withAction(draft, {}, "entity-list").draft, draft);
        QCOMPARE(RoleEdits::withEffect(draft, {9}, "deny").draft, draft);
    }

    void conditions()
    {
        const RoleDraft draft = sample();
        RoleDraft after =
            RoleEdits::conditionAdded(draft, {0}, "workflows.primary.task_name", {"Contract"})
                .draft;
        QCOMPARE(after.grants.at(0).conditions().size(), 1);
        after = RoleEdits::conditionChanged(after, {0}, 0, "status", {"open", "won"}).draft;
        const GrantCondition changed = after.grants.at(0).conditions().first();
        QCOMPARE(changed.attribute(), QString("status"));
        QCOMPARE(changed.values(), QStringList({"open", "won"}));
        QCOMPARE(RoleEdits::conditionChanged(after, {0}, 3, "x", {}).draft, after);
        QCOMPARE(RoleEdits::conditionRemoved(after, {0}, 1).draft, after);
        after = RoleEdits::conditionAdded(after, {0}, "kind", {"b2b"}).draft;
        after = RoleEdits::conditionRemoved(after, {0}, 0).draft;
        QCOMPARE(after.grants.at(0).conditions().size(), 1);
        QCOMPARE(after.grants.at(0).conditions().first().attribute(), QString("kind"));
    }

    void otherConditionShapesAreKept()
    {
        Grant shaped = grant("entity-read");
        shaped.setConditions({GrantCondition(QJsonObject{
            {"attribute", "a"}, {"operation", "contains"}, {"values", QJsonArray{"b"}}})});
        const RoleDraft draft{"R", "r", {shaped}};
        QCOMPARE(RoleEdits::conditionChanged(draft, {0}, 0, "z", {"y"}).draft, draft);
    }

    void jsonRoundTripAndRefusals()
    {
        Role loaded = Role::create("Installer", "installer", {});
        const RoleDraft draft = sample();
        const QString text = RoleEdits::jsonText(draft, loaded);
        const RoleEdits::JsonReading back = RoleEdits::fromJsonText(text, loaded, false);
        QVERIFY2(back.draft.has_value(), qPrintable(back.reason));
        QCOMPARE(*back.draft, draft);

        const RoleEdits::JsonReading broken =
            RoleEdits::fromJsonText("{\n\"name\": ,\n}", loaded, false);
        QVERIFY(!broken.draft);
        QCOMPARE(broken.line, 2);
        QString renamedSlug = text;
        renamedSlug.replace("\"installer\"", "\"other\"");
        const RoleEdits::JsonReading slug = RoleEdits::fromJsonText(renamedSlug, loaded, false);
        QVERIFY(!slug.draft);
        QVERIFY(slug.reason.contains("slug"));
        QVERIFY(RoleEdits::fromJsonText(renamedSlug, loaded, true).draft); // a new role's may
        QVERIFY(!RoleEdits::fromJsonText("[]", loaded, false).draft);
    }

    void grantsFromClipboardText()
    {
        QString error;
        QCOMPARE(RoleEdits::grantsFromJsonText(
                     R"({"action":"entity-read","resource":"entity:*:a:*","effect":"allow"})")
                     ->size(),
                 1);
        QCOMPARE(RoleEdits::grantsFromJsonText(
                     R"([{"action":"a","resource":"r","effect":"allow"},
                         {"action":"b","resource":"r","effect":"deny"}])")
                     ->size(),
                 2);
        QVERIFY(!RoleEdits::grantsFromJsonText("not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!RoleEdits::grantsFromJsonText("[]", &error));
    }

    void appliedKeepsTheLoadedRolesOtherMembers()
    {
        QJsonObject json = Role::create("Old", "old", {}).toJson();
        json.insert("id", "r-1");
        json.insert("pricing_tier", "gold");
        const Role loaded = Role::fromJson(json).value();
        const Role role = RoleEdits::applied(loaded, sample());
        QCOMPARE(role.name(), QString("Installer"));
        QCOMPARE(role.id(), QString("r-1"));
        QCOMPARE(role.toJson().value("pricing_tier").toString(), QString("gold"));
        QCOMPARE(role.grants().size(), 3);
    }
};

QTEST_GUILESS_MAIN(RoleDraftTest)
#include "tst_role_draft.moc"
