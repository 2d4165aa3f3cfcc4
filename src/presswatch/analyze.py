"""Run every analysis stage over parsed articles: blocks, quotes with actors, topic units."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from presswatch.parse import Article
from presswatch.quotes import extract_quotes
from presswatch.records import Block, Quote
from presswatch.segment import OutletMemory, build_furniture, segment_text
from presswatch.sources.base import Rejected
from presswatch.topics import classify

# Bump a stage's number whenever its rules or model change, so stored rows can be re-analysed.
STAGE_VERSIONS = {"segment": 6, "quotes": 6, "topics": 3}
ANALYZER_VERSION = ";".join(f"{stage}-{n}" for stage, n in STAGE_VERSIONS.items())


@dataclass(frozen=True)
class TopicUnit:
    """A stretch of content classified as one: the editorial text, or one ad/teaser block."""

    unit_no: int
    group: str  # editorial | ad_teaser
    block_no: int | None
    n_chars: int
    text: str


def failure_rejections(failures: Sequence[tuple[Article, Exception]]) -> list[Rejected]:
    """Return quarantine records for articles whose analysis raised."""
    return [
        Rejected(a.doc.origin, "analysis failed", f"{type(e).__name__}: {e}", a.doc.content)
        for a, e in failures
    ]


@dataclass
class Analysis:
    """All analysis results of one article."""

    article: Article
    blocks: list[Block]
    quotes: list[Quote]
    units: list[TopicUnit]


def editorial_mask(text: str, blocks: Sequence[Block]) -> str:
    """Return text with every non-editorial block blanked to spaces (newlines and offsets kept)."""
    parts, at = [], 0
    for block in sorted((b for b in blocks if b.group != "editorial"), key=lambda b: b.start):
        start = max(block.start, at)
        if block.end > start:
            parts += [text[at:start], _blank(text[start : block.end])]
            at = block.end
    return "".join(parts) + text[at:]


def _blank(chunk: str) -> str:
    """Return a chunk with every character but the newline replaced by a space."""
    if "\n" not in chunk:
        return " " * len(chunk)
    return "\n".join([" " * len(part) for part in chunk.split("\n")])


def topic_units(text: str, blocks: Sequence[Block]) -> list[TopicUnit]:
    """Return unit 0 for the editorial text (if any) and one unit per ad/teaser block."""
    editorial, teasers = [], []
    for number, block in enumerate(blocks):
        group = block.group
        if group == "editorial":
            editorial.append(text[block.start : block.end].strip())
        elif group == "ad_teaser":
            chunk = text[block.start : block.end].strip()
            if chunk:
                teasers.append(TopicUnit(number + 1, "ad_teaser", number, len(chunk), chunk))
    body = "\n".join(part for part in editorial if part)
    units = [TopicUnit(0, "editorial", None, len(body), body)] if body else []
    return units + teasers


def analyze_one(article: Article, furniture: frozenset[str] = frozenset()) -> Analysis:
    """Return the blocks, quotes and topic units of one article (topics are scored in batches)."""
    blocks = (
        list(article.blocks)
        if article.blocks is not None
        else segment_text(article.text, furniture)
    )
    quotes = extract_quotes(editorial_mask(article.text, blocks))
    return Analysis(article, blocks, quotes, topic_units(article.text, blocks))


def batch_furniture(
    articles: Sequence[Article], memory: OutletMemory | None = None
) -> dict[str, frozenset[str]]:
    """Return per outlet the lines that recur across its flattened-text articles and stored ones."""
    # an article already counted in the memory (re-analysis) is not counted again
    texts: dict[str, list[str]] = {}
    counted = memory.doc_ids if memory else frozenset()
    for article in articles:
        if article.blocks is None:
            group = texts.setdefault(article.outlet, [])
            if article.doc.doc_id not in counted:
                group.append(article.text)
    stored = memory.counts if memory else {}
    return {
        outlet: build_furniture(group, stored=stored.get(outlet))
        for outlet, group in texts.items()
        if len(group) > 2 or outlet in stored
    }


def analyze_batch(
    articles: Sequence[Article],
    furniture: dict[str, frozenset[str]] | None = None,
    failures: list[tuple[Article, Exception]] | None = None,
    memory: OutletMemory | None = None,
) -> tuple[list[Analysis], list]:
    """Return the analyses of a batch and the topic results of all their units, in unit order."""
    # Without a furniture map, each outlet's furniture is learnt from the batch's own text articles
    # and the memory of its stored ones. With a failures list, an article whose analysis raises is
    # left out and recorded there.
    if furniture is None:
        furniture = batch_furniture(articles, memory)
    analyses = []
    for article in articles:
        try:
            analyses.append(analyze_one(article, furniture.get(article.outlet, frozenset())))
        except Exception as exc:
            if failures is None:
                raise
            failures.append((article, exc))
    texts = [unit.text for analysis in analyses for unit in analysis.units]
    return analyses, classify(texts) if texts else []
