// The grant editor's logic without widgets: tree edits, the server's flattening and the editor's
// regrouping, the policy analyzer's findings, the what-if check and the review of changes.
#include "domain/grants/GrantCatalog.h"
#include "domain/grants/GrantMatcher.h"
#include "domain/grants/GrantTree.h"
#include "domain/grants/PolicyAnalyzer.h"
#include "domain/grants/RoleReview.h"
#include "domain/grants/WhatIfCheck.h"
#include "models/GrantTreeModel.h"

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

namespace {

Grant withDependencies(Grant grant, const QList<Grant> &dependencies)
{
    grant.setDependencies(dependencies);
    return grant;
}

Grant withEquals(Grant grant, const QString &attribute, const QStringList &values)
{
    grant.setConditions({GrantCondition::equals(attribute, values)});
    return grant;
}

QStringList codes(const QList<GrantFinding> &findings)
{
    QStringList list;
    for (const GrantFinding &finding : findings)
        list << finding.code;
    list.sort();
    return list;
}

// Translates every text into upper case (placeholders stay): whatever English is left in lower
// case was put together outside a translatable sentence, as "allow" in a German finding was.
class ShoutingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QString::fromUtf8(source).toUpper();
    }
};

} // namespace

class GrantLogicTest : public QObject
{
    Q_OBJECT

private slots:
    void matcher()
    {
        QVERIFY(GrantMatcher::matches("entity:*:opportunity:*", "entity:123:opportunity:abc"));
        QVERIFY(!GrantMatcher::matches("entity:*:opportunity:*", "entity:123:contact:abc"));
        QVERIFY(GrantMatcher::matches("*", "anything"));
        QVERIFY(GrantMatcher::matches("entity-*", "entity-read"));
        QVERIFY(!GrantMatcher::matches("entity-read", "entity-reads"));
        QVERIFY(GrantMatcher::matches("a*b*c", "aXXbYYc"));
        QVERIFY(!GrantMatcher::matches("a*b*c", "aXXbYY"));
        QVERIFY(GrantMatcher::covers("entity:*:*:*", "entity:*:opportunity:*"));
    }

    void treeEdits()
    {
        const Grant read("entity-read", "entity:*:contact:*");
        const Grant update("entity-update", "entity:*:contact:*");
        QList<Grant> grants{read};
        grants = GrantTree::inserted(grants, {1}, update);
        grants = GrantTree::inserted(grants, {1, 0}, read);
        QCOMPARE(GrantTree::at(grants, {1, 0}).key(), read.key());
        QCOMPARE(GrantTree::siblingCount(grants, {1, 0}), 1);
        grants = GrantTree::moved(grants, {1}, -1);
        QCOMPARE(grants.at(0).action(), QStringLiteral("entity-update"));
        QCOMPARE(GrantTree::moved(grants, {0}, -1).at(0).action(), QStringLiteral("entity-update"));
        grants = GrantTree::removed(grants, {0, 0});
        QVERIFY(grants.at(0).dependencies().isEmpty());
        QVERIFY(!grants.at(0).toJson().contains("dependencies"));
        QVERIFY(!GrantTree::isValid(grants, {5}));
        QCOMPARE(GrantTree::removed(grants, {5}).size(), grants.size());
    }

    void flattenLikeTheServer()
    {
        const Grant read("entity-read", "entity:*:contact:*");
        const Grant update("entity-update", "entity:*:contact:*");
        const Grant file("file-view", "*");
        const QList<Grant> tree{read, withDependencies(update, {read, file})};
        const QList<Grant> flat = GrantTree::flatten(tree);
        QCOMPARE(flat.size(), 3); // read, update, file (read de-duplicated)
        QCOMPARE(flat.at(1).action(), QStringLiteral("entity-update"));
        QVERIFY(!flat.at(1).toJson().contains("dependencies"));
    }

    void regroupFromRememberedLayout()
    {
        // Built by the administrator: a dependency the catalog does not know.
        const Grant task("workflow-execution-update", "entity:*:opportunity:*");
        const Grant note("note-create", "entity:*:opportunity:*");
        const Grant deny =
            withEquals(Grant("entity-delete", "entity:*:opportunity:*", "deny"), "status", {"won"});
        const QList<Grant> tree{withDependencies(task, {note}), deny};
        const QList<Grant> flat = GrantTree::flatten(tree);
        QCOMPARE(flat.size(), 3);
        const QList<Grant> regrouped = GrantTree::regroup(flat, tree);
        QCOMPARE(Grant::listToJson(regrouped), Grant::listToJson(tree));
        // Without the layout the flat list stays flat: nothing invented.
        QCOMPARE(GrantTree::regroup(flat, {}).size(), 3);
    }

    void regroupKeepsDependenciesTheServerDeduplicated()
    {
        const Grant read("entity-read", "entity:*:contact:*");
        const Grant update("entity-update", "entity:*:contact:*");
        const QList<Grant> tree{read, withDependencies(update, {read})};
        const QList<Grant> flat = GrantTree::flatten(tree);
        QCOMPARE(flat.size(), 2);
        QCOMPARE(Grant::listToJson(GrantTree::regroup(flat, tree)), Grant::listToJson(tree));
    }

    void regroupWithCatalogWhenDependencyFollows()
    {
        const Grant update("entity-update", "entity:*:opportunity:*");
        const Grant read("entity-read", "entity:*:opportunity:*");
        const QList<Grant> regrouped = GrantTree::regroup({update, read}, {});
        QCOMPARE(regrouped.size(), 1);
        QCOMPARE(regrouped.at(0).dependencies().size(), 1);
        // A remembered flat layout wins over the catalog's guess.
        QCOMPARE(GrantTree::regroup({update, read}, {update, read}).size(), 2);
        // Not directly after its grant: no guess.
        QCOMPARE(GrantTree::regroup({update, Grant("file-view", "x"), read}, {}).size(), 3);
    }

    void regroupAlwaysFlattensBack()
    {
        const Grant a("entity-read", "r1"), b("entity-update", "r1"), c("note-view", "r2");
        const QList<Grant> flat{a, b, c};
        // A misleading layout (c under a, but c is not next to a) is not applied.
        const QList<Grant> hint{withDependencies(a, {c}), b};
        QVERIFY(GrantTree::sameGrants(GrantTree::flatten(GrantTree::regroup(flat, hint)), flat));
    }

    void findingsOfTheTrapRole()
    {
        PolicyAnalyzer::Input input;
        input.name = "Trap";
        input.slug = "Trap Role";
        Grant noAction("", "entity:*:contact:*");
        Grant badEffect("entity-read", "entity:*:contact:*", "maybe");
        Grant emptyEquals = withEquals(Grant("entity-view", "entity:*:offer:*"), "status", {});
        Grant duplicate("note-view", "entity:*:opportunity:*");
        Grant everything("entity-read", "*");
        Grant denyOffers("entity-view", "entity:*:offer:*", "deny");
        Grant unknown("entity-frobnicate", "entity:*:contact:*");
        Grant needsRead("entity-update", "entity:*:meter:*");
        input.grants = {noAction,   badEffect,  emptyEquals, duplicate, duplicate,
                        everything, denyOffers, unknown,     needsRead};
        const QList<GrantFinding> findings = PolicyAnalyzer::analyze(input);
        QCOMPARE(codes(findings),
                 (QStringList{"allow-everything", "bad-effect", "bad-slug", "deny-shadows-allow",
                              "duplicate-grant", "equals-without-values", "missing-action",
                              "missing-dependency", "unknown-action"}));
        QVERIFY(PolicyAnalyzer::hasErrors(findings));
        QCOMPARE(PolicyAnalyzer::securityWarnings(findings).size(), 2);
        for (const GrantFinding &finding : findings) {
            if (finding.code == "missing-dependency") {
                QCOMPARE(finding.severity, GrantFinding::Severity::Suggestion);
                QCOMPARE(finding.path, GrantPath{8});
                QCOMPARE(finding.fixDependency->key(),
                         Grant("entity-read", "entity:*:meter:*").key());
            }
            if (finding.code == "duplicate-grant")
                QCOMPARE(finding.path, GrantPath{4});
            if (finding.code == "unknown-action")
                QCOMPARE(finding.severity, GrantFinding::Severity::Warning);
        }
    }

    // Issue 20: a grant without action said "This allows  on every resource."
    void grantWithoutActionAllowsNothing()
    {
        PolicyAnalyzer::Input input;
        input.name = "Empty";
        input.slug = "empty";
        input.grants = {Grant("", "*")};
        const QList<GrantFinding> findings = PolicyAnalyzer::analyze(input);
        QCOMPARE(codes(findings), QStringList{"missing-action"});
        QCOMPARE(findings.first().message,
                 QStringLiteral("This grant has no action yet: it allows nothing."));
    }

    // Issue 20: "entity-edit braucht meist auch allow entity-view": each finding is one
    // translatable sentence; only the action and resource names stay as they are.
    void findingsAreWholeSentencesForTranslation()
    {
        ShoutingTranslator shouting;
        QCoreApplication::installTranslator(&shouting);
        PolicyAnalyzer::Input input;
        input.name = "Editors";
        input.slug = "editors";
        input.grants = {Grant("entity-edit", "entity:*:contact:*"),
                        Grant("entity-view", "entity:*:offer:*", "deny")};
        const QList<GrantFinding> findings = PolicyAnalyzer::analyze(input);
        QCoreApplication::removeTranslator(&shouting);
        QVERIFY(codes(findings).contains("missing-dependency"));
        for (const GrantFinding &finding : findings) {
            QString words = finding.message;
            words.remove(QRegularExpression(QStringLiteral("entity-[a-z]+|entity:[a-z*:]+")));
            QVERIFY2(words == words.toUpper(), qPrintable(finding.message));
        }
        QCOMPARE(Grant("entity-view", "entity:*:offer:*", "deny").summary(),
                 QStringLiteral("deny entity-view on entity:*:offer:*"));
    }

    void cleanRoleHasNoFindings()
    {
        PolicyAnalyzer::Input input{
            "Sales",
            "partner_sales",
            {withDependencies(Grant("entity-update", "entity:*:opportunity:*"),
                              {Grant("entity-read", "entity:*:opportunity:*")})},
            std::nullopt};
        QVERIFY(PolicyAnalyzer::analyze(input).isEmpty());
    }

    void newAccessAgainstTheLoadedRole()
    {
        const Grant read("entity-read", "entity:*:opportunity:*");
        const Grant deny("entity-delete", "entity:*:opportunity:*", "deny");
        PolicyAnalyzer::Input input{"Sales",
                                    "sales",
                                    {read, Grant("note-view", "entity:*:opportunity:*")},
                                    QList<Grant>{read, deny}};
        const QList<GrantFinding> findings = PolicyAnalyzer::analyze(input);
        QCOMPARE(codes(findings),
                 (QStringList{"new-access", "new-access"})); // new allow, removed deny
        for (const GrantFinding &finding : findings)
            QVERIFY(finding.security);
    }

    void whatIf()
    {
        const QList<Grant> role{Grant("entity-read", "entity:*:opportunity:*"),
                                withEquals(Grant("entity-read", "entity:*:opportunity:*", "deny"),
                                           "workflows.primary.task_name", {"Contract"}),
                                withDependencies(Grant("entity-update", "entity:123:contact:*"),
                                                 {Grant("entity-read", "entity:123:contact:*")})};
        WhatIfCheck::Question allowed{"entity-read",
                                      "entity:123:opportunity:o1",
                                      {{"workflows.primary.task_name", "Qualification"}}};
        WhatIfCheck::Answer answer = WhatIfCheck::evaluate(role, allowed);
        QCOMPARE(answer.decision, WhatIfCheck::Decision::Allowed);
        QCOMPARE(answer.deciding.size(), 1);

        WhatIfCheck::Question denied{"entity-read",
                                     "entity:123:opportunity:o1",
                                     {{"workflows.primary.task_name", "Contract"}}};
        answer = WhatIfCheck::evaluate(role, denied);
        QCOMPARE(answer.decision, WhatIfCheck::Decision::DeniedExplicitly);
        QVERIFY(answer.deciding.first().isDeny());

        WhatIfCheck::Question nothing{"entity-delete", "entity:123:opportunity:o1", {}};
        QCOMPARE(WhatIfCheck::evaluate(role, nothing).decision, WhatIfCheck::Decision::NotAllowed);
        // The dependency counts as a grant of the role.
        WhatIfCheck::Question dependency{"entity-read", "entity:123:contact:c1", {}};
        QCOMPARE(WhatIfCheck::evaluate(role, dependency).decision, WhatIfCheck::Decision::Allowed);
        QVERIFY(WhatIfCheck::evaluate(role, dependency).explanation().contains("approximation"));
    }

    void reviewFieldByField()
    {
        Role current = Role::create("Sales", "sales",
                                    {Grant("entity-read", "entity:*:opportunity:*"),
                                     Grant("entity-update", "entity:*:opportunity:*"),
                                     Grant("note-view", "entity:*:opportunity:*")});
        Role draft = Role::create("Sales team", "sales",
                                  {Grant("entity-read", "entity:*:opportunity:*"),
                                   Grant("entity-update", "entity:*:opportunity:*", "deny"),
                                   Grant("file-view", "entity:*:opportunity:*")});
        const RoleReview review = RoleReview::compare(current, draft);
        QCOMPARE(review.roleFields.size(), 1);
        QCOMPARE(review.grants.size(), 3);
        int added = 0, removed = 0, changed = 0;
        for (const auto &change : review.grants) {
            if (change.kind == RoleReview::GrantChange::Kind::Added)
                ++added;
            if (change.kind == RoleReview::GrantChange::Kind::Removed)
                ++removed;
            if (change.kind == RoleReview::GrantChange::Kind::Changed) {
                ++changed;
                QCOMPARE(change.fields.size(), 1);
                QCOMPARE(change.fields.first().field, QStringLiteral("effect"));
                QCOMPARE(change.fields.first().after, QStringLiteral("Deny"));
            }
        }
        QCOMPARE(added + removed + changed, 3);
        QCOMPARE(changed, 1);
        QVERIFY(RoleReview::compare(current, current).isEmpty());
        QVERIFY(review.lines().join("\n").contains("effect: Allow → Deny"));
    }

    void treeModelShape()
    {
        GrantTreeModel model;
        model.setGrants({withDependencies(Grant("entity-update", "r"), {Grant("entity-read", "r")}),
                         Grant("x", "y", "deny")});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.rowCount(first), 1);
        const QModelIndex child = model.index(0, GrantTreeModel::ResourceColumn, first);
        QCOMPARE(model.data(child).toString(), QStringLiteral("r"));
        QCOMPARE(model.parent(child), first);
        QCOMPARE(model.pathForIndex(child), (GrantPath{0, 0}));
        QCOMPARE(model.indexForPath({0, 0}, 1), child);
        QCOMPARE(model.data(model.index(1, 0), GrantTreeModel::EffectRole).toString(),
                 QStringLiteral("deny"));
        GrantFinding finding;
        finding.path = {1};
        finding.severity = GrantFinding::Severity::Warning;
        model.setFindings({finding});
        QCOMPARE(model.data(model.index(1, 0), GrantTreeModel::FindingRole).toInt(),
                 int(GrantFinding::Severity::Warning));
        QCOMPARE(model.data(model.index(0, 0), GrantTreeModel::FindingRole).toInt(), -1);
    }
};

QTEST_GUILESS_MAIN(GrantLogicTest)
#include "tst_grant_logic.moc"
