#include "domain/partners/RoleConflict.h"

#include "domain/grants/GrantTree.h"

namespace {

const QString kName = QStringLiteral("name");
const QString kGrants = QStringLiteral("grants");

QJsonValue flatGrants(const QList<Grant> &grants)
{
    return Grant::listToJson(GrantTree::flatten(grants));
}

} // namespace

namespace RoleConflict {

FieldConflict compare(const Role &loaded, const QString &myName, const QList<Grant> &myTree,
                      const Role &current, const QString &nameLabel, const QString &grantsLabel,
                      const std::function<QString(const QList<Grant> &)> &formatter)
{
    FieldConflict conflict;
    conflict.add(kName, nameLabel, loaded.name(), myName, current.name());
    conflict.add(kGrants, grantsLabel, flatGrants(loaded.grants()), flatGrants(myTree),
                 flatGrants(current.grants()), [formatter](const QJsonValue &grants) {
                     return formatter(Grant::listFromJson(grants).value_or(QList<Grant>()));
                 });
    return conflict;
}

Choice chosen(const FieldConflict &resolved, const Role &current)
{
    const QJsonObject values = resolved.merged().values;
    return {values.value(kName).toString(),
            !FieldConflict::same(values.value(kGrants), flatGrants(current.grants()))};
}

bool changedSince(const Role &loaded, const Role &current)
{
    return current.name() != loaded.name() ||
           !GrantTree::sameGrants(current.grants(), loaded.grants());
}

} // namespace RoleConflict
