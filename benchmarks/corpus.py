"""Seeded synthetic news articles for the benchmarks: text and HTML variants, written as JSONL.

Article i of seed s depends only on (s, i), so the 10k corpus is a prefix of the 100k one and any
slice can be regenerated. Distributions (chosen to resemble scraped news, stated in BENCHMARKS.md):
length log-normal with median 600 words (sigma 0.45, clamped 80..4,000); outlets Zipf-like over 40
invented outlets; about 22% of paragraphs carry a direct quote and 6% an indirect one; 40% of
articles end with a recommendation/teaser trailer, 3% of paragraphs are followed by inline junk.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from html import escape
from itertools import accumulate
from pathlib import Path

from benchmarks import vocab as v

MEDIAN_WORDS = 600
SIGMA = 0.45
P_DIRECT, P_INDIRECT, P_TRAILER, P_INLINE_JUNK = 0.22, 0.06, 0.40, 0.03
EPOCH = datetime(2025, 1, 1)
_CUM = list(accumulate(1 / (rank + 1) ** 0.9 for rank in range(len(v.OUTLETS))))
_TOPICS = tuple(v.TOPICS)


def _rng(seed: int, index: int) -> random.Random:
    return random.Random(seed * 1_000_003 + index)


def _sentence(rng: random.Random, topic: str) -> str:
    subjects, verbs, objects = v.TOPICS[topic]
    place = rng.choice(v.PLACES)
    text = (
        f"{rng.choice(subjects)} in {place} {rng.choice(verbs)} {rng.choice(objects)}"
        f"{rng.choice(v.TAILS)} {rng.choice(v.DAYS)}."
    )
    return text[0].upper() + text[1:]


def _quote_body(rng: random.Random) -> str:
    return ". ".join(rng.sample(v.QUOTE_BODIES, rng.randint(1, 2)))


def _direct(rng: random.Random, speaker: tuple[str, str, str], first_mention: bool) -> str:
    first, last, role = speaker
    body = _quote_body(rng)
    if first_mention:
        form = rng.randrange(2)
        if form == 0:
            return f'"{body}," said {first} {last}, {role}.'
        return f'{first} {last}, {role}, said: "{body}."'
    form = rng.randrange(3)
    if form == 0:
        return f'"{body}," {last} said.'
    if form == 1:
        return f'"{body}," {last} told reporters. "{_quote_body(rng)}."'
    return f'{last} added: "{body}."'


def _indirect(rng: random.Random, speaker: tuple[str, str, str]) -> str:
    first, last, role = speaker
    if rng.random() < 0.5:
        return f"{first} {last}, {role}, said that {rng.choice(v.INDIRECT)}."
    return f"According to {last}, {rng.choice(v.INDIRECT)}."


def article(seed: int, index: int) -> dict:
    """Return article `index` of corpus `seed`: metadata, paragraphs, junk lines and trailer."""
    rng = _rng(seed, index)
    topic = rng.choice(_TOPICS)
    outlet = rng.choices(v.OUTLETS, cum_weights=_CUM)[0]
    target = min(4000, max(80, int(rng.lognormvariate(math.log(MEDIAN_WORDS), SIGMA))))
    speakers = [
        (rng.choice(v.FIRST), rng.choice(v.LAST), rng.choice(v.ROLES))
        for _ in range(rng.randint(1, 4))
    ]
    mentioned: set[int] = set()
    paragraphs: list[str] = []
    inline: dict[int, str] = {}
    words = 0
    while words < target:
        parts = [_sentence(rng, topic) for _ in range(rng.randint(1, 3))]
        roll = rng.random()
        if roll < P_DIRECT:
            who = rng.randrange(len(speakers))
            parts.append(_direct(rng, speakers[who], who not in mentioned))
            mentioned.add(who)
        elif roll < P_DIRECT + P_INDIRECT:
            parts.append(_indirect(rng, speakers[rng.randrange(len(speakers))]))
        paragraph = " ".join(parts)
        size = paragraph.count(" ") + 1
        if paragraphs and words + size > target:
            break
        words += size
        paragraphs.append(paragraph)
        if rng.random() < P_INLINE_JUNK:
            inline[len(paragraphs) - 1] = rng.choice(v.INLINE_JUNK)
    trailer: list[str] = []
    if rng.random() < P_TRAILER:
        trailer = [rng.choice(v.TEASER_HEADINGS)]
        trailer += rng.sample(v.TEASER_LINES, rng.randint(3, 6))
    headline = _sentence(rng, topic).rstrip(".")
    published = EPOCH + timedelta(minutes=rng.randrange(365 * 24 * 60))
    slug = "-".join(headline.lower().split()[:6]).replace(",", "")
    host = outlet.lower().replace("the ", "").replace(" ", "-")
    return {
        "title": headline,
        "url": f"https://www.{host}.example/{topic}/{slug}-{seed}-{index}",
        "published": published.isoformat() + "Z",
        "outlet": outlet,
        "topic": topic,
        "byline": f"{rng.choice(v.FIRST)} {rng.choice(v.LAST)}",
        "paragraphs": paragraphs,
        "inline": inline,
        "trailer": trailer,
    }


def to_text(a: dict) -> str:
    """Return the scraped-text form of an article: headline line, paragraphs, junk, trailer."""
    lines = [a["title"]]
    for no, paragraph in enumerate(a["paragraphs"]):
        lines.append(paragraph)
        if no in a["inline"]:
            lines.append(a["inline"][no])
    return "\n".join(lines + a["trailer"]) + "\n"


def to_html(a: dict) -> str:
    """Return a full HTML page for an article: head metadata, navigation, ads, body, widgets."""
    e = escape
    body = []
    for no, paragraph in enumerate(a["paragraphs"]):
        body.append(f"<p>{e(paragraph)}</p>")
        if no in a["inline"]:
            body.append(f'<div class="ad-slot inline-ad">{e(a["inline"][no])}</div>')
    widget = ""
    if a["trailer"]:
        links = "".join(
            f'<a class="ob-dynamic-rec-link" href="https://paid.outbrain.com/network/redir?'
            f'p={n}"><span class="ob-rec-text">{e(t)}</span></a>'
            for n, t in enumerate(a["trailer"][1:])
        )
        widget = (
            f'<div class="OUTBRAIN" data-widget-id="AR_1"><h3 class="ob-widget-header">'
            f"{e(a['trailer'][0])}</h3>{links}</div>"
        )
    outlet = e(a["outlet"])
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(a['title'])} | {outlet}</title>"
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="og:title" content="{e(a["title"])}">'
        f'<meta property="article:published_time" content="{a["published"]}">'
        f'<link rel="canonical" href="{a["url"]}">'
        "<script>window.dataLayer=window.dataLayer||[];</script></head>\n"
        '<body class="article-page"><div class="ad-slot ad-leaderboard">Advertisement</div>\n'
        '<header><nav class="menu"><a href="/">Home</a> | <a href="/news">News</a> | '
        '<a href="/sport">Sport</a> | <a href="/business">Business</a> | '
        '<a href="/opinion">Opinion</a></nav></header>\n'
        f'<main><article class="story"><h1>{e(a["title"])}</h1>'
        f'<p class="byline">By {e(a["byline"])}</p>\n' + "\n".join(body) + "</article>\n"
        f'<div class="share-bar">Share on Facebook | Share on X | Email</div>\n{widget}</main>\n'
        f'<footer>© 2026 {outlet} · <a href="/privacy">Privacy</a> · '
        '<a href="/terms">Terms</a></footer></body></html>\n'
    )


def records(n: int, seed: int = 1, fmt: str = "txt", start: int = 0) -> Iterator[dict]:
    """Yield n JSONL records (title, url, published, outlet and text or html) of corpus seed."""
    for index in range(start, start + n):
        a = article(seed, index)
        record = {k: a[k] for k in ("title", "url", "published", "outlet")}
        record["html" if fmt == "html" else "text"] = to_html(a) if fmt == "html" else to_text(a)
        yield record


def write_jsonl(path: Path, n: int, seed: int = 1, fmt: str = "txt", start: int = 0) -> Path:
    """Write records start..start+n to path as JSONL unless already there; return path."""
    stamp = path.with_suffix(".done")
    key = f"{n} {seed} {fmt} {start}"
    if path.exists() and stamp.exists() and stamp.read_text() == key:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records(n, seed, fmt, start):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    stamp.write_text(key)
    return path


SHARD = 10_000


def _shard(args: tuple[Path, int, int, str]) -> Path:
    folder, seed, index, fmt = args
    return write_jsonl(folder / f"{fmt}-s{seed}-{index:04d}.jsonl", SHARD, seed, fmt, index * SHARD)


def shards(folder: Path, n: int, seed: int = 1, fmt: str = "txt", workers: int = 2) -> list[Path]:
    """Return JSONL files of 10k articles each holding articles 0..n of corpus seed (cached)."""
    from multiprocessing import Pool

    jobs = [(folder, seed, i, fmt) for i in range(max(1, n // SHARD))]
    if n < SHARD:
        return [write_jsonl(folder / f"{fmt}-s{seed}-n{n}.jsonl", n, seed, fmt)]
    with Pool(workers) as pool:
        return pool.map(_shard, jobs)
