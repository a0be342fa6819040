// libFuzzer target: assignables (searchAssignables, batchGetAssignable) into Assignable.
#include "fuzz/FuzzSupport.h"
#include "domain/partners/Assignable.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::forEachObject(data, size,
                        [](const QJsonObject &json) { fuzz::roundTrip<Assignable>(json); });
    return 0;
}
