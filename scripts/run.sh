#!/usr/bin/env bash
# Sets up, builds and starts epilot Admin on a local epilot emulator with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/app/epilot-admin --emulator "$@"
