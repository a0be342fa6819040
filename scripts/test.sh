#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite headless: the normal CTest suite (unit, e2e,
# e2e-faults, contract), then the same tests built with AddressSanitizer + UBSan
# (scripts/test-sanitizers.sh), then the libFuzzer targets (scripts/fuzz.sh, EPILOT_FUZZ_SECONDS
# per target). Extra arguments go to the normal ctest run only and skip the other stages, e.g.
# `scripts/test.sh -L unit`. EPILOT_SKIP_SANITIZERS=1 / EPILOT_SKIP_FUZZ=1 leave a stage out.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
(cd build && ctest --output-on-failure --timeout 600 -j2 "$@")
[ "$#" -eq 0 ] || exit 0
stage() { echo "== $1 ($(date -u +%T))"; }
if [ "${EPILOT_SKIP_SANITIZERS:-0}" != 1 ]; then
    stage "AddressSanitizer + UndefinedBehaviorSanitizer"
    scripts/test-sanitizers.sh
fi
if [ "${EPILOT_SKIP_FUZZ:-0}" != 1 ]; then
    stage "libFuzzer, ${EPILOT_FUZZ_SECONDS:-60} s per target"
    scripts/fuzz.sh
fi
stage "done"
