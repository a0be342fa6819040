#include "domain/grants/RoleReview.h"

#include "domain/grants/GrantTree.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RoleReview", text);
}

QString conditionsText(const Grant &grant)
{
    QStringList parts;
    for (const GrantCondition &condition : grant.conditions())
        parts << condition.summary();
    return parts.isEmpty() ? tr("(none)") : parts.join(QStringLiteral("; "));
}

QString resourceText(const Grant &grant)
{
    return grant.hasResource() ? grant.resource() : tr("(every resource)");
}

} // namespace

RoleReview RoleReview::compare(const Role &current, const Role &draft)
{
    RoleReview review;
    if (current.name() != draft.name())
        review.roleFields.append({tr("name"), current.name(), draft.name()});
    if (!current.isEmpty() && current.slug() != draft.slug())
        review.roleFields.append({tr("slug"), current.slug(), draft.slug()});
    // Organization roles only (partner roles have neither).
    if (current.parentRole() != draft.parentRole())
        review.roleFields.append({tr("inherits from"), current.parentRole(), draft.parentRole()});
    if (current.expiresAt() != draft.expiresAt())
        review.roleFields.append({tr("expires"), current.expiresAt(), draft.expiresAt()});

    QList<Grant> before = GrantTree::flatten(current.grants());
    QList<Grant> after = GrantTree::flatten(draft.grants());
    // Identical grants are no change, wherever they sit.
    for (qsizetype index = after.size() - 1; index >= 0; --index) {
        for (qsizetype other = 0; other < before.size(); ++other) {
            if (before.at(other).key() == after.at(index).key()) {
                before.removeAt(other);
                after.removeAt(index);
                break;
            }
        }
    }
    // Pair what is left: same action and resource first, then same action.
    const auto pairBy = [&](auto same) {
        for (qsizetype index = 0; index < after.size();) {
            qsizetype partner = -1;
            for (qsizetype other = 0; other < before.size() && partner < 0; ++other) {
                if (same(before.at(other), after.at(index)))
                    partner = other;
            }
            if (partner < 0) {
                ++index;
                continue;
            }
            GrantChange change;
            change.kind = GrantChange::Kind::Changed;
            change.before = before.takeAt(partner);
            change.after = after.takeAt(index);
            change.fields = grantFields(change.before, change.after);
            review.grants.append(change);
        }
    };
    pairBy([](const Grant &a, const Grant &b) {
        return a.action() == b.action() && a.resource() == b.resource();
    });
    pairBy([](const Grant &a, const Grant &b) { return a.action() == b.action(); });
    for (const Grant &grant : before)
        review.grants.append({GrantChange::Kind::Removed, grant, {}, {}});
    for (const Grant &grant : after)
        review.grants.append({GrantChange::Kind::Added, {}, grant, {}});
    return review;
}

QList<RoleReview::FieldChange> RoleReview::grantFields(const Grant &before, const Grant &after)
{
    QList<FieldChange> fields;
    if (before.action() != after.action())
        fields.append({tr("action"), before.action(), after.action()});
    if (resourceText(before) != resourceText(after))
        fields.append({tr("resource"), resourceText(before), resourceText(after)});
    if (before.effectiveEffect() != after.effectiveEffect())
        fields.append({tr("effect"), Grant::effectText(before.effectiveEffect()),
                       Grant::effectText(after.effectiveEffect())});
    if (conditionsText(before) != conditionsText(after))
        fields.append({tr("conditions"), conditionsText(before), conditionsText(after)});
    return fields;
}

QStringList RoleReview::lines() const
{
    QStringList text;
    for (const FieldChange &field : roleFields)
        text << tr("Role %1: \"%2\" → \"%3\"").arg(field.field, field.before, field.after);
    for (const GrantChange &change : grants) {
        switch (change.kind) {
        case GrantChange::Kind::Added:
            text << tr("+ added: %1").arg(change.after.summary());
            break;
        case GrantChange::Kind::Removed:
            text << tr("− removed: %1").arg(change.before.summary());
            break;
        case GrantChange::Kind::Changed:
            text << tr("~ changed: %1").arg(change.before.summary());
            for (const FieldChange &field : change.fields)
                text << tr("    %1: %2 → %3").arg(field.field, field.before, field.after);
            break;
        }
    }
    return text;
}
