#include "models/GroupDraft.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QJsonObject imageWith(const QJsonObject &image, const QStringList &colors)
{
    QJsonObject result = image;
    if (colors.isEmpty())
        result.remove(QStringLiteral("gradient_colors"));
    else
        result.insert(QStringLiteral("gradient_colors"), QJsonArray::fromStringList(colors));
    return result;
}

} // namespace

GroupDraft GroupDraft::from(const Group &group)
{
    return {group.name(), group.abbreviation(), group.gradientColors(), group.memberIds()};
}

QString GroupDraft::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("GroupDraft", "The group needs a name.");
    if (abbreviation.size() > 2)
        return QCoreApplication::translate("GroupDraft",
                                           "The abbreviation has at most 2 characters.");
    if (!gradientColors.isEmpty() &&
        (gradientColors.size() != 2 || !Group::isHexColor(gradientColors.at(0)) ||
         !Group::isHexColor(gradientColors.at(1))))
        return QCoreApplication::translate("GroupDraft",
                                           "The gradient needs two colours written as #rrggbb.");
    return {};
}

QJsonObject GroupDraft::createBody() const
{
    QJsonObject body{{QStringLiteral("name"), name.trimmed()},
                     {QStringLiteral("user_ids"), QJsonArray::fromStringList(memberIds)}};
    if (!abbreviation.isEmpty())
        body.insert(QStringLiteral("abbreviation"), abbreviation);
    if (!gradientColors.isEmpty())
        body.insert(QStringLiteral("image_uri"), imageWith({}, gradientColors));
    return body;
}

QJsonObject GroupDraft::changesFrom(const Group &before) const
{
    QJsonObject changes;
    if (name.trimmed() != before.name())
        changes.insert(QStringLiteral("name"), name.trimmed());
    if (abbreviation != before.abbreviation())
        changes.insert(QStringLiteral("abbreviation"),
                       abbreviation.isEmpty() ? QJsonValue() : QJsonValue(abbreviation));
    if (gradientColors != before.gradientColors())
        changes.insert(QStringLiteral("image_uri"),
                       imageWith(before.object(QStringLiteral("image_uri")), gradientColors));
    if (memberIds != before.memberIds())
        changes.insert(QStringLiteral("user_ids"), QJsonArray::fromStringList(memberIds));
    return changes;
}
