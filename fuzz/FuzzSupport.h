#pragma once

// Shared body of the fuzz targets: the bytes go the way a server answer goes (StrictJson, then
// QJsonDocument), then into one value type. A value that parses must survive its own round trip;
// anything else (crash, sanitizer report, abort) is a finding.
#include "services/network/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>
#include <functional>

namespace fuzz {

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

// Calls `parse` for the document's object, or for each object of its array, or (for lists with an
// envelope) for each object in the first array-valued member.
inline void forEachObject(const uint8_t *data, size_t size,
                          const std::function<void(const QJsonObject &)> &parse)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = StrictJson::problem(bytes);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !problem.isEmpty())
        return; // refused, as the application refuses it
    // What Qt re-serialises from an accepted document must be accepted as well.
    require(StrictJson::problem(document.toJson(QJsonDocument::Compact)).isEmpty());
    if (document.isObject()) {
        const QJsonObject object = document.object();
        parse(object);
        for (const QJsonValue &member : object)
            if (member.isArray())
                for (const QJsonValue &item : member.toArray())
                    if (item.isObject())
                        parse(item.toObject());
    } else {
        for (const QJsonValue &item : document.array())
            if (item.isObject())
                parse(item.toObject());
    }
}

// The usual value-type contract: fromJson(json, &error) → optional; toJson() gives the object back.
template <typename T> void roundTrip(const QJsonObject &json)
{
    QString error;
    const auto value = T::fromJson(json, &error);
    if (!value)
        return;
    require(value->toJson() == json); // unknown fields are kept, nothing is changed
    const auto again = T::fromJson(value->toJson(), &error);
    require(again.has_value() && again->toJson() == value->toJson());
}

} // namespace fuzz
