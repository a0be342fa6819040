#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, -fsanitize=fuzzer,address,undefined) into ./build-fuzz
# and runs each for EPILOT_FUZZ_SECONDS seconds (default 60) from its committed seed corpus.
# New inputs go to a throw-away copy, so the committed corpus stays small. Any crash, leak, sanitizer
# report or failed check stops with a non-zero exit; the crashing input is kept in build-fuzz/.
# Longer run, e.g. an hour per target: EPILOT_FUZZ_SECONDS=3600 scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${EPILOT_FUZZ_SECONDS:-60}"
build="${EPILOT_FUZZ_BUILD_DIR:-build-fuzz}"

CC=clang CXX=clang++ cmake -S fuzz -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"

figures="$build/fuzz-figures.txt"
: >"$figures"
for target in user group partner assignable role record; do
    corpus="$build/corpus-$target"
    rm -rf "$corpus"
    mkdir -p "$corpus"
    cp fuzz/corpus/"$target"/* "$corpus"/
    log="$build/fuzz-$target.log"
    echo "fuzz_$target: ${seconds} s"
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/fuzz_$target" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$build/crash-$target-" -print_final_stats=1 \
        "$corpus" >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz_$target FAILED (input kept as $build/crash-$target-*)" >&2
        exit 1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz_$target $runs executions in $seconds s" | tee -a "$figures"
done
