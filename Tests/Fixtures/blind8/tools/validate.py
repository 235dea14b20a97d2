#!/usr/bin/env python3
"""Validate the blind8 corpus: article header layout, events.tsv columns and values,
verbatim evidence, regexes, dates.

usage: python3 tools/validate.py [CORPUS_DIR]   (default: the folder above tools/)
Exit status 0 when everything passes, 1 otherwise.
"""
import csv, datetime as dt, os, re, sys

COLS = ["article", "type", "actor", "actor_aliases", "role", "from", "to", "date",
        "date_precision", "date_basis", "status", "evidence", "match", "identity"]
TYPES = {"defection", "veto", "resolution_adopted", "resolution_failed", "resolution_proposed"}
STATUSES = {"asserted", "claimed", "denied", "rumored"}
PRECISIONS = {"day", "week", "month", "year", "before", "unknown"}
HEADER = ["title: ", "source: ", "url: ", "published: "]

corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def check_date(value, fmt):
    try:
        return dt.datetime.strptime(value, fmt).date()
    except ValueError:
        return None


# ---- articles
art_dir = os.path.join(corpus, "articles")
articles = {}
pubdates = {}
for name in sorted(os.listdir(art_dir)):
    path = os.path.join(art_dir, name)
    if not name.endswith(".txt"):
        err(f"{name}: not a .txt file")
        continue
    if not re.fullmatch(r"\d{3}-[a-z0-9]+(-[a-z0-9]+)*\.txt", name):
        err(f"{name}: file name is not NNN-short-slug.txt")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{name}: not UTF-8")
        continue
    if "\r" in text:
        err(f"{name}: contains CR characters")
    lines = text.split("\n")
    if len(lines) < 7:
        err(f"{name}: too short")
        continue
    for i, prefix in enumerate(HEADER):
        if not lines[i].startswith(prefix) and lines[i] != prefix.rstrip():
            err(f"{name}: line {i+1} should start with {prefix!r}: {lines[i][:60]!r}")
    if lines[4] != "":
        err(f"{name}: line 5 must be blank")
    if not lines[0][len("title: "):].strip():
        warnings.append(f"{name}: empty title")
    if not lines[2][len("url: "):].strip().startswith("http"):
        err(f"{name}: url is not http(s)")
    pub = lines[3][len("published: "):].strip() if lines[3].startswith("published: ") else ""
    if pub and not check_date(pub, "%Y-%m-%d"):
        err(f"{name}: published value {pub!r} is not YYYY-MM-DD")
    body = "\n".join(lines[5:])
    if not body.strip():
        err(f"{name}: empty body")
    words = len(body.split())
    if not 400 <= words <= 1200:
        warnings.append(f"{name}: body has {words} words (expected 400-1200)")
    articles[name[:-4]] = text
    pubdates[name[:-4]] = check_date(pub, "%Y-%m-%d") if pub else None

# ---- events.tsv
tsv = os.path.join(corpus, "events.tsv")
with open(tsv, newline="", encoding="utf-8") as f:
    raw_rows = list(csv.reader(f, delimiter="\t"))
if raw_rows[0] != COLS:
    err(f"events.tsv header is {raw_rows[0]!r}, expected {COLS!r}")
seen = set()
counts = {}
for n, row in enumerate(raw_rows[1:], start=2):
    if len(row) != len(COLS):
        err(f"events.tsv line {n}: {len(row)} columns, expected {len(COLS)}")
        continue
    r = dict(zip(COLS, row))
    where = f"events.tsv line {n} ({r['article'][:3]} {r['type']} {r['actor']})"
    for k, v in r.items():
        if v != v.strip():
            err(f"{where}: column {k} has leading/trailing whitespace")
        if "\n" in v or "\t" in v:
            err(f"{where}: column {k} contains a tab or newline")
    if r["article"] not in articles:
        err(f"{where}: unknown article {r['article']!r}")
        continue
    if r["type"] not in TYPES:
        err(f"{where}: bad type")
    if r["status"] not in STATUSES:
        err(f"{where}: bad status {r['status']!r}")
    if not r["actor"]:
        err(f"{where}: empty actor")
    prec, date = r["date_precision"], r["date"]
    if prec not in PRECISIONS:
        err(f"{where}: bad date_precision {prec!r}")
    d = None
    if prec == "day" or prec == "week":
        d = check_date(date, "%Y-%m-%d")
        if not d:
            err(f"{where}: {prec} date must be YYYY-MM-DD, got {date!r}")
        elif prec == "week" and d.weekday() != 0:
            err(f"{where}: week date must be that week's Monday, got {date} ({d:%A})")
    elif prec == "month":
        d = check_date(date, "%Y-%m")
        if not d or len(date) != 7:
            err(f"{where}: month date must be YYYY-MM, got {date!r}")
    elif prec == "year":
        d = check_date(date, "%Y")
        if not d or len(date) != 4:
            err(f"{where}: year date must be YYYY, got {date!r}")
    elif prec == "before":
        if date:
            d = check_date(date, "%Y-%m-%d")
            if not d:
                err(f"{where}: before date must be empty or YYYY-MM-DD, got {date!r}")
    elif prec == "unknown" and date:
        err(f"{where}: unknown precision with a date")
    if prec in ("day", "week", "month", "year") or (prec == "before" and date):
        if not r["date_basis"]:
            err(f"{where}: date given without date_basis")
    pub = pubdates[r["article"]]
    if d and pub and d > pub:
        err(f"{where}: date {date} is after publication {pub}")
    if prec == "before" and date and r["date_basis"] == "publication date" and pub and d != pub:
        err(f"{where}: 'publication date' basis but date {date} != published {pub}")
    if not r["evidence"]:
        err(f"{where}: empty evidence")
    elif r["evidence"] not in articles[r["article"]]:
        err(f"{where}: evidence is not a verbatim substring of the article: {r['evidence'][:80]!r}")
    if r["match"]:
        try:
            rx = re.compile(r["match"], re.I)
            if not (rx.search(r["actor"]) or rx.search(r["role"])):
                err(f"{where}: match regex {r['match']!r} matches neither actor nor role")
        except re.error as e:
            err(f"{where}: bad match regex: {e}")
    if r["type"] == "defection" and not r["identity"]:
        err(f"{where}: defection without identity")
    if r["type"] != "defection" and r["identity"]:
        warnings.append(f"{where}: identity on a non-defection row")
    key = tuple(row)
    if key in seen:
        err(f"{where}: duplicate row")
    seen.add(key)
    counts[r["type"]] = counts.get(r["type"], 0) + 1

# identities: one real person should not carry two keys in one article
for a in articles:
    if not any(r[0] == a for r in raw_rows[1:]):
        warnings.append(f"{a}: no gold rows")

for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
total = sum(counts.values())
print(f"{len(articles)} articles, {total} rows: " +
      ", ".join(f"{t}={counts.get(t, 0)}" for t in sorted(TYPES)))
print("OK" if not errors else f"FAILED ({len(errors)} errors)")
sys.exit(1 if errors else 0)
