# Shared by scripts/demo and scripts/test: install what is missing, then build into build/.
# shellcheck shell=bash

DICEDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DICEDESK_BUILD=${DICEDESK_BUILD:-$DICEDESK_ROOT/build}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Debian 12 packages, by purpose. Installed only when missing (idempotent).
DICEDESK_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev qtkeychain-qt6-dev libsecret-1-0 libpqxx-dev
)
DICEDESK_RUN_PACKAGES=(
    postgresql-15 acl xvfb xauth dbus dbus-x11 qt6-qpa-plugins fonts-dejavu-core
)
DICEDESK_TEST_PACKAGES=(
    postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl gnome-keyring clang-format
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to install packages: run as root or install sudo"
    fi
}

# ensure_packages PKG...: installs the packages that are not installed yet.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    say "Installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# build [TARGET...]: configures build/ once (Ninja, RelWithDebInfo) and builds incrementally.
build() {
    local werror=OFF
    if [ -n "${CI:-}" ]; then werror=ON; fi
    if [ ! -f "$DICEDESK_BUILD/build.ninja" ]; then
        say "Configuring $DICEDESK_BUILD"
        cmake -S "$DICEDESK_ROOT" -B "$DICEDESK_BUILD" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDICEDESK_WERROR=$werror >/dev/null
    fi
    say "Building"
    if [ $# -gt 0 ]; then
        cmake --build "$DICEDESK_BUILD" --target "$@"
    else
        cmake --build "$DICEDESK_BUILD"
    fi
}
