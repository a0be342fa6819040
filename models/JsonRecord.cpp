#include "models/JsonRecord.h"

#include <QCoreApplication>
#include <QJsonArray>

QString JsonRecord::string(const QString &key) const
{
    return m_json.value(key).toString();
}

QString JsonRecord::idString(const QString &key) const
{
    const QJsonValue value = m_json.value(key);
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

bool JsonRecord::boolean(const QString &key, bool fallback) const
{
    return m_json.value(key).toBool(fallback);
}

QDateTime JsonRecord::dateTime(const QString &key) const
{
    return QDateTime::fromString(m_json.value(key).toString(), Qt::ISODateWithMs);
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

bool JsonRecord::hasType(const QJsonObject &json, const QString &key, QJsonValue::Type type,
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
