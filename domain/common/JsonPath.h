#pragma once

#include <QJsonValue>
#include <QString>

// A small JSONPath subset for narrowing a response: `$.a.b`, `a.b[0]`, `items[*].id`, `*`,
// `$..id` (any depth). Several matches come back as an array.
class JsonPath
{
public:
    // Empty path or "$" gives the value itself. `error` explains a malformed path.
    static QJsonValue evaluate(const QJsonValue &root, const QString &path,
                               QString *error = nullptr);
};
