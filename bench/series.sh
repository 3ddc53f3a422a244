#!/usr/bin/env bash
# bench/series.sh - the benchmark on another Wireshark series, inside the
# Debian root the compat tests use (tests/compat/series.sh makes and caches
# it), so 4.4 and 4.6 are measured as 4.0 is on the machine itself.
#
# Usage (as root):  bench/series.sh SERIES [bench.py options]
#   e.g. bench/series.sh 4.6 --only-instructions --modes bare,bare-nosip,filter \
#            --results bench/results/4.6.md
#
# In a throwaway overlay of the root (nothing is written into the cached
# root), it installs valgrind and time from Debian's archive, builds the
# plugin against that series' headers in /tmp and runs bench/bench.py there.
# --results FILE and --json FILE are written where this script is run.
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
(($# >= 1)) || { sed -n '2,/^# SPDX/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "series.sh: needs root (mounts, chroot)" >&2; exit 2; }
series=$1
shift

out=$(mktemp -d /var/tmp/sipdiag-bench-series.XXXXXX)
trap 'rm -rf --one-file-system "$out"' EXIT
chmod 755 "$out"

# Options naming files on this side are written to the shared folder, then
# copied back.
args=() copies=()
while (($#)); do
    case $1 in
    --results | --json)
        (($# >= 2)) || { echo "series.sh: $1 needs a file" >&2; exit 2; }
        inner=/sipdiag/out/$(basename "$2")
        args+=("$1" "$inner")
        copies+=("$(basename "$2")=$2")
        shift 2
        ;;
    *)
        args+=("$1")
        shift
        ;;
    esac
done

"$here/../tests/compat/series.sh" exec "$series" "$out" /bin/bash -euo pipefail -c '
    apt-get update -qq && apt-get install -y -qq valgrind time >/dev/null
    cmake -S /sipdiag/src -B /tmp/build -DBUILD_TESTING=OFF >/dev/null
    cmake --build /tmp/build -j2 --target sipdiag >/dev/null
    SIPDIAG_PLUGIN_ROOT=/tmp/build/plugins SIPDIAG_BENCH_TMP=/tmp \
        python3 /sipdiag/src/bench/bench.py "$@"
' bench "${args[@]}"

for copy in "${copies[@]}"; do
    cp "$out/${copy%%=*}" "${copy#*=}"
done
