#!/usr/bin/env python3
"""Build quotes.jsonl from the markup files in this folder, and validate it.

Markup (one article per block):
    ### <id> | <style 1-4>
    % Speaker Full Name = alias | alias | ...      (zero or more lines)
    Headline
    Paragraph
    ...
Every quotation-mark region (body: curly double quotes; headline: curly single
or double) is followed immediately by a tag:
    [[Full Name]]  direct, named speaker
    [[?]]          direct, speaker never named
    [[-]]          unmarked (title, slogan, scare quote, document phrase)
A region may be left open at the end of a paragraph (quote continues in the
next paragraph); the tag then goes at the end of that paragraph.
"""
import json, re, sys, glob, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "quotes.jsonl")
TAG = re.compile(r"\[\[([^\]]*)\]\]")
OPEN_CLOSE = {"“": "”", "‘": "’"}


def parse_blocks():
    blocks = []
    for fn in sorted(glob.glob(os.path.join(HERE, "s*.md"))):
        cur = None
        for line in open(fn, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("### "):
                aid, style = [x.strip() for x in line[4:].split("|")]
                cur = {"id": aid, "style": int(style), "aliases": {}, "lines": []}
                blocks.append(cur)
            elif cur is None or not line.strip():
                continue
            elif line.startswith("% "):
                name, _, rest = line[2:].partition("=")
                cur["aliases"][name.strip()] = [a.strip() for a in rest.split("|") if a.strip()]
            else:
                cur["lines"].append(line)
    return blocks


def render(block):
    """Return text, quotes (with offsets) from the marked-up lines."""
    errors = []
    out_lines, quotes = [], []
    offset = 0
    for li, line in enumerate(block["lines"]):
        clean = []
        i = 0
        pos = offset  # char position in final text
        while i < len(line):
            ch = line[i]
            if ch in OPEN_CLOSE:
                if ch == "‘" and li != 0:
                    errors.append(f"single quote mark in body line {li}")
                close = OPEN_CLOSE[ch]
                j = line.find(close, i + 1)
                nxt_open = line.find(ch, i + 1)
                if j == -1 or (nxt_open != -1 and nxt_open < j):
                    # open region running to the end of the paragraph
                    m = TAG.search(line, i)
                    if not m or m.end() != len(line):
                        errors.append(f"unclosed quote without end tag: {line[i:i+40]!r}")
                        return None, None, errors
                    inner = line[i + 1:m.start()]
                    if TAG.search(inner):
                        errors.append(f"tag inside open quote: {inner[:40]!r}")
                    clean.append(ch + inner)
                    quotes.append({"quote": inner, "tag": m.group(1), "start": pos + 1,
                                   "end": pos + 1 + len(inner), "open": True})
                    pos += 1 + len(inner)
                    i = len(line)
                    continue
                inner = line[i + 1:j]
                m = TAG.match(line, j + 1)
                if not m:
                    errors.append(f"region without tag: {inner[:50]!r}")
                    return None, None, errors
                if TAG.search(inner):
                    errors.append(f"tag inside region: {inner[:50]!r}")
                clean.append(ch + inner + close)
                quotes.append({"quote": inner, "tag": m.group(1), "start": pos + 1,
                               "end": pos + 1 + len(inner), "open": False})
                pos += len(inner) + 2
                i = m.end()
                continue
            if ch in "”’":
                errors.append(f"stray closing mark at {line[max(0,i-30):i+5]!r}")
            if line.startswith("[[", i):
                errors.append(f"stray tag at {line[max(0,i-30):i+20]!r}")
            clean.append(ch)
            pos += 1
            i += 1
        s = "".join(clean)
        out_lines.append(s)
        offset += len(s) + 1
    return "\n".join(out_lines), quotes, errors


def locate(text, qs):
    """Left-to-right location used by the scorer: first occurrence that
    overlaps no quote already located."""
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
    blocks = parse_blocks()
    recs, all_err = [], []
    ids = Counter(b["id"] for b in blocks)
    for i, n in ids.items():
        if n > 1:
            all_err.append(f"duplicate id {i}")
    stats = {}
    for b in blocks:
        text, quotes, errs = render(b)
        errs = list(errs)
        if text is None:
            all_err += [f"{b['id']}: {e}" for e in errs]
            continue
        # no leftover markup / straight double quotes / curly apostrophes
        if "[[" in text or "]]" in text:
            errs.append("leftover tag")
        if '"' in text:
            errs.append("straight double quote in text")
        # every mark in the text is inside a tagged region
        # marks nested inside a region (e.g. ‘…’ inside “…”) are covered by it
        n_marks = sum(text.count(c) for c in "“‘") - sum(
            q["quote"].count(c) for q in quotes for c in "“‘")
        for q in quotes:
            if "‘" in q["quote"]:
                print("note: nested quote inside", b["id"], repr(q["quote"][:60]))
        if n_marks != len(quotes):
            errs.append(f"{n_marks} opening marks but {len(quotes)} regions")
        wc = len(text.split())
        if not 150 <= wc <= 450:
            errs.append(f"word count {wc}")
        gold = []
        for q in quotes:
            t = q["tag"]
            if t == "-":
                gold.append({"quote": q["quote"], "speaker": None, "kind": "unmarked"})
            elif t == "?":
                gold.append({"quote": q["quote"], "speaker": None, "kind": "direct"})
            else:
                if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    errs.append(f"speaker name not in text: {t}")
                gold.append({"quote": q["quote"], "speaker": t, "kind": "direct"})
            if not q["quote"].strip():
                errs.append("empty quote")
            if text[q["start"]:q["end"]] != q["quote"]:
                errs.append("offset mismatch")
        spans = locate(text, [g["quote"] for g in gold])
        if spans is None:
            errs.append("a quote not found")
        else:
            for (s, e), q in zip(spans, quotes):
                if (s, e) != (q["start"], q["end"]):
                    errs.append(f"quote located off its span: {q['quote'][:50]!r}")
        aliases = {}
        for name, al in b["aliases"].items():
            if name not in {g["speaker"] for g in gold}:
                errs.append(f"alias line for non-speaker {name}")
            for a in al:
                if not re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", text):
                    errs.append(f"alias not in text: {a}")
            if al:
                aliases[name] = al
        rec = {"id": b["id"], "text": text, "quotes": gold, "speaker_aliases": aliases}
        recs.append((b, rec, wc))
        all_err += [f"{b['id']}: {e}" for e in errs]
    with open(OUT, "w", encoding="utf-8") as f:
        for b, rec, wc in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # stats
    tot = Counter()
    per = {}
    for b, rec, wc in recs:
        c = per.setdefault(b["style"], Counter())
        c["articles"] += 1
        c["words"] += wc
        for g in rec["quotes"]:
            if g["kind"] == "direct":
                c["direct"] += 1
                c["named" if g["speaker"] else "null"] += 1
            else:
                c["unmarked"] += 1
        if "-v" in sys.argv:
            print(rec["id"], wc, len(rec["quotes"]))
    for s in sorted(per):
        print("style", s, dict(per[s]))
        tot.update(per[s])
    print("total", dict(tot))
    for e in all_err:
        print("ERROR", e)
    return 1 if all_err else 0


if __name__ == "__main__":
    sys.exit(main())
