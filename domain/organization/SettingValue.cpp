#include "domain/organization/SettingValue.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString enabledKey = QStringLiteral("enabled");
}

bool SettingValue::isSwitch(const QJsonValue &value)
{
    return value.isObject() && value.toObject().value(enabledKey).isBool();
}

bool SettingValue::isEnabled(const QJsonValue &value)
{
    return value.toObject().value(enabledKey).toBool();
}

QJsonValue SettingValue::withEnabled(const QJsonValue &value, bool enabled)
{
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    object.insert(enabledKey, enabled);
    return object;
}

QByteArray SettingValue::compactJson(const QJsonValue &value)
{
    // Wrapped in an array so scalars serialise too, then unwrapped.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QStringList SettingValue::sortedKeys(const QJsonObject &settings)
{
    QStringList keys = settings.keys();
    keys.sort(Qt::CaseInsensitive);
    return keys;
}
