#!/usr/bin/env bash
# test.sh - installs what is missing, builds sipdiag with its tests and runs
# the whole suite (unit tests, command tests, tshark tests on captures).
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -euo pipefail

SIPDIAG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$SIPDIAG_ROOT/scripts/deps.sh"

# shellcheck disable=SC2086
sipdiag_install_packages $SIPDIAG_BUILD_PACKAGES $SIPDIAG_TEST_PACKAGES
sipdiag_build "$SIPDIAG_ROOT/build-tests" -DBUILD_TESTING=ON
ctest --test-dir "$SIPDIAG_ROOT/build-tests" --output-on-failure
