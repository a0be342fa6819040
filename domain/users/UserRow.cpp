#include "domain/users/UserRow.h"

namespace {

qint64 msSinceEpoch(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

UserRow UserRow::from(const User &user)
{
    UserRow row;
    row.id = user.id();
    row.organizationId = user.organizationId();
    row.name = user.name();
    row.email = user.email();
    row.department = user.department();
    row.phone = user.phone();
    row.thumbnailUrl = user.thumbnailUrl();
    row.statusText = user.statusText();
    row.status = User::statusFromText(row.statusText);
    row.createdMs = msSinceEpoch(user.createdAt());
    row.activatedMs = msSinceEpoch(user.activatedAt());
    row.mfaEnabled = user.mfaEnabled();
    row.hasPasskeys = user.hasPasskeys();
    return row;
}

QVector<UserRow> UserRow::parsePage(const QJsonArray &page, int *skipped)
{
    QVector<UserRow> rows;
    rows.reserve(page.size());
    int rejected = 0;
    for (const QJsonValue &value : page) {
        if (const auto user = User::fromJson(value.toObject()))
            rows.append(from(*user));
        else
            ++rejected;
    }
    if (skipped)
        *skipped = rejected;
    return rows;
}
