#!/usr/bin/env bash
# Builds the test suite with AddressSanitizer + UndefinedBehaviorSanitizer into ./build-asan and runs
# it with leak detection. Only the test executables and what they start (emulator, application)
# are built, not the benchmarks. Any sanitizer report fails the test that produced it.
# Extra arguments go to ctest, e.g. `scripts/test-sanitizers.sh -L unit`.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${EPILOT_ASAN_BUILD_DIR:-build-asan}"
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

cmake -S . -B "$build" -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null

# Every CTest test that is an executable target of this project, plus the binaries they start.
tests=$(cd "$build" && ctest -N | sed -n 's/^ *Test *#[0-9]*: *//p')
available=$(cmake --build "$build" --target help | sed -n 's/^\.\.\. \([^ ]*\).*/\1/p')
targets=(epilot-emulator epilot-admin)
for test in $tests; do
    grep -qx "$test" <<<"$available" && targets+=("$test")
done
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

suppressions="$PWD/tests/sanitizers"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$suppressions/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
cd "$build"
# Tests that are not built here (node-based contract tests) run in the normal suite only.
exclude=$(for test in $tests; do grep -qx "$test" <<<"$available" || printf '%s|' "$test"; done)
exclude="${exclude%|}"
# The soak test times 20,000 requests and measures memory; under ASan both say little, and the
# valgrind test cannot run an ASan binary: both run in the normal suite only.
ctest --output-on-failure --timeout 900 -j2 -LE '^(soak|valgrind)$' ${exclude:+-E "^($exclude)\$"} "$@"
