#!/bin/sh
# Refreshes translations/*.ts from the sources (every tr() and QT_TR_NOOP in app/, ui/,
# controllers/, models/, domain/ and services/). Obsolete entries are dropped; a string whose
# English text was translated before (e.g. moved to another class) keeps its translation
# (scripts/carry-translations.mjs); truly new ones arrive unfinished for a translator.
# Extra arguments are .ts or .tsv files to take translations from as well.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
before=$(mktemp --suffix=.ts)
trap 'rm -f "$before"' EXIT
cp translations/epilot-admin_de.ts "$before"
"$LUPDATE" -no-obsolete -locations relative app ui controllers models domain services \
    -ts translations/epilot-admin_de.ts
node scripts/carry-translations.mjs translations/epilot-admin_de.ts "$before" "$@"
# English is the source language: its file only holds the plural forms (%n).
"$LUPDATE" -no-obsolete -pluralonly -locations relative app ui controllers models domain services \
    -ts translations/epilot-admin_en.ts
