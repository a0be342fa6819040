#include "domain/common/JsonRecord.h"

#include "domain/common/IsoUtcTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVariant>
#include <algorithm>
#include <cmath>

QString JsonRecord::string(const QString &key) const
{
    return m_json.value(key).toString();
}

QString JsonRecord::idString(const QString &key) const
{
    const QJsonValue value = m_json.value(key);
    if (!value.isDouble())
        return value.toString();
    // Qt keeps integer literals as qint64; reading them through double lost digits beyond 2^53, and
    // casting a double beyond the qint64 range was undefined. A number that is not an exact integer
    // is no id: it reads as empty rather than as some other record's id.
    const QVariant number = value.toVariant();
    if (number.typeId() == QMetaType::LongLong)
        return QString::number(number.toLongLong());
    const double real = value.toDouble();
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(real) && std::trunc(real) == real && std::fabs(real) <= exactLimit)
        return QString::number(qint64(real));
    return {};
}

bool JsonRecord::boolean(const QString &key, bool fallback) const
{
    return m_json.value(key).toBool(fallback);
}

QDateTime JsonRecord::dateTime(const QString &key) const
{
    const QString text = m_json.value(key).toString();
    // The servers' own form is read directly: QDateTime's parser is a third of the time it takes
    // to read a page of users. Everything else goes through it.
    if (const std::optional<qint64> ms = IsoUtcTime::milliseconds(text))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QStringList JsonRecord::stringList(const QString &key) const
{
    QStringList values;
    for (const QJsonValue &value : m_json.value(key).toArray())
        values << value.toString();
    return values;
}

QJsonObject JsonRecord::changedFrom(const JsonRecord &before) const
{
    QJsonObject changes;
    for (auto it = m_json.begin(); it != m_json.end(); ++it) {
        if (before.m_json.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    return changes;
}

bool JsonRecord::hasTypes(const QJsonObject &json, std::initializer_list<const char *> keys,
                          QJsonValue::Type type, QString *error)
{
    return std::all_of(keys.begin(), keys.end(), [&](const char *key) {
        return hasType(json, QLatin1String(key), type, error);
    });
}

bool JsonRecord::hasType(const QJsonObject &json, QLatin1String key, QJsonValue::Type type,
                         QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull() || value.type() == type)
        return true;
    if (error)
        *error = QCoreApplication::translate("JsonRecord", "The field \"%1\" has the wrong type.")
                     .arg(key);
    return false;
}
