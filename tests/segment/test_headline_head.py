"""The headline a scraped text opens with stays editorial across the header lines under it."""

from __future__ import annotations

import pytest

from presswatch.records import block_group
from presswatch.segment import segment_text
from presswatch.segment.head import is_header_date
from presswatch.segment.text import split_lines
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


MENUS = ["Home", "News", "Sport", "Weather"]


HEADERS = [["By Mara Quint", "March 3, 2026"], ["Published 4 hours ago"], ["12.03.2026 - 09:40"]]


@pytest.mark.parametrize("header", HEADERS)
def test_title_under_site_menus_over_its_byline_or_date_is_the_headline(header: list[str]) -> None:
    text = "\n".join([*MENUS, TITLE, *header, *BODY]) + "\n"
    assert kind_of(text, TITLE) == "headline"
    for line in MENUS:
        assert block_group(kind_of(text, line)) != "editorial", line


def test_title_under_site_menus_without_a_header_stays_page_furniture() -> None:
    # on a whole page, a title-shaped line straight above the story may be another story's link
    text = "\n".join([*MENUS, TITLE, *BODY]) + "\n"
    assert kind_of(text, TITLE) != "headline"


def test_a_site_notice_of_two_sentences_over_the_byline_is_no_headline() -> None:
    notice = "Our readers fund this site. Links may earn us a commission, here is how it works"
    text = "\n".join([*MENUS, notice, "By Mara Quint", "March 3, 2026", *BODY]) + "\n"
    assert kind_of(text, notice) != "headline"


def test_a_teaser_above_the_byline_is_not_taken_as_the_headline() -> None:
    teaser = "You may be interested"
    text = "\n".join([TITLE, teaser, "By Mara Quint", *BODY]) + "\n"
    assert kind_of(text, TITLE) != "headline"


def test_recipe_fields_line_does_not_beat_the_title() -> None:
    title = "Easy lemon drizzle traybake"
    fields = "Prep 15 mins | Cook 35 mins | Serves 12"
    text = "\n".join([title, fields, "By Mara Quint", *BODY]) + "\n"
    assert kind_of(text, title) == "headline"
    assert block_group(kind_of(text, fields)) != "editorial"


@pytest.mark.parametrize(
    "opening",
    [
        "https://www.eastwickpost.example/news/lakeside-council-approves-a-new-footbridge",
        f"Home / News / {TITLE}",
        f"Home » News » {TITLE}",
    ],
)
def test_url_or_breadcrumb_over_the_title_does_not_win(opening: str) -> None:
    text = "\n".join([opening, TITLE, "By Mara Quint", "March 3, 2026", *BODY]) + "\n"
    assert kind_of(text, opening) != "headline"
    assert block_group(kind_of(text, opening)) != "editorial"


@pytest.mark.parametrize(
    "opening",
    [
        "Listen to this article",
        "We value your privacy",
        "Home / News / Local News",
        "Join our WhatsApp channel for the latest news",
        "Follow Jane Tolley on X for the latest updates",
        "the latest in transport",
        "The Marlow and District Courier",
        "Friday, March 3, 2026 10:42 GMT",
    ],
)
def test_page_furniture_over_the_byline_is_not_a_headline(opening: str) -> None:
    text = "\n".join([opening, "By Mara Quint", "March 3, 2026", *BODY]) + "\n"
    assert block_group(kind_of(text, opening)) != "editorial"
    for line in BODY:
        assert block_group(kind_of(text, line)) == "editorial", line


@pytest.mark.parametrize(
    "title",
    [
        "iPhone sales slow as buyers wait for the autumn model",
        "“We were never told”: families of the ferry crew speak out",
        "The Times We Lived Through: a town remembers the great flood of 1953",
    ],
)
def test_titles_with_furniture_like_openings_stay_headlines(title: str) -> None:
    text = "\n".join([title, "By Mara Quint", "March 3, 2026", *BODY]) + "\n"
    assert kind_of(text, title) == "headline"


def test_the_last_title_of_a_teaser_list_is_no_headline() -> None:
    other = "Council votes to close two libraries at the end of next year"
    lines = [*MENUS, "Latest stories", other, "2 hours ago", TITLE, "5 hours ago", *BODY]
    text = "\n".join(lines) + "\n"
    assert kind_of(text, TITLE) != "headline"
    assert kind_of(text, other) != "headline"


def test_a_date_line_above_the_title_under_menus_keeps_the_headline() -> None:
    text = "\n".join([*MENUS, "Tuesday 3 March 2026", TITLE, "By Ada Kole", *BODY]) + "\n"
    assert kind_of(text, TITLE) == "headline"


def test_the_byline_may_carry_the_reporter_role_under_it() -> None:
    text = "\n".join([*MENUS, TITLE, "By Mara Quint", "Local Democracy Reporter", *BODY]) + "\n"
    assert kind_of(text, TITLE) == "headline"


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("March 3", True),
        ("Sept. 14, 2026", True),
        ("4 Aug 2025", True),
        ("Mayor 3", False),
        ("Junior Marathon 5", False),
        ("Octopus 8", False),
        ("Decade 1", False),
    ],
)
def test_header_date_needs_a_month_name(line: str, is_date: bool) -> None:
    """A month is a whole month name or its abbreviation, not any word starting like one."""
    assert is_header_date(split_lines(line)[0]) is is_date
