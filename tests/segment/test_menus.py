"""Tests for a long menu of items with blurbs opening the page, and its near misses (invented)."""

from __future__ import annotations

from presswatch.segment.marks import is_blurb
from presswatch.segment.text import split_lines
from tests.segment.test_trailers import line_kinds

CRAFTS = [
    "Pottery", "Weaving", "Bookbinding", "Glassblowing", "Woodturning", "Calligraphy",
    "Printmaking", "Silversmithing", "Basketry", "Leatherwork",
]  # fmt: skip
NAV = ["Courses", "Lisbon", "Porto", "Faro", "Braga"]
TITLE = "Spring craft workshops in Lisbon for complete beginners"
# the article's own header: its headline over a date line, and a share button
HEADER = ["Workshops", TITLE, "Published March 3, 2026", "Share"]


def blurb(craft: str, n: int) -> str:
    """Return a menu item's blurb of two or three sentences (every third without its full stop)."""
    text = (
        f"Curious about {craft.lower()} in Lisbon? Our tutors walk you through the basics in "
        f"small groups of {n + 4}."
    )
    if n % 3 == 1:
        text += " Book a free taster session today."
    return text[:-1] if n % 3 == 2 else text


def menu(titles: list[str] = CRAFTS) -> list[str]:
    """Return a mega menu: each craft's title over its blurb."""
    out: list[str] = []
    for n, craft in enumerate(titles):
        out += [craft, blurb(craft, n)]
    return out


def article() -> list[str]:
    """Return the article's paragraphs."""
    return [
        f"The riverside studios reopened in March after a long winter refit, and the first "
        f"evening class of round {n + 1} filled its twelve benches within a day of going on sale."
        for n in range(6)
    ]


def kinds_of(lines: list[str]) -> dict[str, str]:
    """Return the kind of each line of the page (the last one of repeated lines)."""
    return dict(line_kinds("\n".join(lines)))


def menu_is_cut(kinds: dict[str, str]) -> bool:
    """Return True when the menu's items are junk and the article's paragraphs body."""
    items = [kinds[line] for line in menu()]
    return all(kind != "body" for kind in items) and kinds[article()[0]] == "body"


def test_long_blurb_of_a_menu_item() -> None:
    line = split_lines(blurb("Pottery", 2))[0]
    assert not is_blurb(line)
    assert is_blurb(line, 3)


def test_menu_above_the_article_is_cut() -> None:
    kinds = kinds_of([*NAV, *menu(), *HEADER, *article()])
    assert menu_is_cut(kinds)
    assert kinds[TITLE] == "headline"


def test_short_menu_stays() -> None:
    # five items are too few to tell from a section of the article
    kinds = kinds_of([*NAV, *menu(CRAFTS[:5]), *HEADER, *article()])
    assert menu_is_cut(kinds_of([*NAV, *menu(), *HEADER, *article()]))
    assert kinds[blurb(CRAFTS[0], 0)] == "body"


def test_glossary_after_an_intro_stays() -> None:
    intro = (
        "Every craft has its own vocabulary, and this glossary explains the words our tutors use "
        "most often in the first weeks of a beginners' course."
    )
    kinds = kinds_of([*NAV, TITLE, intro, *menu(), *HEADER, *article()])
    assert menu_is_cut(kinds_of([*NAV, *menu(), *HEADER, *article()]))
    assert kinds[blurb(CRAFTS[3], 3)] == "body"


def test_list_closed_by_its_own_paragraphs_stays() -> None:
    # the items run straight on into the article's closing section: no header between
    kinds = kinds_of([*NAV, *menu(), "Final thoughts", *article()])
    assert menu_is_cut(kinds_of([*NAV, *menu(), *HEADER, *article()]))
    assert kinds[blurb(CRAFTS[3], 3)] == "body"


def test_listicle_under_its_byline_stays() -> None:
    byline = ["Ten crafts to try this spring", "By Jane Doe", "March 3, 2026"]
    kinds = kinds_of([*NAV, *byline, *menu(), *HEADER, *article()])
    assert menu_is_cut(kinds_of([*NAV, *menu(), *HEADER, *article()]))
    assert kinds[blurb(CRAFTS[3], 3)] == "body"


def test_faq_stays() -> None:
    # questions as short as section names over their answers
    faq: list[str] = []
    for n, craft in enumerate(CRAFTS):
        faq += [f"Why {craft.lower()}?", blurb(craft, n)]
    kinds = kinds_of([*NAV, *faq, *HEADER, *article()])
    assert menu_is_cut(kinds_of([*NAV, *menu(), *HEADER, *article()]))
    assert kinds[blurb(CRAFTS[3], 3)] == "body"


def test_review_sections_and_recipe_steps_stay() -> None:
    # repeated titles: a review's "Pros" and "Cons" under each product, a recipe's numbered steps
    sections = ["Overview", "Pros", "Cons", "Pricing"] * 3
    steps = [f"Step {n + 1}" for n in range(10)]
    assert menu_is_cut(kinds_of([*NAV, *menu(), *HEADER, *article()]))
    for titles in (sections, steps):
        kinds = kinds_of([*NAV, *menu(titles), *HEADER, *article()])
        assert kinds[blurb(titles[3], 3)] == "body"
