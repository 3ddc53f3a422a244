#!/usr/bin/env bash
# annotate.sh [--all] [--calls N] [CAPTURE] - installs what is missing,
# builds sipdiag, installs it where this user's tshark and Wireshark load
# it, and prints its report on CAPTURE (default: the bundled sample): a
# headline (calls by outcome, registrations, faults by cause), then each
# failed or faulty call with its verdict, fix, evidence and message ladder
# (the first N, default 10); --all adds every SIP response explained.
#
# tshark ignores personal plugins when run as root, so root gets the system
# plugin folder and any other user the personal one (~/.local).
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -euo pipefail

SIPDIAG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$SIPDIAG_ROOT/scripts/deps.sh"

options=()
while [ $# -gt 0 ]; do
    case $1 in
        --all) options+=("$1"); shift ;;
        --calls) [ $# -ge 2 ] || { echo "sipdiag: --calls needs a number" >&2; exit 2; }
                 options+=("$1" "$2"); shift 2 ;;
        --) shift; break ;;
        -*) echo "usage: scripts/annotate.sh [--all] [--calls N] [CAPTURE]" >&2; exit 2 ;;
        *) break ;;
    esac
done
capture=${1:-$SIPDIAG_ROOT/docs/sample.pcap}
if [ ! -r "$capture" ]; then
    echo "sipdiag: cannot read capture '$capture'" >&2
    exit 2
fi

# shellcheck disable=SC2086
sipdiag_install_packages $SIPDIAG_BUILD_PACKAGES
if [ "$(id -u)" -eq 0 ]; then
    sipdiag_build "$SIPDIAG_ROOT/build" -DBUILD_TESTING=OFF
else
    series=$(tshark --version | sed -n '1s/.* \([0-9]*\.[0-9]*\)\.[0-9]*.*/\1/p')
    sipdiag_build "$SIPDIAG_ROOT/build" -DBUILD_TESTING=OFF \
        -DCMAKE_INSTALL_PREFIX="$HOME/.local" \
        -DSIPDIAG_PLUGIN_INSTALL_DIR="$HOME/.local/lib/wireshark/plugins/$series/epan"
fi
cmake --install "$SIPDIAG_ROOT/build" >&2

if ! tshark -G plugins 2>/dev/null | grep -q '^sipdiag\.so'; then
    echo "sipdiag: the plugin was installed but tshark does not load it" >&2
    exit 1
fi

# One tshark run (-z sipdiag,export) read by report.py.
exec python3 "$SIPDIAG_ROOT/scripts/report.py" "${options[@]}" "$capture"
