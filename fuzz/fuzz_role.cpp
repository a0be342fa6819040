// libFuzzer target: roles and their grants (getRole, searchRoles, the grant editor JSON view) into
// Role / Grant.
#include "fuzz/FuzzSupport.h"
#include "domain/grants/Grant.h"
#include "domain/partners/Role.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::forEachObject(data, size, [](const QJsonObject &json) {
        fuzz::roundTrip<Role>(json);
        QString error;
        if (const auto grant = Grant::fromJson(json, &error)) {
            const auto again = Grant::fromJson(grant->toJson(), &error);
            fuzz::require(again.has_value());
        }
        if (json.contains(QStringLiteral("grants"))) {
            if (const auto grants =
                    Grant::listFromJson(json.value(QStringLiteral("grants")), &error)) {
                const auto again = Grant::listFromJson(Grant::listToJson(*grants), &error);
                fuzz::require(again.has_value() && again->size() == grants->size());
            }
        }
    });
    return 0;
}
