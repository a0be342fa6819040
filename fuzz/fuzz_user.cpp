// libFuzzer target: users (getUserV2, listUsersV2 pages, getMeV2) into User.
#include "fuzz/FuzzSupport.h"
#include "domain/users/User.h"

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
    return 0;
}
