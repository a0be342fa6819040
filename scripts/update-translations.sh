#!/bin/sh
# Refreshes translations/*.ts from the sources (every tr() and QT_TR_NOOP in app/, ui/, controllers/, models/, domain/ and
# services/). Obsolete entries are dropped; new ones arrive unfinished for a translator.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -no-obsolete -locations relative app ui controllers models domain services \
    -ts translations/epilot-admin_de.ts "$@"
# English is the source language: its file only holds the plural forms (%n).
"$LUPDATE" -no-obsolete -pluralonly -locations relative app ui controllers models domain services \
    -ts translations/epilot-admin_en.ts "$@"
