#!/bin/sh
# with_keyring.sh [--no-keychain] COMMAND [ARGS...]
#
# Runs COMMAND with a real system keychain of its own: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon's Secret Service, its login keyring unlocked
# with a throwaway password, in a throwaway HOME that is deleted afterwards. COMMAND sees
# DICEDESK_TEST_KEYCHAIN=present.
#
# --no-keychain: no keyring at all; the session bus address leads to a socket that does not
# exist, as on a machine without a desktop session. COMMAND sees DICEDESK_TEST_KEYCHAIN=absent.
#
# DISPLAY and WAYLAND_DISPLAY are cleared so nothing can open a password prompt (a prompt
# nobody answers would hang the test; CTest's TIMEOUT is the backstop).
set -eu

mode=present
if [ "${1:-}" = "--no-keychain" ]; then
    mode=absent
    shift
fi
if [ $# -eq 0 ]; then
    echo "usage: with_keyring.sh [--no-keychain] COMMAND [ARGS...]" >&2
    exit 2
fi

home=$(mktemp -d "${TMPDIR:-/tmp}/dicedesk-keyring-XXXXXX")
child=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    rm -rf "$home"
}
trap cleanup EXIT
trap 'if [ -n "$child" ]; then kill -TERM "$child" 2>/dev/null || true; fi' TERM INT HUP

mkdir -p "$home/.cache" "$home/.local/share" "$home/.config"
mkdir -m 700 "$home/runtime"
export HOME="$home"
export XDG_RUNTIME_DIR="$home/runtime"
export XDG_DATA_HOME="$home/.local/share"
export XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache"
export DICEDESK_TEST_KEYCHAIN="$mode"
unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP KDE_SESSION_VERSION

if [ "$mode" = absent ]; then
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$home/runtime/no-such-bus"
    "$@" &
else
    unset DBUS_SESSION_BUS_ADDRESS
    # Inside the session: start the daemon with the login keyring unlocked, wait until it
    # owns the Secret Service name (otherwise D-Bus activation may start a second, locked
    # one), then run the command.
    # shellcheck disable=SC2016 # expanded by the inner shell
    dbus-run-session -- sh -c '
        printf %s "throwaway keyring password" |
            gnome-keyring-daemon --unlock --components=secrets >/dev/null
        tries=0
        until dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
                grep -q "boolean true"; do
            tries=$((tries + 1))
            if [ "$tries" -ge 200 ]; then
                echo "with_keyring.sh: gnome-keyring-daemon did not start" >&2
                exit 1
            fi
            sleep 0.05
        done
        status=0
        "$@" || status=$?
        # The daemon normally leaves with the bus; make sure it does.
        pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
                org.freedesktop.DBus.GetConnectionUnixProcessID \
                string:org.freedesktop.secrets 2>/dev/null | awk "/uint32/ { print \$2 }")
        if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
        exit "$status"' with_keyring "$@" &
fi
child=$!
status=0
while :; do
    wait "$child" && status=0 || status=$?
    kill -0 "$child" 2>/dev/null || break # a trapped signal interrupted wait: wait again
done
exit "$status"
