#!/bin/bash
# run-libfuzzer.sh [RUNS] [WORKDIR] - builds the libFuzzer harnesses (build.sh)
# and runs each for RUNS executions (default 1000000) from its seed corpus
# corpus/<harness>/ (copied, so the checkout is not touched), then prints
# executions and findings per harness.  The inputs of past findings,
# regressions/<harness>/, are added to the corpus, so they are replayed.  A finding (crash, sanitizer report,
# broken invariant, leak, timeout) is kept in WORKDIR/<harness>/artifacts/;
# reproduce it with WORKDIR/bin/<harness> FILE.
#
#   tests/fuzz/run-libfuzzer.sh                 # 1,000,000 runs each
#   tests/fuzz/run-libfuzzer.sh 100000 /tmp/f   # a quick pass
#
# JOBS=2 runs two harnesses at a time; HARNESSES="fuzz_sipmsg ..." runs only
# those.  Exit status: 0 when no harness
# found anything.
set -u

here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-1000000}
work=${2:-$(mktemp -d /tmp/sipdiag-libfuzzer.XXXXXX)}
jobs=${JOBS:-1}
harnesses=${HARNESSES:-"fuzz_reason fuzz_warning fuzz_status_line fuzz_lang fuzz_context fuzz_overrides fuzz_sipmsg fuzz_flows fuzz_sdp"}
mkdir -p "$work"
work=$(cd "$work" && pwd)

"$here/build.sh" "$work/bin" >"$work/build.log" 2>&1 || {
    cat "$work/build.log" >&2
    echo "run-libfuzzer.sh: build failed" >&2
    exit 2
}

run_one() {
    local h=$1 dir="$work/$1"
    rm -rf "$dir"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    cp "$here/corpus/$h/"* "$dir/corpus/"
    # Inputs of past findings are replayed first, as part of the corpus.
    if [ -d "$here/regressions/$h" ]; then
        find "$here/regressions/$h" -type f ! -name '*.txt' -exec cp {} "$dir/corpus/" \;
    fi
    local dict=()
    [ -f "$here/dict/$h.dict" ] && dict=("-dict=$here/dict/$h.dict")
    local start=$SECONDS
    # detect_leaks: the harnesses free what they allocate; GLib's own
    # one-time allocations are not reported as leaks (still reachable).
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$work/bin/$h" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "${dict[@]}" \
        "$dir/corpus" >"$dir/log" 2>&1
    echo $? >"$dir/status"
    echo $((SECONDS - start)) >"$dir/seconds"
}

pids=()
for h in $harnesses; do
    run_one "$h" &
    pids+=($!)
    if [ "${#pids[@]}" -ge "$jobs" ]; then
        wait "${pids[0]}"
        pids=("${pids[@]:1}")
    fi
done
wait

total_findings=0
printf '%-18s %12s %9s %8s %9s  %s\n' harness executions "corpus" seconds findings status
for h in $harnesses; do
    dir="$work/$h"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
    [ -n "$execs" ] || execs=$(sed -n 's/.*Done \([0-9]*\) runs.*/\1/p' "$dir/log" | tail -1)
    corpus=$(ls "$dir/corpus" | wc -l)
    findings=$(ls "$dir/artifacts" | wc -l)
    status=$(cat "$dir/status")
    if [ "$findings" -eq 0 ] && [ "$status" -ne 0 ]; then
        findings=1 # failed without leaving an artifact: look at the log
    fi
    total_findings=$((total_findings + findings))
    printf '%-18s %12s %9s %8s %9s  exit %s\n' "$h" "${execs:-?}" "$corpus" \
        "$(cat "$dir/seconds")" "$findings" "$status"
    for a in "$dir/artifacts"/*; do
        [ -e "$a" ] && echo "    finding: $a (log: $dir/log)"
    done
done
echo "work dir: $work"
[ "$total_findings" -eq 0 ]
