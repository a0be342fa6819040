#pragma once

#include <QByteArray>
#include <QString>

// QJsonDocument reads some documents wrongly without saying so: of duplicate keys in one object it
// keeps the last ({"role":"user","role":"admin"} reads as admin), and integers beyond 2^53 lose
// digits (an id 9007199254740993 becomes ...992). Server answers pass through here before they are
// parsed, so such documents are refused instead of mis-read.
class StrictJson
{
public:
    // Empty when `json` has none of these problems, else a readable reason. Syntax errors are left
    // to QJsonDocument (its message names the byte), so broken text yields an empty string or a
    // reason, never a crash.
    static QString problem(const QByteArray &json);

    // QJsonDocument refuses deeper documents; the scan stops there too.
    static constexpr int maximumDepth = 1024;
};
