#!/usr/bin/env bash
# Installs the Debian bookworm packages epilot Admin needs (only those missing) and the pinned
# official API definitions (scripts/install-specs.sh), then configures and builds the project into
# ./build: only the CMake targets named as arguments (scripts/run.sh: the application and the
# emulator), or everything without arguments (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
          libxkbcommon-dev libgl-dev gnome-keyring dbus xvfb xauth
          clang libclang-rt-14-dev valgrind openssl)  # fuzzing, sanitizers, TLS test certificates
# Node.js and npm run test tooling only; the machine's own Node.js (if any) is fine.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

scripts/install-specs.sh build
build_type="${BUILD_TYPE:-RelWithDebInfo}"
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build build -j"$(nproc)" "${targets[@]}"
