#include "domain/grants/GrantLayoutMemory.h"

#include <QJsonDocument>
#include <QSettings>

namespace {

QString settingsKey(const QString &roleId)
{
    // Role ids hold ':' and may hold '/', which QSettings reads as groups.
    return QStringLiteral("grantLayouts/") + QString::fromLatin1(roleId.toUtf8().toHex());
}

} // namespace

namespace GrantLayoutMemory {

void remember(const QString &roleId, const QList<Grant> &tree)
{
    if (roleId.isEmpty())
        return;
    QSettings settings;
    settings.setValue(
        settingsKey(roleId),
        QString::fromUtf8(QJsonDocument(Grant::listToJson(tree)).toJson(QJsonDocument::Compact)));
}

QList<Grant> recall(const QString &roleId)
{
    if (roleId.isEmpty())
        return {};
    QSettings settings;
    const QByteArray text = settings.value(settingsKey(roleId)).toString().toUtf8();
    return Grant::listFromJson(QJsonDocument::fromJson(text).array()).value_or(QList<Grant>());
}

void forget(const QString &roleId)
{
    QSettings settings;
    settings.remove(settingsKey(roleId));
}

} // namespace GrantLayoutMemory
