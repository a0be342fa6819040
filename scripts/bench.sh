#!/usr/bin/env bash
# Runs every benchmark of bench/ in one go: builds Release into build-bench, starts
# epilot-emulator with 100,000 users, measures epilot Admin (start-up, paging, getUserV2 calls,
# search, the Users pane), the official JavaScript SDK (@epilot/user-client) and the official
# @epilot/cli doing the same, and the emulator's own throughput under wrk. Prints each figure with
# its unit and the ratio to the official tools, and writes bench/RESULTS.md.
#
# Every measurement except the emulator's own throughput runs BENCH_ROUNDS times (3) against the
# same emulator, the tools taking turns; RESULTS.md shows each figure's median and range.
#
# Environment: BENCH_ROUNDS (3), BENCH_USERS (100000), BENCH_RUNS (10 start-ups), BENCH_CALLS (200),
# BENCH_CLI_CALLS (30: one process each, see bench/README.md), BENCH_BUILD_DIR (build-bench),
# BENCH_NO_BUILD=1 (measure the binaries already built).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build="${BENCH_BUILD_DIR:-build-bench}"
users="${BENCH_USERS:-100000}"
runs="${BENCH_RUNS:-10}"
rounds="${BENCH_ROUNDS:-3}"
calls="${BENCH_CALLS:-200}"
cli_calls="${BENCH_CLI_CALLS:-30}"
first_page=100 # the model's first page; later pages double up to 1000 (both tools alike)
max_page=1000
queries="mueller,schmidt,anna,jonas weber,vertrieb,kundenservice,koch,lukas,netzbetrieb,\
hoffmann,marie,abrechnung,wagner,sophie becker,energiehandel,krause,felix,marketing,lange,\
nina vogel"

work="$(mktemp -d /tmp/epilot-bench.XXXXXX)"
raw="$work/figures.txt"
emulator_pid=""
cleanup() {
    if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; fi
    if [ -n "${matrix_pid:-}" ]; then kill "$matrix_pid" 2>/dev/null || true; wait "$matrix_pid" 2>/dev/null || true; fi
    if [ -n "${audit_pid:-}" ]; then kill "$audit_pid" 2>/dev/null || true; wait "$audit_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }

# --- tools: wrk from Debian, the official epilot packages from npm (test tooling only) -------
if ! command -v wrk >/dev/null; then
    say "installing wrk"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null ||
        { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk; }
fi
if [ ! -d bench/node/node_modules/@epilot/user-client ] || [ ! -d bench/node/node_modules/@epilot/cli ]; then
    say "installing the official epilot tools (npm ci in bench/node)"
    (cd bench/node && npm ci --no-audit --no-fund --loglevel=error)
fi

# --- build -----------------------------------------------------------------------------------
if [ -z "${BENCH_NO_BUILD:-}" ]; then
    say "building Release into $build"
    cmake -S . -B "$build" -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" -j"$(nproc)" --target epilot-bench epilot-admin epilot-emulator >/dev/null
fi
bench="$build/bench/epilot-bench"

# The address an emulator started in the background (output in $work/NAME.out) listens on, once
# it says so; empty when it stopped first or took over two minutes.
listening_url() { # name, pid
    local found=""
    for _ in $(seq 1 600); do
        found="$(sed -n 's/^listening on \(http[^ ]*\).*/\1/p' "$work/$1.out")"
        [ -n "$found" ] && break
        kill -0 "$2" 2>/dev/null || break
        sleep 0.2
    done
    echo "$found"
}

# --- emulator --------------------------------------------------------------------------------
token="bench-$(date +%s)-$RANDOM"
say "starting epilot-emulator --users $users"
"$build/emulator/epilot-emulator" --host 127.0.0.1 --port 0 --users "$users" --token "$token" \
    >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
url="$(listening_url emulator "$emulator_pid")"
[ -n "$url" ] || { cat "$work/emulator.err"; echo "the emulator did not start"; exit 1; }
echo "emulator at $url"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

run() { # label, command…: runs it, shows its output, keeps the FIGURE lines; a failure is
    # reported and the other benchmarks still run (the figure shows as "—")
    local label="$1"
    say "$label"
    shift
    "$@" | tee -a "$raw" || echo "FAILED: $label"
}
server=(--url "$url" --token "$token")
node_sdk=(node "$root/bench/node/sdk.mjs")
node_cli=(node "$root/bench/node/cli.mjs")

measure_round() {
    # --- start-up --------------------------------------------------------------------------------
    run "start-up: epilot Admin, process start -> main window with the first page (median of $runs)" \
        "$bench" startup "${server[@]}" --runs "$runs" --name app
    run "start-up: SDK script, process start -> first page printed (median of $runs)" \
        "$bench" startup "${server[@]}" --runs "$runs" --name sdk --program node \
        --arguments "$root/bench/node/sdk.mjs,first-page,--url,$url,--token,$token,--first,$first_page"
    run "start-up: @epilot/cli user listUsersV2, one process (median of $runs)" \
        "${node_cli[@]}" first-page "${server[@]}" --count "$runs"

    # --- paging ----------------------------------------------------------------------------------
    # The emulator's CPU seconds while each tool pages: close to the wall time means the figure is
    # bound by the emulator, not by the client.
    emulator_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$emulator_pid/stat"; }
    paging_with_cpu() { # name, command…
        local name="$1" before after
        shift
        before="$(emulator_cpu)"
        "$@" || return 1
        after="$(emulator_cpu)"
        echo "FIGURE $name.paging.emulator_cpu $(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.2f", a - b}') s"
    }
    run "paging all users: epilot Admin UserListModel" paging_with_cpu app \
        "$bench" paging "${server[@]}" --first "$first_page" --max "$max_page"
    run "paging all users: SDK, 3 requests in flight (as the application)" paging_with_cpu sdk \
        "${node_sdk[@]}" paging "${server[@]}" --first "$first_page" --max "$max_page" --in-flight 3
    run "paging all users: SDK, the plain sequential script" paging_with_cpu sdk_sequential \
        "${node_sdk[@]}" paging "${server[@]}" --first "$first_page" --max "$max_page" --in-flight 1
    run "Users pane: first page, scroll to the end" "$bench" pane "${server[@]}"

    # --- per-call latency ------------------------------------------------------------------------
    run "$calls sequential getUserV2: epilot Admin service layer" "$bench" calls "${server[@]}" --count "$calls"
    run "$calls sequential getUserV2: SDK, one Node process" "${node_sdk[@]}" calls "${server[@]}" --count "$calls"
    run "$cli_calls getUserV2: @epilot/cli, one process per call" \
        "${node_cli[@]}" calls "${server[@]}" --count "$cli_calls"

    # --- search ----------------------------------------------------------------------------------
    run "search, 20 queries: Users pane (last key press -> rows shown)" \
        "$bench" search "${server[@]}" --queries "$queries"
    run "search, 20 queries: SDK (request -> rows parsed)" \
        "${node_sdk[@]}" search "${server[@]}" --queries "$queries" --first "$first_page"

    # --- people & roles (issue 19) ---------------------------------------------------------------
    run "listAllAssignments for $users people, parsed on a worker thread" \
        "$bench" assignments "${server[@]}"
    if [ -n "$matrix_url" ]; then
        run "People & roles: $matrix_users people x 30 roles (first rows, stalls, memory)" \
            "$bench" people-roles --url "$matrix_url" --token "$token"
    fi

    # --- audit log (issue 21) --------------------------------------------------------------------
    if [ -n "$audit_url" ]; then
        run "Audit log: $audit_events events (first rows, 100 jumps, stalls, memory)" \
            "$bench" audit-log --url "$audit_url" --token "$token"
    fi
}
# People & roles needs its own emulator: 10,000 people and 16 team roles (30 assignable in all).
matrix_users="${BENCH_MATRIX_USERS:-10000}"
"$build/emulator/epilot-emulator" --host 127.0.0.1 --port 0 --users "$matrix_users" --roles 16 \
    --token "$token" >"$work/matrix.out" 2>"$work/matrix.err" &
matrix_pid=$!
matrix_url="$(listening_url matrix "$matrix_pid")"
[ -n "$matrix_url" ] || echo "the people & roles emulator did not start: $(cat "$work/matrix.err")"
# The audit log needs its own emulator too: 1,000,000 events (made on demand, not stored).
audit_events="${BENCH_AUDIT_EVENTS:-1000000}"
"$build/emulator/epilot-emulator" --host 127.0.0.1 --port 0 --audit-events "$audit_events" \
    --token "$token" >"$work/audit.out" 2>"$work/audit.err" &
audit_pid=$!
audit_url="$(listening_url audit "$audit_pid")"
[ -n "$audit_url" ] || echo "the audit log emulator did not start: $(cat "$work/audit.err")"

for round in $(seq 1 "$rounds"); do
    say "round $round of $rounds"
    measure_round
done

# --- the emulator's own throughput (wrk, a second process, 4 connections) ---------------------
ids="$(curl -sf -H "Authorization: Bearer $token" "$url/v2/users?limit=1000" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(
        JSON.parse(s).results.filter((_,i)=>i%5===0).map(u=>JSON.stringify(String(u.id))).join(",")))')"
cat >"$work/get.lua" <<EOF
local ids = { $ids }
request = function() return wrk.format("GET", "/v2/users/" .. ids[math.random(#ids)]) end
EOF
cat >"$work/list.lua" <<EOF
request = function()
  return wrk.format("GET", "/v2/users?limit=$max_page&offset=" .. math.random(0, $users / $max_page - 1) * $max_page)
end
EOF
throughput() { # name, lua, seconds: requests/s under wrk
    local out
    out="$(wrk -t1 -c4 -d"$3"s --latency -H "Authorization: Bearer $token" -s "$2" "$url")"
    echo "$out" | sed -n '/Requests\/sec/p;/Non-2xx/p;/50%/p;/99%/p'
    echo "FIGURE emulator.$1.throughput $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s" | tee -a "$raw"
}
say "emulator throughput under wrk (1 thread, 4 connections; 10 s, 20 s for the 1000-user pages)"
throughput getUserV2 "$work/get.lua" 10
throughput listUsersV2 "$work/list.lua" 20

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
say "results"
machine="$(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), \
$(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), \
Qt $(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null | cut -d+ -f1), Node.js $(node --version)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD -- . ':!bench/RESULTS.md' 2>/dev/null || commit="$commit with local changes"
node bench/report.mjs "$raw" --machine "$machine" --load "$load_before / $load_after" --commit "$commit" \
    --users "$users" --cli-calls "$cli_calls" --calls "$calls" --out bench/RESULTS.md
