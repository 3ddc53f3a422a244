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
# a fault, and how to fix it; then the transfer reports.
tshark -n -r "$capture" -Y sipdiag -T fields -E occurrence=a -E aggregator=$'\x1f' \
    -e frame.number -e sipdiag.code -e sipdiag.phrase -e sipdiag.method \
    -e sipdiag.summary -e sipdiag.expected -e sipdiag.context -e sipdiag.remediation \
    -e sipdiag.transfer.report -e sipdiag.transfer.state 2>/dev/null |
awk -F'\t' -v capture="$capture" '
    # Prints text after a label, wrapped at 100 columns, continuation lines indented.
    function wrap(label, text,    words, n, i, line) {
        n = split(text, words, " ")
        line = sprintf("      %-6s", label)
        for (i = 1; i <= n; i++) {
            if (length(line) + length(words[i]) + 1 > 100) {
                print line
                line = "            "
            }
            line = line (line ~ / $/ ? "" : " ") words[i]
        }
        print line
    }
    {
        n = split($2, codes, "\x1f"); split($3, phrases, "\x1f"); split($4, methods, "\x1f")
        split($5, summaries, "\x1f"); split($6, verdicts, "\x1f"); split($7, contexts, "\x1f")
        split($8, fixes, "\x1f")
        for (i = 1; i <= n; i++) {
            verdict = verdicts[i] == "1" ? "expected here" : verdicts[i] == "0" ? "FAULT" : ""
            printf "#%-5s %s %s%s%s\n", $1, codes[i], phrases[i] == "" ? "(unregistered)" : phrases[i],
                methods[i] == "" ? "" : " to " methods[i], verdict == "" ? "" : "  [" verdict "]"
            wrap("what:", summaries[i])
            if (contexts[i] != "")
                wrap("why:", contexts[i])
            wrap("fix:", fixes[i])
            responses++
        }
        if (n == 0 && $9 != "") {
            printf "#%-5s NOTIFY reports the transferred call at %s\n", $1, $9
            wrap("state:", $10)
        }
    }
    END { printf "\n%d SIP responses explained in %s\n", responses, capture }
'
