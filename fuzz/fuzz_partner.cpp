// libFuzzer target: partner organizations and partner users into Partner / PartnerUser.
#include "fuzz/FuzzSupport.h"
#include "domain/partners/Partner.h"
#include "domain/partners/PartnerUser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::forEachObject(data, size, [](const QJsonObject &json) {
        fuzz::roundTrip<Partner>(json);
        fuzz::roundTrip<PartnerUser>(json);
    });
    return 0;
}
