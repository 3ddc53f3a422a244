#!/bin/bash
# valgrind.sh - runs the plugin in tshark and the `sipdiag` command under
# valgrind's memcheck and reports invalid accesses, uses of uninitialised
# values and definite leaks attributed to sipdiag (a stack frame in
# sipdiag.so, src/ or plugin/).
#
#   tests/fuzz/valgrind.sh            # the full sweep: every capture + the command
#                                     # and its tests (81 runs, about 6 min on 2 cores)
#   tests/fuzz/valgrind.sh --sample   # the suite's sample (CTest `valgrind`): one
#                                     # capture per code path, each tshark mode on
#                                     # two of them, 4 command lines, 2 unit tests
#   tests/fuzz/valgrind.sh --stock    # the same tshark runs WITHOUT the plugin:
#                                     # what Wireshark itself reports (valgrind.supp)
#
# 1. Builds sipdiag without sanitizers (valgrind and ASan do not mix) and with
#    its unit tests into VG_BUILD (default /tmp/sipdiag-valgrind-build).
# 2. Runs, as nobody with the build's plugin staged like tests/plugin/harness.py,
#    the plugin tests' typical commands under
#      valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
#    `tshark -nVr` on every capture (public, tests/captures/, hostile/), and on
#    a few of them `-2 -nVr`, `-q -z expert`, `-T fields` with a sipdiag
#    filter and `-o sipdiag.language:fr`.  tshark runs with
#    WIRESHARK_DEBUG_WMEM_OVERRIDE=simple, so that every wmem allocation is
#    its own malloc block and valgrind sees overruns of packet-scope memory.
# 3. Runs the `sipdiag` command (explain, compare, list, rules, --json,
#    --lang, bad input) and the unit tests test_cli (with the command it
#    spawns: --trace-children=yes), test_kb, test_context, test_sipmsg.
# valgrind.supp suppresses Wireshark's own definite leaks (documented there).
#
# Environment: VG_ONLY="a.pcap b.pcap" (only those captures), JOBS (default
# 2), VG_BUILD, VG_WORK (default a new /tmp/sipdiag-valgrind.XXXXXX).
# Exit status: 0 when nothing is attributed to sipdiag, 1 otherwise.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
. "$here/lib.sh"

mode=plugin
sample=0
for arg in "$@"; do
    case "$arg" in
    --stock) mode=stock ;;
    --sample) sample=1 ;;
    *) echo "valgrind.sh: unknown argument '$arg' (--sample, --stock)" >&2; exit 2 ;;
    esac
done
# The sample: one capture per path through the plugin.  UDP with every
# status code; TCP with several responses per segment; a transfer (REFER,
# NOTIFY, sipfrag); Reason and Warning with Q.850 causes; a failed digest;
# hostile quoting, sipfrag garbage, 64 KB values, a response in one-byte
# TCP segments; IPv6.  Each further tshark mode runs on two of them.
SAMPLE_CAPTURES="all-codes-udp.pcap tcp-multi.pcap ctx-transfer.pcap ctx-reason.pcap
  ctx-digest-fail.pcap reason-quoting.pcap sipfrag-garbage.pcap long-reason-text-tcp.pcap
  tiny-segments-tcp.pcap ipv6.pcap"
SAMPLE_MODE_CAPTURES="ctx-transfer.pcap reason-quoting.pcap"
if [ $sample = 1 ] && [ -z "${VG_ONLY:-}" ]; then
    VG_ONLY=$(echo $SAMPLE_CAPTURES)
fi
jobs=${JOBS:-2}
build=${VG_BUILD:-/tmp/sipdiag-valgrind-build}
work=${VG_WORK:-$(mktemp -d /tmp/sipdiag-valgrind.XXXXXX)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
log() { echo "[$(date +%H:%M:%S)] $*"; }
command -v valgrind >/dev/null || { echo "valgrind.sh: apt-get install valgrind" >&2; exit 2; }

log "building sipdiag (no sanitizers, with tests) in $build"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build" -DBUILD_TESTING=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        >"$work/cmake.log" 2>&1 || { cat "$work/cmake.log"; exit 2; }
fi
cmake --build "$build" -j"$jobs" >>"$work/cmake.log" 2>&1 || { tail -30 "$work/cmake.log"; exit 2; }
so=$(find "$build/plugins" -name sipdiag.so | head -1)
WS_SERIES=$(basename "$(dirname "$(dirname "$so")")")
export WS_SERIES

stage="$work/stage"
stage_new "$stage"
stage_plugin "$stage" "$so"
if [ $mode = plugin ] && ! plugin_listed "$stage" "" "$work/plugins.err"; then
    cat "$work/plugins.err"
    echo "valgrind.sh: tshark -G plugins does not list the staged sipdiag.so" >&2
    exit 2
fi
mkdir -p "$stage/logs"
chmod 1777 "$stage/logs"
captures=()
for folder in "$source_dir/../shared/captures/public" "$source_dir/tests/captures" "$here/hostile"; do
    [ -d "$folder" ] || { log "  no captures at $folder"; continue; }
    for f in "$folder"/*.pcap "$folder"/*.pcapng "$folder"/*.cap; do
        [ -f "$f" ] || continue
        if [ -n "${VG_ONLY:-}" ] && [[ " $VG_ONLY " != *" $(basename "$f") "* ]]; then
            continue
        fi
        install -m 0644 "$f" "$stage/captures/$(basename "$f")"
        captures+=("$(basename "$f")")
    done
done

if [ $sample = 1 ] && [ "${#captures[@]}" -ne "$(echo $VG_ONLY | wc -w)" ]; then
    echo "valgrind.sh: the sample wants $(echo $VG_ONLY | wc -w) captures ($VG_ONLY), found ${#captures[@]}: ${captures[*]}" >&2
    exit 2
fi

VALGRIND="valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
--show-leak-kinds=definite --num-callers=40 --track-origins=yes"
# --stock shows Wireshark's own reports: no suppressions there.
[ $mode = plugin ] && VALGRIND="$VALGRIND --suppressions=$here/valgrind.supp"
plugin=yes
[ $mode = stock ] && plugin=no

# One job per line: NAME<TAB>tshark arguments (CAP stands for the capture).
jobs_file="$work/jobs"
: >"$jobs_file"
for cap in "${captures[@]}"; do
    printf 'nVr-%s\t-nVr CAP\n' "$cap" >>"$jobs_file"
done
mode_captures="ctx-transfer.pcap ctx-reason.pcap all-codes-udp.pcap sipnab-sip-over-tcp.pcap
  reason-quoting.pcap sipfrag-garbage.pcap"
[ $sample = 1 ] && mode_captures=$SAMPLE_MODE_CAPTURES
for cap in $mode_captures; do
    [ -f "$stage/captures/$cap" ] || continue
    printf '2pass-%s\t-2 -nVr CAP\n' "$cap" >>"$jobs_file"
    printf 'expert-%s\t-n -q -z expert -r CAP\n' "$cap" >>"$jobs_file"
    printf 'fields-%s\t-n -Y sipdiag -T fields -e sipdiag.code -e sipdiag.summary -e sipdiag.reason.cause -e sipdiag.warning.text -e sipdiag.transfer.state -r CAP\n' "$cap" >>"$jobs_file"
    printf 'fr-%s\t-o sipdiag.language:fr -nVr CAP\n' "$cap" >>"$jobs_file"
done

run_job() {
    local name=$1 args=$2
    args=${args//CAP/$stage/captures/${name#*-}}
    # shellcheck disable=SC2086
    (cd / && TSHARK_ENV="WIRESHARK_DEBUG_WMEM_OVERRIDE=simple G_SLICE=always-malloc" \
        TSHARK_WRAPPER="$VALGRIND --xml=yes --xml-file=$stage/logs/$name.xml --log-file=$stage/logs/$name.txt" \
        run_tshark "$stage" "$plugin" "" $args >/dev/null 2>"$work/$name.stderr")
    echo "$name $?" >"$work/$name.rc"
}
export -f run_job as_nobody run_tshark
export stage plugin VALGRIND work
n_jobs=$(wc -l <"$jobs_file")
log "tshark under valgrind: $n_jobs runs ($mode), $jobs at a time"
t0=$SECONDS
xargs -P "$jobs" -d '\n' -I{} bash -c \
    'IFS=$'"'"'\t'"'"' read -r name args <<<"$1"; run_job "$name" "$args"' _ {} <"$jobs_file"
log "  done in $((SECONDS - t0))s"

if [ $mode = plugin ]; then
    log "the sipdiag command and the unit tests under valgrind"
    cli="$build/src/sipdiag"
    i=0
    cat >"$work/cli-lines" <<'EOF'
explain 486
explain 499 --json
explain 409 --lang fr
compare 202 403
compare 401 407 --json --lang es
list
list --json
rules
rules --json
explain 999
explain 4x4
compare 202
--lang xx list
frobnicate
--help
EOF
    # The sample: a page, a comparison in Spanish as JSON, the list, bad input.
    [ $sample = 1 ] && sed -i -n '1p;5p;6p;11p' "$work/cli-lines"
    while IFS= read -r line; do
        i=$((i + 1))
        # shellcheck disable=SC2086
        $VALGRIND --xml=yes --xml-file="$stage/logs/cli-$i.xml" --log-file="$stage/logs/cli-$i.txt" \
            "$cli" $line >/dev/null 2>&1
        echo "cli-$i $? sipdiag $line" >"$work/cli-$i.rc"
    done <"$work/cli-lines"
    unit_tests="test_cli test_kb test_context test_sipmsg"
    [ $sample = 1 ] && unit_tests="test_context test_sipmsg"
    for t in $unit_tests; do
        bin=$(find "$build/tests" -name "$t" -type f | head -1)
        [ -n "$bin" ] || continue
        (cd "$build/tests" && $VALGRIND --trace-children=yes \
            --xml=yes --xml-file="$stage/logs/$t.%p.xml" --log-file="$stage/logs/$t.%p.txt" \
            "$bin" --tap >"$work/$t.tap" 2>&1)
        echo "$t $? $t --tap" >"$work/$t.rc"
    done
fi

# --- the report -------------------------------------------------------------------------
python3 - "$stage/logs" "$source_dir" "$work" "$mode" <<'PYEOF'
import glob
import os
import sys
import xml.etree.ElementTree as ET

logs, source_dir, work, mode = sys.argv[1:5]
ours_markers = ("sipdiag.so", os.path.join(source_dir, "src"), os.path.join(source_dir, "plugin"))
runs = errors_ours = errors_other = suppressed = 0
findings = {}
others = {}
for path in sorted(glob.glob(os.path.join(logs, "*.xml"))):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        # An exec'd child (env, setpriv) leaves an empty or partial file.
        continue
    runs += 1
    for s in root.iter("pair"):
        suppressed += int(s.findtext("count", "0"))
    for err in root.iter("error"):
        kind = err.findtext("kind")
        what = err.findtext("what") or err.findtext("xwhat/text") or ""
        frames = []
        for fr in err.find("stack").iter("frame"):
            obj = fr.findtext("obj", "")
            fn = fr.findtext("fn", "???")
            d, f, line = fr.findtext("dir", ""), fr.findtext("file", ""), fr.findtext("line", "")
            where = os.path.join(d, f) + ":" + line if f else os.path.basename(obj)
            frames.append((fn, where, obj))
        ours = any(m in w or m in o for _, w, o in frames for m in ours_markers)
        key = (kind, tuple(fn for fn, _, _ in frames[:6]))
        target = findings if ours else others
        entry = target.setdefault(key, {"count": 0, "what": what, "frames": frames,
                                         "runs": set()})
        entry["count"] += 1
        entry["runs"].add(os.path.basename(path)[:-4])
        if ours:
            errors_ours += 1
        else:
            errors_other += 1

rcs = {}
for path in glob.glob(os.path.join(work, "*.rc")):
    parts = open(path).read().split(" ", 2)
    rcs[parts[0]] = int(parts[1])
bad_exit = {k: v for k, v in rcs.items() if v not in (0, 1, 99)}
print()
print("valgrind runs:       %d (%s)" % (len(rcs), "with the plugin" if mode == "plugin"
                                         else "stock tshark, no plugin"))
print("errors in sipdiag:   %d (%d distinct)" % (errors_ours, len(findings)))
print("errors elsewhere:    %d (%d distinct, not suppressed)" % (errors_other, len(others)))
print("suppressed:          %d (valgrind.supp: Wireshark's own)" % suppressed)
print("exit 99 (errors):    %s" % (sorted(k for k, v in rcs.items() if v == 99) or "none"))
if bad_exit:
    print("other exit codes:    %s" % bad_exit)
for title, group in (("attributed to sipdiag", findings), ("not attributed to sipdiag", others)):
    for (kind, _), e in sorted(group.items(), key=lambda kv: -kv[1]["count"]):
        print("\n[%s] %s x%d: %s" % (title, kind, e["count"], e["what"]))
        print("  in: %s" % ", ".join(sorted(e["runs"])[:6]))
        for fn, where, _ in e["frames"][:14]:
            print("    %s  %s" % (fn, where))
print("\nlogs: %s" % logs)
sys.exit(1 if findings else 0)
PYEOF
