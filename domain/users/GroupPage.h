#pragma once

#include "domain/users/Group.h"

// One getGroups answer ({hits, groups}): its readable groups; others are skipped.
namespace GroupPage {
QList<Group> groups(const QJsonObject &page);
}
