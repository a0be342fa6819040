#!/usr/bin/env bash
# Checks the architecture's include rules (docs/architecture.md) on every source file:
#   - every quoted include names its folder from the repository root;
#   - dependencies point one way: ui -> controllers -> models -> domain -> services;
#   - nothing outside ui/ (and the programs and tests above it) includes a widget header.
# Prints each violation as file:line and exits 1 when there is any.
set -euo pipefail
cd "${1:-$(dirname "$0")/../..}"

# What each layer may include (folders, as prefixes of the include path).
declare -A allowed=(
    [services]="services/"
    [domain]="domain/ services/"
    [models]="models/ domain/ services/"
    [controllers]="controllers/ models/ domain/ services/"
    [ui]="ui/ controllers/ models/ domain/ services/"
    [emulator]="emulator/"
)
widgets='^#include <(QtWidgets/)?Q(Widget|Dialog|Label|LineEdit|PushButton|MessageBox|Application|MainWindow|AbstractItemView|TableView|TreeView|ListWidget|Menu|Action|ComboBox|CheckBox|Style|StyledItemDelegate|Layout|BoxLayout|HBoxLayout|VBoxLayout|FormLayout|GridLayout|Frame|ScrollArea|TabWidget|ToolButton|SpinBox|PlainTextEdit|TextEdit|Splitter|ProgressDialog|FileDialog|InputDialog|StackedWidget|GroupBox|HeaderView|ToolBar|StatusBar|DockWidget|UndoStack|UndoCommand|Painter|Pixmap|Icon|Palette|Color|Font|Image)>'
failures=0
report() {
    echo "$1"
    failures=$((failures + 1))
}
for layer in "${!allowed[@]}"; do
    while IFS= read -r -d '' file; do
        line=0
        while IFS= read -r text; do
            line=$((line + 1))
            [[ "$text" == '#include "'* ]] || [[ "$text" == '#include <'* ]] || continue
            if [[ "$text" =~ ^#include\ \"([^\"]+)\" ]]; then
                path="${BASH_REMATCH[1]}"
                [[ "$path" == *.moc ]] && continue
                if [[ "$path" != */* ]]; then
                    report "$file:$line: include without its folder: $path"
                    continue
                fi
                ok=0
                for prefix in ${allowed[$layer]}; do
                    [[ "$path" == "$prefix"* ]] && ok=1
                done
                [ "$ok" = 1 ] || report "$file:$line: $layer/ must not include $path"
            elif [ "$layer" != ui ] && [ "$layer" != emulator ] && [[ "$text" =~ $widgets ]]; then
                # QColor, QIcon and friends live in Qt Gui but belong to the widgets' side.
                report "$file:$line: $layer/ must not include a widget or painting header: $text"
            fi
        done <"$file"
    done < <(find "$layer" \( -name '*.h' -o -name '*.cpp' \) -print0)
done
if [ "$failures" -gt 0 ]; then
    echo "$failures include(s) break the layering (docs/architecture.md)"
    exit 1
fi
echo "layers: every include names its folder and points one way"
