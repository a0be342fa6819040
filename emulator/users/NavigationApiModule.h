#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonObject>
#include <optional>

class EmulatorStore;

// Custom navigations (/v2/user/navigations…). The id is a hash of the normalised name
// (whitespace collapsed) and the configuration (canonical JSON with sorted keys), so creating an
// equal navigation twice gives the same id and one stored document.
class NavigationApiModule : public ApiModule
{
public:
    explicit NavigationApiModule(EmulatorStore &store);
    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

    static QString idFor(const QString &name, const QJsonObject &configuration);

private:
    EmulatorResponse create(const EmulatorRequest &request);
    EmulatorResponse get(const EmulatorRequest &request);
    static std::optional<EmulatorResponse> checkConfiguration(const QJsonValue &configuration);
    QJsonObject store(const QString &name, const QJsonObject &configuration);

    EmulatorStore &m_store;
};
