"""Editorial lines lost on flattened text, sorted by why, and the recall each class caps.

Usage: .venv/bin/python benchmarks/flat_recall.py FLAT_GOLD PRED RAW_GOLD

FLAT_GOLD is `make_flat.py` output, PRED the `presswatch eval segments` predictions for it,
RAW_GOLD the HTML gold the flat file was made from (its `body` decides which short lines are whole
body lines). Every lost editorial line (gold editorial, predicted junk by `score.py`'s own line
rule) is put in one class: `menu_words` (1-3 words that are no whole line of the gold body:
`make_flat` counts them editorial because the words occur in order somewhere in it), `copy_of_kept`
(the same text is kept elsewhere on the page), else the kind of the junk span we gave it. Prints
one JSON object: the counts, the recall, and the recall if every lost line outside `menu_words`
(and outside copies) came back. Needs ../shared/eval/score.py; reads gold only to count.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
_WORD = re.compile(r"\w+")


@cache
def scorer() -> Any:
    """Return the reference scorer module from ../shared/eval."""
    sys.path.insert(0, str(SCORER))
    import score

    return score


def _kind(spans: list[dict[str, Any]], lo: int, hi: int) -> str:
    """Return the kind of the junk span that covers most of [lo, hi)."""
    cover: Counter[str] = Counter()
    for span in spans:
        overlap = min(hi, span["end"]) - max(lo, span["start"])
        if overlap > 0:
            cover[str(span.get("kind"))] += overlap
    return cover.most_common(1)[0][0] if cover else "unknown"


def lost_lines(
    gold: dict[str, Any], pred: dict[str, Any], bodies: dict[str, str]
) -> tuple[int, Counter[str]]:
    """Return the number of gold editorial lines and the lost ones counted by class."""
    score = scorer()
    total, lost = 0, Counter[str]()
    for gid, rec in gold.items():
        text = rec["text"]
        lines = score.content_lines(text)
        strings = [text[a:b].strip() for a, b in lines]
        junk = {line.strip() for line in rec["junk_lines"]}
        spans = pred.get(gid, {}).get("junk", [])
        flags = score.junk_flags(text, lines, spans, gid)
        kept = Counter(s for s, f in zip(strings, flags, strict=True) if not f)
        body = {" ".join(_WORD.findall(x.lower())) for x in bodies.get(gid, "").split("\n")}
        for (lo, hi), line, flag in zip(lines, strings, flags, strict=True):
            if line in junk:
                continue
            total += 1
            if not flag:
                continue
            words = _WORD.findall(line.lower())
            if len(words) < 4 and " ".join(words) not in body:
                lost["menu_words"] += 1
            elif kept[line]:
                lost["copy_of_kept"] += 1
            else:
                lost[_kind(spans, lo, hi)] += 1
    return total, lost


def main(argv: list[str]) -> int:
    """Print the lost-line classes of one flat gold file as JSON; return the exit status."""
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    score = scorer()
    gold, pred = score.read_jsonl(argv[0]), score.read_jsonl(argv[1])
    bodies = {}
    with open(argv[2], encoding="utf-8") as handle:
        for raw in handle:
            rec = json.loads(raw)
            bodies[rec["id"]] = rec.get("body") or ""
    total, lost = lost_lines(gold, pred, bodies)
    missed = sum(lost.values())
    menu, copies = lost["menu_words"], lost["copy_of_kept"]
    print(json.dumps({
        "editorial_lines": total, "lost": missed, "classes": dict(lost.most_common()),
        "recall": round(1 - missed / total, 4),
        "recall_if_all_but_menu_words_kept": round(1 - menu / total, 4),
        "recall_if_all_but_menu_words_and_copies_kept": round(1 - (menu + copies) / total, 4),
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
