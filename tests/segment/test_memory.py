"""Tests for outlet memory, teaser items as single blocks and the shipped line classifier."""

from __future__ import annotations

from pathlib import Path

import pytest

from presswatch.segment import build_furniture, furniture_key, segment_text

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
FOOTER = "Part of Coastline Media | Independent since 1921 | Terms | Privacy"


def outlet_texts(body_lines: list[str]) -> list[str]:
    """Four articles of one outlet sharing a footer and a menu line, plus their own sentences."""
    texts = []
    for n in range(4):
        own = [line.replace("Eastwick", f"Town{n}") for line in body_lines]
        texts.append("\n".join(["Home | News | Sport", *own, FOOTER]))
    return texts


def test_furniture_is_lines_seen_in_k_articles(body_lines: list[str]) -> None:
    texts = outlet_texts(body_lines)
    furniture = build_furniture(texts, min_articles=3)
    assert furniture_key(FOOTER) in furniture
    assert furniture_key("Home | News | Sport") in furniture
    assert not any(furniture_key(line) in furniture for line in body_lines)
    assert build_furniture(texts[:2], min_articles=3) == frozenset()


def test_furniture_needs_two_articles() -> None:
    with pytest.raises(ValueError, match="min_articles"):
        build_furniture(["a"], min_articles=1)


def test_furniture_marks_footer_as_junk(body_lines: list[str]) -> None:
    texts = outlet_texts(body_lines)
    furniture = build_furniture(texts)
    blocks = segment_text(texts[0], furniture)
    start = texts[0].index(FOOTER)
    footer = next(b for b in blocks if b.start <= start < b.end)
    assert footer.group != "editorial"
    assert sum(b.kind == "body" for b in blocks) == len(body_lines)


def test_teaser_item_is_one_block(article: str) -> None:
    blocks = segment_text(article)
    teasers = [article[b.start : b.end].strip() for b in blocks if b.kind == "teaser"]
    assert len(teasers) == 2
    assert teasers[0].startswith("Ten quiet beaches")
    assert "site admin - Feb 18, 2026[ad_1] A short guide" in teasers[0]
    assert teasers[1].startswith("Why the price of fish")


def test_lone_debris_line_stays_its_own_block(body_lines: list[str]) -> None:
    debris = "site admin - Feb 18, 2026[ad_1] Fuel, quotas and weather all play a part…"
    text = "\n".join([*body_lines, "Related", debris, debris])
    blocks = segment_text(text)
    assert [b.kind for b in blocks[-2:]] == ["teaser", "teaser"]


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/samples is not beside the project")
def test_sample_article_counts_three_teasers() -> None:
    text = next(SAMPLES.glob("*.txt")).read_text(encoding="utf-8")
    teasers = [b for b in segment_text(text) if b.kind == "teaser"]
    assert len(teasers) == 3
    assert all("admin - " in text[b.start : b.end] for b in teasers)


def test_furniture_keeps_long_short_lines_and_skips_longer(body_lines: list[str]) -> None:
    # 16 words or fewer is furniture material; from 136 characters on, a line counts 17+ words
    near = " ".join(["Longwordedsponsorship"] * 6) + " Cox"  # 135 characters, 7 words
    far = near + "s"
    assert (len(near), len(far)) == (135, 136)
    texts = ["\n".join([near, far, *body_lines]) for _ in range(3)]
    assert build_furniture(texts) == {furniture_key(near)}


def test_furniture_is_the_same_with_line_features_cached(body_lines: list[str]) -> None:
    from presswatch.segment.text import clear_line_cache

    texts = outlet_texts(body_lines)
    clear_line_cache()
    cold = build_furniture(texts)
    for text in texts:
        segment_text(text)  # caches the features of the short lines
    assert build_furniture(texts) == cold


def test_lines_are_the_same_after_furniture_counted_them(body_lines: list[str]) -> None:
    from presswatch.segment.text import clear_line_cache, split_lines

    texts = outlet_texts(body_lines)
    texts[0] += "\nShort line ending in mojibake Â\nUpdated 10:05, 2024-01-00 | Page 7 of 12"
    clear_line_cache()
    alone = [split_lines(text) for text in texts]
    clear_line_cache()
    build_furniture(texts)  # counts the short lines first: split_lines takes the counts over
    assert [split_lines(text) for text in texts] == alone
