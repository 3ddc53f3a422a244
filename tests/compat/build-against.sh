#!/usr/bin/env bash
# build-against.sh - compile the sipdiag plugin against the Wireshark headers
# of newer Debian releases (4.2, 4.4, 4.6), without touching the system's apt
# configuration or installed Wireshark.
#
# Usage: tests/compat/build-against.sh [SERIES...]     e.g.  4.4 4.6
#   SERIES defaults to "4.2 4.4 4.6"; a default series that no Debian suite
#   carries is reported as SKIP.  A series named explicitly must be found.
#   4.0 (bookworm itself) can be asked for explicitly, as a control.
#
# For every series it:
#   1. finds, in a private apt tree (own sources.list, lists, cache, empty
#      dpkg status, no system apt.conf.d or preferences; only the system's
#      proxy and Release-date settings are carried over), the newest version
#      for which libwireshark-dev, libwsutil-dev, libwiretap-dev and
#      wireshark-dev all exist;
#   2. downloads those .debs (plus the runtime libraries for the link check)
#      with `apt-get download` and unpacks them with `dpkg-deb -x`;
#   3. compiles plugin/*.c and src/*.c with -std=c11 -Wall -Wextra -Werror
#      against <unpacked>/usr/include/wireshark and the system GLib, checking
#      that the headers used are the unpacked ones and not /usr/include/wireshark;
#   4. links sipdiag.so with -Wl,-z,defs against that release's libwireshark,
#      libwiretap and libwsutil (every symbol the plugin uses must exist
#      there) and checks the exported plugin_* symbols.
#   5. if cmake and libjson-glib-dev are installed: configures the project with
#      CMAKE_PREFIX_PATH=<unpacked>/usr (so find_package(Wireshark CONFIG)
#      must find that release's WiresharkConfig.cmake) and builds the sipdiag
#      target with -Werror, checking plugins/<series>/epan/sipdiag.so appears.
#
# Environment:
#   SIPDIAG_COMPAT_CACHE=DIR   keep apt lists and .debs in DIR and reuse them
#                              (default: a temporary dir, removed at exit)
#   SIPDIAG_COMPAT_LINK=0      skip the runtime libraries (~22 MB per series):
#                              link with --unresolved-symbols=ignore-all only
#   SIPDIAG_COMPAT_CMAKE=0     skip step 5
#   SIPDIAG_COMPAT_MIRROR=URL  Debian mirror (default: the one the system's
#                              apt sources use, else http://deb.debian.org/debian)
#   SIPDIAG_COMPAT_SECURITY_MIRROR=URL   (default: from the system's sources)
#   SIPDIAG_COMPAT_SUITES="..." suites to search (default below)
#   SIPDIAG_COMPAT_EXTRA_SOURCES="deb [...] URL SUITE main"  extra one-line
#                              sources entries (newline separated), e.g. a
#                              snapshot.debian.org date that still had 4.2:
#     "deb [check-valid-until=no signed-by=/usr/share/keyrings/debian-archive-keyring.gpg]
#      http://snapshot.debian.org/archive/debian/<YYYYMMDDT000000Z> sid main"
#   SIPDIAG_COMPAT_TIMEOUT=SECONDS   bound on the whole run (default 900)
#   SIPDIAG_COMPAT_NO_INSTALL=1     never apt-get install missing tools
#   SIPDIAG_COMPAT_CC=gcc           compiler
#
# Exit status: 0 every series checked passed, 1 a series failed,
# 2 setup error or an explicitly requested series is not available.
#
# SPDX-License-Identifier: GPL-2.0-or-later

set -euo pipefail

# ---- bound the whole run ---------------------------------------------------
if [[ -z "${SIPDIAG_COMPAT_UNDER_TIMEOUT:-}" ]]; then
    export SIPDIAG_COMPAT_UNDER_TIMEOUT=1
    if command -v timeout >/dev/null 2>&1; then
        exec timeout -k 15 "${SIPDIAG_COMPAT_TIMEOUT:-900}" bash "$0" "$@"
    fi
fi

START=$(date +%s)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
DEV_PKGS=(libwireshark-dev libwsutil-dev libwiretap-dev wireshark-dev)
STEP_TIMEOUT=300
CC=${SIPDIAG_COMPAT_CC:-gcc}
LINK_CHECK=${SIPDIAG_COMPAT_LINK:-1}
CMAKE_CHECK=${SIPDIAG_COMPAT_CMAKE:-1}

say() { printf '%s\n' "$*"; }
# First $1 lines of stdin, indented; reads everything (no SIGPIPE upstream).
clip() { awk -v n="$1" 'NR <= n { print "      " $0 } END { if (NR > n) print "      ... (" NR - n " more lines)" }'; }
die() { printf 'build-against: %s\n' "$*" >&2; exit 2; }

# ---- arguments -------------------------------------------------------------
EXPLICIT=0
if (($# > 0)); then
    EXPLICIT=1
    SERIES=()
    for a in "$@"; do
        case "$a" in
        -h | --help) sed -n '2,/^# SPDX/p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        esac
        # allow "4.4 4.6" as one argument as well as several
        for s in ${a//,/ }; do
            [[ "$s" =~ ^[0-9]+\.[0-9]+$ ]] || die "not a Wireshark series: '$s' (want e.g. 4.4)"
            SERIES+=("$s")
        done
    done
else
    SERIES=(4.2 4.4 4.6)
fi

# ---- work dir, cache, cleanup ---------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sipdiag-compat.XXXXXX")
# shellcheck disable=SC2317  # invoked by the trap
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'say "build-against: interrupted (or timed out)"; exit 124' INT TERM

if [[ -n "${SIPDIAG_COMPAT_CACHE:-}" ]]; then
    mkdir -p "$SIPDIAG_COMPAT_CACHE"
    CACHE=$(cd "$SIPDIAG_COMPAT_CACHE" && pwd)
else
    CACHE=$WORK/cache
fi
mkdir -p "$CACHE/lists/partial" "$CACHE/apt-cache/archives/partial" "$CACHE/debs" \
    "$WORK/apt/apt.conf.d" "$WORK/apt/preferences.d"

# ---- tools -----------------------------------------------------------------
need_install=()
command -v "$CC" >/dev/null 2>&1 || need_install+=(gcc libc6-dev)
command -v nm >/dev/null 2>&1 || need_install+=(binutils)
command -v pkg-config >/dev/null 2>&1 || need_install+=(pkg-config)
command -v dpkg-deb >/dev/null 2>&1 || need_install+=(dpkg)
[[ -r /usr/share/keyrings/debian-archive-keyring.gpg ]] || need_install+=(debian-archive-keyring)
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists glib-2.0 2>/dev/null; then
    need_install+=(libglib2.0-dev)
fi
if ((${#need_install[@]} > 0)); then
    [[ -z "${SIPDIAG_COMPAT_NO_INSTALL:-}" ]] || die "missing: ${need_install[*]}"
    [[ $EUID -eq 0 ]] || die "missing: ${need_install[*]} (run as root to install them)"
    say "Installing ${need_install[*]} (system apt)..."
    export DEBIAN_FRONTEND=noninteractive
    if ! timeout "$STEP_TIMEOUT" apt-get install -y -qq --no-install-recommends \
        "${need_install[@]}" >"$WORK/install.log" 2>&1; then
        timeout "$STEP_TIMEOUT" apt-get update -qq >>"$WORK/install.log" 2>&1 || true
        timeout "$STEP_TIMEOUT" apt-get install -y -qq --no-install-recommends \
            "${need_install[@]}" >>"$WORK/install.log" 2>&1 ||
            { tail -20 "$WORK/install.log" >&2; die "could not install ${need_install[*]}"; }
    fi
fi
ARCH=$(dpkg --print-architecture)
MULTIARCH=$("$CC" -print-multiarch 2>/dev/null || true)
[[ -n "$MULTIARCH" ]] || MULTIARCH=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
GLIB_CFLAGS=$(pkg-config --cflags glib-2.0)
GLIB_LIBS=$(pkg-config --libs glib-2.0)

# ---- the private apt tree --------------------------------------------------
# URIs of the system's enabled apt sources (one-line and deb822 formats).
system_uris() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -r "$f" ]] || continue
        sed -n -E 's/^[[:space:]]*deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/p' "$f"
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -r "$f" ]] || continue
        awk 'function flush() { if (types ~ /(^|[ \t])deb([ \t]|$)/ && tolower(enabled) != "no") print uris;
                                types = ""; uris = ""; enabled = "" }
             /^[ \t]*$/ { flush(); next }
             /^#/ { next }
             tolower($1) == "types:" { $1 = ""; types = $0 }
             tolower($1) == "uris:" { $1 = ""; uris = $0 }
             tolower($1) == "enabled:" { enabled = $2 }
             END { flush() }' "$f" | tr ' \t' '\n\n' | sed '/^$/d'
    done
}
pick_uri() { # $1: regex on the path end
    system_uris 2>/dev/null | sed 's:/*$::' | grep -E "^https?://.*$1\$" | head -n1 || true
}
MIRROR=${SIPDIAG_COMPAT_MIRROR:-$(pick_uri '/debian')}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${SIPDIAG_COMPAT_SECURITY_MIRROR:-$(pick_uri '/debian-security')}
SECURITY_MIRROR=${SECURITY_MIRROR:-${MIRROR}-security}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

# testing/unstable rather than forky/sid so the script follows the releases.
SUITES=${SIPDIAG_COMPAT_SUITES:-"bookworm-backports trixie trixie-updates trixie-security trixie-backports testing unstable experimental"}
for s in "${SERIES[@]}"; do
    [[ "$s" != 4.0 || -n "${SIPDIAG_COMPAT_SUITES:-}" ]] ||
        SUITES="bookworm bookworm-updates bookworm-security $SUITES"
done
{
    for suite in $SUITES; do
        if [[ "$suite" == *-security ]]; then
            say "deb [signed-by=$KEYRING] $SECURITY_MIRROR $suite main"
        else
            say "deb [signed-by=$KEYRING] $MIRROR $suite main"
        fi
    done
    [[ -z "${SIPDIAG_COMPAT_EXTRA_SOURCES:-}" ]] || say "$SIPDIAG_COMPAT_EXTRA_SOURCES"
} >"$WORK/apt/sources.list"
: >"$WORK/apt/status"

# Only the proxy settings and the Release-date checks (a mirror that serves a
# frozen snapshot needs Check-Valid-Until "false") are taken over from the
# system's apt configuration.
cat >"$WORK/apt/apt.conf" <<EOF
Dir::Etc::main "/dev/null";
Dir::Etc::parts "$WORK/apt/apt.conf.d";
Dir::Etc::sourcelist "$WORK/apt/sources.list";
Dir::Etc::sourceparts "-";
Dir::Etc::preferences "$WORK/apt/preferences";
Dir::Etc::preferencesparts "$WORK/apt/preferences.d";
Dir::State::Lists "$CACHE/lists";
Dir::State::status "$WORK/apt/status";
Dir::Cache "$CACHE/apt-cache";
Dir::Cache::srcpkgcache "";
APT::Architecture "$ARCH";
APT::Architectures { "$ARCH"; };
APT::Sandbox::User "root";
Acquire::Languages "none";
Acquire::GzipIndexes "true";
Acquire::Retries "2";
Acquire::http::Timeout "30";
Acquire::https::Timeout "30";
Acquire::AllowReleaseInfoChange::Codename "true";
Acquire::AllowReleaseInfoChange::Suite "true";
Acquire::AllowReleaseInfoChange::Version "true";
EOF
apt-config dump 2>/dev/null |
    grep -E '^Acquire::((https?|ftp)::Proxy|Check-Valid-Until|Check-Date|Max-ValidTime)' >>"$WORK/apt/apt.conf" || true
export APT_CONFIG=$WORK/apt/apt.conf

say "sipdiag compat check: series ${SERIES[*]}; mirror $MIRROR; cache $CACHE"
say "Updating the private package lists (${SUITES// /, })..."
if ! timeout "$STEP_TIMEOUT" apt-get -q update >"$WORK/update.log" 2>&1; then
    # A suite that does not exist (any more) is not fatal; no lists at all is.
    grep -E '^(E|W|Err):' "$WORK/update.log" | sed 's/^/  /' || true
    ls "$CACHE"/lists/*Packages* >/dev/null 2>&1 || die "apt-get update failed, no package lists"
fi

# ---- pick a version per series ----------------------------------------------
# Prints "version<TAB>suites" for the newest version of the series for which
# all four -dev packages exist, or nothing.
suite_label() { # suite -> "suite" or "testing (forky)"
    local s=$1 f codename
    f=$(compgen -G "$CACHE/lists/*_dists_${s//\//_}_InRelease" | awk 'NR == 1' || true)
    codename=""
    [[ -z "$f" ]] || codename=$(sed -n 's/^Codename: //p' "$f" | awk 'NR == 1')
    if [[ -n "$codename" && "$codename" != "$s" ]]; then printf '%s (%s)' "$s" "$codename"; else printf '%s' "$s"; fi
}
pick_version() {
    local series=$1 best="" v p ok
    while read -r v; do
        [[ "$v" =~ ^([0-9]+:)?${series//./\\.}\. ]] || continue
        ok=1
        for p in "${DEV_PKGS[@]}"; do
            apt-cache madison "$p" | awk -F'|' '{gsub(/ /,"",$2); print $2}' | grep -xF "$v" >/dev/null || { ok=0; break; }
        done
        ((ok)) || continue
        if [[ -z "$best" ]] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
    done < <(apt-cache madison libwireshark-dev | awk -F'|' '{gsub(/ /,"",$2); print $2}' | sort -u)
    [[ -n "$best" ]] || return 0
    local suites="" s
    while read -r s; do
        suites+="${suites:+, }$(suite_label "$s")"
    done < <(apt-cache madison libwireshark-dev | awk -F'|' -v v="$best" \
        '{gsub(/ /,"",$2); if ($2 == v) { split($3, a, " "); sub(/\/.*/, "", a[2]); print a[2] } }' | sort -u)
    printf '%s\t%s\n' "$best" "$suites"
}

# ---- fetch and unpack ---------------------------------------------------------
fetch() { # version pkg... ; downloads what the cache lacks
    local v=$1 p missing=()
    shift
    for p in "$@"; do
        compgen -G "$CACHE/debs/${p}_${v//:/%3a}_*.deb" >/dev/null || missing+=("$p=$v")
    done
    ((${#missing[@]} == 0)) && return 0
    (cd "$CACHE/debs" && timeout "$STEP_TIMEOUT" apt-get -q download "${missing[@]}") >>"$WORK/download.log" 2>&1
}
runtime_pkgs() { # version -> the shared-library packages the -dev packages depend on
    local v=$1
    apt-cache show "libwireshark-dev=$v" "libwsutil-dev=$v" "libwiretap-dev=$v" 2>/dev/null |
        sed -n 's/^Depends: //p' | tr ',' '\n' |
        sed -n -E "s/^ *(lib(wireshark|wsutil|wiretap)[0-9][^ ]*) \(= ${v//+/\\+}\).*/\1/p" | sort -u
}

# ---- compile and link ---------------------------------------------------------
check_series() { # series version -> 0 pass, 1 fail; prints details
    local series=$1 v=$2 p f
    local root=$WORK/root-$series obj=$WORK/obj-$series
    local pkgs=("${DEV_PKGS[@]}")
    mkdir -p "$root" "$obj"
    if [[ "$LINK_CHECK" != 0 ]]; then
        mapfile -t rt < <(runtime_pkgs "$v")
        pkgs+=("${rt[@]}")
    fi
    if ! fetch "$v" "${pkgs[@]}"; then
        clip 40 <"$WORK/download.log"
        say "    FAIL: could not download ${pkgs[*]} $v"
        return 1
    fi
    for p in "${pkgs[@]}"; do
        f=$(compgen -G "$CACHE/debs/${p}_${v//:/%3a}_*.deb" | awk "NR == 1")
        dpkg-deb -x "$f" "$root"
    done
    local inc=$root/usr/include/wireshark libdir=$root/usr/lib/$MULTIARCH
    [[ -r "$inc/ws_version.h" ]] || { say "    FAIL: no ws_version.h in the unpacked headers"; return 1; }
    local hv
    hv=$(printf '#include <ws_version.h>\nWIRESHARK_VERSION_MAJOR.WIRESHARK_VERSION_MINOR.WIRESHARK_VERSION_MICRO\n' |
        "$CC" -E -P -isystem "$inc" - | tr -d ' ' | tail -n1)
    say "    headers: $inc (ws_version.h: $hv)"
    [[ "$hv" == "$series".* ]] || { say "    FAIL: headers are $hv, not $series"; return 1; }

    local cflags=(-std=c11 -Wall -Wextra -Werror -fPIC -fvisibility=hidden
        '-DSIPDIAG_VERSION="test"' -I"$REPO/plugin" -I"$REPO/src" -isystem "$inc")
    local nfiles=0 nfail=0 objs=() log
    for f in "$REPO"/plugin/*.c "$REPO"/src/*.c; do
        local base=${f#"$REPO"/}
        local o=$obj/${base//\//_}
        o=${o%.c}.o
        nfiles=$((nfiles + 1))
        # shellcheck disable=SC2086
        if log=$(timeout 120 "$CC" "${cflags[@]}" $GLIB_CFLAGS -MD -MF "${o%.o}.d" -c "$f" -o "$o" 2>&1); then
            objs+=("$o")
            [[ -z "$log" ]] || say "$log" | clip 80
        else
            nfail=$((nfail + 1))
            say "    compile FAIL: $base"
            say "$log" | clip 80
        fi
    done
    if ((nfail > 0)); then
        say "    compile: $nfail of $nfiles files FAIL"
        return 1
    fi
    # The headers really came from the unpacked packages, not from bookworm's
    # /usr/include/wireshark.
    if cat "$obj"/*.d | tr ' \\' '\n\n' | grep '^/usr/include/wireshark/' >/dev/null; then
        say "    FAIL: some file used the system's /usr/include/wireshark:"
        grep -l ' /usr/include/wireshark/' "$obj"/*.d | clip 40 || true
        return 1
    fi
    say "    compile: $nfiles files PASS (-std=c11 -Wall -Wextra -Werror)"

    local so=$obj/sipdiag.so libs
    # shellcheck disable=SC2086
    if [[ "$LINK_CHECK" != 0 ]]; then
        libs=""
        for f in "$libdir"/lib{wireshark,wiretap,wsutil}.so.*; do
            [[ "$f" =~ \.so\.[0-9]+$ ]] && libs+="${f##*/} "
        done
        if ! log=$("$CC" -shared -o "$so" "${objs[@]}" -L"$libdir" -lwireshark -lwiretap -lwsutil \
            $GLIB_LIBS -Wl,-z,defs -Wl,--allow-shlib-undefined 2>&1); then
            say "    link FAIL (symbols missing from $libs):"
            say "$log" | grep -v '^collect2' | clip 60
            return 1
        fi
        say "    link: PASS (-z defs against $libs)"
    else
        if ! log=$("$CC" -shared -o "$so" "${objs[@]}" -Wl,--unresolved-symbols=ignore-all 2>&1); then
            say "    link FAIL:"; say "$log" | clip 60
            return 1
        fi
        say "    link: PASS (--unresolved-symbols=ignore-all; SIPDIAG_COMPAT_LINK=0)"
    fi
    local exports want=(plugin_register plugin_version plugin_want_major plugin_want_minor) missing=()
    [[ "$series" == 4.[0-3] ]] || want+=(plugin_describe)
    exports=$(nm -D --defined-only "$so" | awk '{print $3}')
    for p in "${want[@]}"; do grep -qxF "$p" <<<"$exports" || missing+=("$p"); done
    if ((${#missing[@]} > 0)); then
        say "    FAIL: sipdiag.so does not export ${missing[*]}"
        return 1
    fi
    say "    exports: $(tr '\n' ' ' <<<"$exports")"

    # The real build: find_package(Wireshark CONFIG) through CMAKE_PREFIX_PATH
    # (WiresharkConfig.cmake moved from lib/<arch>/wireshark/cmake/ to
    # lib/<arch>/cmake/wireshark/ in 4.4), then the sipdiag target with -Werror.
    if [[ "$CMAKE_CHECK" == 0 ]]; then
        :
    elif [[ "$LINK_CHECK" == 0 ]] || ! command -v cmake >/dev/null 2>&1 ||
        ! pkg-config --exists json-glib-1.0 2>/dev/null; then
        say "    cmake: skipped (needs cmake, libjson-glib-dev and SIPDIAG_COMPAT_LINK=1)"
    else
        local bdir=$WORK/cmake-$series
        if ! log=$(timeout "$STEP_TIMEOUT" cmake -S "$REPO" -B "$bdir" -DCMAKE_PREFIX_PATH="$root/usr" \
            -DBUILD_TESTING=OFF -DCMAKE_C_FLAGS=-Werror 2>&1); then
            say "    cmake configure FAIL:"; say "$log" | clip 60
            return 1
        fi
        local found
        found=$(sed -n 's/^-- Building sipdiag .* for Wireshark //p' <<<"$log")
        if [[ "$found" != "$series".* ]]; then
            say "    cmake FAIL: find_package(Wireshark) found '${found:-nothing}', not $series"
            return 1
        fi
        if ! log=$(timeout "$STEP_TIMEOUT" cmake --build "$bdir" --target sipdiag -j "$(nproc)" 2>&1); then
            say "    cmake build FAIL:"; say "$log" | grep -E 'error|warning|Error' | clip 60
            return 1
        fi
        compgen -G "$bdir/plugins/$series/epan/sipdiag.so" >/dev/null ||
            { say "    cmake FAIL: no plugins/$series/epan/sipdiag.so"; return 1; }
        say "    cmake: PASS (find_package found $found; plugins/$series/epan/sipdiag.so built with -Werror)"
    fi
    return 0
}

# ---- main ------------------------------------------------------------------
declare -A RESULT PKGVER
overall=0
for series in "${SERIES[@]}"; do
    t0=$(date +%s)
    line=$(pick_version "$series")
    if [[ -z "$line" ]]; then
        say "== Wireshark $series: not available in ${SUITES// /, }"
        if ((EXPLICIT)); then RESULT[$series]="NOT FOUND"; overall=2; else RESULT[$series]=SKIP; fi
        PKGVER[$series]="-"
        continue
    fi
    v=${line%%$'\t'*}
    suites=${line#*$'\t'}
    PKGVER[$series]="$v ($suites)"
    say "== Wireshark $series: $v from $suites"
    if check_series "$series" "$v"; then
        RESULT[$series]=PASS
    else
        RESULT[$series]=FAIL
        ((overall == 2)) || overall=1
    fi
    say "   => ${RESULT[$series]} ($(($(date +%s) - t0)) s)"
    rm -rf "$WORK/root-$series" "$WORK/obj-$series" "$WORK/cmake-$series"
done

say ""
say "Summary ($(($(date +%s) - START)) s):"
for series in "${SERIES[@]}"; do
    printf '  %-4s %-9s %s\n' "$series" "${RESULT[$series]}" "${PKGVER[$series]}"
done
exit "$overall"
