#!/usr/bin/env bash
# test.sh - installs what is missing, builds sipdiag with its tests and runs
# the whole suite, two tests at a time: unit tests, command tests, tshark
# tests on captures, capture fuzzing, a valgrind sample, and the tshark
# tests and Debian package on Wireshark 4.0, 4.4 and 4.6 (tests/compat/,
# Debian roots cached in $SIPDIAG_ROOT_CACHE, default
# /var/cache/sipdiag/roots).  Prints each part's time.
#
#   scripts/test.sh                 everything (CI runs this: .ci/run)
#   scripts/test.sh -R plugin       any ctest arguments, e.g. one test
#   scripts/test.sh -LE series      everything but the other series
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -euo pipefail

SIPDIAG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$SIPDIAG_ROOT/scripts/deps.sh"

start=$SECONDS
# shellcheck disable=SC2086
sipdiag_install_packages $SIPDIAG_BUILD_PACKAGES $SIPDIAG_TEST_PACKAGES
installed=$SECONDS
sipdiag_build "$SIPDIAG_ROOT/build-tests" -DBUILD_TESTING=ON
built=$SECONDS
rc=0
ctest --test-dir "$SIPDIAG_ROOT/build-tests" --output-on-failure -j "${SIPDIAG_TEST_JOBS:-2}" "$@" || rc=$?
echo
echo "Times (wall clock):"
printf '  %-28s %5d s\n' "packages" $((installed - start)) "build" $((built - installed))
# Each test's own time, longest first, from ctest's log of this run.
awk '/^[0-9]+\/[0-9]+ Test: / { name = $3 }
     /^"?Test time = / && name != "" { gsub(/[^0-9.]/, "", $4); printf "  %-28s %5.0f s\n", name, $4; name = "" }' \
    "$SIPDIAG_ROOT/build-tests/Testing/Temporary/LastTest.log" | sort -k2 -rn
printf '  %-28s %5d s\n' "whole suite" $((SECONDS - start))
exit "$rc"
