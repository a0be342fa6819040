#pragma once

#include "emulator/core/EmulatorResponse.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// What the files of UserApiModule (users, listing, invitations, passwords) have in common.
namespace UserApiSupport {

inline const QString kUsers = QStringLiteral("users");
inline const QString kOrganizations = QStringLiteral("organizations");

// The moment that many seconds from now, as the specs write times.
QString isoIn(qint64 seconds);
// True for a moment gone by, or one that cannot be read.
bool isPast(const QString &iso);
// The 400 answer when body[field] is there but neither "en" nor "de".
std::optional<EmulatorResponse> checkLanguage(const QJsonObject &body, const QString &field);
EmulatorResponse passwordPolicyError(const QStringList &violations);

} // namespace UserApiSupport
