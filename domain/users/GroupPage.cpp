#include "domain/users/GroupPage.h"

#include <QJsonArray>

namespace GroupPage {

QList<Group> groups(const QJsonObject &page)
{
    QList<Group> groups;
    for (const QJsonValue &value : page.value(QStringLiteral("groups")).toArray()) {
        if (auto group = Group::fromJson(value.toObject()))
            groups.append(*group);
    }
    return groups;
}

} // namespace GroupPage
