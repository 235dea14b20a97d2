#!/usr/bin/env bash
# Large-input robustness checks on the release build (too slow for the debug unit tests):
#   1. a 50 MB article is ingested whole (one article, its sentences, integrity ok);
#   2. a run-on "sentence" with no full stop: 4 MB takes at most ~4x the time of 1 MB
#      (bound: < 6x, a generous ratio; quadratic would be 16x).
# Usage: Tests/Scripts/robustness-large.sh [path/to/annals]   (default .build/release/annals)
set -euo pipefail
cd "$(dirname "$0")/../.."
annals=$(realpath "${1:-.build/release/annals}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" <<'PY'
import random, sys
d = sys.argv[1]
rng = random.Random(7)
sentences = ["A senior diplomat of Norland, Ilse Varga, defected to the opposition on Monday, officials said.",
             "The council adopted a resolution on 2 March, but Veloria vetoed a second draft the next day.",
             "\"We will not stay silent,\" the foreign minister told reporters in the capital."]
with open(f"{d}/big.txt", "w") as f:
    n = 0
    while n < 50_000_000:
        s = rng.choice(sentences) + (" " if rng.random() < 0.9 else "\n")
        f.write(s); n += len(s)
words = ("the envoy said council would meet again minister of Dalmor resigned on Tuesday and "
         "General Amar Tosk vetoed resolution in the capital while officials").split()
runon = " ".join(rng.choice(words) for _ in range(800_000))
open(f"{d}/runon1.txt", "w").write(runon[:1_000_000])
open(f"{d}/runon4.txt", "w").write((runon * 5)[:4_000_000])
PY

elapsed() { local s=$(date +%s.%N); "$@" >/dev/null; python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$s" "$(date +%s.%N)"; }

t50=$(elapsed "$annals" ingest -q "$tmp/big.txt" --db "$tmp/big.sqlite")
read -r articles sentences check <<<"$(sqlite3 "$tmp/big.sqlite" "select (select count(*) from article), (select count(*) from sentence), (select integrity_check from pragma_integrity_check)" | tr '|' ' ')"
echo "50 MB article: ${t50} s, $articles article, $sentences sentences, integrity $check"
[[ $articles == 1 && $sentences -gt 100000 && $check == ok ]] || { echo "FAIL: 50 MB article not stored whole"; exit 1; }

t1=$(elapsed "$annals" ingest -q "$tmp/runon1.txt" --db "$tmp/r1.sqlite")
t4=$(elapsed "$annals" ingest -q "$tmp/runon4.txt" --db "$tmp/r4.sqlite")
ratio=$(python3 -c "print(f'{$t4 / max($t1, 0.01):.2f}')")
echo "run-on text without a full stop: 1 MB ${t1} s, 4 MB ${t4} s, ratio ${ratio} (linear: 4)"
python3 -c "import sys; sys.exit(0 if $ratio < 6 else 1)" || { echo "FAIL: run-on text is not linear"; exit 1; }
echo "robustness-large: 2 passed, 0 failed"
