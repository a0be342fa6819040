// epilot-bench: the benchmark programs of issue 9 (and the Users pane's figures of issue 4).
// Run them all with scripts/bench.sh; each mode prints "FIGURE <name> <value> <unit>" lines.
#include "bench/BenchOptions.h"
#include "bench/Benchmarks.h"
#include "bench/Figures.h"

#include <QApplication>
#include <QCoreApplication>
#include <functional>
#include <map>
#include <memory>

namespace {

const char *const kUsage =
    "usage: epilot-bench MODE --url URL --token TOKEN [options]\n"
    "  startup  [--runs 10] [--program P --arguments a,b,c --marker TEXT --name NAME]\n"
    "  paging   [--first 100] [--max 1000]      every user into UserListModel\n"
    "  calls    [--count 200]                   sequential getUserV2 through UserService\n"
    "  search   --queries a,b,c                 Users pane: last key press -> rows shown\n"
    "  pane                                     Users pane: first page, scroll to the end\n"
    "  people-roles                             People & roles: first rows, stalls, memory\n"
    "  assignments                              listAllAssignments parsed on a worker\n"
    "  audit-log                                Audit log: first rows, jumps, stalls, memory\n";

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const BenchOptions options = BenchOptions::parse(arguments);
    const std::map<QString, std::function<int(const BenchOptions &)>> modes{
        {QStringLiteral("startup"), Benchmarks::startup},
        {QStringLiteral("paging"), Benchmarks::paging},
        {QStringLiteral("calls"), Benchmarks::calls},
        {QStringLiteral("search"), Benchmarks::search},
        {QStringLiteral("pane"), Benchmarks::pane},
        {QStringLiteral("people-roles"), Benchmarks::peopleRoles},
        {QStringLiteral("assignments"), Benchmarks::assignments},
        {QStringLiteral("audit-log"), Benchmarks::auditLog},
    };
    const auto mode = modes.find(options.mode());
    if (mode == modes.end() || !options.error().isEmpty() || !options.checkServer().isEmpty()) {
        std::fputs(kUsage, stderr);
        if (!options.error().isEmpty() || mode != modes.end())
            std::fprintf(
                stderr, "%s\n",
                qPrintable(options.error().isEmpty() ? options.checkServer() : options.error()));
        return 2;
    }
    // Widgets only where the pane is measured, so the service and model figures carry no
    // GUI overhead (the official tools have none either).
    const bool widgets = options.mode() == QLatin1String("search") ||
                         options.mode() == QLatin1String("pane") ||
                         options.mode() == QLatin1String("people-roles") ||
                         options.mode() == QLatin1String("audit-log");
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (widgets)
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    return mode->second(options);
}
