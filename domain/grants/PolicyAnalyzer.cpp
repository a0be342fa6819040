#include "domain/grants/PolicyAnalyzer.h"

#include "domain/grants/GrantCatalog.h"
#include "domain/grants/GrantMatcher.h"
#include "services/api/PartnerDirectoryService.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PolicyAnalyzer", text);
}

GrantFinding finding(GrantFinding::Severity severity, const QString &code, const QString &message,
                     const GrantPath &path = {}, bool security = false)
{
    GrantFinding result;
    result.severity = severity;
    result.code = code;
    result.message = message;
    result.path = path;
    result.security = security;
    return result;
}

// "", "*" and patterns such as "entity:*:*:*" (every part a wildcard) reach every resource.
bool coversEverything(const QString &pattern)
{
    if (pattern.isEmpty() || pattern == QLatin1String("*"))
        return true;
    const QStringList parts = pattern.split(QLatin1Char(':'));
    for (qsizetype index = 1; index < parts.size(); ++index) {
        if (parts.at(index) != QLatin1String("*"))
            return false;
    }
    return parts.size() > 1;
}

// Where each flattened grant first appears in the tree, to point findings at it.
QHash<QString, GrantPath> firstPaths(const QList<Grant> &grants)
{
    QHash<QString, GrantPath> paths;
    for (int index = 0; index < grants.size(); ++index) {
        const QString key = grants.at(index).withoutDependencies().key();
        if (!paths.contains(key))
            paths.insert(key, {index});
        const QList<Grant> dependencies = grants.at(index).dependencies();
        for (int dependency = 0; dependency < dependencies.size(); ++dependency) {
            const QString dependencyKey = dependencies.at(dependency).key();
            if (!paths.contains(dependencyKey))
                paths.insert(dependencyKey, {index, dependency});
        }
    }
    return paths;
}

} // namespace

QString GrantFinding::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Suggestion:
        return tr("Suggestion");
    }
    return {};
}

QList<GrantFinding> PolicyAnalyzer::analyze(const Input &input)
{
    QList<GrantFinding> findings;
    checkRole(input, findings);
    for (int index = 0; index < input.grants.size(); ++index) {
        const Grant &grant = input.grants.at(index);
        checkGrant(grant, {index}, findings);
        const QList<Grant> dependencies = grant.dependencies();
        for (int dependency = 0; dependency < dependencies.size(); ++dependency) {
            checkGrant(dependencies.at(dependency), {index, dependency}, findings);
            if (dependencies.at(dependency).toJson().contains(QStringLiteral("dependencies")))
                findings.append(finding(GrantFinding::Severity::Error, "nested-dependency",
                                        tr("A dependency cannot have dependencies of its own."),
                                        {index, dependency}));
        }
        checkDuplicates(dependencies, {index}, findings);
    }
    checkDuplicates(input.grants, {}, findings);
    checkShadowing(input.grants, findings);
    checkNewAccess(input, findings);
    checkDependencies(input.grants, findings);
    return findings;
}

bool PolicyAnalyzer::hasErrors(const QList<GrantFinding> &findings)
{
    for (const GrantFinding &item : findings) {
        if (item.severity == GrantFinding::Severity::Error)
            return true;
    }
    return false;
}

QList<GrantFinding> PolicyAnalyzer::securityWarnings(const QList<GrantFinding> &findings)
{
    QList<GrantFinding> warnings;
    for (const GrantFinding &item : findings) {
        if (item.severity == GrantFinding::Severity::Warning && item.security)
            warnings.append(item);
    }
    return warnings;
}

void PolicyAnalyzer::checkRole(const Input &input, QList<GrantFinding> &findings)
{
    if (input.name.trimmed().isEmpty())
        findings.append(
            finding(GrantFinding::Severity::Error, "missing-name", tr("The role needs a name.")));
    if (!PartnerDirectoryService::isSlug(input.slug))
        findings.append(finding(
            GrantFinding::Severity::Error, "bad-slug",
            tr("The slug \"%1\" must start with a lower-case letter and hold only lower-case "
               "letters, digits and underscores (^[a-z][a-z0-9_]*$).")
                .arg(input.slug)));
}

void PolicyAnalyzer::checkGrant(const Grant &grant, const GrantPath &path,
                                QList<GrantFinding> &findings)
{
    using Severity = GrantFinding::Severity;
    if (grant.action().trimmed().isEmpty())
        findings.append(finding(Severity::Error, "missing-action",
                                tr("This grant has no action yet: it allows nothing."), path));
    else if (!GrantCatalog::isKnownAction(grant.action()))
        findings.append(finding(Severity::Warning, "unknown-action",
                                tr("\"%1\" is not an action this editor knows; check its spelling.")
                                    .arg(grant.action()),
                                path));
    const QString effect = grant.effectiveEffect();
    if (effect != QLatin1String("allow") && effect != QLatin1String("deny"))
        findings.append(finding(Severity::Error, "bad-effect",
                                tr("The effect must be allow or deny, not \"%1\".").arg(effect),
                                path));
    const QList<GrantCondition> conditions = grant.conditions();
    for (const GrantCondition &condition : conditions) {
        if (!condition.isEditable()) {
            findings.append(finding(Severity::Warning, "unknown-condition",
                                    tr("The condition %1 is kept as it is; the editor cannot "
                                       "check it.")
                                        .arg(condition.summary()),
                                    path));
            continue;
        }
        if (!condition.comparesValues())
            continue; // current-user conditions: every member is optional
        if (condition.attribute().trimmed().isEmpty())
            findings.append(finding(Severity::Error, "equals-without-attribute",
                                    tr("An equals condition has no attribute."), path));
        if (condition.values().isEmpty())
            findings.append(finding(Severity::Error, "equals-without-values",
                                    tr("The equals condition on \"%1\" has no values: it can "
                                       "never hold.")
                                        .arg(condition.attribute()),
                                    path));
    }
    const bool everyResource = coversEverything(grant.resource());
    const bool everyAction = grant.action() == QLatin1String("*");
    // Without an action the grant allows nothing; "missing-action" says so.
    const bool hasAction = !grant.action().trimmed().isEmpty();
    if (effect == QLatin1String("allow") && hasAction && (everyResource || everyAction)) {
        const QString what = everyAction ? tr("every action") : grant.action();
        const QString where = everyResource ? tr("every resource") : grant.resource();
        findings.append(
            finding(Severity::Warning, "allow-everything",
                    tr("This allows %1 on %2%3.")
                        .arg(what, where,
                             conditions.isEmpty() ? QString() : tr(" (when its conditions hold)")),
                    path, true));
    }
}

void PolicyAnalyzer::checkDuplicates(const QList<Grant> &siblings, const GrantPath &parent,
                                     QList<GrantFinding> &findings)
{
    QHash<QString, int> first;
    for (int index = 0; index < siblings.size(); ++index) {
        const QString key = siblings.at(index).withoutDependencies().key();
        if (first.contains(key)) {
            findings.append(finding(GrantFinding::Severity::Error, "duplicate-grant",
                                    tr("This grant repeats grant %1: %2")
                                        .arg(first.value(key) + 1)
                                        .arg(siblings.at(index).summary()),
                                    GrantPath(parent) << index));
        } else {
            first.insert(key, index);
        }
    }
}

void PolicyAnalyzer::checkShadowing(const QList<Grant> &grants, QList<GrantFinding> &findings)
{
    const QList<Grant> flat = GrantTree::flatten(grants);
    const QHash<QString, GrantPath> paths = firstPaths(grants);
    for (const Grant &deny : flat) {
        if (!deny.isDeny())
            continue;
        for (const Grant &allow : flat) {
            if (allow.isDeny() || allow.effectiveEffect() != QLatin1String("allow"))
                continue;
            const QString denyResource = deny.hasResource() ? deny.resource() : QStringLiteral("*");
            const QString allowResource =
                allow.hasResource() ? allow.resource() : QStringLiteral("*");
            if (!GrantMatcher::covers(deny.action(), allow.action()) &&
                !GrantMatcher::covers(allow.action(), deny.action()))
                continue;
            if (!GrantMatcher::covers(denyResource, allowResource) &&
                !GrantMatcher::covers(allowResource, denyResource))
                continue;
            const bool whole = deny.conditions().isEmpty() &&
                               GrantMatcher::covers(deny.action(), allow.action()) &&
                               GrantMatcher::covers(denyResource, allowResource);
            findings.append(finding(GrantFinding::Severity::Warning, "deny-shadows-allow",
                                    whole
                                        ? tr("The deny \"%1\" cancels the allow \"%2\" completely.")
                                              .arg(deny.summary(), allow.summary())
                                        : tr("The deny \"%1\" cancels the allow \"%2\" in part.")
                                              .arg(deny.summary(), allow.summary()),
                                    paths.value(deny.key()), true));
        }
    }
}

void PolicyAnalyzer::checkNewAccess(const Input &input, QList<GrantFinding> &findings)
{
    if (!input.before)
        return;
    QSet<QString> before;
    for (const Grant &grant : GrantTree::flatten(*input.before))
        before.insert(grant.key());
    const QList<Grant> now = GrantTree::flatten(input.grants);
    QSet<QString> after;
    const QHash<QString, GrantPath> paths = firstPaths(input.grants);
    for (const Grant &grant : now) {
        after.insert(grant.key());
        if (grant.effectiveEffect() == QLatin1String("allow") && !before.contains(grant.key()))
            findings.append(finding(GrantFinding::Severity::Warning, "new-access",
                                    tr("New access: %1").arg(grant.summary()),
                                    paths.value(grant.key()), true));
    }
    for (const Grant &grant : GrantTree::flatten(*input.before)) {
        if (grant.isDeny() && !after.contains(grant.key()))
            findings.append(
                finding(GrantFinding::Severity::Warning, "new-access",
                        tr("Removing the deny \"%1\" gives that access back.").arg(grant.summary()),
                        {}, true));
    }
}

void PolicyAnalyzer::checkDependencies(const QList<Grant> &grants, QList<GrantFinding> &findings)
{
    QSet<QString> present;
    for (const Grant &grant : GrantTree::flatten(grants))
        present.insert(grant.key());
    for (int index = 0; index < grants.size(); ++index) {
        for (const Grant &needed : GrantCatalog::usualDependencies(grants.at(index))) {
            if (present.contains(needed.key()))
                continue;
            GrantFinding item = finding(GrantFinding::Severity::Suggestion, "missing-dependency",
                                        tr("%1 usually needs this grant as well: %2")
                                            .arg(grants.at(index).action(), needed.summary()),
                                        {index});
            item.fixDependency = needed;
            findings.append(item);
        }
    }
}
