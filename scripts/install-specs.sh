#!/usr/bin/env bash
# Installs the official epilot API definitions: the npm package @epilot/sdk at the exact version
# and integrity hash of specs/package-lock.json, into <build folder>/specs (default ./build).
# Afterwards <build folder>/specs/node_modules/@epilot/sdk/definitions holds user.json,
# organization.json, partner-directory.json, … and is CMake's default EPILOT_SPECS_DIR.
# Called by scripts/setup.sh before CMake, and by CMake when that folder is still missing.
set -euo pipefail
repository="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$repository/build}"
target="$build/specs"
definitions="$target/node_modules/@epilot/sdk/definitions"

# Nothing to do while the installed copy matches the committed lock file.
if [ -f "$definitions/user.json" ] && cmp -s "$repository/specs/package-lock.json" "$target/package-lock.json"; then
    exit 0
fi
mkdir -p "$target"
cp "$repository/specs/package.json" "$repository/specs/package-lock.json" "$target/"
# --legacy-peer-deps: the SDK's peer dependencies (an HTTP client) are not needed to read its
# definitions; --ignore-scripts: nothing of the package runs here (specs/README.md).
(cd "$target" && npm ci --legacy-peer-deps --ignore-scripts --no-audit --no-fund --loglevel=error)
for file in user organization partner-directory permissions entity audit-logs access-token; do
    [ -f "$definitions/$file.json" ] || { echo "install-specs: $definitions/$file.json missing" >&2; exit 1; }
done
