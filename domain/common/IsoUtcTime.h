#pragma once

#include <QStringView>
#include <optional>

// Reads the one timestamp form the epilot APIs send, "2021-05-20T11:00:00.000Z" (also without the
// milliseconds), as milliseconds since the epoch, without QDateTime's general parser. Anything
// else, including valid ISO 8601 in other forms, gives nullopt so that the caller falls back to
// QDateTime::fromString.
class IsoUtcTime
{
public:
    static std::optional<qint64> milliseconds(QStringView text);
};
