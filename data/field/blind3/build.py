#!/usr/bin/env python3
"""Build quotes.jsonl from the markup files src/*.src and validate it.

Markup (one article):
    ### b3q-01 | mt
    @key Full Speaker Name = alias one ; alias two
    %
    Headline
    Paragraph with “a quote,”{key} she said.

A tag {key} follows the closing mark of every quotation-mark region
({?} = direct quote whose speaker is never named, {u} = unmarked).
A quote left open at the end of a paragraph (continued in the next one)
carries its tag at the very end of that paragraph.
Opening marks: “ (closed by ”), « (closed by »), and ‘ (closed by ’) in the
headline only; a ‘…’ nested inside a body quote is part of that quote.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = {"“": "”", "«": "»", "‘": "’"}
TAG = re.compile(r"\{([^{}]+)\}")
MARKS = set("“”«»‘’")


def parse_article(block):
    lines = block.split("\n")
    head = lines[0]
    m = re.match(r"###\s+(\S+)\s*\|\s*(\S+)", head)
    if not m:
        raise SystemExit(f"bad header: {head!r}")
    aid, style = m.group(1), m.group(2)
    speakers, i = {}, 1
    while lines[i] != "%":
        ln = lines[i]
        if ln.strip():
            mm = re.match(r"@(\S+)\s+([^=]+?)\s*(?:=\s*(.*))?$", ln)
            if not mm:
                raise SystemExit(f"{aid}: bad speaker line {ln!r}")
            aliases = [a.strip() for a in (mm.group(3) or "").split(";") if a.strip()]
            speakers[mm.group(1)] = (mm.group(2).strip(), aliases)
        i += 1
    paras = [p for p in lines[i + 1:]]
    while paras and not paras[-1].strip():
        paras.pop()
    if any(not p.strip() for p in paras):
        raise SystemExit(f"{aid}: blank paragraph inside text")
    return aid, style, speakers, paras


def convert(aid, speakers, paras):
    """Return clean text and gold quotes with their clean spans."""
    out, quotes, pos = [], [], 0
    for li, para in enumerate(paras):
        clean, k = [], 0
        def emit(s):
            clean.append(s)
        while k < len(para):
            c = para[k]
            opens = c in ("“", "«") or (c == "‘" and li == 0)
            if c == "{":
                raise SystemExit(f"{aid}: stray tag at para {li}: {para[k:k+30]!r}")
            if not opens:
                if c in MARKS:
                    raise SystemExit(f"{aid}: stray mark {c!r} at para {li}: {para[max(0,k-30):k+30]!r}")
                emit(c); k += 1; continue
            close = PAIRS[c]
            j = para.find(close, k + 1)
            nxt_open = [para.find(o, k + 1) for o in ("“", "«")]
            nxt_open = [x for x in nxt_open if x != -1]
            if j != -1 and (not nxt_open or min(nxt_open) > j):
                content = para[k + 1:j]
                tm = TAG.match(para, j + 1)
                if not tm:
                    raise SystemExit(f"{aid}: no tag after quote {content[:40]!r}")
                after = tm.end()
                closed = True
            else:
                tm = re.search(r"\{([^{}]+)\}$", para)
                if not tm or tm.start() < k:
                    raise SystemExit(f"{aid}: open quote without end tag at para {li}")
                content = para[k + 1:tm.start()]
                after = len(para)
                closed = False
            if TAG.search(content):
                raise SystemExit(f"{aid}: tag inside quote {content[:50]!r}")
            inner = content.replace("‘", "").replace("’", "")
            if any(ch in MARKS for ch in inner):
                raise SystemExit(f"{aid}: mark inside quote {content[:50]!r}")
            start = pos + sum(len(s) for s in clean) + 1
            emit(c + content + (close if closed else ""))
            key = tm.group(1)
            if key == "u":
                spk, kind = None, "unmarked"
            elif key == "?":
                spk, kind = None, "direct"
            else:
                if key not in speakers:
                    raise SystemExit(f"{aid}: unknown speaker key {key}")
                spk, kind = speakers[key][0], "direct"
            quotes.append({"quote": content, "speaker": spk, "kind": kind,
                           "_start": start, "_end": start + len(content)})
            k = after
        cp = "".join(clean)
        out.append(cp)
        pos += len(cp) + 1
    return "\n".join(out), quotes


def validate(rec, quotes):
    text, errs = rec["text"], []
    n = len(text.split())
    if not 150 <= n <= 450:
        errs.append(f"word count {n}")
    if '"' in text:
        errs.append("straight double quote in text")
    # locate left to right, first occurrence overlapping no located quote
    taken = []
    for q in quotes:
        s, found = 0, None
        while True:
            p = text.find(q["quote"], s)
            if p == -1:
                break
            e = p + len(q["quote"])
            if all(e <= a or p >= b for a, b in taken):
                found = (p, e); break
            s = p + 1
        if found is None:
            errs.append(f"not found: {q['quote'][:40]!r}")
            continue
        if found != (q["_start"], q["_end"]):
            errs.append(f"located at wrong span: {q['quote'][:40]!r}")
        taken.append(found)
    # every mark character belongs to a region
    cover = set()
    for q in quotes:
        cover.update(range(q["_start"] - 1, q["_end"] + 1))
    for idx, ch in enumerate(text):
        if ch in MARKS and idx not in cover:
            errs.append(f"uncovered mark {ch!r} at {idx}: {text[max(0,idx-20):idx+20]!r}")
    for spk, als in rec["speaker_aliases"].items():
        for a in als:
            if not re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", text):
                errs.append(f"alias not in text: {a!r}")
    # speakers of direct quotes appear in the text (fullest name)
    for q in quotes:
        if q["speaker"] and q["speaker"] not in text:
            errs.append(f"speaker name not verbatim in text: {q['speaker']!r}")
    ids = [q["speaker"] for q in quotes]
    for spk in rec["speaker_aliases"]:
        if spk not in ids:
            errs.append(f"alias entry for non-speaker {spk!r}")
    return errs


def main():
    recs, stats, bad = [], {}, 0
    blocks = []
    for f in sorted((HERE / "src").glob("*.src")):
        raw = f.read_text(encoding="utf-8")
        for b in re.split(r"\n(?=### )", raw):
            b = b.strip("\n")
            if b.startswith("### "):
                blocks.append(b)
    seen = set()
    for b in blocks:
        aid, style, speakers, paras = parse_article(b)
        if aid in seen:
            raise SystemExit(f"duplicate id {aid}")
        seen.add(aid)
        text, quotes = convert(aid, speakers, paras)
        aliases = {name: als for name, als in speakers.values() if als}
        rec = {"id": aid, "text": text,
               "quotes": [{k: q[k] for k in ("quote", "speaker", "kind")} for q in quotes],
               "speaker_aliases": aliases}
        errs = validate(rec, quotes)
        for e in errs:
            print(f"{aid}: {e}")
        bad += len(errs)
        recs.append(rec)
        st = stats.setdefault(style, {"articles": 0, "direct": 0, "named": 0, "null": 0,
                                      "unmarked": 0, "words": 0})
        st["articles"] += 1
        st["words"] += len(text.split())
        for q in rec["quotes"]:
            if q["kind"] == "unmarked":
                st["unmarked"] += 1
            else:
                st["direct"] += 1
                st["named" if q["speaker"] else "null"] += 1
        print(f"{aid} {style:5s} words={len(text.split()):3d} direct={sum(q['kind']=='direct' for q in rec['quotes'])} "
              f"unmarked={sum(q['kind']=='unmarked' for q in rec['quotes'])}")
    with open(HERE / "quotes.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    tot = {k: sum(s[k] for s in stats.values()) for k in ("articles", "direct", "named", "null", "unmarked", "words")}
    for st, s in list(stats.items()) + [("total", tot)]:
        print(st, s)
    print("errors:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
