#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs them at once (all,
# or the ones named), each for SECONDS (default 600). New inputs go to .build/corpus/TARGET,
# crashes to .build/crashes/, each run's log to .build/TARGET.log; the shipped decks, the
# hostile deck corpus and Seeds/ start them off.
#
#   bash Tests/Fuzz/fuzz.sh [SECONDS [FuzzDeckLoader|FuzzAnswerChecker|FuzzJournalReader|
#       FuzzSnapshotReader|FuzzSettingsReader ...]]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
targets=("${@:2}")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzDeckLoader FuzzAnswerChecker FuzzJournalReader FuzzSnapshotReader FuzzSettingsReader)
# libFuzzer reports crashes itself; Swift's backtracer would only get in its way.
export SWIFT_BACKTRACE=enable=no
mkdir -p .build/crashes
# SwiftPM links with gold, which fails on libFuzzer's objects; lld does not.
printf '{"schemaVersion": "1.0", "linker": {"path": "%s"}}\n' "$(command -v ld.lld)" > .build/lld-toolset.json
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address \
    --toolset .build/lld-toolset.json
run() {
    local target=$1
    shift
    mkdir -p ".build/corpus/$target"
    ".build/release/$target" ".build/corpus/$target" "$@" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix=.build/crashes/ > ".build/$target.log" 2>&1
    echo "$target: $(grep -E '^Done|stat::number_of_executed_units|cov:' ".build/$target.log" | tail -3 | tr '\n' ' ')"
}
for target in "${targets[@]}"; do
    case $target in
        FuzzDeckLoader) run FuzzDeckLoader ../../Decks ../DeckFormatTests/Hostile Seeds/FuzzDeckLoader & ;;
        FuzzAnswerChecker) run FuzzAnswerChecker Seeds/FuzzAnswerChecker & ;;
        FuzzJournalReader | FuzzSnapshotReader | FuzzSettingsReader) run "$target" "Seeds/$target" & ;;
        *) echo "unknown target $target" >&2; exit 2 ;;
    esac
done
wait
ls .build/crashes
