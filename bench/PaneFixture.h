#pragma once

#include "bench/BenchOptions.h"
#include "services/session/Session.h"

#include <QNetworkAccessManager>

// A signed-in Session as the main window holds one, for benchmarks of the Users pane.
struct PaneFixture
{
    explicit PaneFixture(const BenchOptions &options);
    // Waits for getMeV2; false (with the reason) when the session did not start.
    bool begin(const BenchOptions &options, QString *failure);

    QNetworkAccessManager network;
    Session session;
};
