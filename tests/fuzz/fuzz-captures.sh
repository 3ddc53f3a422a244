#!/bin/bash
# fuzz-captures.sh [N] - capture fuzzing of the sipdiag plugin, in the
# spirit of Wireshark's tools/fuzz-test.sh.
#
# 1. Builds the plugin with AddressSanitizer and UBSan into its own build
#    folder (cmake -DSIPDIAG_SANITIZE=address,undefined -DBUILD_TESTING=OFF).
# 2. Checks the set-up before trusting it: the plugin is instrumented,
#    `tshark -G plugins` lists it with the ASan runtime preloaded (stock
#    tshark is not built with ASan), and two canary plugins that misbehave
#    on purpose (canary/canary.c) make tshark fail with ASan's and UBSan's
#    reports.  The unmutated captures must pass too.
# 3. Mutates the captures of ../shared/captures/public/ (beside the checkout), tests/captures/,
#    tests/fuzz/hostile/ and the past findings in regressions/captures/ with
#    `editcap -E RATE --seed SEED` (RATE in 0.001 0.005 0.02 0.05; every
#    other round with -o 42, which spares the Ethernet, IPv4 and UDP headers
#    so that more frames stay SIP), N files in all (default 500).  BATCH
#    mutated files (default 10) are joined with `mergecap -a` and the joined
#    file is run through `tshark -nVxr` (every other batch with -2, the
#    two-pass path) as nobody with the sanitized plugin,
#    WIRESHARK_ABORT_ON_DISSECTOR_BUG=1 and WIRESHARK_ABORT_ON_TOO_MANY_ITEMS=1.
#    Joining saves tshark's start-up per file, which is most of the time
#    for small captures.
# 4. A run fails on a signal, a sanitizer report, a dissector bug, too many
#    items, a non-zero exit, a hang (TIMEOUT seconds), or when tshark prints
#    a different number of frames with the plugin than without it.  A failing
#    batch is run again file by file, so that each failure names its input;
#    a failing file is run again without the plugin: if stock tshark fails
#    the same way, it is Wireshark's own bug ("stock"), else sipdiag's.
#    Every failing input is copied into tests/fuzz/regressions/captures/
#    with a note (command to reproduce, kind, the first lines of stderr),
#    and is mutated again by every later run.
#
# Environment: JOBS (parallel batches, default 2), BATCH, RATES, SEED
# (first seed, default 1), TIMEOUT (default 300 s per tshark run),
# FUZZ_WORK (work folder, default a new /tmp/sipdiag-fuzz.XXXXXX; mutated
# files that pass are deleted), FUZZ_BUILD (the ASan build folder, default
# /tmp/sipdiag-fuzz-build; rebuilt incrementally), REGRESSIONS (where
# failing inputs go, default tests/fuzz/regressions/captures).
#
# Exit status: 0 when no failure is sipdiag's (Wireshark's own are
# reported, not counted), 1 when any is, 2 when the set-up could not be
# trusted.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
. "$here/lib.sh"

n_files=${1:-500}
jobs=${JOBS:-2}
batch=${BATCH:-10}
read -ra rates <<<"${RATES:-0.001 0.005 0.02 0.05}"
seed0=${SEED:-1}
timeout_s=${TIMEOUT:-300}
build=${FUZZ_BUILD:-/tmp/sipdiag-fuzz-build}
work=${FUZZ_WORK:-$(mktemp -d /tmp/sipdiag-fuzz.XXXXXX)}
regressions=${REGRESSIONS:-$here/regressions/captures}
mkdir -p "$work"
work=$(cd "$work" && pwd)
log() { echo "[$(date +%H:%M:%S)] $*"; }
die() { echo "fuzz-captures.sh: $*" >&2; exit 2; }

# --- 1. the sanitized build ---------------------------------------------------
log "building the ASan+UBSan plugin in $build"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build" -DSIPDIAG_SANITIZE=address,undefined \
        -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$work/cmake.log" 2>&1 \
        || { cat "$work/cmake.log"; die "cmake configure failed"; }
fi
cmake --build "$build" -j"$jobs" >>"$work/cmake.log" 2>&1 \
    || { tail -30 "$work/cmake.log"; die "build failed"; }
so=$(find "$build/plugins" -name sipdiag.so | head -1)
[ -n "$so" ] || die "no sipdiag.so under $build/plugins"
WS_SERIES=$(basename "$(dirname "$(dirname "$so")")")
export WS_SERIES
asan_rt=$(gcc -print-file-name=libasan.so)
[ -f "$asan_rt" ] || die "no ASan runtime ($asan_rt): apt-get install libasan8"
asan_rt=$(readlink -f "$asan_rt")

# --- 2. the stage and the checks of the set-up ----------------------------------
stage="$work/stage"
stage_new "$stage"
stage_plugin "$stage" "$so"
captures=()
for folder in "$source_dir/../shared/captures/public" "$source_dir/tests/captures" "$here/hostile" \
    "$regressions"; do
    [ -d "$folder" ] || { log "  no captures at $folder"; continue; }
    for f in "$folder"/*.pcap "$folder"/*.pcapng "$folder"/*.cap; do
        [ -f "$f" ] || continue
        install -m 0644 "$f" "$stage/captures/$(basename "$f")"
        captures+=("$(basename "$f")")
    done
done
[ "${#captures[@]}" -gt 0 ] || die "no captures found"
mkdir -p "$stage/mutated"
chmod 1777 "$stage/mutated"

log "checking the set-up"
nm -D --undefined-only "$so" | grep -q __asan_report_load || die "$so is not built with ASan"
nm -D --undefined-only "$so" | grep -q __ubsan_handle || die "$so is not built with UBSan"
plugin_listed "$stage" "$asan_rt" "$work/plugins.err" \
    || { cat "$work/plugins.err"; die "tshark -G plugins does not list the sanitized sipdiag"; }
ws_major=${WS_SERIES%%.*}
ws_minor=${WS_SERIES#*.}
for kind in asan ubsan; do
    dir="$stage/canary-$kind"
    mkdir -p "$dir/$WS_SERIES/epan"
    if [ $kind = asan ]; then san=address; else san=undefined; fi
    gcc -shared -fPIC -g -O1 -fsanitize=$san -fno-sanitize-recover=all -DWS_MAJOR="$ws_major" \
        -DWS_MINOR="$ws_minor" -DCANARY_${kind^^} "$here/canary/canary.c" \
        -o "$dir/$WS_SERIES/epan/canary_$kind.so" || die "cannot build the $kind canary"
    chmod -R a+rX "$dir"
    (cd / && run_tshark "$stage" "$dir" "$asan_rt" -G plugins >/dev/null 2>"$work/canary-$kind.err")
    rc=$?
    if [ $kind = asan ]; then want="AddressSanitizer: heap-buffer-overflow"; else want="runtime error: signed integer overflow"; fi
    if [ $rc -eq 0 ] || ! grep -q "$want" "$work/canary-$kind.err"; then
        cat "$work/canary-$kind.err"
        die "the $kind canary was not reported (exit $rc): sanitizer reports would be missed"
    fi
    log "  $kind canary reported as expected (tshark exit $rc: $want)"
done
log "  sipdiag.so loaded from the stage under LD_PRELOAD=$asan_rt"

# --- 3. the worker --------------------------------------------------------------
results="$work/results"
mkdir -p "$results" "$regressions"

# classify FILE.err RC: the kind of failure, or "" when none.
classify() {
    local err=$1 rc=$2
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then echo hang; return; fi
    if grep -q "ERROR: AddressSanitizer" "$err"; then echo asan; return; fi
    if grep -q "runtime error:" "$err"; then echo ubsan; return; fi
    if grep -qi "dissector bug" "$err"; then echo dissector-bug; return; fi
    if grep -qi "too many items\|More than .* items in the tree" "$err"; then echo too-many-items; return; fi
    if [ "$rc" -gt 128 ]; then echo "signal-$((rc - 128))"; return; fi
    if [ "$rc" -ne 0 ]; then echo "exit-$rc"; return; fi
    echo ""
}

# mutate INDEX: writes mutated file INDEX into the stage and prints
# "NAME SOURCE RATE OFFSET SEED"; prints nothing if editcap failed.
mutate() {
    local i=$1
    local ncap=${#captures[@]} nrate=${#rates[@]}
    local cap=${captures[$((i % ncap))]}
    local rate=${rates[$(((i / ncap) % nrate))]}
    local offset=0
    [ $((i / (ncap * nrate) % 2)) -eq 1 ] && offset=42
    local seed=$((seed0 + i))
    local name="${cap%.*}-E$rate-o$offset-s$seed.${cap##*.}"
    editcap -E "$rate" -o "$offset" --seed "$seed" "$stage/captures/$cap" "$stage/mutated/$name" \
        >/dev/null 2>"$results/$i.editcap" || return
    rm -f "$results/$i.editcap"
    chmod 0644 "$stage/mutated/$name"
    echo "$name $cap $rate $offset $seed"
}

# check FILE PASSES TAG: tshark -nVx on FILE with and without the plugin;
# sets kind ("" when it passed), owner, with, without, stock_kind, stock_rc
# and leaves stderr in $results/TAG.err.
check() {
    local file=$1 passes=$2 tag=$3
    (cd / && timeout -k 10 "$timeout_s" bash -c "$(declare -f as_nobody run_tshark); \
        run_tshark '$stage' yes '$asan_rt' $passes -nVxr '$file'" \
        >"$results/$tag.out" 2>"$results/$tag.err")
    local rc=$?
    kind=$(classify "$results/$tag.err" $rc)
    with=$(grep -c "^Frame [0-9]*:" "$results/$tag.out")
    (cd / && timeout -k 10 "$timeout_s" bash -c "$(declare -f as_nobody run_tshark); \
        run_tshark '$stage' no '' $passes -nVxr '$file'" \
        >"$results/$tag.stock.out" 2>"$results/$tag.stock.err")
    stock_rc=$?
    without=$(grep -c "^Frame [0-9]*:" "$results/$tag.stock.out")
    stock_kind=$(classify "$results/$tag.stock.err" $stock_rc)
    owner=sipdiag
    if [ -z "$kind" ] && [ "$with" != "$without" ] && [ -z "$stock_kind" ]; then
        kind=frame-count
    fi
    if [ -n "$kind" ] && [ -n "$stock_kind" ] && [ "$kind" = "$stock_kind" ]; then
        owner=stock
    elif [ -z "$kind" ] && [ -n "$stock_kind" ]; then
        kind="stock-only-$stock_kind"
        owner=stock
    fi
    rm -f "$results/$tag.out" "$results/$tag.stock.out"
    [ -n "$kind" ] || rm -f "$results/$tag.err" "$results/$tag.stock.err"
}

# keep_failure FILE NOTE...: copies a failing input into regressions/ with
# a note (how it was made, the failure, the first lines of stderr).
keep_failure() {
    local file=$1 made=$2 passes=$3 tag=$4
    local name
    name=$(basename "$file")
    cp "$file" "$regressions/$name"
    {
        echo "input:    $name ($made)"
        echo "kind:     $kind (attributed to: $owner; stock tshark without plugin: ${stock_kind:-ok}, exit $stock_rc)"
        echo "frames:   $with with the plugin, $without without"
        echo "found by: tests/fuzz/fuzz-captures.sh on $(date -u +%Y-%m-%dT%H:%MZ), $(cd "$source_dir" && git describe --always --dirty 2>/dev/null)"
        echo "rerun:    tshark ${passes:-} -nVxr $name  (as nobody, ASan runtime preloaded:"
        echo "          see tests/fuzz/README.md, 'Reproducing a capture finding')"
        echo "stderr (first 80 lines):"
        head -80 "$results/$tag.err"
    } >"$regressions/$name.txt"
}

# fuzz_batch B: mutates files B*BATCH .. B*BATCH+BATCH-1, joins them with
# mergecap -a and checks the joined file (odd batches in two passes, -2).
# One tshark start-up per batch instead of per file; a failing batch is
# checked again file by file, so that each failure names its input.  One
# result line per file: INDEX KIND OWNER NAME FRAMES-WITH FRAMES-WITHOUT
# SECONDS PASSES.
fuzz_batch() {
    local b=$1 first=$(($1 * batch)) i passes="" start=$SECONDS
    [ $((b % 2)) -eq 1 ] && passes=-2
    local members=() lines=() k
    for ((i = first; i < first + batch && i < n_files; i++)); do
        local line
        line=$(mutate "$i")
        if [ -z "$line" ]; then
            echo "$i editcap-failed sipdiag - 0 0 0 ${passes:-1pass}" >"$results/$i"
            continue
        fi
        members+=("$i")
        lines+=("$line")
    done
    [ ${#members[@]} -gt 0 ] || return
    local joined="$stage/mutated/batch-$b.pcapng" paths=()
    for k in "${!lines[@]}"; do paths+=("$stage/mutated/${lines[$k]%% *}"); done
    mergecap -a -w "$joined" "${paths[@]}" 2>"$results/batch-$b.mergecap" \
        || { cat "$results/batch-$b.mergecap" >&2; return; }
    rm -f "$results/batch-$b.mergecap"
    chmod 0644 "$joined"
    local kind owner with without stock_kind stock_rc
    check "$joined" "$passes" "batch-$b"
    # tshark ended by SIGTERM: this run is being stopped, nothing was found.
    [ "$kind" = signal-15 ] && return
    local batch_kind=$kind batch_owner=$owner
    echo "$with $without" >"$results/batch-$b.frames"
    for k in "${!members[@]}"; do
        i=${members[$k]}
        read -r name cap rate offset seed <<<"${lines[$k]}"
        local file="$stage/mutated/$name"
        if [ -n "$batch_kind" ]; then
            check "$file" "$passes" "$i"
            [ -n "$kind" ] && keep_failure "$file" \
                "from $cap: editcap -E $rate -o $offset --seed $seed" "$passes" "$i"
        else
            kind="" owner=sipdiag with=- without=-
        fi
        echo "$i ${kind:-ok} $owner $name $with $without $((SECONDS - start)) ${passes:-1pass}" >"$results/$i"
        rm -f "$file"
    done
    # The joined file failed but no file did alone: the failure needs
    # state carried across files, so the joined file is the input.
    if [ -n "$batch_kind" ] && ! grep -qv " ok " "${members[@]/#/$results/}" 2>/dev/null; then
        kind=$batch_kind owner=$batch_owner
        keep_failure "$joined" "mergecap -a of files ${members[0]}..${members[-1]}" "$passes" "batch-$b"
        echo "batch-$b $batch_kind $batch_owner batch-$b.pcapng - - $((SECONDS - start)) ${passes:-1pass}" \
            >"$results/batch-$b"
    fi
    rm -f "$joined" "$results/batch-$b.err" "$results/batch-$b.stock.err"
}

# --- baseline: the unmutated captures ------------------------------------------------
log "baseline: ${#captures[@]} unmutated captures"
baseline_fail=0
for cap in "${captures[@]}"; do
    (cd / && timeout -k 10 "$timeout_s" bash -c "$(declare -f as_nobody run_tshark); \
        run_tshark '$stage' yes '$asan_rt' -nVxr '$stage/captures/$cap'" \
        >"$work/baseline.out" 2>"$work/baseline.err")
    rc=$?
    kind=$(classify "$work/baseline.err" $rc)
    if [ -n "$kind" ]; then
        baseline_fail=$((baseline_fail + 1))
        log "  BASELINE FAILURE: $cap: $kind"
        grep -m1 -A12 -E "ERROR: AddressSanitizer|runtime error" "$work/baseline.err" | sed 's/^/    /'
        cp "$stage/captures/$cap" "$regressions/baseline-$cap"
        { echo "input: $cap unmutated; kind: $kind"; head -80 "$work/baseline.err"; } \
            >"$regressions/baseline-$cap.txt"
    fi
done
log "  baseline failures: $baseline_fail"

# --- 4. the run ------------------------------------------------------------------------
# Stopping the script stops every worker with it (they would go on alone).
trap 'trap - INT TERM; kill 0' INT TERM
export -f mutate check keep_failure fuzz_batch classify as_nobody run_tshark
export stage asan_rt seed0 timeout_s results regressions source_dir n_files batch
# Arrays cannot be exported: pass them as strings.
export CAPTURES_STR="${captures[*]}" RATES_STR="${rates[*]}"
log "fuzzing $n_files mutated files (rates ${rates[*]}, seeds $seed0..$((seed0 + n_files - 1)), $jobs jobs)"
t0=$SECONDS
seq 0 $(((n_files + batch - 1) / batch - 1)) | xargs -P "$jobs" -I{} bash -c \
    'captures=($CAPTURES_STR); rates=($RATES_STR); fuzz_batch {}'
elapsed=$((SECONDS - t0))

# --- 5. the summary ----------------------------------------------------------------------
summary="$work/summary.txt"
find "$results" -maxdepth 1 -regex '.*/[0-9]+' -exec cat {} + | sort -n >"$summary"
total=$(wc -l <"$summary")
ok=$(awk '$2 == "ok"' "$summary" | wc -l)
ours=$(awk '$2 != "ok" && $3 == "sipdiag"' "$summary" | wc -l)
stock=$(awk '$2 != "ok" && $3 == "stock"' "$summary" | wc -l)
frames=$(cat "$results"/batch-*.frames 2>/dev/null | awk '{s += $1} END {print s + 0}')
joined_failures=$(find "$results" -maxdepth 1 -regex '.*/batch-[0-9]+' -exec cat {} + 2>/dev/null \
    | awk '$3 == "sipdiag"' | wc -l)
echo
echo "files fuzzed:        $total (of $n_files) from ${#captures[@]} captures in ${elapsed}s with $jobs jobs"
echo "frames dissected:    $frames (with the plugin)"
echo "passed:              $ok"
echo "failed (sipdiag):    $ours"
echo "failed (stock tshark, without the plugin too): $stock"
echo "baseline failures:   $baseline_fail"
echo "joined files that failed with no single file failing: $joined_failures"
if [ "$ours" -gt 0 ] || [ "$stock" -gt 0 ]; then
    echo
    echo "failures by kind:"
    awk '$2 != "ok" {print "  " $3 ": " $2}' "$summary" | sort | uniq -c
    echo "inputs and notes: $regressions/"
    awk '$2 != "ok" {print "  " $4 " (" $2 ", " $3 ")"}' "$summary" | head -20
fi
echo "per-file results: $summary (index kind owner file frames-with frames-without seconds passes)"
[ "$ours" -eq 0 ] && [ "$joined_failures" -eq 0 ] && [ "$baseline_fail" -eq 0 ]
