#!/bin/sh
# Builds the libFuzzer targets and runs each in turn for a fixed time, seeded from maps/ and
# fuzz/seeds/ and guided by keywords (fuzz/<target>.dict, or the language's fuzz/kmap.dict).
#
# Usage: fuzz/run.sh [TARGET...]          (default: every target)
#   FUZZ_TIME=300   seconds per target
#   FUZZ_ARGS=...   extra libFuzzer flags (for example -jobs=2 -workers=2)
#
# Fuzz builds go to .build-fuzz so they never disturb the normal build. A target's LeakSanitizer
# suppressions (leaks inside a dependency) are read from fuzz/<target>.lsan when there is one. Crashing inputs are saved
# in fuzz-artifacts/crashes/<target>/ and the run ends with status 1; copy a fixed one into
# fuzz/regressions/<target>/ so `swift test` replays it. Logs: fuzz-artifacts/logs/<target>-<time>.log.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
time_per_target=${FUZZ_TIME:-300}
targets=${*:-KMapFuzzParser KMapFuzzPipeline KMapFuzzRevision KMapFuzzImport KMapFuzzConfiguration KMapFuzzLSP KMapFuzzWorkbook}
status=0
for target in $targets; do
    swift build -c release --scratch-path .build-fuzz --product "$target" \
        --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
    corpus=$(fuzz/seed.sh "$target")
    dict=fuzz/kmap.dict
    [ -f "fuzz/$target.dict" ] && dict="fuzz/$target.dict"
    crashes="fuzz-artifacts/crashes/$target"
    log="fuzz-artifacts/logs/$target-$(date +%Y%m%d-%H%M%S).log"
    mkdir -p "$crashes" "$(dirname "$log")"
    echo "fuzzing $target for ${time_per_target}s (log: $log)"
    # Leaks inside a dependency, each named in fuzz/<target>.lsan, are not the target's to find.
    suppressions=""
    [ -f "fuzz/$target.lsan" ] && suppressions="suppressions=$root/fuzz/$target.lsan"
    # Swift's own crash handler would turn every trap into a misleading AddressSanitizer report.
    if SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="$suppressions" ".build-fuzz/release/$target" "$corpus" \
        -dict="$dict" -max_total_time="$time_per_target" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" ${FUZZ_ARGS:-} >"$log" 2>&1; then
        grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true
    else
        status=1
        echo "$target found a problem; see $log and $crashes/" >&2
        grep -E 'ERROR|Fatal error|SUMMARY' "$log" | head -5 >&2 || true
    fi
done
exit $status
