"""Generated corpora for the reliability tests: good articles and every kind of bad input."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from pathlib import Path

PEOPLE = ("Ana Ruiz", "Tom Berg", "Lena Okafor", "Ravi Patel", "Mia Chen")
VERBS = ("said", "told reporters", "added", "warned")
TOPICS = ("the bridge", "the budget", "the league final", "the hospital", "the election")


def article(seed: int) -> str:
    """Return a small, unique news article with a headline and quotes."""
    rng = random.Random(seed)
    who, what = rng.choice(PEOPLE), rng.choice(TOPICS)
    lines = [f"Story {seed}: news about {what}", ""]
    for n in range(rng.randint(2, 5)):
        lines.append(f"“Item {seed}-{n} about {what} is on track,” {who} {rng.choice(VERBS)}.")
        lines.append(f"Officials reviewed {what} on day {n} of the {seed}th week.")
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 0) -> set[str]:
    """Write n articles as .txt files and JSONL lines; return the content hashes a load stores."""
    hashes: set[str] = set()
    txt = folder / "river-post"
    txt.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(n):
        body = article(seed * 100_000 + i)
        if i % 3 == 2:  # a third arrive as JSONL lines: their raw bytes are the line
            line = json.dumps({"title": body.split("\n", 1)[0], "text": body, "outlet": "Wire"})
            lines.append(line)
            hashes.add(hashlib.sha256(line.encode()).hexdigest())
        else:
            raw = body.encode()
            (txt / f"a{i:05d}.txt").write_bytes(raw)
            hashes.add(hashlib.sha256(raw).hexdigest())
    if lines:
        (folder / "wire").mkdir(exist_ok=True)
        (folder / "wire" / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return hashes


def deep_html(levels: int, tag: str = "div") -> str:
    """Return an HTML page whose body nests `levels` elements around a sentence."""
    return (
        "<html><head><title>Deep</title></head><body>"
        + f"<{tag}>" * levels
        + "<p>A sentence at the bottom of the nest.</p>"
        + f"</{tag}>" * levels
        + "</body></html>"
    )


def truncated_gzip(lines: list[str]) -> bytes:
    """Return a gzip of the lines cut in half (no end-of-stream marker)."""
    packed = gzip.compress(("\n".join(lines) + "\n").encode())
    return packed[: len(packed) // 2]
