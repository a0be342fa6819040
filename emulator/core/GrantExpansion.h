#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <functional>
#include <optional>

// Both role APIs (Partner Directory and Permissions) store a GrantWithDependencies list as plain
// grants: every grant and every one of its `dependencies`, checked by the API's own rules and
// de-duplicated in order. The rules differ; the flattening is this one function.
using GrantCheck = std::function<std::optional<QJsonObject>(const QJsonValue &value,
                                                            const QString &where, QString *error)>;

// nullopt and *error ("grants[2].dependencies[0] …") at the first grant `check` refuses.
std::optional<QJsonArray> expandGrantDependencies(const QJsonArray &grants, const GrantCheck &check,
                                                  QString *error);
