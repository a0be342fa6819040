#include "domain/users/GroupDraft.h"

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

QJsonObject GroupDraft::values() const
{
    return {{QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("abbreviation"), abbreviation},
            {QStringLiteral("gradient_colors"), QJsonArray::fromStringList(gradientColors)},
            {QStringLiteral("user_ids"), QJsonArray::fromStringList(memberIds)}};
}

GroupDraft GroupDraft::fromValues(const QJsonObject &values)
{
    const auto list = [&values](const char *key) {
        QStringList items;
        for (const QJsonValue &item : values.value(QLatin1String(key)).toArray())
            items << item.toString();
        return items;
    };
    return {values.value(QStringLiteral("name")).toString(),
            values.value(QStringLiteral("abbreviation")).toString(), list("gradient_colors"),
            list("user_ids")};
}

QList<GroupDraft::Field> GroupDraft::fields(const Labels &labels)
{
    // Lists read as people name them: "#0588f0, #3358d4", "Ann, Bob".
    const auto joined = [](const QJsonValue &value, const QHash<QString, QString> &names) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << names.value(item.toString(), item.toString());
        return items.isEmpty() ? FieldConflict::displayText(QJsonValue())
                               : items.join(QLatin1String(", "));
    };
    const auto colours = [joined](const QJsonValue &value) { return joined(value, {}); };
    const auto members = [joined, labels](const QJsonValue &value) {
        return joined(value, labels ? labels() : QHash<QString, QString>());
    };
    return {
        {QStringLiteral("name"), QCoreApplication::translate("GroupDraft", "Name"), {}},
        {QStringLiteral("abbreviation"),
         QCoreApplication::translate("GroupDraft", "Abbreviation"),
         {}},
        {QStringLiteral("gradient_colors"), QCoreApplication::translate("GroupDraft", "Colours"),
         colours},
        {QStringLiteral("user_ids"), QCoreApplication::translate("GroupDraft", "Members"), members},
    };
}

FieldConflict GroupDraft::compare(const Group &base, const Group &latest,
                                  const QHash<QString, QString> &labels) const
{
    const QJsonObject before = from(base).values();
    const QJsonObject mine = values();
    const QJsonObject theirs = from(latest).values();
    FieldConflict conflict;
    for (const Field &field : fields([labels] { return labels; }))
        conflict.add(field.key, field.label, before.value(field.key), mine.value(field.key),
                     theirs.value(field.key), field.formatter);
    return conflict;
}
