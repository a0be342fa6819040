// libFuzzer target: organization, settings, passkeys and navigations: kept as JsonRecord (typed
// accessors on any shape).
#include "fuzz/FuzzSupport.h"
#include "domain/common/JsonRecord.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::forEachObject(data, size, [](const QJsonObject &json) {
        const JsonRecord record(json);
        for (auto it = json.begin(); it != json.end(); ++it) {
            (void)record.string(it.key());
            (void)record.idString(it.key());
            (void)record.boolean(it.key());
            (void)record.dateTime(it.key());
            (void)record.stringList(it.key());
            (void)record.object(it.key());
        }
        fuzz::require(record.changedFrom(record).isEmpty());
        fuzz::require(JsonRecord(json).changedFrom(JsonRecord()).size() <= json.size());
    });
    return 0;
}
