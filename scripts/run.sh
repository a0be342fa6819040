#!/usr/bin/env bash
# Sets up, builds and starts epilot Admin on a local epilot emulator with demo data. Builds only
# what it runs (the application and the emulator), not the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh epilot-admin epilot-emulator
exec build/app/epilot-admin --emulator "$@"
