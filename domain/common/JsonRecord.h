#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <initializer_list>

// Base of the value types: the server's JSON object is kept whole, so fields this application
// does not know survive a read-modify-write round trip; typed accessors read and write into it.
class JsonRecord
{
public:
    JsonRecord() = default;
    explicit JsonRecord(const QJsonObject &json) : m_json(json) {}

    const QJsonObject &toJson() const { return m_json; }
    bool isEmpty() const { return m_json.isEmpty(); }

    QString string(const QString &key) const;
    // Ids are strings in the specs but some services send numbers; both read as text.
    QString idString(const QString &key) const;
    bool boolean(const QString &key, bool fallback = false) const;
    QDateTime dateTime(const QString &key) const;
    QStringList stringList(const QString &key) const;
    QJsonObject object(const QString &key) const { return m_json.value(key).toObject(); }

    void set(const QString &key, const QJsonValue &value) { m_json.insert(key, value); }
    void remove(const QString &key) { m_json.remove(key); }

    // Fields whose values differ between `before` and this record, for PATCH bodies.
    QJsonObject changedFrom(const JsonRecord &before) const;

    bool operator==(const JsonRecord &other) const { return m_json == other.m_json; }

protected:
    // Checks that `key`, when present and not null, holds the JSON type expected. Keys are
    // Latin-1 literals: a list page checks a dozen per user, and QString keys would each allocate.
    static bool hasType(const QJsonObject &json, QLatin1String key, QJsonValue::Type type,
                        QString *error);
    static bool hasTypes(const QJsonObject &json, std::initializer_list<const char *> keys,
                         QJsonValue::Type type, QString *error);

    QJsonObject m_json;
};
