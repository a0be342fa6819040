#pragma once

class BenchOptions;

// One function per benchmark mode of epilot-bench; each returns the process exit code and
// reports its figures through Figures::report.
namespace Benchmarks {

// Starts a program --runs times (default: epilot-admin with EPILOT_BENCH_MARK_FIRST_PAGE) and
// times process start → the marker line on its standard output.
int startup(const BenchOptions &options);
// Every user of the organization into UserListModel, page after page as a scrolling view asks.
int paging(const BenchOptions &options);
// --count sequential getUserV2 through UserService.
int calls(const BenchOptions &options);
// The Users pane, offscreen: last key press → rows painted for each of --queries.
int search(const BenchOptions &options);
// The Users pane, offscreen: opening it → first page painted, then scrolling to the end.
int pane(const BenchOptions &options);
// People & roles, offscreen: opening it → first rows painted, loading, scrolling to the last
// person and back, a search; the longest stall and the peak memory.
int peopleRoles(const BenchOptions &options);
// listAllAssignments read on a worker thread: its time and the longest GUI stall meanwhile.
int assignments(const BenchOptions &options);
// The Audit log page over 1,000,000 events: first rows, jumps across the list, stalls, memory.
int auditLog(const BenchOptions &options);

} // namespace Benchmarks
