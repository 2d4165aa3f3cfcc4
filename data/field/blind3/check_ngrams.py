#!/usr/bin/env python3
"""Word 6-gram overlap between the blind3 texts and every file under /work/shared/eval.

Lower-cased word tokens; JSON/JSONL string values are extracted, gzipped HTML is
decompressed and crudely tag-stripped. Prints each shared 6-gram with the article
ids that contain it and the number of eval files it occurs in; never prints eval text.
"""
import gzip
import html
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval")
N = 6
WORD = re.compile(r"\w+(?:'\w+)*")


def toks(s):
    s = s.lower().replace("’", "'").replace("‘", "'")
    return WORD.findall(s)


def grams(ts):
    return {tuple(ts[i:i + N]) for i in range(len(ts) - N + 1)}


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def file_texts(p):
    name = p.name.lower()
    if name.endswith(".gz"):
        raw = gzip.open(p, "rb").read().decode("utf-8", "replace")
        if ".htm" in name:
            raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
            raw = re.sub(r"(?s)<[^>]+>", " ", raw)
            raw = html.unescape(raw)
        yield raw
        return
    raw = p.read_bytes()
    if b"\0" in raw[:4096]:
        return
    txt = raw.decode("utf-8", "replace")
    if name.endswith(".jsonl"):
        for line in txt.splitlines():
            try:
                yield from strings(json.loads(line))
            except Exception:
                yield line
    elif name.endswith(".json"):
        try:
            yield from strings(json.loads(txt))
        except Exception:
            yield txt
    else:
        yield txt


def main():
    mine = defaultdict(set)
    for line in open(HERE / "quotes.jsonl", encoding="utf-8"):
        r = json.loads(line)
        for g in grams(toks(r["text"])):
            mine[g].add(r["id"])
    hits = defaultdict(set)
    nfiles = 0
    for p in sorted(EVAL.rglob("*")):
        if not p.is_file():
            continue
        nfiles += 1
        for t in file_texts(p):
            ts = toks(t)
            for i in range(len(ts) - N + 1):
                g = tuple(ts[i:i + N])
                if g in mine:
                    hits[g].add(str(p.relative_to(EVAL)))
    print(f"{len(mine)} distinct 6-grams in blind3; {nfiles} eval files scanned; {len(hits)} shared")
    for g, fs in sorted(hits.items(), key=lambda x: (-len(x[1]), x[0])):
        print(f"{' '.join(g)!r}\tarticles={','.join(sorted(mine[g]))}\tfiles={len(fs)}")


if __name__ == "__main__":
    main()
