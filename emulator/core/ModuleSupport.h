#pragma once

#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

// Small helpers that every API module needs.
namespace ModuleSupport {

// The document without internal fields (names starting with '_').
QJsonObject stripInternal(const QJsonObject &document);
QJsonArray stripInternal(const QList<QJsonObject> &documents);

// Current time as the specs write it: 2024-01-31T12:00:00.000Z
QString nowIso();

bool isValidEmail(const QString &email);

// Integer query parameter: nullopt + error response when present but not a whole number within
// [minimum, maximum]; fallback when absent.
struct IntParameter
{
    int value = 0;
    std::optional<EmulatorResponse> error;
};
IntParameter intQuery(const EmulatorRequest &request, const QString &name, int fallback,
                      int minimum, int maximum);

// An error response when the body is not a JSON object or a required field is missing/empty.
std::optional<EmulatorResponse> requireObject(const EmulatorRequest &request);
std::optional<EmulatorResponse> requireStrings(const QJsonObject &body, const QStringList &names);

// Case-insensitive "contains" over the given fields of a document.
bool matchesQuery(const QJsonObject &document, const QString &query, const QStringList &fields);

// A random URL-safe token of the given byte length (base64url).
QString randomToken(int bytes = 24);

} // namespace ModuleSupport
