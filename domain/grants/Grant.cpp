#include "domain/grants/Grant.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Grant", text);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true/false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}

QString joined(const QString &where, const QString &member)
{
    return where.isEmpty() ? member : where + QLatin1Char('.') + member;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool checkString(const QJsonObject &json, const QString &member, const QString &where,
                 QString *error)
{
    const QJsonValue value = json.value(member);
    if (value.isUndefined() || value.isString())
        return true;
    return fail(error, tr("%1 must be text, not %2").arg(joined(where, member), typeName(value)));
}

bool checkCondition(const QJsonValue &value, const QString &where, QString *error)
{
    if (!value.isObject())
        return fail(error, tr("%1 must be an object, not %2").arg(where, typeName(value)));
    const QJsonObject condition = value.toObject();
    if (!condition.value("operation").isString())
        return fail(error, tr("%1 needs an \"operation\"").arg(where));
    const GrantCondition::Kind kind =
        GrantCondition::kindOf(condition.value("operation").toString());
    if (kind == GrantCondition::Kind::Unknown)
        return true; // another shape: kept as it is
    if (!checkString(condition, "attribute", where, error))
        return false;
    if (kind == GrantCondition::Kind::EqualsCurrentUser ||
        kind == GrantCondition::Kind::NotEqualsCurrentUser) {
        const QJsonValue attributes = condition.value("attributes");
        if (!attributes.isUndefined() && !attributes.isArray())
            return fail(error, tr("%1 must be a list, not %2")
                                   .arg(joined(where, "attributes"), typeName(attributes)));
        return true;
    }
    const QJsonValue values = condition.value("values");
    if (!values.isUndefined() && !values.isArray())
        return fail(error,
                    tr("%1 must be a list, not %2").arg(joined(where, "values"), typeName(values)));
    const QJsonArray list = values.toArray();
    for (qsizetype index = 0; index < list.size(); ++index) {
        if (!list.at(index).isString())
            return fail(error, tr("%1[%2] must be text, not %3")
                                   .arg(joined(where, "values"))
                                   .arg(index)
                                   .arg(typeName(list.at(index))));
    }
    return true;
}

} // namespace

namespace {

struct ConditionName
{
    GrantCondition::Kind kind;
    const char *operation;
};

constexpr ConditionName kConditions[] = {
    {GrantCondition::Kind::Equals, "equals"},
    {GrantCondition::Kind::NotEquals, "not_equals"},
    {GrantCondition::Kind::EqualsCurrentUser, "equals_current_user"},
    {GrantCondition::Kind::NotEqualsCurrentUser, "not_equals_current_user"},
};

} // namespace

GrantCondition GrantCondition::equals(const QString &attribute, const QStringList &values)
{
    return make(Kind::Equals, attribute, values);
}

GrantCondition GrantCondition::make(Kind kind, const QString &attribute, const QStringList &values)
{
    GrantCondition condition(QJsonObject{{"operation", operationOf(kind)}});
    condition.setAttribute(attribute);
    if (condition.comparesValues())
        condition.setValues(values);
    return condition;
}

QString GrantCondition::operationOf(Kind kind)
{
    for (const ConditionName &entry : kConditions) {
        if (entry.kind == kind)
            return QLatin1String(entry.operation);
    }
    return {};
}

GrantCondition::Kind GrantCondition::kindOf(const QString &operation)
{
    for (const ConditionName &entry : kConditions) {
        if (operation == QLatin1String(entry.operation))
            return entry.kind;
    }
    return Kind::Unknown;
}

void GrantCondition::setAttribute(const QString &attribute)
{
    // A current-user condition without an attribute scans every user field: the member goes.
    if (attribute.isEmpty() && !comparesValues())
        remove(QStringLiteral("attribute"));
    else
        set(QStringLiteral("attribute"), attribute);
}

void GrantCondition::setValues(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    set(QStringLiteral("values"), array);
}

QStringList GrantCondition::userFields() const
{
    if (!attributes().isEmpty())
        return attributes();
    return attribute().isEmpty() ? QStringList() : QStringList{attribute()};
}

void GrantCondition::setUserFields(const QStringList &fields)
{
    QStringList kept;
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            kept.append(field.trimmed());
    }
    remove(QStringLiteral("attributes"));
    remove(QStringLiteral("attribute"));
    if (kept.size() == 1)
        set(QStringLiteral("attribute"), kept.first());
    else if (kept.size() > 1)
        set(QStringLiteral("attributes"), QJsonArray::fromStringList(kept));
}

void GrantCondition::setKind(Kind kind)
{
    if (kind == Kind::Unknown || kind == this->kind())
        return;
    set(QStringLiteral("operation"), operationOf(kind));
    if (comparesValues()) {
        remove(QStringLiteral("attributes"));
        if (!hasValuesList())
            setValues({});
        if (!m_json.contains(QStringLiteral("attribute")))
            set(QStringLiteral("attribute"), QString());
    } else {
        remove(QStringLiteral("values"));
        setAttribute(attribute());
    }
}

QString GrantCondition::summary() const
{
    const QString joinedValues = values().join(QStringLiteral(", "));
    const QStringList fields = userFields();
    switch (kind()) {
    case Kind::Equals:
        return tr("%1 equals %2").arg(attribute(), joinedValues);
    case Kind::NotEquals:
        return tr("%1 does not equal %2").arg(attribute(), joinedValues);
    case Kind::EqualsCurrentUser:
        return fields.isEmpty() ? tr("the current user is in any user field")
                                : tr("the current user is in %1").arg(fields.join(tr(" or ")));
    case Kind::NotEqualsCurrentUser:
        return fields.isEmpty() ? tr("the current user is in no user field")
                                : tr("the current user is not in %1").arg(fields.join(tr(" or ")));
    case Kind::Unknown:
        break;
    }
    return QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Compact));
}

Grant::Grant(const QString &action, const QString &resource, const QString &effect)
{
    setAction(action);
    setResource(resource);
    setEffect(effect);
}

std::optional<Grant> Grant::fromJson(const QJsonValue &value, QString *error, const QString &where)
{
    const QString here = where.isEmpty() ? tr("grant") : where;
    if (!value.isObject()) {
        fail(error, tr("%1 must be an object, not %2").arg(here, typeName(value)));
        return std::nullopt;
    }
    const QJsonObject json = value.toObject();
    for (const char *member : {"action", "resource", "effect"}) {
        if (!checkString(json, QString::fromLatin1(member), here, error))
            return std::nullopt;
    }
    const QJsonValue conditions = json.value("conditions");
    if (!conditions.isUndefined()) {
        if (!conditions.isArray()) {
            fail(error, tr("%1 must be a list, not %2")
                            .arg(joined(here, "conditions"), typeName(conditions)));
            return std::nullopt;
        }
        const QJsonArray list = conditions.toArray();
        for (qsizetype index = 0; index < list.size(); ++index) {
            if (!checkCondition(list.at(index),
                                QStringLiteral("%1[%2]").arg(joined(here, "conditions")).arg(index),
                                error))
                return std::nullopt;
        }
    }
    const QJsonValue dependencies = json.value("dependencies");
    if (!dependencies.isUndefined() &&
        !listFromJson(dependencies, error, joined(here, "dependencies")))
        return std::nullopt;
    Grant grant;
    grant.m_json = json;
    return grant;
}

std::optional<QList<Grant>> Grant::listFromJson(const QJsonValue &value, QString *error,
                                                const QString &where)
{
    const QString here = where.isEmpty() ? tr("grants") : where;
    if (!value.isArray()) {
        fail(error, tr("%1 must be a list, not %2").arg(here, typeName(value)));
        return std::nullopt;
    }
    QList<Grant> grants;
    const QJsonArray array = value.toArray();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const std::optional<Grant> grant =
            fromJson(array.at(index), error, QStringLiteral("%1[%2]").arg(here).arg(index));
        if (!grant)
            return std::nullopt;
        grants.append(*grant);
    }
    return grants;
}

QJsonArray Grant::listToJson(const QList<Grant> &grants)
{
    QJsonArray array;
    for (const Grant &grant : grants)
        array.append(grant.toJson());
    return array;
}

QString Grant::effectiveEffect() const
{
    return m_json.contains(QStringLiteral("effect")) ? effect() : QStringLiteral("allow");
}

QList<GrantCondition> Grant::conditions() const
{
    QList<GrantCondition> conditions;
    for (const QJsonValue &value : m_json.value(QStringLiteral("conditions")).toArray())
        conditions.append(GrantCondition(value.toObject()));
    return conditions;
}

QList<Grant> Grant::dependencies() const
{
    QList<Grant> dependencies;
    for (const QJsonValue &value : m_json.value(QStringLiteral("dependencies")).toArray()) {
        Grant grant;
        grant.m_json = value.toObject();
        dependencies.append(grant);
    }
    return dependencies;
}

void Grant::setConditions(const QList<GrantCondition> &conditions)
{
    if (conditions.isEmpty()) {
        remove(QStringLiteral("conditions"));
        return;
    }
    QJsonArray array;
    for (const GrantCondition &condition : conditions)
        array.append(condition.toJson());
    set(QStringLiteral("conditions"), array);
}

void Grant::setDependencies(const QList<Grant> &dependencies)
{
    if (dependencies.isEmpty())
        remove(QStringLiteral("dependencies"));
    else
        set(QStringLiteral("dependencies"), listToJson(dependencies));
}

Grant Grant::withoutDependencies() const
{
    Grant grant = *this;
    grant.remove(QStringLiteral("dependencies"));
    return grant;
}

QString Grant::key() const
{
    // QJsonObject sorts its keys, so the compact form is independent of member order.
    QJsonObject identity{{"action", action()},
                         {"resource", resource()},
                         {"effect", effectiveEffect()},
                         {"conditions", m_json.value(QStringLiteral("conditions")).toArray()}};
    return QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact));
}

QString Grant::summary() const
{
    const QString what = action().isEmpty() ? tr("(no action)") : action();
    const QString where = hasResource() ? resource() : tr("(every resource)");
    // Whole sentences per effect: a translation must not be left with the JSON word "allow".
    const QString effect = effectiveEffect();
    QString text = effect == QLatin1String("allow")  ? tr("allow %1 on %2").arg(what, where)
                   : effect == QLatin1String("deny") ? tr("deny %1 on %2").arg(what, where)
                                                     : tr("%1 %2 on %3").arg(effect, what, where);
    const QList<GrantCondition> list = conditions();
    if (!list.isEmpty()) {
        QStringList parts;
        for (const GrantCondition &condition : list)
            parts << condition.summary();
        text += tr(" if %1").arg(parts.join(tr(" and ")));
    }
    return text;
}

QString Grant::effectText(const QString &effect)
{
    if (effect == QLatin1String("allow"))
        return tr("Allow");
    if (effect == QLatin1String("deny"))
        return tr("Deny");
    return effect;
}

void Grant::setOrRemove(const QString &key, const QString &value)
{
    if (value.isEmpty())
        remove(key);
    else
        set(key, value);
}
