#include "domain/grants/WhatIfCheck.h"

#include "domain/grants/GrantMatcher.h"
#include "domain/grants/GrantTree.h"

#include <QCoreApplication>
#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WhatIfCheck", text);
}

// Whether one of the condition's user attributes (all given attributes when it names none)
// holds the current user; a value may list several user ids separated by commas.
bool namesCurrentUser(const GrantCondition &condition, const WhatIfCheck::Question &question)
{
    const QStringList paths = condition.userFields();
    for (auto it = question.attributes.cbegin(); it != question.attributes.cend(); ++it) {
        const bool named =
            paths.isEmpty() || std::any_of(paths.cbegin(), paths.cend(), [&](const QString &path) {
                return path == it.key() || GrantMatcher::matches(path, it.key());
            });
        if (!named)
            continue;
        for (const QString &id : it.value().split(QLatin1Char(','))) {
            if (id.trimmed() == question.currentUserId)
                return true;
        }
    }
    return false;
}

} // namespace

bool WhatIfCheck::applies(const Grant &grant, const Question &question, QStringList *notes)
{
    if (grant.action().isEmpty() || !GrantMatcher::matches(grant.action(), question.action))
        return false;
    if (grant.hasResource() && !GrantMatcher::matches(grant.resource(), question.resource))
        return false;
    for (const GrantCondition &condition : grant.conditions()) {
        const GrantCondition::Kind kind = condition.kind();
        const bool currentUser = kind == GrantCondition::Kind::EqualsCurrentUser ||
                                 kind == GrantCondition::Kind::NotEqualsCurrentUser;
        if (kind == GrantCondition::Kind::Unknown ||
            (condition.comparesValues() && condition.attribute().isEmpty())) {
            if (notes)
                notes->append(tr("The condition %1 of \"%2\" cannot be evaluated here and was "
                                 "taken as not holding.")
                                  .arg(condition.summary(), grant.summary()));
            return false;
        }
        if (currentUser) {
            if (question.currentUserId.isEmpty()) {
                if (notes)
                    notes->append(tr("No current user given, so \"%1\" does not apply.")
                                      .arg(grant.summary()));
                return false;
            }
            const bool wanted = kind == GrantCondition::Kind::EqualsCurrentUser;
            if (namesCurrentUser(condition, question) != wanted)
                return false;
            continue;
        }
        const QString value = question.attributes.value(condition.attribute());
        if (kind == GrantCondition::Kind::NotEquals) {
            // permissions.json: a record without the attribute (or with it empty) passes.
            if (!value.isEmpty() && condition.values().contains(value))
                return false;
            continue;
        }
        if (!question.attributes.contains(condition.attribute())) {
            if (notes)
                notes->append(tr("No value given for \"%1\", so \"%2\" does not apply.")
                                  .arg(condition.attribute(), grant.summary()));
            return false;
        }
        if (!condition.values().contains(value))
            return false;
    }
    return true;
}

WhatIfCheck::Answer WhatIfCheck::evaluate(const QList<Grant> &grants, const Question &question)
{
    Answer answer;
    QList<Grant> allows;
    QList<Grant> denies;
    for (const Grant &grant : GrantTree::flatten(grants)) {
        if (!applies(grant, question, &answer.notes))
            continue;
        if (grant.isDeny())
            denies.append(grant);
        else if (grant.effectiveEffect() == QLatin1String("allow"))
            allows.append(grant);
    }
    if (!denies.isEmpty()) {
        answer.decision = Decision::DeniedExplicitly;
        answer.deciding = denies;
    } else if (!allows.isEmpty()) {
        answer.decision = Decision::Allowed;
        answer.deciding = allows;
    }
    answer.notes.removeDuplicates();
    return answer;
}

QString WhatIfCheck::decisionLabel(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return tr("Allowed");
    case Decision::DeniedExplicitly:
        return tr("Denied by an explicit deny");
    case Decision::NotAllowed:
        return tr("Not allowed (no grant allows it)");
    }
    return {};
}

QString WhatIfCheck::Answer::explanation() const
{
    QStringList lines{decisionLabel(decision)};
    for (const Grant &grant : deciding)
        lines << tr("  decided by: %1").arg(grant.summary());
    for (const QString &note : notes)
        lines << tr("  note: %1").arg(note);
    lines << tr("An approximation of the server's rules: an explicit deny wins, every condition "
                "must hold.");
    return lines.join(QLatin1Char('\n'));
}
