#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Organization settings and user settings are key → any JSON value. What the forms need to know
// about such a value, in one place.
namespace SettingValue {

// {"enabled": true, …}: a value shaped like a switch (the form offers a check box).
bool isSwitch(const QJsonValue &value);
bool isEnabled(const QJsonValue &value);
// The value with its switch set (objects only; others come back unchanged).
QJsonValue withEnabled(const QJsonValue &value, bool enabled);
// Compact JSON of any value, scalars included, as the PUT operations take it.
QByteArray compactJson(const QJsonValue &value);
// The keys of a settings object, sorted for people.
QStringList sortedKeys(const QJsonObject &settings);

} // namespace SettingValue
