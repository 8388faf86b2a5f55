#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs both at once, each for
# SECONDS (default 600). New inputs go to .build/corpus/TARGET, crashes to .build/crashes/;
# the shipped decks, the hostile deck corpus and Seeds/ start them off.
#
#   bash Tests/Fuzz/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
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
run FuzzDeckLoader ../../Decks ../DeckFormatTests/Hostile Seeds/FuzzDeckLoader &
run FuzzAnswerChecker Seeds/FuzzAnswerChecker &
wait
ls .build/crashes
