#pragma once

#include "domain/grants/Grant.h"

// What the role editor edits: name, slug and the grant tree. Undo commands keep two of these.
struct RoleDraft
{
    QString name;
    QString slug;
    QList<Grant> grants;

    bool operator==(const RoleDraft &other) const
    {
        return name == other.name && slug == other.slug &&
               Grant::listToJson(grants) == Grant::listToJson(other.grants);
    }
};
