// libFuzzer target: users (getUserV2, listUsersV2 pages, getMeV2) into User, and whole pages
// through UserRow::parsePage, the reader every page of the Users list goes through.
#include "domain/users/User.h"
#include "domain/users/UserRow.h"
#include "fuzz/FuzzSupport.h"

namespace {

// A page's rows: every entry is either a row or counted as skipped, and each row is the one
// the detail path (User::fromJson, UserRow::from) makes of the same entry.
void checkPage(const QJsonArray &page)
{
    int skipped = -1;
    const QVector<UserRow> rows = UserRow::parsePage(page, &skipped);
    fuzz::require(skipped >= 0 && rows.size() + skipped == page.size());
    qsizetype next = 0;
    for (const QJsonValue &entry : page) {
        const auto user = User::fromJson(entry.toObject());
        if (!user)
            continue;
        const UserRow expected = UserRow::from(*user);
        const UserRow &row = rows.at(next++);
        fuzz::require(row.id == expected.id && row.email == expected.email &&
                      row.name == expected.name && row.status == expected.status &&
                      row.createdMs == expected.createdMs);
    }
    fuzz::require(next == rows.size());
}

void checkPages(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!StrictJson::problem(bytes).isEmpty())
        return; // refused before any reader sees it, as in the application
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isArray())
        checkPage(document.array());
    for (const QJsonValue &member : document.object()) // {"results": [...]} and the like
        if (member.isArray())
            checkPage(member.toArray());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::forEachObject(data, size, [](const QJsonObject &json) {
        fuzz::roundTrip<User>(json);
        if (const auto user = User::fromJson(json)) {
            (void)user->label();
            (void)user->status();
            (void)user->thumbnailUrl();
            (void)user->createdAt();
            (void)user->roles();
        }
    });
    checkPages(data, size);
    return 0;
}
