#include "domain/account/AccountRecords.h"

#include <QJsonArray>

QList<Passkey> Passkey::listFrom(const QJsonArray &array)
{
    QList<Passkey> passkeys;
    for (const QJsonValue &value : array)
        passkeys << Passkey(value.toObject());
    return passkeys;
}

QList<UserSettingScope> UserSettingScope::listFrom(const QJsonObject &answer)
{
    QList<UserSettingScope> scopes;
    for (const QJsonValue &entry : answer.value(QStringLiteral("results")).toArray()) {
        const QJsonObject object = entry.toObject();
        UserSettingScope scope;
        scope.scope = object.value(QStringLiteral("scope")).toString();
        for (const QJsonValue &key : object.value(QStringLiteral("keys")).toArray())
            scope.keys << key.toString();
        scopes << scope;
    }
    return scopes;
}

QList<AccountOrganization> AccountOrganization::listFrom(const QJsonArray &array)
{
    QList<AccountOrganization> organizations;
    for (const QJsonValue &value : array)
        organizations << AccountOrganization(value.toObject());
    return organizations;
}

QList<NavigationSection> Navigation::sections() const
{
    QList<NavigationSection> sections;
    const QJsonObject configuration = object(QStringLiteral("configuration"));
    for (auto it = configuration.begin(); it != configuration.end(); ++it) {
        NavigationSection section{it.key(), {}};
        for (const QJsonValue &value : it.value().toArray()) {
            const QJsonObject entry = value.toObject();
            NavigationEntry parsed;
            parsed.group = entry.contains(QStringLiteral("subItems"));
            parsed.text = entry.value(parsed.group ? QStringLiteral("name") : QStringLiteral("key"))
                              .toString();
            for (const QJsonValue &sub : entry.value(QStringLiteral("subItems")).toArray())
                parsed.subKeys << sub.toObject().value(QStringLiteral("key")).toString();
            section.entries << parsed;
        }
        sections << section;
    }
    return sections;
}

QJsonObject Navigation::configurationOf(const QList<NavigationSection> &sections)
{
    QJsonObject configuration;
    for (const NavigationSection &section : sections) {
        QJsonArray entries;
        for (const NavigationEntry &entry : section.entries) {
            if (!entry.group) {
                entries.append(QJsonObject{{QStringLiteral("key"), entry.text}});
                continue;
            }
            QJsonArray subItems;
            for (const QString &key : entry.subKeys)
                subItems.append(QJsonObject{{QStringLiteral("key"), key}});
            entries.append(QJsonObject{{QStringLiteral("name"), entry.text},
                                       {QStringLiteral("subItems"), subItems}});
        }
        configuration.insert(section.name, entries);
    }
    return configuration;
}
