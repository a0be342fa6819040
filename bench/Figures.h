#pragma once

#include <QString>
#include <QVector>

// How the benchmark programs report: one "FIGURE <name> <value> <unit>" line per figure on
// standard output (scripts/bench.sh collects them), plus the small statistics they need.
namespace Figures {

void report(const QString &name, double value, const QString &unit);
void note(const QString &text); // a human-readable line, ignored by the collector
double median(QVector<double> values);
double worst(const QVector<double> &values);
double mean(const QVector<double> &values);
// VmHWM / VmRSS of this process from /proc/self/status, in MB (0 when unreadable).
double peakResidentMb();
double residentMb();
// User + system CPU seconds this process has used so far (all threads).
double cpuSeconds();

} // namespace Figures
