#!/bin/sh
# Takes the README's screenshots from the real application: builds epilot-screenshots (the
# application's own window and start-up plus a tour of the main panes), starts it against the local
# emulator with demo data under Xvfb, and writes docs/screenshots/*.png (1280x800).
#   scripts/screenshots.sh [build dir]          English pictures
#   EPILOT_SCREENSHOT_LANGUAGE=de scripts/screenshots.sh    German pictures (…-de.png)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-$root/build-screenshots}
out=$root/docs/screenshots
language=${EPILOT_SCREENSHOT_LANGUAGE:-en}

[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -G "Unix Makefiles"
cmake --build "$build" -j2 --target epilot-screenshots epilot-emulator

# A fresh profile: no saved window geometry, profiles or tokens of the person running this.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
shots=$home/shots
mkdir -p "$shots" "$out"

HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
XDG_RUNTIME_DIR=$home/runtime LANG=C.UTF-8 LC_ALL=C.UTF-8 \
EPILOT_SCREENSHOT_LANGUAGE=$language \
EPILOT_EMULATOR_PATH=$build/emulator/epilot-emulator QT_SCALE_FACTOR=1 \
    xvfb-run -a -s "-screen 0 1400x900x24 -dpi 96" \
    "$build/tools/screenshots/epilot-screenshots" "$shots"

suffix=
[ "$language" = en ] || suffix=-$language
for picture in "$shots"/*.png; do
    name=$(basename "$picture" .png)
    # A 256-colour palette keeps a 1280x800 picture of the interface near 100 KB, looking the same.
    # (A `convert` that is not ImageMagick, or fails, leaves the picture as it was taken.)
    if ! convert "$picture" -strip -dither None -colors 256 "PNG8:$out/$name$suffix.png" \
        2>/dev/null; then
        cp "$picture" "$out/$name$suffix.png"
    fi
done
ls -l "$out"
