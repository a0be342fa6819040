#pragma once

#include "models/Group.h"

#include <QJsonObject>
#include <QStringList>

// What the create/edit dialog collects, turned into CreateGroupReq / UpdateGroupReq bodies.
struct GroupDraft
{
    QString name;
    QString abbreviation;
    QStringList gradientColors; // [base, accent], "#rrggbb"; empty for none
    QStringList memberIds;

    static GroupDraft from(const Group &group);
    // Empty when valid, else what is wrong, for people.
    QString validate() const;
    QJsonObject createBody() const;
    // Only what differs from `before`; image_uri keeps the group's other image fields.
    QJsonObject changesFrom(const Group &before) const;
};
