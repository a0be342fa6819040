#include "domain/users/Group.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString memberId(const QJsonValue &member)
{
    if (member.isString())
        return member.toString();
    if (member.isDouble())
        return QString::number(qint64(member.toDouble()));
    const QJsonValue id = member.toObject().value(QStringLiteral("id"));
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

} // namespace

std::optional<Group> Group::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!id.isString() && !id.isDouble()) {
        if (error)
            *error = QCoreApplication::translate("Group", "A group without an id.");
        return std::nullopt;
    }
    if (!hasTypes(json, {"name", "created_at", "updated_at", "abbreviation"}, QJsonValue::String,
                  error))
        return std::nullopt;
    if (!hasType(json, QLatin1String("users"), QJsonValue::Array, error) ||
        !hasType(json, QLatin1String("image_uri"), QJsonValue::Object, error) ||
        !hasType(json, QLatin1String("crt_assignee"), QJsonValue::Object, error))
        return std::nullopt;
    return Group(json);
}

QStringList Group::memberIds() const
{
    QStringList ids;
    for (const QJsonValue &member : m_json.value(QStringLiteral("users")).toArray()) {
        const QString id = memberId(member);
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

QList<User> Group::members() const
{
    QList<User> users;
    for (const QJsonValue &member : m_json.value(QStringLiteral("users")).toArray()) {
        QJsonObject json = member.toObject();
        if (!member.isObject())
            json.insert(QStringLiteral("id"), memberId(member));
        if (auto user = User::fromJson(json))
            users << *user;
    }
    return users;
}

int Group::memberCount() const
{
    return int(m_json.value(QStringLiteral("users")).toArray().size());
}

std::optional<User> Group::currentAssignee() const
{
    const QJsonObject assignee = object(QStringLiteral("crt_assignee"));
    if (assignee.isEmpty())
        return std::nullopt;
    return User::fromJson(assignee);
}

int Group::currentAssigneeIndex() const
{
    const QJsonObject assignee = object(QStringLiteral("crt_assignee"));
    const QJsonValue index = assignee.value(QStringLiteral("crt_index"));
    if (index.isDouble())
        return index.toInt();
    if (assignee.isEmpty())
        return -1;
    return int(memberIds().indexOf(memberId(assignee)));
}

QStringList Group::rotationOrder() const
{
    const QStringList ids = memberIds();
    if (ids.isEmpty())
        return {};
    const int current = currentAssigneeIndex();
    QStringList order;
    for (int step = 1; step <= ids.size(); ++step)
        order << ids.at((current + step + ids.size()) % ids.size());
    return order;
}

QStringList Group::gradientColors() const
{
    const QStringList colors = JsonRecord(object(QStringLiteral("image_uri")))
                                   .stringList(QStringLiteral("gradient_colors"));
    if (colors.size() != 2 || !isHexColor(colors.at(0)) || !isHexColor(colors.at(1)))
        return {};
    return colors;
}

QString Group::imageUrl() const
{
    const QJsonObject image = object(QStringLiteral("image_uri"));
    const QString thumbnail = image.value(QStringLiteral("thumbnail_32")).toString();
    return thumbnail.isEmpty() ? image.value(QStringLiteral("original")).toString() : thumbnail;
}

QString Group::displayAbbreviation() const
{
    const QString own = abbreviation();
    return own.isEmpty() ? suggestAbbreviation(name()) : own;
}

QString Group::suggestAbbreviation(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (words.size() == 1)
        return words.first().left(2).toUpper();
    return (words.at(0).left(1) + words.at(1).left(1)).toUpper();
}

QList<QStringList> Group::defaultGradients()
{
    return {{QStringLiteral("#0588f0"), QStringLiteral("#3358d4")},
            {QStringLiteral("#12a594"), QStringLiteral("#0d74ce")},
            {QStringLiteral("#8e4ec6"), QStringLiteral("#d6409f")},
            {QStringLiteral("#e54d2e"), QStringLiteral("#f76b15")},
            {QStringLiteral("#30a46c"), QStringLiteral("#12a594")}};
}

bool Group::isHexColor(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(text).hasMatch();
}
