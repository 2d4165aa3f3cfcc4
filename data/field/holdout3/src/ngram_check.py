#!/usr/bin/env python3
"""6-gram overlap check: lower-cased word 6-grams of every holdout3 text
against every file under /work/shared/eval (JSONL, MD, TSV, PY as text;
.gz decompressed, HTML tags crudely stripped). Prints each shared 6-gram
with the article id and the eval file(s) that hold it."""
import gzip, html, json, os, re, sys
from collections import defaultdict

EVAL = "/work/shared/eval"
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "quotes.jsonl")
N = 6
WORD = re.compile(r"[a-z0-9]+(?:['’][a-z0-9]+)*")


def words(s):
    s = s.lower().replace("’", "'").replace("‘", "'")
    return WORD.findall(s)


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


mine = defaultdict(set)  # gram -> ids
for line in open(GOLD, encoding="utf-8"):
    d = json.loads(line)
    for g in grams(words(d["text"])):
        mine[g].add(d["id"])

hits = defaultdict(set)
nfiles = 0
for root, _, files in os.walk(EVAL):
    for fn in files:
        p = os.path.join(root, fn)
        try:
            if fn.endswith(".gz"):
                raw = gzip.open(p, "rb").read().decode("utf-8", "replace")
                raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
                raw = re.sub(r"(?s)<[^>]+>", " ", raw)
                raw = html.unescape(raw)
            else:
                raw = open(p, encoding="utf-8", errors="replace").read()
                if fn.endswith(".jsonl"):
                    # decode JSON escapes: scan the raw line and all string values
                    parts = [raw]
                    for ln in raw.splitlines():
                        try:
                            parts.extend(strings(json.loads(ln)))
                        except ValueError:
                            pass
                    raw = "\n".join(parts)
        except Exception as e:
            print("skip", p, e, file=sys.stderr)
            continue
        nfiles += 1
        ws = words(raw)
        for i in range(len(ws) - N + 1):
            g = " ".join(ws[i:i + N])
            if g in mine:
                hits[g].add(os.path.relpath(p, EVAL))

print(f"{len(mine)} distinct 6-grams in holdout3, {nfiles} eval files scanned")
print(f"{len(hits)} shared 6-grams")
for g in sorted(hits):
    fs = sorted(hits[g])
    print(f"{g!r}\t{','.join(sorted(mine[g]))}\t{len(fs)} file(s): {', '.join(fs[:3])}")
