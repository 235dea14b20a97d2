#!/usr/bin/env bash
# Ingests a fixed, deterministic input set and dumps every user-visible fact, so a change
# meant to be invisible (speed work, refactors) can be checked with `diff -r`:
#
#   Tests/Scripts/golden-dump.sh .build/release/annals /tmp/golden-before
#   ... change, rebuild ...
#   Tests/Scripts/golden-dump.sh .build/release/annals /tmp/golden-after
#   diff -r /tmp/golden-before /tmp/golden-after && echo identical
#
# Input: the example articles, Tests/Fixtures sets, ../shared/corpus/dev when present, the
# FA-KES articles in ../shared/eval/corpora when present, and 400 synthetic articles from
# `annals bench --write-corpus` (same seed every time).
set -euo pipefail
bin=$(realpath "$1"); out=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$out"; mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# Inputs are copied under one folder and named by relative paths, so the stored source
# paths are the same from any checkout or worktree.
db=$work/golden.sqlite
mkdir -p "$work/in"; cd "$work"
inputs=()
for set in heldout blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 kb; do
  if [ -d "$root/Tests/Fixtures/$set/articles" ]; then
    cp -r "$root/Tests/Fixtures/$set/articles" "in/$set"; inputs+=("in/$set")
  fi
done
if [ -d "$root/../shared/corpus/dev/articles" ]; then
  cp -r "$root/../shared/corpus/dev/articles" in/dev; inputs+=(in/dev)
fi
"$bin" bench --write-corpus in/synthetic.jsonl --articles 400 --quiet >/dev/null
inputs+=(in/synthetic.jsonl)
fakes="$root/../shared/eval/corpora/fa-kes/FA-KES_2011-2014_subset.csv"
if [ -f "$fakes" ]; then
  python3 - "$fakes" in/fakes.jsonl <<'PY'
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8', errors='replace') as f, open(sys.argv[2], 'w') as o:
    for row in csv.DictReader(f):
        o.write(json.dumps({"id": "fakes-" + row["unit_id"], "title": row["article_title"],
                            "text": row["article_content"], "published": row["date"][:10]}) + "\n")
PY
  inputs+=(in/fakes.jsonl)
fi
"$bin" --db "$db" ingest --quiet "${inputs[@]}" > "$out/ingest.txt" 2>&1 || true
"$bin" --db "$db" demo >/dev/null 2>&1 || true
"$bin" --db "$db" events --format json > "$out/events.json"
"$bin" --db "$db" actors --format json > "$out/actors.json"
"$bin" --db "$db" ask "who defected and when" --format json > "$out/ask-defected.json"
"$bin" --db "$db" sql --format csv "SELECT name FROM actor ORDER BY id LIMIT 300" |
  tail -n +2 | while IFS= read -r name; do
    name=${name#\"}; name=${name%\"}
    echo "== $name"; "$bin" --db "$db" actor "$name" --format json 2>&1 || true
  done > "$out/actor-profiles.txt"
for table in relation role; do
  "$bin" --db "$db" sql --format csv "SELECT * FROM $table ORDER BY 1" > "$out/$table.csv" 2>&1 || true
done
wc -c "$out"/* | tail -1
