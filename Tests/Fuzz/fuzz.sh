#!/usr/bin/env bash
# Fuzzes the pipeline (reader -> extractor -> store) with libFuzzer.
#
#   Tests/Fuzz/fuzz.sh [SECONDS] [extra libFuzzer flags]     (default 600 s)
#
# Builds .build/fuzz/annals-fuzz from the AnnalsKit sources plus Tests/Fuzz/ExtractorFuzzTarget.swift
# with `swiftc -sanitize=fuzzer`, starts from Tests/Fixtures/fuzz-seeds/ and writes new
# interesting inputs to .build/fuzz/corpus/ (crashes to .build/fuzz/crash-*). Copy the
# inputs worth keeping into Tests/Fixtures/fuzz-seeds/: FuzzSeedTests runs them all.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}; shift || true
out=.build/fuzz
mkdir -p "$out/corpus"
if [[ ! -x $out/annals-fuzz || -n $(find Sources/AnnalsKit Fuzz -newer "$out/annals-fuzz" -name '*.swift' | head -1) ]]; then
    swiftc -sanitize=fuzzer -parse-as-library -O -module-name AnnalsFuzz \
        -I Sources/CSQLite -lsqlite3 \
        $(find Sources/AnnalsKit -name '*.swift' | sort) Tests/Fuzz/ExtractorFuzzTarget.swift \
        -o "$out/annals-fuzz"
fi
exec "$out/annals-fuzz" "$out/corpus" Tests/Fixtures/fuzz-seeds \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -dict=Tests/Fuzz/annals.dict -artifact_prefix="$out/" -print_final_stats=1 "$@"
