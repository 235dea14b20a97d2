#!/usr/bin/env python3
"""Validate an evaluation set in Tests/Fixtures (each set's tools/validate.py runs this on its folder).

usage: python3 Tests/Scripts/fixture_validate.py [--three-digit-names] CORPUS_DIR

--three-digit-names: file names NNN-slug.txt only (the sets before blind19 are numbered so);
otherwise NNN or NNNN.

Checks
- articles/*.txt: header layout exactly as in corpus/dev (title:, source:, url:, published:,
  one blank line, then a non-empty body); published is empty or YYYY-MM-DD; body length
  400-1200 words; file names NNN-short-slug.txt.
- events.tsv: the dev header, 14 tab-separated columns on every row, no quoting surprises
  (csv.DictReader, which score.py uses, must read exactly what a plain split reads),
  a known article, a scored type, an accepted status / date_precision, a date that fits
  its precision, a non-empty date_basis, `before` rows either dated (on or before the
  publication date) or undated with a textual basis, `publication date` rows dated with the
  publication date, evidence that is a verbatim substring of the article, a match regex that
  compiles and matches the actor, an identity on every defection row (and only there),
  no duplicate rows, one identity per person name within the set.
Exit status 0 when everything passes, 1 otherwise.
"""
import csv, datetime as dt, os, re, sys
from collections import Counter, defaultdict

HEADER = ["article", "type", "actor", "actor_aliases", "role", "from", "to", "date",
          "date_precision", "date_basis", "status", "evidence", "match", "identity"]
TYPES = {"defection", "veto", "resolution_adopted", "resolution_failed", "resolution_proposed"}
STATUSES = {"asserted", "claimed", "denied", "rumored"}
PRECISIONS = {"day", "week", "month", "year", "before", "unknown"}
HEADER_KEYS = ["title", "source", "url", "published"]

errors = []


def err(msg):
    errors.append(msg)


def parse_day(s):
    try:
        return dt.date.fromisoformat(s) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None
    except ValueError:
        return None


# How article file names are numbered: NNN or NNNN unless --three-digit-names.
NAME_DIGITS = r"\d{3,4}"


def check_articles(corpus):
    adir = os.path.join(corpus, "articles")
    arts = {}
    for fn in sorted(os.listdir(adir)):
        path = os.path.join(adir, fn)
        if not fn.endswith(".txt"):
            err(f"{fn}: not a .txt file")
            continue
        if not re.fullmatch(NAME_DIGITS + r"-[a-z0-9]+(-[a-z0-9]+)*\.txt", fn):
            err(f"{fn}: name is not NNN-short-slug.txt")
        raw = open(path, encoding="utf-8").read()
        if "\r" in raw:
            err(f"{fn}: contains carriage returns")
        lines = raw.split("\n")
        if len(lines) < 6:
            err(f"{fn}: too short")
            continue
        meta = {}
        for i, key in enumerate(HEADER_KEYS):
            if not lines[i].startswith(key + ":"):
                err(f"{fn}: line {i + 1} should start with '{key}:' but is {lines[i][:40]!r}")
                continue
            rest = lines[i][len(key) + 1:]
            if rest and not rest.startswith(" "):
                err(f"{fn}: '{key}:' must be followed by a space")
            meta[key] = rest.strip()
        if lines[4] != "":
            err(f"{fn}: line 5 must be blank")
        body = "\n".join(lines[5:])
        if not body.strip():
            err(f"{fn}: empty body")
        if not meta.get("title"):
            err(f"{fn}: empty title")
        if not meta.get("source"):
            err(f"{fn}: empty source")
        if not re.match(r"https?://", meta.get("url", "")):
            err(f"{fn}: url does not look like a URL")
        pub = meta.get("published", "")
        if pub and not parse_day(pub):
            err(f"{fn}: published is not YYYY-MM-DD: {pub!r}")
        words = len(body.split())
        if not 400 <= words <= 1200:
            err(f"{fn}: body has {words} words (want 400-1200)")
        arts[fn[:-4]] = dict(text=raw, published=pub, words=words)
    return arts


def check_events(corpus, arts):
    path = os.path.join(corpus, "events.tsv")
    raw_lines = open(path, encoding="utf-8").read().split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines = raw_lines[:-1]
    if raw_lines[0].split("\t") != HEADER:
        err(f"events.tsv: header is not the dev header: {raw_lines[0]!r}")
    plain = [l.split("\t") for l in raw_lines[1:]]
    with open(path, newline="", encoding="utf-8") as f:
        dict_rows = list(csv.DictReader(f, delimiter="\t"))
    if len(dict_rows) != len(plain):
        err(f"events.tsv: csv reads {len(dict_rows)} rows, plain split {len(plain)}")
    seen = Counter()
    names_by_identity = defaultdict(set)
    identity_by_name = defaultdict(set)
    pubdate_rows = defaultdict(set)
    for n, (cols, d) in enumerate(zip(plain, dict_rows), start=2):
        where = f"events.tsv line {n}"
        if len(cols) != len(HEADER):
            err(f"{where}: {len(cols)} columns, want {len(HEADER)}")
            continue
        if [d.get(h, "") for h in HEADER] != cols:
            err(f"{where}: csv.DictReader reads this row differently (quote characters?)")
        r = dict(zip(HEADER, cols))
        seen[tuple(cols)] += 1
        art = arts.get(r["article"])
        if art is None:
            err(f"{where}: unknown article {r['article']!r}")
            continue
        if r["type"] not in TYPES:
            err(f"{where}: type {r['type']!r} not accepted")
        if r["status"] not in STATUSES:
            err(f"{where}: status {r['status']!r} not accepted")
        if not r["actor"].strip():
            err(f"{where}: empty actor")
        for a in r["actor_aliases"].split(";") if r["actor_aliases"] else []:
            if not a.strip():
                err(f"{where}: empty alias in {r['actor_aliases']!r}")
        prec, date, basis = r["date_precision"], r["date"], r["date_basis"]
        if prec not in PRECISIONS:
            err(f"{where}: date_precision {prec!r} not accepted")
        if not basis.strip():
            err(f"{where}: empty date_basis")
        pub = parse_day(art["published"]) if art["published"] else None
        if prec == "day" and not parse_day(date):
            err(f"{where}: day precision needs YYYY-MM-DD, got {date!r}")
        elif prec == "week":
            dd = parse_day(date)
            if not dd or dd.weekday() != 0:
                err(f"{where}: week precision needs the Monday as YYYY-MM-DD, got {date!r}")
        elif prec == "month" and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", date):
            err(f"{where}: month precision needs YYYY-MM, got {date!r}")
        elif prec == "year" and not re.fullmatch(r"\d{4}", date):
            err(f"{where}: year precision needs YYYY, got {date!r}")
        elif prec == "before":
            if date:
                dd = parse_day(date)
                if not dd:
                    err(f"{where}: before precision needs YYYY-MM-DD or empty, got {date!r}")
                elif pub and dd > pub:
                    err(f"{where}: before-date {date} is after publication {pub}")
            elif basis == "publication date":
                err(f"{where}: 'publication date' basis but no date")
        elif prec == "unknown" and date:
            err(f"{where}: unknown precision with a date")
        if basis == "publication date":
            if prec != "before":
                err(f"{where}: 'publication date' basis should go with before precision")
            pubdate_rows[r["article"]].add(date)
            if pub and date != art["published"]:
                err(f"{where}: 'publication date' row dated {date}, article published {pub}")
        # dates in the text cannot be later than publication
        dd = parse_day(date) or (parse_day(date + "-01") if re.fullmatch(r"\d{4}-\d{2}", date) else None)
        if pub and dd and dd > pub:
            err(f"{where}: date {date} after publication {pub}")
        if not r["evidence"].strip():
            err(f"{where}: empty evidence")
        elif r["evidence"] not in art["text"]:
            err(f"{where}: evidence is not a verbatim substring of {r['article']}: {r['evidence'][:60]!r}")
        if r["match"]:
            try:
                rx = re.compile(r["match"], re.I)
                if not rx.search(r["actor"]):
                    err(f"{where}: match {r['match']!r} does not match actor {r['actor']!r}")
            except re.error as e:
                err(f"{where}: match regex does not compile: {e}")
        if r["type"] == "defection":
            if not r["identity"]:
                err(f"{where}: defection row without identity")
            else:
                names_by_identity[r["identity"]].add(r["actor"])
                if not r["match"]:
                    identity_by_name[r["actor"]].add(r["identity"])
        elif r["identity"]:
            err(f"{where}: identity on a non-defection row")
        if r["type"] != "defection" and r["to"]:
            err(f"{where}: 'to' is only used for defections")
    for row, c in seen.items():
        if c > 1:
            err(f"events.tsv: duplicate row x{c}: {row[:3]}")
    for name, ids in identity_by_name.items():
        if len(ids) > 1:
            err(f"events.tsv: one name {name!r} with several identities {sorted(ids)}")
    for a, dates in pubdate_rows.items():
        if len(dates) > 1:
            err(f"events.tsv: {a}: 'publication date' rows disagree: {sorted(dates)}")
    for a in arts:
        if not any(r["article"] == a for r in dict_rows):
            err(f"events.tsv: no rows for article {a}")
    return dict_rows


def main():
    global NAME_DIGITS
    if "--three-digit-names" in sys.argv:
        sys.argv.remove("--three-digit-names")
        NAME_DIGITS = r"\d{3}"
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    arts = check_articles(corpus)
    rows = check_events(corpus, arts)
    empty_pub = [a for a, v in arts.items() if not v["published"]]
    print(f"articles: {len(arts)} (empty published: {len(empty_pub)}: {', '.join(empty_pub)})")
    print(f"words per article: {min(v['words'] for v in arts.values())}-{max(v['words'] for v in arts.values())}")
    print(f"gold rows: {len(rows)}")
    for t, c in sorted(Counter(r['type'] for r in rows).items()):
        print(f"  {t:20s} {c}")
    print("  statuses: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(r['status'] for r in rows).items())))
    print("  precisions: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(r['date_precision'] for r in rows).items())))
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
