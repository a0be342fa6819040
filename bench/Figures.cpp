#include "bench/Figures.h"

#include <QFile>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <sys/resource.h>

namespace {

double statusFieldMb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) // "VmHWM:     123456 kB"
            return line.mid(field.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

namespace Figures {

void report(const QString &name, double value, const QString &unit)
{
    const bool whole = std::floor(value) == value;
    const QString text =
        whole ? QString::number(qint64(value)) : QString::number(value, 'f', value < 10 ? 2 : 1);
    std::printf("FIGURE %s %s %s\n", qPrintable(name), qPrintable(text), qPrintable(unit));
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double worst(const QVector<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

double mean(const QVector<double> &values)
{
    return values.isEmpty() ? 0
                            : std::accumulate(values.begin(), values.end(), 0.0) / values.size();
}

double peakResidentMb()
{
    return statusFieldMb("VmHWM:");
}

double residentMb()
{
    return statusFieldMb("VmRSS:");
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &time) { return time.tv_sec + time.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace Figures
