#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (unit, e2e, contract) headless.
# Extra arguments go to ctest, e.g. `scripts/test.sh -L unit`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure --timeout 600 -j2 "$@"
