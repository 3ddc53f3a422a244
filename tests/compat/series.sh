#!/usr/bin/env bash
# series.sh - runs sipdiag's tshark tests and its Debian package on another
# Wireshark series, inside a Debian root file system made with mmdebstrap.
#
#   tests/compat/series.sh make-root SERIES [gui]   make (or reuse) the root
#   tests/compat/series.sh run SERIES [--package-only] [OUT_DIR]
#                                                   build, test, package
#   tests/compat/series.sh shell SERIES [gui]       a shell in a throwaway view
#   tests/compat/series.sh exec SERIES[:gui] DIR CMD...  CMD in a throwaway
#                          view, DIR mounted read-write at /sipdiag/out
#   tests/compat/series.sh list                     cached roots
#
# SERIES is 4.0 (bookworm), 4.4 (trixie) or 4.6 (testing, else unstable).
# "gui" adds wireshark (the Qt GUI), Xvfb and the screenshot tools (docs/screenshots.sh).
#
# make-root: mmdebstrap --variant=apt from Debian's archive, with the build
# and test packages, into $SIPDIAG_ROOT_CACHE/<series>-<suite>[-gui].  The
# root is made under a temporary name and renamed only once it is complete
# and its tshark is of the wanted series, so an interrupted run leaves
# nothing that a later run would reuse.  A root is reused as it is; delete
# it (rm -rf --one-file-system) to take newer packages.
#
# run: mounts a throwaway overlay over the cached root (the root itself is
# never written), the checkout read-only at /sipdiag/src and, when present,
# the public captures beside it (../shared) at /sipdiag/shared, then, in a
# chroot:
#   1. cmake -DBUILD_TESTING=ON against the root's Wireshark, build (-j2);
#   2. ctest -L tshark: every tshark-driven test of tests/CMakeLists.txt;
#   3. cpack -G DEB, apt-get install ./sipdiag_*.deb, tshark (as nobody, no
#      WIRESHARK_PLUGIN_DIR) must list the packaged plugin from the series'
#      system plugin folder, the packaged command must run, apt-get purge
#      must leave none of the package's files and tshark must no longer
#      list it.  The .deb is copied to OUT_DIR when given.
# --package-only skips step 2 (4.0: the suite's own tshark tests run on the
# machine itself; its root only proves the package).
# Every mount lives in a private mount namespace (unshare), so it is gone
# when the run ends, however it ends.
#
# Environment:
#   SIPDIAG_ROOT_CACHE   where roots are kept (default /var/cache/sipdiag/roots)
#   SIPDIAG_MIRROR       Debian mirror (default: the system's apt sources,
#                        else http://deb.debian.org/debian)
#   SIPDIAG_SERIES_JOBS  build jobs in the root (default 2)
#
# Exit status: 0 all passed; 1 a build, test or package step failed; 2 the
# root could not be made (no such series in the archive, no network, no
# mmdebstrap): never a silent skip.
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
cache=${SIPDIAG_ROOT_CACHE:-/var/cache/sipdiag/roots}
jobs=${SIPDIAG_SERIES_JOBS:-2}

say() { printf 'series: %s\n' "$*" >&2; }
die() { printf 'series: FAIL: %s\n' "$*" >&2; exit "${2:-2}"; }
usage() { sed -n '2,/^# SPDX/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# Suites that may carry a series, in order of preference.
suites_of() {
    case "$1" in
    4.0) echo "bookworm" ;;
    4.4) echo "trixie" ;;
    4.6) echo "testing unstable" ;;
    *) die "no Debian suite is known to carry Wireshark $1 (known: 4.0 4.4 4.6)" ;;
    esac
}

# Build, test and package tools.  setpriv left util-linux after bookworm
# (its own package); the customize hook below installs it where needed.
root_packages="cmake make gcc libc6-dev pkg-config libglib2.0-dev libjson-glib-dev
  libwireshark-dev wireshark-dev tshark python3 util-linux ca-certificates"
gui_packages="wireshark xvfb xauth xdotool xclip imagemagick fonts-dejavu-core"

# The Debian mirror the system's apt already uses (deb822 or one-line).
system_mirror() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [[ -r $f ]] || continue
        grep -hoE 'https?://[^ ]*/debian/?( |$)' "$f" | tr -d ' ' | sed 's:/$::'
    done | head -n1
}
mirror=${SIPDIAG_MIRROR:-$(system_mirror || true)}
mirror=${mirror:-http://deb.debian.org/debian}

root_name() { # series suite flavour
    echo "$1-$2${3:+-$3}"
}

# Prints the path of a complete cached root for SERIES [FLAVOUR], if any.
cached_root() {
    local series=$1 flavour=${2:-} suite
    for suite in $(suites_of "$series"); do
        if [[ -f $cache/$(root_name "$series" "$suite" "$flavour")/.sipdiag-root ]]; then
            echo "$cache/$(root_name "$series" "$suite" "$flavour")"
            return 0
        fi
    done
    return 1
}

# Removes a directory that may hold a root, never crossing into a mount.
remove_tree() {
    local dir=$1
    [[ -e $dir ]] || return 0
    if awk -v d="$dir/" 'index($2 "/", d) == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then
        die "$dir still has something mounted in it; not removing it"
    fi
    rm -rf --one-file-system "$dir"
}

make_root() { # series [gui] -> prints the root's path
    local series=$1 flavour=${2:-} suite tmp name log tshark_version
    [[ -z $flavour || $flavour == gui ]] || die "unknown root flavour '$flavour' (want: gui)"
    if cached_root "$series" "$flavour"; then return 0; fi
    [[ $(id -u) -eq 0 ]] || die "making a root needs root (mmdebstrap --mode=root)"
    command -v mmdebstrap >/dev/null || die "mmdebstrap is missing (apt-get install mmdebstrap)"
    mkdir -p "$cache"
    # One maker per series and flavour at a time; the loser finds the
    # winner's root.
    exec 9>"$cache/.lock-$series${flavour:+-$flavour}"
    flock 9
    if cached_root "$series" "$flavour"; then exec 9>&-; return 0; fi
    # Partial roots that interrupted runs of this series left.
    for suite in $(suites_of "$series"); do
        for tmp in "$cache/.partial-$(root_name "$series" "$suite" "$flavour")".*; do
            [[ -e $tmp ]] && remove_tree "$tmp"
        done
    done
    local packages=$root_packages
    [[ $flavour == gui ]] && packages+=" $gui_packages"
    for suite in $(suites_of "$series"); do
        name=$(root_name "$series" "$suite" "$flavour")
        tmp=$(mktemp -d "$cache/.partial-$name.XXXXXX")
        log=$cache/.$name.log
        local sources=("deb $mirror $suite main")
        [[ $suite == bookworm || $suite == trixie ]] && sources+=("deb ${mirror}-security $suite-security main")
        say "making the $series root from $suite ($mirror) in $tmp; log $log"
        local t0=$SECONDS
        # mmdebstrap mounts /proc, /sys and /dev in the target while it
        # works: a private mount namespace drops them whatever happens.
        # Check-Valid-Until: the archive's testing/unstable Release files
        # may be past their Valid-Until date on a frozen mirror.
        if ! unshare --mount --propagation private -- \
            mmdebstrap --mode=root --variant=apt --format=directory \
            --aptopt='Acquire::Check-Valid-Until "false"' \
            --aptopt='Acquire::Languages "none"' \
            --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
            --include="${packages//$'\n'/ }" \
            --customize-hook='chroot "$1" sh -c "command -v setpriv >/dev/null || apt-get install -y -q setpriv"' \
            "$suite" "$tmp" "${sources[@]}" >"$log" 2>&1; then
            tail -n 25 "$log" >&2
            remove_tree "$tmp"
            say "mmdebstrap failed for $suite"
            continue
        fi
        tshark_version=$(chroot "$tmp" dpkg-query -W -f='${Version}' tshark)
        if [[ $tshark_version != "$series".* ]]; then
            say "$suite carries tshark $tshark_version, not $series"
            remove_tree "$tmp"
            continue
        fi
        printf 'series=%s\nsuite=%s\nflavour=%s\ntshark=%s\nmirror=%s\nmade=%s\nseconds=%s\n' \
            "$series" "$suite" "${flavour:-base}" "$tshark_version" "$mirror" "$(date -u +%FT%TZ)" \
            "$((SECONDS - t0))" >"$tmp/.sipdiag-root"
        chmod 755 "$tmp"
        mv -T "$tmp" "$cache/$name"
        say "root $cache/$name: tshark $tshark_version, made in $((SECONDS - t0)) s"
        exec 9>&-
        echo "$cache/$name"
        return 0
    done
    exec 9>&-
    die "no root with Wireshark $series could be made from $(suites_of "$series") at $mirror (see the logs above)"
}

# Runs "$@" (a command inside the root) in a throwaway overlay of ROOT, with
# the checkout, ../shared and OUT_DIR mounted.  Prints nothing of its own.
in_overlay() { # root out_dir command...
    local root=$1 out=$2
    shift 2
    local work shared
    work=$(mktemp -d /var/tmp/sipdiag-series.XXXXXX)
    # shellcheck disable=SC2064  # expand now: the trap runs after locals are gone
    trap "remove_tree '$work'" EXIT
    mkdir -p "$work/upper" "$work/work" "$work/merged"
    shared=$(cd "$source_dir/.." && pwd)/shared
    [[ -d $shared ]] && shared=$(cd "$shared" && pwd -P) || shared=""
    local rc=0
    unshare --mount --propagation private -- bash -euo pipefail -c '
        root=$1 work=$2 src=$3 shared=$4 out=$5; shift 5
        m=$work/merged
        mount -t overlay overlay -o "lowerdir=$root,upperdir=$work/upper,workdir=$work/work" "$m"
        mount -t proc proc "$m/proc"
        mount -t sysfs sys "$m/sys"
        mount --rbind /dev "$m/dev"
        mount -t tmpfs -o mode=1777 tmpfs "$m/tmp"
        cp /etc/resolv.conf "$m/etc/resolv.conf" 2>/dev/null || true
        mkdir -p "$m/sipdiag/src" "$m/sipdiag/shared" "$m/sipdiag/out"
        mount --bind "$src" "$m/sipdiag/src"
        mount -o remount,bind,ro "$m/sipdiag/src"
        if [ -n "$shared" ]; then
            mount --bind "$shared" "$m/sipdiag/shared"
            mount -o remount,bind,ro "$m/sipdiag/shared"
        fi
        [ -n "$out" ] && mount --bind "$out" "$m/sipdiag/out"
        exec chroot "$m" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
            LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
    ' _ "$root" "$work" "$source_dir" "$shared" "$out" "$@" || rc=$?
    remove_tree "$work"
    trap - EXIT
    return "$rc"
}

# The steps inside the root (run by `run`).
inner_script() {
    cat <<'EOF'
set -euo pipefail
jobs=$1 series=$2 tests=$3
step() { printf '\n== series %s: %s\n' "$series" "$*"; }
fail() { printf 'series %s: FAIL: %s\n' "$series" "$*"; exit 1; }
t0=$SECONDS
step "tshark $(dpkg-query -W -f='${Version}' tshark), libwireshark-dev $(dpkg-query -W -f='${Version}' libwireshark-dev)"
step "configure and build with BUILD_TESTING=ON"
cmake -S /sipdiag/src -B /sipdiag/build -DBUILD_TESTING=ON >/sipdiag/cmake.log 2>&1 \
    || { cat /sipdiag/cmake.log; fail "cmake configure"; }
grep -- '-- Building sipdiag' /sipdiag/cmake.log
built=$(sed -n 's/^-- Building sipdiag .* for Wireshark \([0-9]*\.[0-9]*\).*/\1/p' /sipdiag/cmake.log)
[ "$built" = "$series" ] || fail "find_package(Wireshark) found $built, not $series"
cmake --build /sipdiag/build -j"$jobs" >/sipdiag/build.log 2>&1 \
    || { grep -E 'error|warning' /sipdiag/build.log | head -60; fail "build"; }
if grep -E 'warning:' /sipdiag/build.log; then fail "the build has warnings"; fi
echo "built in $((SECONDS - t0)) s, no warnings"
if [ "$tests" = 1 ]; then
    step "ctest -L tshark"
    labelled=$(ctest --test-dir /sipdiag/build -N -L tshark | sed -n 's/^Total Tests: //p')
    [ "${labelled:-0}" -gt 0 ] || fail "no test carries the tshark label"
    ctest --test-dir /sipdiag/build -L tshark --output-on-failure
fi
step "Debian package: cpack, apt-get install, tshark loads it, apt-get purge"
mkdir -p /sipdiag/pkg
(cd /sipdiag/build && cpack -G DEB -B /sipdiag/pkg >/sipdiag/cpack.log 2>&1) \
    || { cat /sipdiag/cpack.log; fail "cpack"; }
deb=$(ls /sipdiag/pkg/sipdiag_*.deb)
echo "$(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"
apt-get install -y -q "$deb" >/sipdiag/apt.log 2>&1 \
    || { cat /sipdiag/apt.log; fail "apt-get install $(basename "$deb")"; }
multiarch=$(gcc -print-multiarch)
plugin_dir=/usr/lib/$multiarch/wireshark/plugins/$series/epan
[ -f "$plugin_dir/sipdiag.so" ] || fail "the package did not install $plugin_dir/sipdiag.so"
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups env -i HOME=/tmp PATH=/usr/bin:/bin "$@"; }
as_nobody tshark -G plugins | grep -E "^sipdiag\.so[[:space:]].*$plugin_dir/sipdiag\.so" \
    || fail "tshark does not list the packaged plugin from $plugin_dir"
fields=$(as_nobody tshark -G fields | awk -F'\t' '$1 == "F" && $5 == "sipdiag"' | wc -l)
[ "$fields" -gt 20 ] || fail "the packaged plugin registered $fields sipdiag fields"
echo "tshark lists $plugin_dir/sipdiag.so with $fields fields"
n=$(sipdiag list | wc -l)
[ "$n" -eq 75 ] || fail "the packaged sipdiag list printed $n lines, not 75"
files=$(dpkg-query -L sipdiag | while read -r f; do [ -f "$f" ] && echo "$f"; done)
apt-get purge -y -q sipdiag >>/sipdiag/apt.log 2>&1 || { cat /sipdiag/apt.log; fail "apt-get purge sipdiag"; }
for f in $files; do [ ! -e "$f" ] || fail "$f is left after apt-get purge"; done
if dpkg-query -W -f='${Status}' sipdiag 2>/dev/null | grep -q installed; then fail "dpkg still lists sipdiag"; fi
if as_nobody tshark -G plugins | grep -q '^sipdiag\.so'; then fail "tshark still lists sipdiag after the purge"; fi
echo "installed, loaded and purged cleanly: $(echo "$files" | wc -l) files gone"
if mountpoint -q /sipdiag/out; then cp "$deb" /sipdiag/out/; echo "package copied to the output folder"; fi
step "PASS in $((SECONDS - t0)) s"
EOF
}

# A stop (ctest's timeout, Ctrl-C) still runs the EXIT trap that removes
# the overlay's folder; the mounts die with their namespace.
trap 'exit 143' TERM
trap 'exit 130' INT

cmd=${1:-}
# An unknown series stops here, with one message.
if [[ $cmd =~ ^(make-root|run|shell|exec)$ && $# -ge 2 ]]; then
    suites_of "${2%:gui}" >/dev/null || exit 2
fi
case "$cmd" in
make-root)
    (($# >= 2)) || usage
    make_root "$2" "${3:-}"
    ;;
run)
    (($# >= 2)) || usage
    series=$2
    shift 2
    tests=1
    if [[ ${1:-} == --package-only ]]; then tests=0; shift; fi
    out=${1:-}
    [[ -z $out ]] || { mkdir -p "$out"; out=$(cd "$out" && pwd); }
    t0=$SECONDS
    root=$(make_root "$series") || exit 2
    say "root $root ($(sed -n 's/^tshark=//p' "$root/.sipdiag-root")), ready after $((SECONDS - t0)) s"
    in_overlay "$root" "$out" /bin/bash -c "$(inner_script)" inner "$jobs" "$series" "$tests" || exit 1
    ;;
shell)
    (($# >= 2)) || usage
    root=$(make_root "$2" "${3:-}") || exit 2
    in_overlay "$root" "" /bin/bash -i
    ;;
exec)
    # exec SERIES[:gui] DIR COMMAND...: COMMAND in a throwaway view of the
    # root, with DIR (read-write) at /sipdiag/out.
    (($# >= 4)) || usage
    flavour=""
    [[ $2 == *:gui ]] && flavour=gui
    root=$(make_root "${2%:gui}" "$flavour") || exit 2
    mkdir -p "$3"
    out=$(cd "$3" && pwd)
    shift 3
    in_overlay "$root" "$out" "$@"
    ;;
list)
    for r in "$cache"/*/.sipdiag-root; do
        [[ -f $r ]] && { echo "$(dirname "$r"):"; sed 's/^/  /' "$r"; }
    done
    ;;
*) usage ;;
esac
