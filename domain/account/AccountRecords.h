#pragma once

#include "domain/common/JsonRecord.h"

#include <QList>
#include <QStringList>

// The small records of My account, each read from its JSON here and nowhere else.

// A registered passkey (listPasskeys).
class Passkey : public JsonRecord
{
public:
    Passkey() = default;
    explicit Passkey(const QJsonObject &json) : JsonRecord(json) {}
    static QList<Passkey> listFrom(const QJsonArray &array);

    QString friendlyName() const { return string(QStringLiteral("friendly_name")); }
    QDateTime createdAt() const { return dateTime(QStringLiteral("created_at")); }
    QString createdAtText() const { return string(QStringLiteral("created_at")); } // as sent
    QStringList transports() const { return stringList(QStringLiteral("transports")); }
    QString aaguid() const { return string(QStringLiteral("aaguid")); }
    QString credentialId() const { return string(QStringLiteral("credential_id")); }
};

// One scope of the user's settings and its keys (listUserSettings: {"results": [...]}).
struct UserSettingScope
{
    QString scope;
    QStringList keys;
    static QList<UserSettingScope> listFrom(const QJsonObject &answer);
};

// One user setting (getUserSetting): its value and when it last changed.
class UserSetting : public JsonRecord
{
public:
    UserSetting() = default;
    explicit UserSetting(const QJsonObject &json) : JsonRecord(json) {}
    QJsonValue value() const { return m_json.value(QStringLiteral("value")); }
    QDateTime updatedAt() const { return dateTime(QStringLiteral("updated_at")); }
    QString updatedAtText() const { return string(QStringLiteral("updated_at")); } // as sent
    // getUserSettingsScope answers {"settings": {...}}: the whole scope.
    static QJsonValue scopeSettings(const QJsonObject &answer)
    {
        return answer.value(QStringLiteral("settings"));
    }
};

// An organization the signed-in username belongs to (login parameters).
class AccountOrganization : public JsonRecord
{
public:
    AccountOrganization() = default;
    explicit AccountOrganization(const QJsonObject &json) : JsonRecord(json) {}
    static QList<AccountOrganization> listFrom(const QJsonArray &array);

    QString id() const { return idString(QStringLiteral("organization_id")); }
    QString name() const { return string(QStringLiteral("organization_name")); }
    QString type() const { return string(QStringLiteral("organization_type")); }
    QString use() const { return string(QStringLiteral("organization_use")); }
};

// An entry of a navigation section: an item ({"key"}) or a group ({"name", "subItems"}).
struct NavigationEntry
{
    bool group = false;
    QString text;        // the item's key or the group's name
    QStringList subKeys; // a group's sub-items
};

struct NavigationSection
{
    QString name;
    QList<NavigationEntry> entries;
};

// A navigation (getNavigation / createNavigation): {id, name, configuration}, where the
// configuration maps section names to their entries.
class Navigation : public JsonRecord
{
public:
    Navigation() = default;
    explicit Navigation(const QJsonObject &json) : JsonRecord(json) {}
    QString id() const { return string(QStringLiteral("id")); }
    QString name() const { return string(QStringLiteral("name")); }
    QList<NavigationSection> sections() const;
    // The configuration object of createNavigation for `sections`.
    static QJsonObject configurationOf(const QList<NavigationSection> &sections);
};
