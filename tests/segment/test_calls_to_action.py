"""Buttons, embed labels and jump links between paragraphs are junk; the story lines beside stay."""

from __future__ import annotations

import pytest

from presswatch.records import block_group
from presswatch.segment import segment_text
from tests.segment.conftest import BODY

TITLE = "Eastwick votes to rebuild its old ferry pier after three years of argument"


def page(*middle: str, head: tuple[str, ...] = ()) -> str:
    """Return a flattened page: title, header lines, three paragraphs, the lines, two more."""
    return "\n".join([TITLE, *head, *BODY[:3], *middle, *BODY[3:]]) + "\n"


def kind_of(text: str, line: str) -> str:
    """Return the kind of the block holding the first occurrence of `line`."""
    start = text.index(line)
    return next(b.kind for b in segment_text(text) if b.start <= start < b.end)


def assert_body_kept(text: str, *story: str) -> None:
    for line in [*BODY, *story]:
        assert block_group(kind_of(text, line)) == "editorial", line


@pytest.mark.parametrize(
    ("story", "lines", "kind"),
    [
        # an embedded social post under a shop's name
        (
            ("Harbour Bakery",),
            ("View this post on Instagram", "A post shared by Harbour Bakery (@harbourbakery)"),
            "share",
        ),
        # shop buttons under a product in a buying guide
        # "See it" alone may be a review's verdict: a button beside another
        (("Quayside Kettle 2",), ("See It", "Check Price"), "ad"),
        (("Quayside Kettle 2",), ("Check Price",), "ad"),
        (("Quayside Kettle 2",), ("Check price at Marketstall",), "ad"),
        (("Quayside Kettle 2",), ("See Details & Buying Options",), "ad"),
        (("Quayside Kettle 2",), ("Today’s Best Deal",), "ad"),
        (("The Tidewater Ledger by Anna Pell",), ("Read on Amazon",), "ad"),
        # jump links, a contents box's heading, a figure's and a slider's buttons
        (("Quayside Kettle 2",), ("Jump To Details",), "navigation"),
        ((), ("Table of Contents",), "navigation"),
        ((), ("On this page",), "navigation"),
        (("Figure 2. Boats moored at the old pier.",), ("Open in a new tab",), "navigation"),
        ((), ("Previous Next",), "navigation"),
        ((), ("View image in fullscreen",), "navigation"),
        # a vendor's buttons inside a company-blog post, a comparison table's mis-encoded ticks
        ((), ("try now", "Learn more"), "boilerplate"),
        ((), ("Sign up Learn more",), "boilerplate"),
        (("Harbour Tide Tables 2026",), ("Order Now",), "boilerplate"),
        (("Harbour Quiz",), ("Get the Harbour Quiz Board Game on Amazon",), "ad"),
        ((), ("SKIP ADVERTISEMENT",), "ad"),
        ((), ("Continue to 3 of 5 below.",), "navigation"),
        ((), ("Go to slide 1 Go to slide 2 Go to slide 3",), "navigation"),
        ((), ("Share post on:",), "share"),
        # a blog's subscription box and author link in the middle of the text
        ((), ("Discover more from Harbour Notes",), "newsletter"),
        ((), ("View all posts by Jane Doe",), "navigation"),
        (("Harbour pass",), ("â\x9c\x94",), "boilerplate"),
    ],
)
def test_widget_line_is_junk_and_the_story_lines_beside_it_stay(
    story: tuple[str, ...], lines: tuple[str, ...], kind: str
) -> None:
    text = page(*story, *lines)
    assert all(kind_of(text, line) == kind for line in lines)
    assert_body_kept(text, *story)


def test_the_articles_own_contents_stay_body_under_the_heading() -> None:
    sections = ["The vote", "The cost", "What comes next"]
    text = "\n".join(
        [
            TITLE,
            BODY[0],
            "Table of Contents",
            *sections,
            sections[0],
            BODY[1],
            sections[1],
            BODY[2],
            BODY[3],
            sections[2],
            BODY[4],
        ]
    )
    assert kind_of(text, "Table of Contents") == "navigation"
    blocks = segment_text(text)
    starts = [text.index(s) for s in sections]
    assert all(next(b.kind for b in blocks if b.start <= s < b.end) == "body" for s in starts)
    assert_body_kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "See it for yourself: the pier's old timbers are on show at the museum until March.",
        "A post shared by the council on Friday drew hundreds of replies from fishing families.",
        "Check prices at the harbour kiosk before you travel, the operator advised on Monday.",
        "Try now to imagine the town without its ferry, Quill told the meeting.",
        "On this page of the plan, the council lists every berth it expects to let by June.",
        "Table of contents aside, the report runs to 400 pages and few have read it.",
        "Shoppers can get the same kettle at Walmart, the makers said on Tuesday.",
        "Discover more from the harbour museum, which opens its new gallery in May.",
    ],
)
def test_story_sentences_of_the_same_shape_stay_body(line: str) -> None:
    text = page(line)
    assert kind_of(text, line) == "body"
    assert_body_kept(text)
