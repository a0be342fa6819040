#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

// Reads fields of a JSON request body and remembers the first thing that is wrong with it, so a
// handler can check a whole payload and then answer one 400 naming the offending field.
class PayloadReader
{
public:
    explicit PayloadReader(const QJsonObject &object, const QString &prefix = {});

    // A string that must be present and non-empty.
    QString requiredString(const QString &name);
    // A string that may be absent; present but not a string (or empty when !allowEmpty) is an
    // error.
    std::optional<QString> optionalString(const QString &name, bool allowEmpty = false);
    // An e-mail address that must be present and valid.
    QString requiredEmail(const QString &name);
    std::optional<QString> optionalEmail(const QString &name);
    // One of the given values.
    std::optional<QString> optionalEnum(const QString &name, const QStringList &allowed);
    // An integer within [minimum, maximum].
    std::optional<qint64> optionalInteger(const QString &name, qint64 minimum, qint64 maximum);
    // An array whose items are all non-empty strings.
    std::optional<QStringList> optionalStringList(const QString &name);
    QStringList requiredStringList(const QString &name);
    std::optional<QJsonArray> optionalArray(const QString &name);
    QJsonArray requiredArray(const QString &name);

    bool has(const QString &name) const { return m_object.contains(name); }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Records an error found by the caller (only the first one is kept).
    void fail(const QString &message);
    QString fieldName(const QString &name) const;

    static bool isEmail(const QString &text);
    static QString typeName(const QJsonValue &value);

private:
    QJsonObject m_object;
    QString m_prefix;
    QString m_error;
};
