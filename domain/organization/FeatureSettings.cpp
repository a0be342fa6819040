#include "domain/organization/FeatureSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

FeatureSettings::FeatureSettings(const QJsonObject &json) : JsonRecord(json)
{
    for (const QJsonValue &flag : json.value(QStringLiteral("feature_flags")).toArray())
        m_flags << flag.toObject();
    m_columns = JsonTable::columnsOf(m_flags);
}

QString FeatureSettings::cell(int flag, const QString &column) const
{
    if (flag < 0 || flag >= m_flags.size())
        return {};
    return JsonTable::cellText(m_flags.at(flag).value(column));
}

QStringList JsonTable::columnsOf(const QList<QJsonObject> &rows)
{
    QStringList columns;
    for (const QJsonObject &row : rows) {
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!columns.contains(it.key()))
                columns << it.key();
        }
    }
    return columns;
}

QString JsonTable::cellText(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool strings = true;
        QStringList parts;
        for (const QJsonValue &item : array) {
            strings = strings && item.isString();
            parts << item.toString();
        }
        if (strings)
            return parts.join(QStringLiteral(", "));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}
