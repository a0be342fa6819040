#!/bin/sh
# Runs a command with a real, throw-away Secret Service: a private D-Bus session bus and a
# gnome-keyring-daemon whose login keyring is unlocked with a random password, all under a
# temporary HOME that is removed afterwards. Nothing of the user's own keyring is touched.
#
#   tests/run-with-keyring.sh <command> [arguments...]
#
# The command's exit status is passed through.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 <command> [arguments...]" >&2
    exit 64
fi

# Already inside one (the whole suite runs under this script and a test asks for it again).
if [ "${EPILOT_KEYRING_SESSION:-}" = "ready" ]; then
    exec "$@"
fi

if [ "${EPILOT_KEYRING_SESSION:-}" != "inner" ]; then
    for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "$0: $tool is missing (install dbus and gnome-keyring)" >&2
            exit 69
        fi
    done
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/epilot-keyring.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT INT TERM
    mkdir -p "$scratch/home" "$scratch/runtime" "$scratch/config" "$scratch/data" "$scratch/cache"
    chmod 700 "$scratch" "$scratch/runtime"
    status=0
    env HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
        XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
        XDG_CACHE_HOME="$scratch/cache" EPILOT_KEYRING_SESSION=inner \
        dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private session bus from here on.
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
daemon_log="$XDG_RUNTIME_DIR/gnome-keyring.log"
# --foreground keeps the daemon our child, so we can stop exactly the one we started.
printf '%s' "$password" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    --control-directory="$XDG_RUNTIME_DIR/keyring" >"$daemon_log" 2>&1 &
daemon_pid=$!
unset password
trap 'kill "$daemon_pid" 2>/dev/null || true; wait "$daemon_pid" 2>/dev/null || true' EXIT INT TERM

# Wait until the daemon owns org.freedesktop.secrets; otherwise D-Bus would start a second,
# locked one on first use.
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$daemon_pid" 2>/dev/null; then
        echo "$0: gnome-keyring-daemon did not start:" >&2
        cat "$daemon_log" >&2
        exit 70
    fi
    sleep 0.1
done
export GNOME_KEYRING_CONTROL="$XDG_RUNTIME_DIR/keyring"
export EPILOT_KEYRING_SESSION=ready

status=0
"$@" || status=$?
exit "$status"
