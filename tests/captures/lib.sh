# Shared by the record*.sh scripts of tests/captures/ (sourced, not run).
# Before sourcing, set FILTER (the dumpcap capture filter).
# Gives: WORK (a temporary directory, also the cwd, removed on exit with every
# process listed in PIDS), die MESSAGE, need_root_and TOOLS...,
# start_capture NAME and stop_capture NAME, which writes OUT/NAME.pcap;
# for the scripts whose peers sit on 127.0.0.56/29 port 5060: choose_captures,
# want NAME, refuse_busy_addresses and start_kamailio CONFIG.
# OUT is tests/captures/ unless CAPTURE_OUT names another directory (a dry
# run that leaves the committed captures alone).

SELF=$(basename "$0")
OUT=${CAPTURE_OUT:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}

die() {
    echo "$SELF: $*" >&2
    cat "$WORK"/*errors.log >&2 2>/dev/null || true
    exit 1
}

need_root_and() {
    [ "$(id -u)" -eq 0 ] || { echo "$SELF: must run as root" >&2; exit 1; }
    local t
    for t in "$@"; do
        command -v "$t" >/dev/null || { echo "$SELF: $t not found" >&2; exit 1; }
    done
}

WORK=$(mktemp -d "/tmp/sipdiag-${SELF%.sh}.XXXXXX")
PIDS=()
cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cd "$WORK"                            # SIPp writes its logs into the cwd

# start_capture NAME: dumpcap on lo into $WORK/NAME.pcapng, waits until ready
start_capture() {
    timeout 120 dumpcap -q -i lo -f "$FILTER" -w "$WORK/$1.pcapng" 2>"$WORK/$1.dumpcap.log" &
    CAP_PID=$!
    PIDS+=("$CAP_PID")
    local i
    for i in $(seq 50); do
        grep -q "Capturing on" "$WORK/$1.dumpcap.log" 2>/dev/null && { sleep 0.3; return 0; }
        sleep 0.1
    done
    cat "$WORK/$1.dumpcap.log" >&2
    die "dumpcap did not start"
}

# stop_capture NAME: stop dumpcap, write OUT/NAME.pcap (libpcap)
stop_capture() {
    sleep 0.5
    kill -INT "$CAP_PID"
    wait "$CAP_PID" || true
    mkdir -p "$OUT"
    editcap -F pcap "$WORK/$1.pcapng" "$OUT/$1.pcap"
    echo "wrote $OUT/$1.pcap ($(stat -c %s "$OUT/$1.pcap") bytes)"
}

# check_frames NAME:COUNT...: warn when a capture's frame count differs from
# the one the README tables were made with (a retransmission shifts them)
check_frames() {
    local f n
    for f in "$@"; do
        n=$(capinfos -c -M "$OUT/${f%%:*}.pcap" | awk '/Number of packets/ {print $NF}')
        [ "$n" = "${f##*:}" ] || echo "$SELF: WARNING ${f%%:*}.pcap has $n frames, expected ${f##*:}: update README.md" >&2
    done
}

# choose_captures "ALL NAMES" [NAME]: ONLY=NAME (checked against ALL), or
# every capture; then `want NAME` says whether to record NAME.
choose_captures() {
    ONLY=${2:-}
    [ -z "$ONLY" ] || case " $1 " in
        *" $ONLY "*) ;;
        *) echo "$SELF: unknown capture '$ONLY' (one of: $1)" >&2; exit 2 ;;
    esac
}
want() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

# Another recording on the peers' addresses would mix into the capture.
refuse_busy_addresses() {
    if ss -lun | grep -Eq "127\.0\.0\.(5[6-9]|6[0-3]):5060 "; then
        ss -lun | grep -E "127\.0\.0\.(5[6-9]|6[0-3]):5060 " >&2
        die "something already listens on 127.0.0.56/29 port 5060"
    fi
}

# start_kamailio CONFIG: kamailio in the foreground (-DD), logging to
# stderr, with its runtime files in $WORK; ready when it listens on
# $PROXY_IP:5060.
start_kamailio() {
    mkdir -p "$WORK/kamailio"
    timeout 300 kamailio -f "$1" -DD -E -Y "$WORK/kamailio" -w "$WORK/kamailio" \
        >"$WORK/kamailio.log" 2>&1 &
    KAM_PID=$!
    PIDS+=("$KAM_PID")
    local i
    for i in $(seq 50); do
        ss -lun | grep -q "$PROXY_IP:5060" && return 0
        kill -0 "$KAM_PID" 2>/dev/null || break
        sleep 0.1
    done
    cat "$WORK/kamailio.log" >&2
    die "kamailio did not start"
}
