#!/usr/bin/env bash
# docs/screenshots.sh - take the three Wireshark GUI screenshots of the docs:
#
#   docs/packet-details.png  main window, a SIP response selected and its
#                            "SIP Diagnostics" subtree expanded
#   docs/expert-info.png     Analyze > Expert Information (wireshark -z expert)
#   docs/statistics.png      Statistics > SIP Diagnostics (the menu's last entry)
#   docs/calls.png           Telephony > SIP Diagnostics > Calls (-z sipdiag,calls)
#   docs/registrations.png   Telephony > SIP Diagnostics > Registrations
#                            (-z sipdiag,registrations)
#
# Usage (as root, from anywhere):
#   docs/screenshots.sh --series 4.6 [CAPTURE [FRAME]]
#     the docs' pictures: builds the plugin in the Debian root of that
#     Wireshark series with the GUI (tests/compat/series.sh make-root 4.6 gui,
#     made and cached on first use) and runs this script there, against that
#     root's wireshark-qt; CAPTURE (default docs/sample.pcap) must be inside
#     the checkout or ../shared; FRAME defaults to 10 (sample.pcap's 403
#     after credentials: a fault, with the credentials as its evidence).
#   docs/screenshots.sh [CAPTURE [FRAME]]
#     the installed Wireshark, with an already built plugin (below)
#     CAPTURE  default /work/shared/captures/public/pkts-cancel.pcap
#     FRAME    default 6 (the 487 Request Terminated of pkts-cancel.pcap)
#
# Environment:
#   SIPDIAG_PLUGIN_ROOT       plugin folder in WIRESHARK_PLUGIN_DIR layout
#                             (<dir>/4.0/epan/sipdiag.so); default
#                             <repo>/build-tests/plugins
#   SIPDIAG_SHOT_TIMEOUT      seconds the whole GUI session may take (240)
#   SIPDIAG_SHOT_DIR          where the PNGs go (default <repo>/docs)
#   SIPDIAG_EXPERT_WORKAROUND 1 = open Wireshark with a display filter naming
#                             the SIP fields sipdiag reads; the Expert
#                             Information dialog then limits itself to that
#                             filter, which primes those fields.  Only
#                             needed while the plugin adds nothing to a
#                             retap (see the warning printed below); the
#                             filter then shows in the screenshot.
#
# How: apt-get installs Wireshark (Qt), Xvfb, xdotool and ImageMagick if
# missing.  Wireshark ignores WIRESHARK_PLUGIN_DIR and personal plugins when
# run as root, so everything GUI runs as nobody (65534) out of a
# world-readable staging folder holding a copy of the plugins, the capture
# and a fresh profile (no byte pane, 1400x900 window, no update check).
# xvfb-run starts a private X server; xdotool drives Wireshark (xclip reads
# Edit > Copy > As Filter to find the SIP Diagnostics row); ImageMagick's
# `import` grabs the screen.  The PNGs are written to the staging folder and
# copied into docs/ by root, owned like docs/ itself.
#
# Exit status 0 when all five PNGs were written.  1 when one could not be
# taken as wanted (e.g. Wireshark's packet details lack the SIP Diagnostics
# item); the others are still written.  The GUI session is killed after
# SIPDIAG_SHOT_TIMEOUT seconds; a run takes about 25-35 s once the packages
# are installed.
set -euo pipefail

readonly NOBODY_UID=65534 NOBODY_GID=65534
readonly SCREEN_W=1400 SCREEN_H=900
readonly MAX_PNG_BYTES=$((400 * 1024))
readonly SHOTS="packet-details.png expert-info.png statistics.png calls.png registrations.png"

die() { echo "screenshots.sh: error: $*" >&2; exit 1; }
say() { echo "screenshots.sh: $*" >&2; }

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
out_dir=${SIPDIAG_SHOT_DIR:-$repo/docs}

# --series: this script again, inside the series' GUI root (series.sh exec),
# with the plugin built there; the pictures come back through /sipdiag/out.
if [[ ${1:-} == --series ]]; then
    [[ $# -ge 2 ]] || die "--series wants a Wireshark series, e.g. --series 4.6"
    series=$2
    shift 2
    capture=$(realpath -e "${1:-$repo/docs/sample.pcap}") || die "no capture '${1:-}'"
    frame=${2:-10}
    shared=$(realpath -m "$repo/../shared")
    case "$capture" in
    "$repo"/*) inner_capture=/sipdiag/src/${capture#"$repo"/} ;;
    "$shared"/*) inner_capture=/sipdiag/shared/${capture#"$shared"/} ;;
    *) die "the capture must be inside $repo or $shared to be seen from the root" ;;
    esac
    shots=$(mktemp -d /tmp/sipdiag-shots-out.XXXXXX)
    trap 'rm -rf "$shots"' EXIT
    say "building the plugin and taking the pictures in the Wireshark $series GUI root"
    # shellcheck disable=SC2016 # expanded inside the root
    "$repo/tests/compat/series.sh" exec "$series:gui" "$shots" /bin/bash -euo pipefail -c '
        cmake -S /sipdiag/src -B /tmp/build -DBUILD_TESTING=OFF >/tmp/build.log 2>&1 \
            && cmake --build /tmp/build -j2 --target sipdiag >>/tmp/build.log 2>&1 \
            || { cat /tmp/build.log; exit 1; }
        grep -- "-- Building sipdiag" /tmp/build.log
        dpkg-query -W -f="wireshark \${Version}\n" wireshark
        SIPDIAG_PLUGIN_ROOT=/tmp/build/plugins SIPDIAG_SHOT_DIR=/sipdiag/out \
            /sipdiag/src/docs/screenshots.sh "$1" "$2"' _ "$inner_capture" "$frame" || rc=$?
    owner=$(stat -c %u "$out_dir") group=$(stat -c %g "$out_dir")
    for name in $SHOTS; do
        [[ -s $shots/$name ]] && install -m 0644 -o "$owner" -g "$group" "$shots/$name" "$out_dir/$name" \
            && say "wrote $out_dir/$name"
    done
    exit "${rc:-0}"
fi

capture=${1:-/work/shared/captures/public/pkts-cancel.pcap}
frame=${2:-6}
plugin_root=${SIPDIAG_PLUGIN_ROOT:-$repo/build-tests/plugins}
session_timeout=${SIPDIAG_SHOT_TIMEOUT:-240}
workaround=${SIPDIAG_EXPERT_WORKAROUND:-0}

[[ $(id -u) -eq 0 ]] || die "run as root (it installs packages and switches to uid $NOBODY_UID)"
[[ $frame =~ ^[1-9][0-9]*$ ]] || die "FRAME must be a positive frame number, not '$frame'"
[[ $session_timeout =~ ^[1-9][0-9]*$ ]] || die "SIPDIAG_SHOT_TIMEOUT must be a number of seconds"
[[ -d $out_dir ]] || die "no output folder '$out_dir'"
[[ -r $capture ]] || die "cannot read capture '$capture'"
[[ -d $plugin_root ]] || die "no plugin folder '$plugin_root' (build the plugin or set SIPDIAG_PLUGIN_ROOT)"
compgen -G "$plugin_root/*/epan/sipdiag.so" >/dev/null \
    || die "no $plugin_root/<major.minor>/epan/sipdiag.so (build the plugin first)"

# --- packages ---------------------------------------------------------------
packages=(wireshark tshark xvfb xauth xdotool xclip imagemagick fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    timeout 600 apt-get update -qq
    timeout 1200 apt-get install -y -qq "${missing[@]}" >/dev/null
fi
for c in wireshark tshark xvfb-run xdotool xclip import convert setpriv setsid; do
    command -v "$c" >/dev/null || die "'$c' not found after installing packages"
done

# Xvfb runs as nobody and may not create the socket folder itself.
[[ -d /tmp/.X11-unix ]] || install -d -m 1777 /tmp/.X11-unix

# --- staging folder, readable by nobody -------------------------------------
stage=$(mktemp -d /tmp/sipdiag-shots.XXXXXX)
session_pid=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [[ -n $session_pid ]] && kill -0 "$session_pid" 2>/dev/null; then
        kill -TERM -- "-$session_pid" 2>/dev/null || true
        sleep 2
        kill -KILL -- "-$session_pid" 2>/dev/null || true
    fi
    rm -rf "$stage"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

chmod 755 "$stage"
cp -r "$plugin_root" "$stage/plugins"
cap_name=$(basename "$capture")
cp "$capture" "$stage/$cap_name"
mkdir -p "$stage/home/.config/wireshark" "$stage/run" "$stage/out"
chmod -R a+rX "$stage/plugins" "$stage/$cap_name"

# A fresh profile: no update check or first-run questions, a 1400x900 main
# window at 0,0, no bytes pane (so the details pane is tall), a short list.
cat >"$stage/home/.config/wireshark/preferences" <<'EOF'
gui.update.enabled: FALSE
gui.ask_unsaved: FALSE
gui.console_open: NEVER
EOF
cat >"$stage/home/.config/wireshark/recent_common" <<EOF
gui.geometry_main_x: 0
gui.geometry_main_y: 0
gui.geometry_main_width: $SCREEN_W
gui.geometry_main_height: $SCREEN_H
gui.geometry_main_maximized: FALSE
privs.warn_if_elevated: FALSE
sys.warn_if_no_capture: FALSE
EOF
cat >"$stage/home/.config/wireshark/recent" <<'EOF'
gui.byte_view_show: FALSE
gui.packet_diagram_show: FALSE
gui.geometry_main_upper_pane: 180
EOF
chown -R "$NOBODY_UID:$NOBODY_GID" "$stage/home" "$stage/run" "$stage/out"
chmod 700 "$stage/run"

# Prefix that runs a command as nobody with a clean environment.
as_nobody=(setpriv --reuid="$NOBODY_UID" --regid="$NOBODY_GID" --clear-groups
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$stage/home"
    XDG_RUNTIME_DIR="$stage/run" LANG=C.UTF-8 WIRESHARK_PLUGIN_DIR="$stage/plugins")

# --- checks with tshark -------------------------------------------------------
# Does the frame have a SIP Diagnostics subtree at all (first pass)?  Its
# number of top-level items bounds the keyboard walk in the GUI below.
pdml=$(cd "$stage" && timeout 120 "${as_nobody[@]}" tshark -r "$cap_name" -Y "frame.number == $frame" -T pdml 2>/dev/null) \
    || die "tshark could not read '$capture'"
protos=$(printf '%s\n' "$pdml" | sed -n 's/^  <proto name="\([^"]*\)".*/\1/p' | grep -vx geninfo || true)
[[ -n $protos ]] || die "'$capture' has no frame $frame"
grep -qx sipdiag <<<"$protos" || die "frame $frame has no SIP Diagnostics subtree (not a SIP response, or the plugin in $plugin_root did not load); top-level items: $(tr '\n' ' ' <<<"$protos")"
max_rows=$(($(wc -l <<<"$protos") + 5))

# The Expert Information dialog gets its rows from a retap (a second pass).
# tshark -2 -z expert takes its statistics the same way; if it has no SIPDIAG
# rows, neither will the dialog.
expert_stats=$(cd "$stage" && timeout 120 "${as_nobody[@]}" tshark -2 -r "$cap_name" -q -z expert 2>/dev/null) || true
if ! grep -q SIPDIAG <<<"$expert_stats"; then
    say "WARNING: 'tshark -2 -z expert' lists no SIPDIAG items: the plugin adds nothing on a"
    say "         second pass/retap, so the Expert Information dialog will show no SIPDIAG rows."
    [[ $workaround == 1 ]] || say "         (SIPDIAG_EXPERT_WORKAROUND=1 works around it for the screenshot)"
fi

expert_filter=
if [[ $workaround == 1 ]]; then
    expert_filter='sip || sip.Status-Code || sip.Method || sip.CSeq.method || sip.CSeq.seq || sip.Call-ID || sip.to.tag || sip.Reason || sip.Warning'
fi

# --- the GUI session, as nobody, under Xvfb -----------------------------------
cat >"$stage/inner.sh" <<'INNER'
#!/usr/bin/env bash
# Runs as nobody inside xvfb-run.
# Env: SD_CAP SD_FRAME SD_MAX_ROWS SD_OUT SD_FILTER SCREEN_W SCREEN_H
set -euo pipefail
log() { echo "inner: $*" >&2; }
ws_pid=
stop_ws() {
    if [[ -n $ws_pid ]] && kill -0 "$ws_pid" 2>/dev/null; then
        kill "$ws_pid" 2>/dev/null || true
        for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$ws_pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$ws_pid" 2>/dev/null || true
    fi
    wait "$ws_pid" 2>/dev/null || true
    ws_pid=
}
trap stop_ws EXIT

start_ws() {
    wireshark "$@" >>"$SD_OUT/wireshark.log" 2>&1 &
    ws_pid=$!
}
# Prints the id of the first visible window whose title matches $1.
wait_window() {
    local id
    id=$(timeout 60 xdotool search --sync --onlyvisible --limit 1 --name "$1" 2>/dev/null | head -1) || true
    [[ -n $id ]] || { log "no window titled '$1' within 60 s"; return 1; }
    echo "$id"
}
# Focus without a window manager: XSetInputFocus (xdotool may grumble).
focus() { xdotool windowfocus --sync "$1" 2>/dev/null || xdotool windowfocus "$1" 2>/dev/null || true; }
key() { xdotool key --delay 80 "$@"; sleep 0.3; }
# Qt wants to see the pointer arrive before the button goes down.
click_at() { xdotool mousemove --sync "$1" "$2"; sleep 0.3; xdotool click 1; sleep 0.5; }
park_pointer() { xdotool mousemove "$((SCREEN_W - 1))" "$((SCREEN_H - 1))"; }

# The main window's title is the capture's file name; escape it for a regex.
title_re=$(printf '%s' "$SD_CAP" | sed 's/[][\.*^$+?(){}|]/\\&/g')

# 1. Packet details: frame SD_FRAME selected (-g), SIP Diagnostics expanded.
start_ws -r "$SD_CAP" -g "$SD_FRAME"
main=$(wait_window "$title_re")
sleep 3
xdotool windowmove "$main" 0 0 windowsize "$main" "$SCREEN_W" "$SCREEN_H"
focus "$main"
sleep 1
# Click the first row of the details pane (y=283 with the profile's 180 px
# packet list) to give the pane the keyboard and a current row, collapse
# everything (View > Collapse All, Ctrl+Left) and make sure we are on the
# first row (Page Up; Home/End are Wireshark shortcuts).  Then walk down
# until the current row is SIP Diagnostics: Edit > Copy > As Filter
# (Ctrl+Shift+C) puts a top-level item's protocol name on the clipboard, so
# we know we are there when it reads "sipdiag".  Finally expand it with all
# its subtrees (Shift+Right).
click_at 300 283
key ctrl+Left
key Prior
found=0
for ((i = 0; i < SD_MAX_ROWS; i++)); do
    key ctrl+shift+c
    current=$(timeout 5 xclip -o -selection clipboard 2>/dev/null) || current=
    if [[ $current == sipdiag ]]; then found=1; break; fi
    key Down
done
status=0
if ((found == 1)); then
    key shift+Right
    park_pointer
    sleep 1.5
    import -window root "$SD_OUT/packet-details.png"
    log "packet-details.png taken"
else
    # Keep going: the expert dialog is independent of this.
    log "NOT taking packet-details.png: Wireshark's packet details for frame $SD_FRAME"
    log "have no 'SIP Diagnostics' item although tshark's first pass has one, i.e. the"
    log "plugin does not build its subtree when the GUI re-dissects the selected packet"
    status=3
fi
stop_ws

# 2. Analyze > Expert Information, opened by -z expert after the file loads.
# With a display filter, the dialog opens with "Limit to Display Filter"
# ticked: its retap then builds a protocol tree primed with the filter's
# fields (SIPDIAG_EXPERT_WORKAROUND).
if [[ -n $SD_FILTER ]]; then
    start_ws -r "$SD_CAP" -g "$SD_FRAME" -z expert -Y "$SD_FILTER"
else
    start_ws -r "$SD_CAP" -g "$SD_FRAME" -z expert
fi
main=$(wait_window "$title_re")
dlg=$(wait_window 'Expert Information')
sleep 3
dw=1100 dh=400
xdotool windowmove "$dlg" 100 60 windowsize "$dlg" "$dw" "$dh"
focus "$dlg"
sleep 1.5
# Click the first group to give the list the keyboard, then expand every
# group from the bottom up (End, then Right to expand and Up to reach the
# group above, which is still collapsed), ending on the first group.
click_at $((100 + 200)) $((60 + 41))
key End
for ((i = 0; i < 12; i++)); do key Right Up; done
park_pointer
sleep 1.5
import -window "$dlg" "$SD_OUT/expert-info.png"
stop_ws
log "expert-info.png taken"

# 3. Statistics > SIP Diagnostics, the last entry of the Statistics menu
# (Wireshark adds plugin trees after a separator at its end; the GUI takes
# no -z for them): Alt+S opens the menu, Up wraps to its last entry.
start_ws -r "$SD_CAP"
main=$(wait_window "$title_re")
sleep 3
xdotool windowmove "$main" 0 0 windowsize "$main" "$SCREEN_W" "$SCREEN_H"
focus "$main"
sleep 1
key alt+s
sleep 1
key Up
key Return
dlg=$(wait_window 'SIP Diagnostics')
sleep 3
xdotool windowmove "$dlg" 30 40 windowsize "$dlg" 1360 820
focus "$dlg"
sleep 1
# Expand every node: click the first row, then Shift+Right on each top row
# (the same walk as the expert dialog, from the bottom up).
click_at $((30 + 200)) $((40 + 60))
key End
for ((i = 0; i < 8; i++)); do key shift+Right Up; done
key Home
park_pointer
sleep 1.5
import -window "$dlg" "$SD_OUT/statistics.png"
stop_ws
log "statistics.png taken"

# 4. and 5. The calls and registrations tables (Telephony > SIP Diagnostics),
# opened by -z once the file is read: the dialog retaps the whole capture.
for table in Calls Registrations; do
    start_ws -r "$SD_CAP" -z "sipdiag,${table,,}"
    main=$(wait_window "$title_re")
    dlg=$(wait_window "SIP Diagnostics/$table")
    sleep 3
    xdotool windowmove "$dlg" 20 40 windowsize "$dlg" 1360 480
    focus "$dlg"
    park_pointer
    sleep 1.5
    import -window "$dlg" "$SD_OUT/${table,,}.png"
    stop_ws
    log "${table,,}.png taken"
done
exit "$status"
INNER
chmod 755 "$stage/inner.sh"

say "taking screenshots (at most ${session_timeout}s)"
start=$SECONDS
# Own session/process group, so that everything it starts (xvfb-run, Xvfb,
# wireshark) can be ended together if it overruns.
# shellcheck disable=SC2016 # the bash -c script expands its own variables
setsid "${as_nobody[@]}" \
    SCREEN_W="$SCREEN_W" SCREEN_H="$SCREEN_H" \
    SD_CAP="$cap_name" SD_FRAME="$frame" SD_MAX_ROWS="$max_rows" SD_OUT="$stage/out" SD_FILTER="$expert_filter" \
    bash -c 'cd "$1" && exec xvfb-run -a -e "$2/xvfb.log" -s "-screen 0 ${SCREEN_W}x${SCREEN_H}x24 -nolisten tcp" bash "$1/inner.sh" 2>>"$2/inner.log"' \
    _ "$stage" "$stage/out" </dev/null &
session_pid=$!
rc=0
while kill -0 "$session_pid" 2>/dev/null; do
    if ((SECONDS - start >= session_timeout)); then
        say "GUI session overran ${session_timeout}s; stopping it"
        kill -TERM -- "-$session_pid" 2>/dev/null || true
        sleep 2
        kill -KILL -- "-$session_pid" 2>/dev/null || true
        rc=124
        break
    fi
    sleep 1
done
if ((rc == 0)); then wait "$session_pid" || rc=$?; else wait "$session_pid" 2>/dev/null || true; fi
# Strays of the session (e.g. an extcap helper wireshark started) are still
# in its process group.
if pgrep -g "$session_pid" >/dev/null 2>&1; then
    kill -TERM -- "-$session_pid" 2>/dev/null || true
    sleep 1
    kill -KILL -- "-$session_pid" 2>/dev/null || true
fi
session_pid=
if [[ $rc -ne 0 || ! -s $stage/out/packet-details.png || ! -s $stage/out/expert-info.png
      || ! -s $stage/out/statistics.png || ! -s $stage/out/calls.png
      || ! -s $stage/out/registrations.png ]]; then
    for f in inner.log xvfb.log wireshark.log; do
        if [[ -s $stage/out/$f ]]; then echo "--- $f" >&2; tail -n 30 "$stage/out/$f" >&2; fi
    done
    say "GUI session failed (exit $rc)"
    ((rc == 124)) && die "nothing written"
    rc=1
fi

# --- into the output folder (docs/) ---------------------------------------------
owner=$(stat -c %u "$out_dir") group=$(stat -c %g "$out_dir")
for name in $SHOTS; do
    src="$stage/out/$name" tmp="$stage/$name"
    [[ -s $src ]] || continue
    convert "$src" -strip "$tmp"
    if (($(stat -c %s "$tmp") > MAX_PNG_BYTES)); then
        convert "$src" -strip -colors 256 "PNG8:$tmp"
    fi
    install -m 0644 -o "$owner" -g "$group" "$tmp" "$out_dir/$name"
    say "wrote $out_dir/$name ($(identify -format '%wx%h' "$out_dir/$name"), $(stat -c %s "$out_dir/$name") bytes)"
done
say "done in $((SECONDS - start))s"
exit "$rc"
