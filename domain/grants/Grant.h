#pragma once

#include "domain/common/JsonRecord.h"

#include <QJsonArray>
#include <QList>
#include <optional>

// One condition of a grant. The spec knows one shape, `equals` (attribute + values); any other
// shape is kept exactly as received so a round trip never changes it.
class GrantCondition : public JsonRecord
{
public:
    GrantCondition() = default;
    explicit GrantCondition(const QJsonObject &json) : JsonRecord(json) {}
    static GrantCondition equals(const QString &attribute, const QStringList &values);

    QString operation() const { return string(QStringLiteral("operation")); }
    bool isEquals() const { return operation() == QLatin1String("equals"); }
    QString attribute() const { return string(QStringLiteral("attribute")); }
    QStringList values() const { return stringList(QStringLiteral("values")); }
    bool hasValuesList() const { return m_json.value(QStringLiteral("values")).isArray(); }
    // The paths of an equals_current_user / not_equals_current_user condition: `attributes`
    // when given (it takes precedence), else `attribute`; empty = every user attribute.
    QStringList attributePaths() const;
    void setAttribute(const QString &attribute);
    void setValues(const QStringList &values);
    // "status equals Open, Won", "assignee.*.user_id is the current user", … or the compact JSON
    // of an unknown shape.
    QString summary() const;
};

// A permission grant of a partner role (schemas Grant and GrantWithDependencies): action,
// resource, effect, conditions and nested dependency grants. Unknown members survive.
class Grant : public JsonRecord
{
public:
    Grant() = default;
    Grant(const QString &action, const QString &resource, const QString &effect = "allow");
    // Refuses JSON that does not fit the grant shape; `error` says where ("dependencies[1].effect
    // must be text"). `where` prefixes that path.
    static std::optional<Grant> fromJson(const QJsonValue &json, QString *error = nullptr,
                                         const QString &where = {});
    static std::optional<QList<Grant>>
    listFromJson(const QJsonValue &json, QString *error = nullptr, const QString &where = {});
    static QJsonArray listToJson(const QList<Grant> &grants);

    QString action() const { return string(QStringLiteral("action")); }
    QString resource() const { return string(QStringLiteral("resource")); }
    bool hasResource() const { return m_json.contains(QStringLiteral("resource")); }
    // The effect as written; empty when absent (the server then applies "allow").
    QString effect() const { return string(QStringLiteral("effect")); }
    // The effect the server applies: absent means allow.
    QString effectiveEffect() const;
    bool isDeny() const { return effectiveEffect() == QLatin1String("deny"); }
    QList<GrantCondition> conditions() const;
    QList<Grant> dependencies() const;

    void setAction(const QString &action) { setOrRemove(QStringLiteral("action"), action); }
    void setResource(const QString &resource) { setOrRemove(QStringLiteral("resource"), resource); }
    void setEffect(const QString &effect) { setOrRemove(QStringLiteral("effect"), effect); }
    void setConditions(const QList<GrantCondition> &conditions);
    void setDependencies(const QList<Grant> &dependencies);

    // The grant without its dependencies, as the server stores it.
    Grant withoutDependencies() const;
    // Identity of the grant's meaning (action, resource, effective effect, conditions), ignoring
    // dependencies and member order: two grants with the same key are duplicates.
    QString key() const;
    // One line for lists: "allow entity-read on entity:*:contact:*".
    QString summary() const;
    // "Allow" / "Deny" in the interface language; an unknown effect as written.
    static QString effectText(const QString &effect);

private:
    void setOrRemove(const QString &key, const QString &value);
};
