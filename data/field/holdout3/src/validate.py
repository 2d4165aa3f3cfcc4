#!/usr/bin/env python3
"""Independent check of quotes.jsonl (reads only the JSONL, not the markup).
- ids unique, 150-450 words per text
- every quote is a substring; locating left to right (first occurrence that
  overlaps no quote already located) gives exactly the quotation-mark regions
  found by scanning the text, in order (every region covered, nothing extra)
- every alias occurs verbatim in the text; named speakers occur in the text
- kinds/speakers well-formed; no straight double quotes; curly single marks
  only in the headline or nested inside a double-quoted region
"""
import json, os, re, sys

P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "quotes.jsonl")


def regions(text):
    """Top-level quotation-mark regions as (start, end) of the inner text.
    Body: “…” (a region may run open to the end of a paragraph).
    Headline: ‘…’ or “…”."""
    out = []
    lines = text.split("\n")
    off = 0
    for li, line in enumerate(lines):
        i = 0
        while i < len(line):
            ch = line[i]
            if ch == "“" or (ch == "‘" and li == 0):
                close = "”" if ch == "“" else "’"
                j = line.find(close, i + 1)
                if j == -1:
                    out.append((off + i + 1, off + len(line)))
                    break
                out.append((off + i + 1, off + j))
                i = j + 1
                continue
            i += 1
        off += len(line) + 1
    return out


def locate(text, qs):
    spans = []
    for q in qs:
        start = 0
        while True:
            k = text.find(q, start)
            if k == -1:
                return None
            if all(k >= e or k + len(q) <= s for s, e in spans):
                spans.append((k, k + len(q)))
                break
            start = k + 1
    return spans


def main():
    errs = []
    seen = set()
    n = 0
    for ln, line in enumerate(open(P, encoding="utf-8"), 1):
        d = json.loads(line)
        n += 1
        i = d["id"]
        if i in seen:
            errs.append(f"{i}: duplicate id")
        seen.add(i)
        t = d["text"]
        wc = len(t.split())
        if not 150 <= wc <= 450:
            errs.append(f"{i}: {wc} words")
        if '"' in t:
            errs.append(f"{i}: straight double quote")
        body = t.split("\n", 1)[1]
        # single curly marks in body must sit inside a double-quoted region
        regs = regions(t)
        for m in re.finditer("[‘’]", t):
            k = m.start()
            if k < len(t.split("\n", 1)[0]):
                continue
            if not any(s <= k < e for s, e in regs):
                errs.append(f"{i}: curly single mark outside a region at {k}")
        qs = d["quotes"]
        spans = locate(t, [q["quote"] for q in qs])
        if spans is None:
            errs.append(f"{i}: quote not found")
            continue
        if spans != regs:
            errs.append(f"{i}: located spans != regions\n  {spans}\n  {regs}")
        for q in qs:
            if set(q) != {"quote", "speaker", "kind"}:
                errs.append(f"{i}: bad keys {q}")
            if q["kind"] not in ("direct", "unmarked"):
                errs.append(f"{i}: bad kind")
            if q["kind"] == "unmarked" and q["speaker"] is not None:
                errs.append(f"{i}: unmarked with speaker")
            if q["speaker"] and q["speaker"] not in t:
                errs.append(f"{i}: speaker not in text {q['speaker']}")
        speakers = {q["speaker"] for q in qs if q["speaker"]}
        for sp, al in d.get("speaker_aliases", {}).items():
            if sp not in speakers:
                errs.append(f"{i}: alias key not a speaker {sp}")
            for a in al:
                if not re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", t):
                    errs.append(f"{i}: alias not in text {a!r}")
    print(f"{n} records checked, {len(errs)} problems")
    for e in errs:
        print(e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
