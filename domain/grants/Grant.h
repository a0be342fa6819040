#pragma once

#include "domain/common/JsonRecord.h"

#include <QJsonArray>
#include <QList>
#include <optional>

// One condition of a grant. permissions.json knows four shapes: `equals` and `not_equals`
// (attribute + values) and `equals_current_user` / `not_equals_current_user` (an optional
// attribute or list of attributes naming user fields). Any other shape, and members this
// application does not know, are kept exactly as received so a round trip never changes them.
class GrantCondition : public JsonRecord
{
public:
    enum class Kind { Equals, NotEquals, EqualsCurrentUser, NotEqualsCurrentUser, Unknown };

    GrantCondition() = default;
    explicit GrantCondition(const QJsonObject &json) : JsonRecord(json) {}
    static GrantCondition equals(const QString &attribute, const QStringList &values);
    static GrantCondition make(Kind kind, const QString &attribute, const QStringList &values);
    static QString operationOf(Kind kind);
    static Kind kindOf(const QString &operation);

    QString operation() const { return string(QStringLiteral("operation")); }
    Kind kind() const { return kindOf(operation()); }
    bool isEquals() const { return operation() == QLatin1String("equals"); }
    // One of the four shapes of the spec: the grant form edits it.
    bool isEditable() const { return kind() != Kind::Unknown; }
    // equals / not_equals: compares an attribute with values.
    bool comparesValues() const { return kind() == Kind::Equals || kind() == Kind::NotEquals; }
    QString attribute() const { return string(QStringLiteral("attribute")); }
    // The current-user conditions' list of user fields (takes precedence over attribute).
    QStringList attributes() const { return stringList(QStringLiteral("attributes")); }
    QStringList values() const { return stringList(QStringLiteral("values")); }
    bool hasValuesList() const { return m_json.value(QStringLiteral("values")).isArray(); }
    void setAttribute(const QString &attribute);
    void setValues(const QStringList &values);
    // Current-user conditions: the user fields checked (attributes, else attribute; none: every
    // user field). One is written as `attribute`, several as `attributes`.
    QStringList userFields() const;
    void setUserFields(const QStringList &fields);
    // Changes the shape; members the new shape has no use for (values of a current-user
    // condition, attributes of a value comparison) go, everything else stays.
    void setKind(Kind kind);
    // "status equals Open, Won", "the current user is in assignee.*.user_id" or the compact JSON
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
