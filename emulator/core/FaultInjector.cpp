#include "emulator/core/FaultInjector.h"

#include <QJsonValue>
#include <type_traits>

namespace {

// A number from `minimum` to `maximum` (absent: 0) into `target`; false with a message if not.
template <typename Number>
bool readNumber(const QJsonObject &json, const QString &key, double minimum, double maximum,
                Number *target, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        *target = 0;
        return true;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < minimum || number > maximum ||
        (std::is_integral_v<Number> && number != double(qint64(number)))) {
        *error =
            QStringLiteral("%1 must be a number from %2 to %3").arg(key).arg(minimum).arg(maximum);
        return false;
    }
    *target = Number(number);
    return true;
}

} // namespace

bool FaultOptions::fromJson(const QJsonObject &json, FaultOptions *options, QString *error)
{
    // A misspelt name would otherwise switch that fault off without a word.
    static const QStringList known = {QStringLiteral("latency_ms"), QStringLiteral("rate_limit"),
                                      QStringLiteral("fail_rate"), QStringLiteral("malformed_rate"),
                                      QStringLiteral("drop_rate")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("Unknown fault \"%1\" (known: %2)")
                         .arg(it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
    }
    FaultOptions read;
    if (!readNumber(json, QStringLiteral("latency_ms"), 0, 600'000, &read.latencyMs, error) ||
        !readNumber(json, QStringLiteral("rate_limit"), 0, 1'000'000, &read.rateLimit, error) ||
        !readNumber(json, QStringLiteral("fail_rate"), 0, 1, &read.failRate, error) ||
        !readNumber(json, QStringLiteral("malformed_rate"), 0, 1, &read.malformedRate, error) ||
        !readNumber(json, QStringLiteral("drop_rate"), 0, 1, &read.dropRate, error))
        return false;
    *options = read;
    return true;
}

QJsonObject FaultOptions::toJson() const
{
    return {{QStringLiteral("latency_ms"), latencyMs},
            {QStringLiteral("fail_rate"), failRate},
            {QStringLiteral("rate_limit"), rateLimit},
            {QStringLiteral("malformed_rate"), malformedRate},
            {QStringLiteral("drop_rate"), dropRate}};
}

FaultInjector::FaultInjector(const FaultOptions &options)
    : m_options(options), m_random(QRandomGenerator::securelySeeded())
{
    m_clock.start();
}

FaultInjector::Fault FaultInjector::decide()
{
    if (overRateLimit())
        return Fault::RateLimited;
    if (m_options.dropRate > 0 && m_random.generateDouble() < m_options.dropRate)
        return Fault::Drop;
    if (m_options.failRate > 0 && m_random.generateDouble() < m_options.failRate)
        return m_random.bounded(2) == 0 ? Fault::InternalError : Fault::Unavailable;
    if (m_options.malformedRate > 0 && m_random.generateDouble() < m_options.malformedRate)
        return Fault::Malformed;
    return Fault::None;
}

bool FaultInjector::overRateLimit()
{
    if (m_options.rateLimit <= 0)
        return false;
    const qint64 now = m_clock.elapsed();
    while (!m_recent.empty() && m_recent.front() <= now - 1000)
        m_recent.pop_front();
    if (qsizetype(m_recent.size()) >= m_options.rateLimit)
        return true; // rejected requests do not count, so a client that backs off gets through
    m_recent.push_back(now);
    return false;
}

int FaultInjector::latencyMs()
{
    if (m_options.latencyMs <= 0)
        return 0;
    const int jitter = m_options.latencyMs / 2;
    return m_options.latencyMs - jitter + int(m_random.bounded(2 * jitter + 1));
}

QByteArray FaultInjector::corrupt(const QByteArray &body)
{
    if (body.size() > 2 && m_random.bounded(2) == 0)
        return body.left(body.size() / 2);                           // truncated
    return QByteArrayLiteral("{\"message\": \"Internal server err"); // invalid JSON
}
