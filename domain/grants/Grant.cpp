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
    if (condition.value("operation").toString() != QLatin1String("equals"))
        return true; // another shape: kept as it is
    if (!checkString(condition, "attribute", where, error))
        return false;
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

GrantCondition GrantCondition::equals(const QString &attribute, const QStringList &values)
{
    GrantCondition condition(QJsonObject{{"attribute", attribute}, {"operation", "equals"}});
    condition.setValues(values);
    return condition;
}

void GrantCondition::setAttribute(const QString &attribute)
{
    set(QStringLiteral("attribute"), attribute);
}

void GrantCondition::setValues(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    set(QStringLiteral("values"), array);
}

QStringList GrantCondition::attributePaths() const
{
    const QStringList paths = stringList(QStringLiteral("attributes"));
    if (!paths.isEmpty())
        return paths;
    return attribute().isEmpty() ? QStringList() : QStringList{attribute()};
}

QString GrantCondition::summary() const
{
    const QString op = operation();
    const QString list = values().join(QStringLiteral(", "));
    const QString paths = attributePaths().join(tr(" or "));
    if (op == QLatin1String("equals") && !attribute().isEmpty())
        return tr("%1 equals %2").arg(attribute(), list);
    if (op == QLatin1String("not_equals") && !attribute().isEmpty())
        return tr("%1 does not equal %2").arg(attribute(), list);
    if (op == QLatin1String("equals_current_user"))
        return paths.isEmpty() ? tr("the record names the current user")
                               : tr("%1 is the current user").arg(paths);
    if (op == QLatin1String("not_equals_current_user"))
        return paths.isEmpty() ? tr("the record does not name the current user")
                               : tr("%1 is not the current user").arg(paths);
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
