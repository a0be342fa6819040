#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <array>
#include <deque>

// One fault a test asks for on the next `count` API requests of a kind (method and path prefix;
// empty matches any), before the random rates are consulted. Makes a fault certain, not likely.
struct ScriptedFault
{
    int fault = 0; // a FaultInjector::Fault
    int count = 1;
    QByteArray method;
    QString pathPrefix;
};

// The faults that --latency, --fail-rate, --rate-limit, --malformed-rate, --drop-rate and
// --fault-seed ask for, plus scripted ones (PUT /emulator/faults only).
struct FaultOptions
{
    int latencyMs = 0;        // mean added latency; each request gets 50 %..150 % of it (jitter)
    double failRate = 0;      // share of 500/503 answers (503 with Retry-After)
    int rateLimit = 0;        // requests per second before 429; 0 = no limit
    double malformedRate = 0; // share of truncated or invalid JSON bodies
    double dropRate = 0;      // share of connections closed without an answer
    qint64 seed = 0;          // the random faults' seed; 0 = a new one each run
    QList<ScriptedFault> next;

    // {"latency_ms", "fail_rate", "rate_limit", "malformed_rate", "drop_rate", "seed",
    //  "next": [{"fault": "drop|internal_error|unavailable|rate_limited|malformed",
    //            "count": n, "method": "GET", "path": "/v2/users"}]}, for PUT /emulator/faults;
    // an absent member is 0 (none). False with a message when a value is out of range.
    static bool fromJson(const QJsonObject &json, FaultOptions *options, QString *error);
    QJsonObject toJson() const;
};

class FaultInjector
{
public:
    enum class Fault { None, Drop, InternalError, Unavailable, RateLimited, Malformed };
    static constexpr int kFaultKinds = 6;

    explicit FaultInjector(const FaultOptions &options = {});
    // New options also start the counts afresh.
    void setOptions(const FaultOptions &options);
    const FaultOptions &options() const { return m_options; }

    // Decides the fault for one API request (emulator-only endpoints get none) and counts it.
    Fault decide(const QByteArray &method, const QString &path);
    int latencyMs();
    // Turns a JSON body into a truncated or invalid one.
    QByteArray corrupt(const QByteArray &body);
    // {"requests": API requests since the options were set, "drop": n, "internal_error": n, …}
    QJsonObject counts() const;

    static QString name(Fault fault);

private:
    Fault choose(const QByteArray &method, const QString &path);
    Fault scripted(const QByteArray &method, const QString &path);
    bool overRateLimit();

    FaultOptions m_options;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    std::deque<qint64> m_recent; // request times (ms) within the last second
    qint64 m_requests = 0;
    std::array<qint64, kFaultKinds> m_injected{};
};
