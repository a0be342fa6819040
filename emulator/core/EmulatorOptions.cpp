#include "emulator/core/EmulatorOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

namespace {
bool readInt(const QCommandLineParser &parser, const QString &name, int minimum, int maximum,
             int *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(parser.value(name));
        return false;
    }
    *target = value;
    return true;
}

bool readRate(const QCommandLineParser &parser, const QString &name, double *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1) {
        *error = QStringLiteral("--%1 must be a share from 0 to 1, not \"%2\"")
                     .arg(name, parser.value(name));
        return false;
    }
    *target = value;
    return true;
}
} // namespace

bool EmulatorOptions::parse(const QStringList &arguments, QString *error, bool *helpShown)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local emulator of epilot's User, Organization, Partner Directory, Permissions, Entity, "
        "Access Token and Audit Logs APIs."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
         QStringLiteral("address")},
        {QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one (default)."),
         QStringLiteral("port")},
        {QStringLiteral("data"),
         QStringLiteral("SQLite file that keeps the state across restarts."),
         QStringLiteral("file")},
        {QStringLiteral("seed"), QStringLiteral("demo (default) or empty."),
         QStringLiteral("kind")},
        {QStringLiteral("users"), QStringLiteral("Number of generated users."),
         QStringLiteral("n")},
        {QStringLiteral("groups"), QStringLiteral("Number of generated groups."),
         QStringLiteral("n")},
        {QStringLiteral("partners"), QStringLiteral("Number of generated partners."),
         QStringLiteral("n")},
        {QStringLiteral("audit-events"),
         QStringLiteral("Number of generated audit log events (demo: a few hundred over four "
                        "months; generated on demand, not stored)."),
         QStringLiteral("n")},
        {QStringLiteral("roles"),
         QStringLiteral("Extra user roles in the demo organization, each held by some of its "
                        "users (for a large people × roles matrix)."),
         QStringLiteral("n")},
        {QStringLiteral("token"), QStringLiteral("Accept this bearer token (repeatable)."),
         QStringLiteral("token")},
        {QStringLiteral("any-token"), QStringLiteral("Accept any non-empty bearer token.")},
        {QStringLiteral("latency"), QStringLiteral("Added latency in ms (with jitter)."),
         QStringLiteral("ms")},
        {QStringLiteral("fault-seed"),
         QStringLiteral("Seed of the random faults, for a run that repeats (default: new)."),
         QStringLiteral("n")},
        {QStringLiteral("fail-rate"), QStringLiteral("Share of 500/503 answers (0..1)."),
         QStringLiteral("p")},
        {QStringLiteral("rate-limit"), QStringLiteral("Requests per second before 429."),
         QStringLiteral("n")},
        {QStringLiteral("malformed-rate"), QStringLiteral("Share of broken JSON bodies (0..1)."),
         QStringLiteral("p")},
        {QStringLiteral("drop-rate"), QStringLiteral("Share of dropped connections (0..1)."),
         QStringLiteral("p")},
    });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *helpShown = true;
        *error = parser.helpText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return false;
    }
    if (parser.isSet(QStringLiteral("host"))) {
        host = parser.value(QStringLiteral("host"));
        if (QHostAddress(host).isNull() && host != QLatin1String("localhost")) {
            *error = QStringLiteral("--host must be an IP address, not \"%1\"").arg(host);
            return false;
        }
    }
    int portValue = 0;
    if (!readInt(parser, QStringLiteral("port"), 0, 65535, &portValue, error))
        return false;
    port = quint16(portValue);
    dataFile = parser.value(QStringLiteral("data"));
    const QString seedKind = parser.value(QStringLiteral("seed"));
    if (!seedKind.isEmpty() && seedKind != QLatin1String("demo") &&
        seedKind != QLatin1String("empty")) {
        *error = QStringLiteral("--seed must be demo or empty, not \"%1\"").arg(seedKind);
        return false;
    }
    seed.demo = seedKind != QLatin1String("empty");
    if (!readInt(parser, QStringLiteral("users"), 0, 10'000'000, &seed.users, error) ||
        !readInt(parser, QStringLiteral("groups"), 0, 1'000'000, &seed.groups, error) ||
        !readInt(parser, QStringLiteral("partners"), 0, 1'000'000, &seed.partners, error) ||
        !readInt(parser, QStringLiteral("audit-events"), 0, 100'000'000, &seed.auditEvents,
                 error) ||
        !readInt(parser, QStringLiteral("roles"), 0, 1000, &seed.roles, error) ||
        !readInt(parser, QStringLiteral("latency"), 0, 600'000, &faults.latencyMs, error) ||
        !readInt(parser, QStringLiteral("rate-limit"), 0, 1'000'000, &faults.rateLimit, error) ||
        !readRate(parser, QStringLiteral("fail-rate"), &faults.failRate, error) ||
        !readRate(parser, QStringLiteral("malformed-rate"), &faults.malformedRate, error) ||
        !readRate(parser, QStringLiteral("drop-rate"), &faults.dropRate, error))
        return false;
    int faultSeed = 0;
    if (!readInt(parser, QStringLiteral("fault-seed"), 0, 2'147'483'647, &faultSeed, error))
        return false;
    faults.seed = faultSeed;
    tokens = parser.values(QStringLiteral("token"));
    for (const QString &token : std::as_const(tokens)) {
        if (token.trimmed().isEmpty() || token.contains(QLatin1Char(' '))) {
            *error = QStringLiteral("--token must be a non-empty token without spaces");
            return false;
        }
    }
    anyToken = parser.isSet(QStringLiteral("any-token"));
    return true;
}
