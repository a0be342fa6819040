// libFuzzer target: groups (getGroups, getGroup) into Group.
#include "fuzz/FuzzSupport.h"
#include "domain/users/Group.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::forEachObject(data, size, [](const QJsonObject &json) { fuzz::roundTrip<Group>(json); });
    return 0;
}
