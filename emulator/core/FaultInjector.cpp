#include "emulator/core/FaultInjector.h"

#include <QJsonArray>
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

namespace {

bool readScript(const QJsonValue &value, QList<ScriptedFault> *script, QString *error)
{
    script->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("next must be a list of {fault, count, method, path}");
        return false;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        ScriptedFault fault;
        const QString kind = object.value(QStringLiteral("fault")).toString();
        fault.fault = -1;
        for (int index = 1; index < FaultInjector::kFaultKinds; ++index)
            if (FaultInjector::name(FaultInjector::Fault(index)) == kind)
                fault.fault = index;
        if (!entry.isObject() || fault.fault < 0) {
            *error = QStringLiteral("next: fault must be one of drop, internal_error, "
                                    "unavailable, rate_limited, malformed");
            return false;
        }
        double count = object.value(QStringLiteral("count")).toDouble(1);
        if (count < 1 || count > 1'000'000 || count != double(int(count))) {
            *error = QStringLiteral("next: count must be a whole number from 1 to 1000000");
            return false;
        }
        fault.count = int(count);
        fault.method = object.value(QStringLiteral("method")).toString().toUpper().toLatin1();
        fault.pathPrefix = object.value(QStringLiteral("path")).toString();
        script->append(fault);
    }
    return true;
}

} // namespace

bool FaultOptions::fromJson(const QJsonObject &json, FaultOptions *options, QString *error)
{
    // A misspelt name would otherwise switch that fault off without a word.
    static const QStringList known = {
        QStringLiteral("latency_ms"), QStringLiteral("rate_limit"),
        QStringLiteral("fail_rate"),  QStringLiteral("malformed_rate"),
        QStringLiteral("drop_rate"),  QStringLiteral("seed"),
        QStringLiteral("next")};
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
        !readNumber(json, QStringLiteral("drop_rate"), 0, 1, &read.dropRate, error) ||
        !readNumber(json, QStringLiteral("seed"), 0, 4'294'967'295.0, &read.seed, error) ||
        !readScript(json.value(QStringLiteral("next")), &read.next, error))
        return false;
    *options = read;
    return true;
}

QJsonObject FaultOptions::toJson() const
{
    QJsonArray script;
    for (const ScriptedFault &fault : next)
        script.append(QJsonObject{
            {QStringLiteral("fault"), FaultInjector::name(FaultInjector::Fault(fault.fault))},
            {QStringLiteral("count"), fault.count},
            {QStringLiteral("method"), QString::fromLatin1(fault.method)},
            {QStringLiteral("path"), fault.pathPrefix}});
    return {{QStringLiteral("latency_ms"), latencyMs},
            {QStringLiteral("fail_rate"), failRate},
            {QStringLiteral("rate_limit"), rateLimit},
            {QStringLiteral("malformed_rate"), malformedRate},
            {QStringLiteral("drop_rate"), dropRate},
            {QStringLiteral("seed"), seed},
            {QStringLiteral("next"), script}};
}

FaultInjector::FaultInjector(const FaultOptions &options)
    : m_random(QRandomGenerator::securelySeeded())
{
    m_clock.start();
    setOptions(options);
}

void FaultInjector::setOptions(const FaultOptions &options)
{
    m_options = options;
    if (options.seed != 0)
        m_random.seed(quint32(options.seed));
    m_requests = 0;
    m_injected.fill(0);
}

FaultInjector::Fault FaultInjector::decide(const QByteArray &method, const QString &path)
{
    const Fault fault = choose(method, path);
    ++m_requests;
    ++m_injected[size_t(fault)];
    return fault;
}

FaultInjector::Fault FaultInjector::choose(const QByteArray &method, const QString &path)
{
    if (const Fault fault = scripted(method, path); fault != Fault::None)
        return fault;
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

FaultInjector::Fault FaultInjector::scripted(const QByteArray &method, const QString &path)
{
    for (auto it = m_options.next.begin(); it != m_options.next.end(); ++it) {
        if ((!it->method.isEmpty() && it->method != method) || !path.startsWith(it->pathPrefix))
            continue;
        const Fault fault = Fault(it->fault);
        if (--it->count <= 0)
            m_options.next.erase(it);
        return fault;
    }
    return Fault::None;
}

QJsonObject FaultInjector::counts() const
{
    QJsonObject counts{{QStringLiteral("requests"), m_requests}};
    for (int index = 1; index < kFaultKinds; ++index)
        counts.insert(name(Fault(index)), m_injected[size_t(index)]);
    return counts;
}

QString FaultInjector::name(Fault fault)
{
    switch (fault) {
    case Fault::Drop:
        return QStringLiteral("drop");
    case Fault::InternalError:
        return QStringLiteral("internal_error");
    case Fault::Unavailable:
        return QStringLiteral("unavailable");
    case Fault::RateLimited:
        return QStringLiteral("rate_limited");
    case Fault::Malformed:
        return QStringLiteral("malformed");
    case Fault::None:
        break;
    }
    return QStringLiteral("none");
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
