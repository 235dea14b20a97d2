#!/usr/bin/env python3
"""A stand-in for the annals CLI that echoes the gold rows of the ingested articles.
It exists only to show that every gold row can be matched by score.py (expected: 1.00).

  stub_annals.py --db DB ingest FILE...
  stub_annals.py --db DB events --format json
  stub_annals.py --db DB ask "who defected and when" --format json

The "database" is a JSON list of ingested article paths; gold rows are read from the
events.tsv next to each article's articles/ folder.
"""
import csv, json, os, sys

RANK = {"day": 4, "week": 3, "month": 2, "year": 1}


def load_db(db):
    if os.path.exists(db):
        with open(db) as f:
            return json.load(f)
    return []


def gold_for(paths):
    rows = []
    cache = {}
    for p in paths:
        corpus = os.path.dirname(os.path.dirname(os.path.abspath(p)))
        if corpus not in cache:
            with open(os.path.join(corpus, "events.tsv"), newline="", encoding="utf-8") as f:
                cache[corpus] = list(csv.DictReader(f, delimiter="\t"))
        stem = os.path.basename(p)[:-4]
        rows += [r for r in cache[corpus] if r["article"] == stem]
    return rows


def main(argv):
    if len(argv) < 3 or argv[0] != "--db":
        print("usage: stub_annals.py --db DB (ingest FILE...|events --format json|ask Q --format json)",
              file=sys.stderr)
        return 2
    db, cmd, rest = argv[1], argv[2], argv[3:]
    if cmd == "ingest":
        paths = load_db(db)
        for p in rest:
            if not os.path.isfile(p):
                print(f"no such file: {p}", file=sys.stderr)
                return 1
            paths.append(os.path.abspath(p))
        with open(db, "w") as f:
            json.dump(paths, f)
        return 0
    rows = gold_for(load_db(db))
    if cmd == "events":
        out = []
        for r in rows:
            out.append({
                "type": r["type"],
                "participants": [{"name": r["actor"], "role": r["role"], "of": "", "part": "agent"}],
                "date": r["date"] or None,
                "date_precision": r["date_precision"] if r["date"] else "unknown",
                "status": r["status"],
                "summary": r["evidence"],
            })
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    if cmd == "ask":
        people = {}
        for r in rows:
            if r["type"] == "defection":
                people.setdefault(r["identity"] or r["actor"], []).append(r)
        out = []
        for key, grp in people.items():
            asserted = [g for g in grp if g["status"] == "asserted"]
            if asserted:
                # the same choice score.py makes: the best-precision row of the person
                best = max(grp, key=lambda g: RANK.get(g["date_precision"], 0))
                status = "asserted"
            else:
                best = grp[0]
                status = best["status"]
            out.append({"actor": best["actor"], "role": best["role"], "date": best["date"] or None,
                        "date_precision": best["date_precision"], "status": status})
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"unknown command {cmd}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
