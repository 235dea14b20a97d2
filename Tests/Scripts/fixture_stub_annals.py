#!/usr/bin/env python3
"""A stand-in for the `annals` binary that echoes the gold rows of events.tsv.

It implements only what score.py calls:
  stub_annals.py --db DB ingest FILE...                  remember which articles were ingested
  stub_annals.py --db DB events --format json            one event per gold row of those articles
  stub_annals.py --db DB ask "who defected and when" --format json
                                                         one row per defector (identity) with an
                                                         asserted gold row, at its best date
Scoring the set with this stub should give 1.00 everywhere: a lower score means some gold row
cannot be matched by score.py the way it is written.

usage: python3 ../shared/eval/score.py --annals tools/stub_annals.py --corpus .
"""
import csv, json, os, sys

RANK = {"day": 4, "week": 3, "month": 2, "year": 1}


def load_db(db):
    if os.path.exists(db):
        with open(db) as f:
            return json.load(f)
    return {"articles": []}


def gold_for(state):
    rows = []
    seen_tsv = set()
    for art in state["articles"]:
        tsv = os.path.join(os.path.dirname(os.path.dirname(art)), "events.tsv")
        if tsv in seen_tsv:
            continue
        seen_tsv.add(tsv)
        with open(tsv, newline="") as f:
            rows += list(csv.DictReader(f, delimiter="\t"))
    stems = {os.path.basename(a)[:-4] for a in state["articles"]}
    return [r for r in rows if r["article"] in stems]


def main(argv):
    if len(argv) < 3 or argv[0] != "--db":
        print("usage: stub_annals.py --db DB (ingest FILE...|events --format json|ask Q --format json)",
              file=sys.stderr)
        return 2
    db, cmd, args = argv[1], argv[2], argv[3:]
    state = load_db(db)
    if cmd == "ingest":
        for a in args:
            a = os.path.abspath(a)
            if not os.path.exists(a):
                print(f"no such file: {a}", file=sys.stderr)
                return 1
            if a not in state["articles"]:
                state["articles"].append(a)
        with open(db, "w") as f:
            json.dump(state, f)
        return 0
    gold = gold_for(state)
    if cmd == "events":
        out = []
        for g in gold:
            out.append({
                "type": g["type"],
                "participants": [{"name": g["actor"], "role": g["role"], "of": "", "part": "agent"}],
                "date": g["date"] or None,
                "date_precision": g["date_precision"],
                "status": g["status"],
                "summary": g["evidence"],
            })
        print(json.dumps(out, indent=1))
        return 0
    if cmd == "ask":
        people = {}
        for g in gold:
            if g["type"] == "defection":
                people.setdefault(g["identity"] or g["actor"], []).append(g)
        out = []
        for key, grp in people.items():
            asserted = [g for g in grp if g["status"] == "asserted"]
            if not asserted:
                continue
            best = max(grp, key=lambda g: RANK.get(g["date_precision"], 0))
            out.append({"actor": best["actor"], "role": best["role"], "date": best["date"] or None,
                        "date_precision": best["date_precision"], "status": "asserted"})
        print(json.dumps(out, indent=1))
        return 0
    print(f"unknown command {cmd}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
