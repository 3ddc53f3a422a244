#!/usr/bin/env bash
# annotate.sh [CAPTURE] - installs what is missing, builds sipdiag, installs
# it where this user's tshark and Wireshark load it, and explains every SIP
# response of CAPTURE (default: the bundled sample).
#
# tshark ignores personal plugins when run as root, so root gets the system
# plugin folder and any other user the personal one (~/.local).
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -euo pipefail

SIPDIAG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$SIPDIAG_ROOT/scripts/deps.sh"

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

# One block per response: what it is, whether its flow makes it normal or
# a fault and on which frames, and how to fix it; then the transfer reports.
tshark -n -r "$capture" -Y sipdiag -T json --no-duplicate-keys -J "frame sipdiag" 2>/dev/null |
    python3 "$SIPDIAG_ROOT/scripts/report.py" "$capture"
