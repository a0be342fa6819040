#pragma once

#include "domain/users/User.h"

#include <QJsonArray>
#include <QVector>

// The part of a user the list shows, kept small so that 100,000 of them fit comfortably in
// memory (a full User keeps the whole JSON object). The detail panel loads the full user.
struct UserRow
{
    QString id;
    QString organizationId;
    QString name;
    QString email;
    QString department;
    QString phone;
    QString thumbnailUrl;
    QString statusText;
    qint64 createdMs = 0;   // ms since epoch, 0 when unknown
    qint64 activatedMs = 0; // ms since epoch, 0 when unknown
    User::Status status = User::Status::Unknown;
    bool mfaEnabled = false;
    bool hasPasskeys = false;

    static UserRow from(const User &user);
    // Turns one page of users (V1 or V2 JSON) into rows; skips entries that are not users and
    // counts them in `skipped`. Safe to run on a worker thread.
    static QVector<UserRow> parsePage(const QJsonArray &page, int *skipped = nullptr);
};
// Moved as bytes when the list grows (every member is), instead of member by member.
Q_DECLARE_TYPEINFO(UserRow, Q_RELOCATABLE_TYPE);
