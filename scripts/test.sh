#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite headless: the normal CTest suite (unit, e2e,
# e2e-faults, soak, contract), then the libFuzzer targets (scripts/fuzz.sh, EPILOT_FUZZ_SECONDS
# per target). Extra arguments go to the normal ctest run only and skip the other stages, e.g.
# `scripts/test.sh -L unit`. EPILOT_SKIP_FUZZ=1 leaves fuzzing out.
# Then the whole suite once more, built with AddressSanitizer + UBSan (scripts/test-sanitizers.sh);
# EPILOT_SANITIZERS=0 leaves that stage out.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
log="$PWD/build/ctest-summary.log"
(cd build && ctest --output-on-failure --timeout 600 -j2 "$@") | tee "$log"
[ "$#" -eq 0 ] || exit 0
stage() { echo "== $1 ($(date -u +%T))"; }
if [ "${EPILOT_SANITIZERS:-1}" != 0 ]; then
    stage "AddressSanitizer + UndefinedBehaviorSanitizer"
    scripts/test-sanitizers.sh
fi
if [ "${EPILOT_SKIP_FUZZ:-0}" != 1 ]; then
    stage "libFuzzer, ${EPILOT_FUZZ_SECONDS:-60} s per target"
    scripts/fuzz.sh
fi
stage "done"
# The suite's count once more as the closing line, after the later stages' output.
sed -n 's/^[0-9]*% tests passed, \([0-9]*\) tests failed out of \([0-9]*\)$/ctest: \2 \1/p' "$log" |
    awk '{ print "ctest: " ($2 - $3) " passed, " $3 " failed" }'
