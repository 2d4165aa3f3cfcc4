"""Tests for segment_text: tiling, kinds, trailer barrier and outlet furniture."""

from __future__ import annotations

import itertools
import random

import pytest

from presswatch.records import BLOCK_KINDS, Block
from presswatch.segment import furniture_key, segment_text


def assert_tiles(blocks: list[Block], text: str) -> None:
    if not text:
        assert blocks == []
        return
    assert blocks[0].start == 0
    assert blocks[-1].end == len(text)
    for prev, nxt in itertools.pairwise(blocks):
        assert prev.end == nxt.start
        assert prev.start < prev.end
    assert all(b.kind in BLOCK_KINDS for b in blocks)


def kind_of_line(text: str, blocks: list[Block], line: str) -> str:
    start = text.index(line)
    return next(b.kind for b in blocks if b.start <= start < b.end)


def test_article_tiles_and_labels(article: str, body_lines: list[str]) -> None:
    blocks = segment_text(article)
    assert_tiles(blocks, article)
    assert kind_of_line(article, blocks, "Eastwick votes to rebuild") == "headline"
    for line in body_lines:
        assert kind_of_line(article, blocks, line) == "body"
    assert kind_of_line(article, blocks, "Jon Tarn/Getty Images") == "credit"
    assert blocks[-1].group == "ad_teaser"


def test_trailer_heading_is_a_barrier(article: str) -> None:
    blocks = segment_text(article)
    heading = kind_of_line(article, blocks, "You may be interested")
    assert heading in {"recommendation", "teaser"}
    for line in ("Ten quiet beaches", "site admin - Feb 18, 2026[ad_1] A short", "Why the price"):
        assert kind_of_line(article, blocks, line) in {"teaser", "recommendation"}


def test_prose_after_trailer_heading_stays_junk(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines, "Related", body_lines[0].replace("harbour", "airport")])
    blocks = segment_text(text)
    assert kind_of_line(text, blocks, "Related") == "recommendation"
    assert blocks[-1].kind == "teaser"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Jane Doe", "byline"),
        ("Share on Facebook", "share"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Advertisement", "ad"),
        ("Home", "navigation"),
        ("© 2026 Example News. All rights reserved.", "boilerplate"),
        ("Photo: Jane Doe/Reuters", "credit"),
    ],
)
def test_rule_kinds(body_lines: list[str], line: str, kind: str) -> None:
    text = "\n".join([*body_lines[:3], line, *body_lines[3:]])
    blocks = segment_text(text)
    assert_tiles(blocks, text)
    assert kind_of_line(text, blocks, line) == kind
    assert kind_of_line(text, blocks, body_lines[-1]) == "body"


@pytest.mark.parametrize(
    ("heading", "kind"), [("Leave a comment", "comments"), ("Sponsored content", "sponsored")]
)
def test_barrier_headings_end_the_body(body_lines: list[str], heading: str, kind: str) -> None:
    text = "\n".join([*body_lines, heading, "What a lovely article, thanks for writing it!"])
    blocks = segment_text(text)
    assert kind_of_line(text, blocks, heading) == kind
    assert kind_of_line(text, blocks, body_lines[-1]) == "body"
    assert blocks[-1].group != "editorial"


def test_furniture_lines_are_junk(body_lines: list[str]) -> None:
    footer = "Eastwick Gazette is part of the Coastline Media Group of newspapers, since 1921."
    text = "\n".join([*body_lines, footer])
    assert kind_of_line(text, segment_text(text), footer) == "body"
    furniture = frozenset({furniture_key(footer)})
    assert segment_text(text, furniture)[-1].group != "editorial"


def test_furniture_key_normalises() -> None:
    assert furniture_key("  © 2026 Example NEWS —  All rights reserved. ") == furniture_key(
        "© 2019 example news all rights reserved"
    )


@pytest.mark.parametrize("text", ["", "\n", "   \n\n  ", "one line", "a\n\nb\n"])
def test_edge_cases_tile(text: str) -> None:
    assert_tiles(segment_text(text), text)


def test_random_texts_tile(body_lines: list[str]) -> None:
    rng = random.Random(7)
    pieces = [*body_lines, "", " ", "Home", "Related", "Advertisement", "\t", "x" * 300]
    for _ in range(200):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert_tiles(segment_text(text), text)
