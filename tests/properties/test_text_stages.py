"""For any Unicode input every text stage returns without error and keeps its span contracts."""

from __future__ import annotations

import itertools
import math

from hypothesis import given
from hypothesis import strategies as st

from presswatch.quotes import extract_quotes
from presswatch.records import BLOCK_KINDS, Block
from presswatch.segment import segment_html, segment_text
from presswatch.topics import TOPICS, UNCLASSIFIED, classify

from .strategies import html_pages, texts


def assert_tiles(blocks: list[Block], text: str) -> None:
    """Blocks are contiguous from 0 to len(text), non-empty, and of known kinds."""
    if not text:
        assert all(b.start == b.end == 0 for b in blocks)
        return
    assert blocks, "a non-empty text has at least one block"
    assert blocks[0].start == 0 and blocks[-1].end == len(text)
    for before, after in itertools.pairwise(blocks):
        assert before.end == after.start, (before, after)
    for b in blocks:
        assert 0 <= b.start < b.end <= len(text), b
        assert b.kind in BLOCK_KINDS, b.kind


@given(texts, st.frozensets(st.sampled_from(("share this", "advertisement", "read more"))))
def test_segment_text_blocks_tile_any_text(text: str, furniture: frozenset[str]) -> None:
    assert_tiles(segment_text(text, furniture), text)


@given(st.one_of(html_pages(), texts))
def test_segment_html_blocks_tile_the_page_text(html: str) -> None:
    page = segment_html(html, url="https://news.example/a")
    assert_tiles(page.blocks, page.text)


@given(texts)
def test_quotes_lie_inside_the_text_and_never_overlap(text: str) -> None:
    quotes = extract_quotes(text)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text), q
        assert q.text == text[q.start : q.end]
        assert q.kind in ("direct", "indirect")
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text), q  # type: ignore[operator]
            assert q.speaker_surface == text[q.speaker_start : q.speaker_end]
    ordered = sorted(quotes, key=lambda q: q.start)
    for before, after in itertools.pairwise(ordered):
        assert before.end <= after.start, (before, after)


@given(st.lists(texts, min_size=1, max_size=4))
def test_topic_probabilities_sum_to_one(batch: list[str]) -> None:
    results = classify(batch)
    assert len(results) == len(batch)
    for r in results:
        assert set(r.scores) == set(TOPICS)
        assert all(math.isfinite(p) and 0.0 <= p <= 1.0 for p in r.scores.values())
        assert math.isclose(sum(r.scores.values()), 1.0, abs_tol=1e-6)
        assert r.label in (*TOPICS, UNCLASSIFIED)
