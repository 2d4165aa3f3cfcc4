"""A buying guide's product list with shop buttons stays the story's; deal headlines stay."""

from __future__ import annotations

import pytest

from presswatch.records import block_group
from presswatch.segment import segment_text

TITLE = "The best rain jackets of 2026, worn through a wet month on the moors"
INTRO = [
    "We walked three hundred kilometres in the rain to find the jackets that kept us dry.",
    "Each one was worn on the same routes, washed twice and checked for leaks at the seams.",
]
OUTRO = [
    "Whichever jacket you choose, reproof it every season so the water keeps beading off it.",
    "Prices were right when we wrote this guide and may have changed, so check them first.",
    "We will update the list in the autumn after testing the new models from each maker.",
    "Our testers paid for none of these jackets; the makers lent them and took them back.",
    "If your jacket leaks at the zip, a storm flap matters more than any fabric claim.",
    "Sizes run small on two of the jackets, so try them on over a fleece before you buy.",
]
PRODUCTS = [
    ("Moorland Shell 3", "Light, quiet and fully taped, it was the driest jacket in our tests."),
    ("Fellside Pro", "A heavy jacket that breathes poorly but shrugs off the worst storms."),
    ("Tarn Packable", "Folds into its own pocket and weighs less than a paperback book."),
    ("Ridgeway Classic", "Its long cut keeps your legs dry, and the hood fits over a helmet."),
]
BUTTONS = [
    ("See it",),
    ("Check price",),
    ("Check price at Gearhouse",),
    ("Add to cart",),
    ("Read on Amazon",),
    ("Get the Moorland Shell 3 on Amazon",),
    ("See details & buying options",),
    ("Order now",),
    ("Jump to details",),
    ("View post",),
    ("Open in a new tab",),
    ("\u00e2\u009c\u0094",),
    ("See it", "Check price"),
]


def kinds(lines: list[str]) -> dict[str, str]:
    """Return the kind of the block holding the first occurrence of each line."""
    text = "\n".join(lines) + "\n"
    blocks = segment_text(text)
    out: dict[str, str] = {}
    for line in lines:
        start = text.index(line)
        out.setdefault(line, next(b.kind for b in blocks if b.start <= start < b.end))
    return out


def items(buttons: tuple[str, ...], n: int = 3) -> list[str]:
    """Return n products, each its name, a one-sentence blurb and its buttons."""
    return [line for name, blurb in PRODUCTS[:n] for line in (name, blurb, *buttons)]


def assert_editorial(got: dict[str, str], lines: list[str]) -> None:
    for line in lines:
        assert block_group(got[line]) == "editorial", line


@pytest.mark.parametrize("buttons", BUTTONS, ids="+".join)
def test_a_product_list_between_intro_and_outro_stays_the_story(buttons: tuple[str, ...]) -> None:
    got = kinds([TITLE, *INTRO, *items(buttons), *OUTRO])
    assert got[TITLE] == "headline"
    assert_editorial(got, [*INTRO, *[line for p in PRODUCTS[:3] for line in p], *OUTRO])


@pytest.mark.parametrize("buttons", [("See it", "Check price"), ("Add to cart", "View deal")])
def test_products_with_two_buttons_each_at_the_end_stay_the_story(
    buttons: tuple[str, ...],
) -> None:
    blurb = "Warm, light and dry all day, though the hood is small."
    short = [(name, blurb) for name, _ in PRODUCTS]
    lines = [TITLE, *INTRO, OUTRO[0]]
    lines += [line for name, text in short for line in (name, text, *buttons)]
    got = kinds(lines)
    assert_editorial(got, [TITLE, *INTRO, OUTRO[0], *(name for name, _ in short)])


@pytest.mark.parametrize(
    "headline",
    [
        "Get the Tarn Packable jacket for $89 at Amazon",
        "Shop the best winter coat deals at Walmart",
        "Buy one, get one free on all socks at Target",
    ],
)
def test_a_deal_headline_is_no_shop_button(headline: str) -> None:
    got = kinds([headline, *OUTRO[:3]])
    assert got[headline] == "headline"


@pytest.mark.parametrize(
    "line",
    [
        "Get back on target",
        "Shop the spring sale at Target",
        "Buy the tickets on eBay",
        "Check prices at the pump",
        "Watch now",
        "Listen now",
        "See it.",
        "\u00e2\u0080\u0094",
    ],
)
def test_a_lone_subheading_or_verdict_of_a_button_shape_stays(line: str) -> None:
    got = kinds([TITLE, *INTRO, line, *OUTRO[:3]])
    assert block_group(got[line]) == "editorial"
    assert_editorial(got, [*INTRO, *OUTRO[:3]])


@pytest.mark.parametrize(
    ("heading", "buttons"),
    [("Shop the look", ("Check price",)), ("More episodes", ("Listen now",)), ("", ("See it",))],
)
def test_a_shop_list_after_the_story_stays_junk(heading: str, buttons: tuple[str, ...]) -> None:
    story = [TITLE, *INTRO, *OUTRO]
    tail = ([heading] if heading else []) + items(buttons)
    got = kinds(story + tail)
    assert_editorial(got, story[1:])
    for name, blurb in PRODUCTS[:3]:
        assert block_group(got[name]) != "editorial", name
        assert block_group(got[blurb]) != "editorial", blurb
