#include "emulator/core/PayloadReader.h"

#include "emulator/core/ModuleSupport.h"

#include <cmath>

PayloadReader::PayloadReader(const QJsonObject &object, const QString &prefix)
    : m_object(object), m_prefix(prefix)
{
}

void PayloadReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString PayloadReader::fieldName(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + QLatin1Char('.') + name;
}

QString PayloadReader::requiredString(const QString &name)
{
    if (!m_object.contains(name)) {
        fail(QStringLiteral("Missing required field: %1").arg(fieldName(name)));
        return {};
    }
    const std::optional<QString> value = optionalString(name);
    return value.value_or(QString());
}

std::optional<QString> PayloadReader::optionalString(const QString &name, bool allowEmpty)
{
    if (!m_object.contains(name))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isString()) {
        fail(QStringLiteral("%1 must be a string, not %2").arg(fieldName(name), typeName(value)));
        return std::nullopt;
    }
    const QString text = value.toString();
    if (!allowEmpty && text.trimmed().isEmpty()) {
        fail(QStringLiteral("%1 must not be empty").arg(fieldName(name)));
        return std::nullopt;
    }
    return text;
}

QString PayloadReader::requiredEmail(const QString &name)
{
    const QString text = requiredString(name);
    if (!text.isEmpty() && !isEmail(text))
        fail(QStringLiteral("%1 is not a valid e-mail address: %2").arg(fieldName(name), text));
    return text;
}

std::optional<QString> PayloadReader::optionalEmail(const QString &name)
{
    const std::optional<QString> text = optionalString(name);
    if (text && !isEmail(*text)) {
        fail(QStringLiteral("%1 is not a valid e-mail address: %2").arg(fieldName(name), *text));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> PayloadReader::optionalEnum(const QString &name, const QStringList &allowed)
{
    const std::optional<QString> text = optionalString(name, true);
    if (text && !allowed.contains(*text)) {
        fail(QStringLiteral("%1 must be one of %2, not \"%3\"")
                 .arg(fieldName(name), allowed.join(QStringLiteral(", ")), *text));
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> PayloadReader::optionalInteger(const QString &name, qint64 minimum,
                                                     qint64 maximum)
{
    if (!m_object.contains(name))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number) {
        fail(QStringLiteral("%1 must be an integer").arg(fieldName(name)));
        return std::nullopt;
    }
    // Compared as doubles first: converting an out-of-range double to an integer is undefined.
    if (number < static_cast<double>(minimum) || number > static_cast<double>(maximum)) {
        fail(QStringLiteral("%1 must be between %2 and %3")
                 .arg(fieldName(name))
                 .arg(minimum)
                 .arg(maximum));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<QJsonArray> PayloadReader::optionalArray(const QString &name)
{
    if (!m_object.contains(name))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isArray()) {
        fail(QStringLiteral("%1 must be an array, not %2").arg(fieldName(name), typeName(value)));
        return std::nullopt;
    }
    return value.toArray();
}

QJsonArray PayloadReader::requiredArray(const QString &name)
{
    if (!m_object.contains(name)) {
        fail(QStringLiteral("Missing required field: %1").arg(fieldName(name)));
        return {};
    }
    return optionalArray(name).value_or(QJsonArray());
}

std::optional<QStringList> PayloadReader::optionalStringList(const QString &name)
{
    const std::optional<QJsonArray> array = optionalArray(name);
    if (!array)
        return std::nullopt;
    QStringList items;
    for (qsizetype index = 0; index < array->size(); ++index) {
        const QJsonValue item = array->at(index);
        if (!item.isString() || item.toString().isEmpty()) {
            fail(QStringLiteral("%1[%2] must be a non-empty string")
                     .arg(fieldName(name))
                     .arg(index));
            return std::nullopt;
        }
        items.append(item.toString());
    }
    return items;
}

QStringList PayloadReader::requiredStringList(const QString &name)
{
    if (!m_object.contains(name)) {
        fail(QStringLiteral("Missing required field: %1").arg(fieldName(name)));
        return {};
    }
    return optionalStringList(name).value_or(QStringList());
}

bool PayloadReader::isEmail(const QString &text)
{
    return ModuleSupport::isValidEmail(text);
}

QString PayloadReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}
