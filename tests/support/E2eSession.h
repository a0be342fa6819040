#pragma once

#include <QJsonObject>
#include <QString>
#include <QTest>

class E2eEnvironment;
class Session;

// What end-to-end tests repeat around a Session and the emulator's fault control.

// Signs `session` in against the environment and waits (on a local event loop) for its first
// getMeV2: then it is signed in as an application would be. False, with `error`, if it was not.
bool signIn(Session *session, const E2eEnvironment &environment, QString *error = nullptr,
            int timeoutMs = 15000);

// PUT /emulator/faults: the faults from now on ({} switches them off). False when the emulator
// refused them (or on a real tenant, which has no fault control).
bool setEmulatorFaults(const E2eEnvironment &environment, const QJsonObject &faults);

// One fault for the next `count` requests of this method whose path starts with `pathPrefix`,
// to pass as {"next": [scriptedFault(…)]}.
QJsonObject scriptedFault(const QString &fault, const QString &method, const QString &pathPrefix,
                          int count = 1);

// Starts an asynchronous call, `call(done)`, and waits (on a local event loop) for its answer:
// true when it came within `timeoutMs` and was ok.
template <typename Call> bool waitForAnswer(Call call, int timeoutMs = 20000)
{
    bool done = false;
    bool ok = false;
    call([&](const auto &result) {
        ok = result.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, timeoutMs) && ok;
}
