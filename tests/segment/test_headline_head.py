"""The headline a scraped text opens with stays editorial across the header lines under it."""

from __future__ import annotations

from presswatch.records import block_group
from presswatch.segment import segment_text
from tests.segment.conftest import BODY

TITLE = "Lakeside council approves a new footbridge over the Orwen canal"


def kind_of(text: str, line: str) -> str:
    """Return the block kind of the block holding `line` in the segmented text."""
    start = text.index(line)
    return next(b.kind for b in segment_text(text) if b.start <= start < b.end)


def test_title_over_byline_and_date_is_the_headline() -> None:
    text = "\n".join([TITLE, "By Mara Quint", "March 3, 2026 | 4 min read", *BODY]) + "\n"
    assert kind_of(text, TITLE) == "headline"
    assert block_group(kind_of(text, TITLE)) == "editorial"
    assert block_group(kind_of(text, "By Mara Quint")) != "editorial"
    for line in BODY:
        assert block_group(kind_of(text, line)) == "editorial", line


def test_title_under_site_menus_stays_page_furniture() -> None:
    menus = ["Home", "News", "Sport", "Weather"]
    text = "\n".join([*menus, TITLE, "By Mara Quint", "March 3, 2026", *BODY]) + "\n"
    assert kind_of(text, TITLE) != "headline"


def test_a_teaser_above_the_byline_is_not_taken_as_the_headline() -> None:
    teaser = "You may be interested"
    text = "\n".join([TITLE, teaser, "By Mara Quint", *BODY]) + "\n"
    assert kind_of(text, TITLE) != "headline"
