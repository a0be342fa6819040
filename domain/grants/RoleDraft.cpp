#include "domain/grants/RoleDraft.h"

#include "domain/common/JsonLocator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RoleEdits", text);
}

RoleDraftEdit unchanged(const RoleDraft &draft, const GrantPath &selected)
{
    return {draft, selected};
}

RoleDraftEdit withGrants(const RoleDraft &draft, const QList<Grant> &grants,
                         const GrantPath &select)
{
    RoleDraft after = draft;
    after.grants = grants;
    return {after, select};
}

// Replaces the selected grant by `change(grant)`; unchanged without a selection.
template <typename Change>
RoleDraftEdit changedGrant(const RoleDraft &draft, const GrantPath &selected, Change change)
{
    if (!GrantTree::isValid(draft.grants, selected))
        return unchanged(draft, selected);
    Grant grant = GrantTree::at(draft.grants, selected);
    change(grant);
    return withGrants(draft, GrantTree::replaced(draft.grants, selected, grant), selected);
}

RoleDraftEdit dependencyOf(const RoleDraft &draft, int owner, const Grant &dependency)
{
    const int at = int(draft.grants.at(owner).dependencies().size());
    return withGrants(draft, GrantTree::inserted(draft.grants, {owner, at}, dependency),
                      {owner, at});
}

} // namespace

namespace RoleEdits {

RoleDraftEdit renamed(const RoleDraft &draft, const GrantPath &selected, const QString &name)
{
    RoleDraft after = draft;
    after.name = name;
    return {after, selected};
}

RoleDraftEdit withSlug(const RoleDraft &draft, const GrantPath &selected, const QString &slug)
{
    RoleDraft after = draft;
    after.slug = slug.trimmed();
    return {after, selected};
}

RoleDraftEdit grantAdded(const RoleDraft &draft, const GrantPath &selected)
{
    const int at = selected.isEmpty() ? int(draft.grants.size()) : selected.first() + 1;
    return withGrants(
        draft, GrantTree::inserted(draft.grants, {at}, Grant(QString(), QString(), "allow")), {at});
}

RoleDraftEdit dependencyAdded(const RoleDraft &draft, const GrantPath &selected)
{
    if (!GrantTree::isValid(draft.grants, selected))
        return unchanged(draft, selected);
    const int owner = selected.first();
    const Grant parent = draft.grants.at(owner);
    return dependencyOf(
        draft, owner,
        Grant(QStringLiteral("entity-read"), parent.resource(), QStringLiteral("allow")));
}

RoleDraftEdit duplicated(const RoleDraft &draft, const GrantPath &selected)
{
    if (!GrantTree::isValid(draft.grants, selected))
        return unchanged(draft, selected);
    GrantPath target = selected;
    target.last() += 1;
    return withGrants(
        draft, GrantTree::inserted(draft.grants, target, GrantTree::at(draft.grants, selected)),
        target);
}

RoleDraftEdit removed(const RoleDraft &draft, const GrantPath &selected)
{
    if (!GrantTree::isValid(draft.grants, selected))
        return unchanged(draft, selected);
    const QList<Grant> after = GrantTree::removed(draft.grants, selected);
    GrantPath next = selected;
    if (next.last() >= GrantTree::siblingCount(after, next))
        next.last() -= 1;
    if (next.last() < 0)
        next.removeLast();
    return withGrants(draft, after, next);
}

RoleDraftEdit moved(const RoleDraft &draft, const GrantPath &selected, int step)
{
    if (!GrantTree::isValid(draft.grants, selected))
        return unchanged(draft, selected);
    GrantPath target = selected;
    target.last() += step;
    const QList<Grant> after = GrantTree::moved(draft.grants, selected, step);
    return withGrants(draft, after, GrantTree::isValid(after, target) ? target : selected);
}

RoleDraftEdit pasted(const RoleDraft &draft, const GrantPath &selected, const QList<Grant> &grants)
{
    if (grants.isEmpty())
        return unchanged(draft, selected);
    QList<Grant> after = draft.grants;
    int at = selected.isEmpty() ? int(after.size()) : selected.first() + 1;
    const int first = at;
    for (const Grant &grant : grants)
        after.insert(at++, grant);
    return withGrants(draft, after, {first});
}

RoleDraftEdit fixed(const RoleDraft &draft, const GrantPath &selected, const GrantFinding &finding)
{
    if (!finding.fixDependency || !GrantTree::isValid(draft.grants, finding.path))
        return unchanged(draft, selected);
    return dependencyOf(draft, finding.path.first(), *finding.fixDependency);
}

RoleDraftEdit withAction(const RoleDraft &draft, const GrantPath &selected, const QString &action)
{
    return changedGrant(draft, selected, [&](Grant &grant) { grant.setAction(action); });
}

RoleDraftEdit withResource(const RoleDraft &draft, const GrantPath &selected,
                           const QString &resource)
{
    return changedGrant(draft, selected, [&](Grant &grant) { grant.setResource(resource); });
}

RoleDraftEdit withEffect(const RoleDraft &draft, const GrantPath &selected, const QString &effect)
{
    return changedGrant(draft, selected, [&](Grant &grant) { grant.setEffect(effect); });
}

RoleDraftEdit conditionAdded(const RoleDraft &draft, const GrantPath &selected,
                             const QString &attribute, const QStringList &values)
{
    return conditionAdded(draft, selected, GrantCondition::Kind::Equals, attribute, values);
}

RoleDraftEdit conditionAdded(const RoleDraft &draft, const GrantPath &selected,
                             GrantCondition::Kind kind, const QString &attribute,
                             const QStringList &values)
{
    if (kind == GrantCondition::Kind::Unknown)
        return unchanged(draft, selected);
    return changedGrant(draft, selected, [&](Grant &grant) {
        QList<GrantCondition> conditions = grant.conditions();
        conditions.append(GrantCondition::make(kind, attribute, values));
        grant.setConditions(conditions);
    });
}

RoleDraftEdit conditionChanged(const RoleDraft &draft, const GrantPath &selected, int condition,
                               const QString &attribute, const QStringList &values)
{
    return changedGrant(draft, selected, [&](Grant &grant) {
        QList<GrantCondition> conditions = grant.conditions();
        if (condition < 0 || condition >= conditions.size() || !conditions.at(condition).isEquals())
            return;
        conditions[condition].setAttribute(attribute);
        conditions[condition].setValues(values);
        grant.setConditions(conditions);
    });
}

RoleDraftEdit conditionChanged(const RoleDraft &draft, const GrantPath &selected, int condition,
                               GrantCondition::Kind kind, const QString &attribute,
                               const QStringList &values)
{
    return changedGrant(draft, selected, [&](Grant &grant) {
        QList<GrantCondition> conditions = grant.conditions();
        if (condition < 0 || condition >= conditions.size() ||
            !conditions.at(condition).isEditable() || kind == GrantCondition::Kind::Unknown)
            return;
        GrantCondition &changed = conditions[condition];
        changed.setKind(kind);
        if (changed.comparesValues()) {
            changed.setAttribute(attribute);
            changed.setValues(values);
        } else { // "a, b" names several user fields
            changed.setUserFields(attribute.split(QLatin1Char(',')));
        }
        grant.setConditions(conditions);
    });
}

RoleDraftEdit withParentRole(const RoleDraft &draft, const GrantPath &selected,
                             const QString &roleId)
{
    RoleDraft after = draft;
    after.parentRole = roleId;
    return {after, selected};
}

RoleDraftEdit withExpiry(const RoleDraft &draft, const GrantPath &selected,
                         const QString &isoDateTime)
{
    RoleDraft after = draft;
    after.expiresAt = isoDateTime;
    return {after, selected};
}

RoleDraft draftOf(const Role &role, const QList<Grant> &grants)
{
    return RoleDraft{role.name(), role.slug(), grants, role.parentRole(), role.expiresAt()};
}

RoleDraftEdit conditionRemoved(const RoleDraft &draft, const GrantPath &selected, int condition)
{
    return changedGrant(draft, selected, [&](Grant &grant) {
        QList<GrantCondition> conditions = grant.conditions();
        if (condition < 0 || condition >= conditions.size())
            return;
        conditions.removeAt(condition);
        grant.setConditions(conditions);
    });
}

QString jsonText(const RoleDraft &draft, const Role &loaded)
{
    QJsonObject json;
    if (!loaded.id().isEmpty())
        json.insert(QStringLiteral("id"), loaded.id());
    json.insert(QStringLiteral("name"), draft.name);
    json.insert(QStringLiteral("slug"), draft.slug);
    if (!loaded.type().isEmpty())
        json.insert(QStringLiteral("type"), loaded.type());
    if (!draft.parentRole.isEmpty())
        json.insert(QStringLiteral("parent_role"), draft.parentRole);
    if (!draft.expiresAt.isEmpty())
        json.insert(QStringLiteral("expires_at"), draft.expiresAt);
    json.insert(QStringLiteral("grants"), Grant::listToJson(draft.grants));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

namespace {

JsonReading refused(int line, const QString &reason)
{
    JsonReading reading;
    reading.line = line;
    reading.reason = reason;
    return reading;
}

JsonReading readObject(const QString &text, const QJsonObject &json, const Role &loaded, bool isNew)
{
    const JsonLocator locator(text);
    const auto fail = [&](const QString &path, const QString &why) {
        return refused(qMax(1, locator.lineOf(path)), why);
    };
    if (!json.value("name").isString())
        return fail(QStringLiteral("name"), tr("\"name\" must be text"));
    if (!json.value("slug").isString())
        return fail(QStringLiteral("slug"), tr("\"slug\" must be text"));
    if (!isNew && json.value("slug").toString() != loaded.slug())
        return fail(QStringLiteral("slug"), tr("the slug of a saved role cannot change"));
    if (json.contains("id") && json.value("id").toString() != loaded.id())
        return fail(QStringLiteral("id"), tr("the id cannot change"));
    for (const char *member : {"parent_role", "expires_at"}) {
        const QJsonValue value = json.value(QLatin1String(member));
        if (!value.isUndefined() && !value.isString())
            return fail(QLatin1String(member), tr("\"%1\" must be text").arg(member));
    }
    const QString expiresAt = json.value("expires_at").toString();
    if (!expiresAt.isEmpty() && !QDateTime::fromString(expiresAt, Qt::ISODateWithMs).isValid())
        return fail(QStringLiteral("expires_at"),
                    tr("\"expires_at\" must be a date and time such as 2028-07-21T17:32:28Z"));
    QString problem;
    const auto grants = Grant::listFromJson(json.value("grants"), &problem, "grants");
    if (!grants)
        return fail(problem.section(QLatin1Char(' '), 0, 0), problem);
    JsonReading reading;
    reading.draft = RoleDraft{json.value("name").toString(), json.value("slug").toString(), *grants,
                              json.value("parent_role").toString(), expiresAt};
    return reading;
}

} // namespace

JsonReading fromJsonText(const QString &text, const Role &loaded, bool isNew)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset counts UTF-8 bytes; map it back to characters for the line.
        const QString before = QString::fromUtf8(text.toUtf8().left(parseError.offset));
        return refused(JsonLocator::lineAtOffset(text, before.size()), parseError.errorString());
    }
    if (!document.isObject())
        return refused(1, tr("the role must be a JSON object"));
    return readObject(text, document.object(), loaded, isNew);
}

std::optional<QList<Grant>> grantsFromJsonText(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error =
                tr("The clipboard does not hold grants as JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    QString problem;
    std::optional<QList<Grant>> grants;
    if (document.isObject()) {
        if (auto grant = Grant::fromJson(document.object(), &problem))
            grants = QList<Grant>{*grant};
    } else {
        grants = Grant::listFromJson(document.array(), &problem);
    }
    if (!grants || grants->isEmpty()) {
        if (error)
            *error = problem.isEmpty() ? tr("The clipboard holds no grants.")
                                       : tr("The clipboard's grants do not fit: %1").arg(problem);
        return std::nullopt;
    }
    return grants;
}

Role applied(const Role &loaded, const RoleDraft &draft)
{
    Role role = loaded;
    role.setName(draft.name);
    role.setSlug(draft.slug);
    role.setGrants(draft.grants);
    role.setParentRole(draft.parentRole);
    role.setExpiresAt(draft.expiresAt);
    return role;
}

} // namespace RoleEdits
