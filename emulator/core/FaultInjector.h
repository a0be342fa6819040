#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <deque>

// The faults that --latency, --fail-rate, --rate-limit, --malformed-rate and --drop-rate ask for.
struct FaultOptions
{
    int latencyMs = 0;        // mean added latency; each request gets 50 %..150 % of it (jitter)
    double failRate = 0;      // share of 500/503 answers (503 with Retry-After)
    int rateLimit = 0;        // requests per second before 429; 0 = no limit
    double malformedRate = 0; // share of truncated or invalid JSON bodies
    double dropRate = 0;      // share of connections closed without an answer

    // {"latency_ms", "fail_rate", "rate_limit", "malformed_rate", "drop_rate"}, for
    // PUT /emulator/faults; an absent member is 0. False with a message when a value is out of
    // the command line's range.
    static bool fromJson(const QJsonObject &json, FaultOptions *options, QString *error);
    QJsonObject toJson() const;
};

class FaultInjector
{
public:
    enum class Fault { None, Drop, InternalError, Unavailable, RateLimited, Malformed };

    explicit FaultInjector(const FaultOptions &options = {});
    void setOptions(const FaultOptions &options) { m_options = options; }
    const FaultOptions &options() const { return m_options; }

    // Decides the fault for one API request (emulator-only endpoints get none).
    Fault decide();
    int latencyMs();
    // Turns a JSON body into a truncated or invalid one.
    QByteArray corrupt(const QByteArray &body);

private:
    bool overRateLimit();

    FaultOptions m_options;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    std::deque<qint64> m_recent; // request times (ms) within the last second
};
