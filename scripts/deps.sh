# deps.sh - sourced by annotate.sh and test.sh: installs what sipdiag needs
# from Debian's archive, skipping what is already there.
#
# SPDX-License-Identifier: GPL-2.0-or-later

SIPDIAG_BUILD_PACKAGES="cmake make gcc pkg-config libglib2.0-dev libjson-glib-dev
  libwireshark-dev wireshark-dev tshark python3"
# Test tools: the tshark tests run as nobody (setpriv), the capture fuzzer
# preloads GCC's ASan/UBSan runtimes into stock tshark, memcheck, and the
# Debian roots of the other Wireshark series (tests/compat/series.sh).
SIPDIAG_TEST_PACKAGES="python3 util-linux libasan8 libubsan1 valgrind mmdebstrap
  debian-archive-keyring"

# Installs the named Debian packages that are missing.
sipdiag_install_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "sipdiag: installing ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
        "${missing[@]}" >&2
}

# Configures and builds into $1 (default: build/ in the checkout).
sipdiag_build() {
    local build_dir=$1; shift
    cmake -S "$SIPDIAG_ROOT" -B "$build_dir" "$@" >&2
    cmake --build "$build_dir" -j "$(nproc)" >&2
}
