#!/usr/bin/env bash
# bench/run.sh - the sipdiag benchmark in one command: plugin/stock ratios of
# tshark's instructions (callgrind), wall and CPU time and peak RSS, in five
# modes, plus scaling and a profile of the plugin side.  See bench/README.md.
#
# Usage:  bench/run.sh [--quick] [--no-big] [--results FILE.md] [--json FILE]
#                      [--runs N] [--cg-messages N] [--wall-messages N] [--keep]
#   --quick    smoke run: 2k messages under callgrind, 50k timed, 3 runs, no 1 GB
#              point (about 3 minutes); the full run takes about 25 minutes on
#              2 cores
#
# Builds nothing: the plugin must be built already, by default in
# build-tests/plugins/<major.minor>/epan/sipdiag.so (scripts/test.sh makes
# it); SIPDIAG_PLUGIN_ROOT=<dir> points to another <dir>/<major.minor>/epan.
# Inputs go to a mktemp -d folder (under $SIPDIAG_BENCH_TMP or /tmp, needs
# about 1.5 GB for the full run) that is removed at the end.  As root, every
# tshark runs as nobody (tshark ignores WIRESHARK_PLUGIN_DIR for root).
# Needs tshark, editcap, valgrind, callgrind_annotate, /usr/bin/time (Debian
# packages tshark, valgrind, time; installed here when missing and root).
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

need=()
command -v tshark >/dev/null || need+=(tshark)
command -v editcap >/dev/null || need+=(wireshark-common)
command -v valgrind >/dev/null || need+=(valgrind)
command -v callgrind_annotate >/dev/null || need+=(valgrind)
[[ -x /usr/bin/time ]] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "run.sh: installing ${need[*]}" >&2
        DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "run.sh: missing ${need[*]} (apt-get install ${need[*]})" >&2
        exit 1
    fi
fi
if [[ $(id -u) -eq 0 ]] && ! command -v setpriv >/dev/null; then
    echo "run.sh: setpriv (util-linux) is needed to run tshark as nobody" >&2
    exit 1
fi

# bench.py has its own time limit (60 min full, 15 min quick) and removes its
# temporary folder on errors and signals; this is the outer bound.
exec timeout --signal=TERM --kill-after=60 4200 python3 "$bench_dir/bench.py" "$@"
