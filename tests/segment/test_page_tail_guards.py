"""Guards for the page-tail rules: dated story parts, subheads, lines that only look like junk."""

from __future__ import annotations

import pytest

from presswatch.segment import segment_text
from presswatch.segment.context import is_signoff
from presswatch.segment.text import glued_list, split_lines
from tests.segment.conftest import BODY
from tests.segment.test_layout import kinds_of

HEADLINE = "Eastwick votes to rebuild its old ferry pier"
INLINE = ["Related", "Why the ferry stopped calling at Eastwick"]
MORE = [line.replace("Eastwick", "Westwick") for line in BODY]

# Dated parts of a story under an inline box: each is followed by more of the story.
TIMELINE = [
    "The first survey",
    "Divers found cracks in three of the pier's oldest piles and advised closing its far end.",
    "Oct. 12, 2025",
    "The petition",
    "More than two thousand residents signed a call to save the pier within a single week.",
    "Nov. 3, 2025",
]
QUESTIONS = [
    "Will the ferry call at Eastwick again before the new pier opens next summer?",
    "Answered May 19, 2026",
    "Not on the old pier, the harbour master said, but a floating stage may be used in August.",
    "Who pays for the work if the regional fund says no to the council's request?",
    "Answered May 20, 2026",
]
OBITUARY = [
    "Nell Quill, who kept the pier's tide board for forty years, has died at the age of 88.",
    "Born March 3, 1938",
    "She grew up above her father's net shop and rowed her first race across the bay at twelve.",
    "Died May 2, 2026",
]
EVENTS = [
    "A walk along the old pier with the divers who surveyed it, leaving from the lifeboat house.",
    "Saturday, May 30",
    "An open meeting at the town hall, where the engineers will show the plans for the new pier.",
    "Sunday, May 31",
]
LETTERS = [
    "The pier is the reason my grandparents settled here, and I am glad the council saved it.",
    "Ada Marsh, Kettle Island, May 18",
    "Four million for a pier while the flood wall leaks at every spring tide is the wrong choice.",
    "Peter Lund, Oldhaven, May 19",
]
SUBHEADS = [
    "Skippers had complained for months that the tide board at the pier head could not be read.",
    "What happened on May 4",
    "The last boat to use the pier scraped its hull on a broken pile and had to turn back to sea.",
    "The June 12 deadline",
]
# an embedded tweet's sign-offs without the embed's dash
TWEETS = [
    "“Glad to see the pier saved, and thanks to everyone who signed,” the ferry company wrote.",
    "Kettle Ferries (@KettleFerries) May 20, 2026",
    "“We will be the first boat back when it opens,” a skipper replied in a post that evening.",
    "Eastwick Skipper (@EastwickSkip) May 20, 2026",
]


@pytest.mark.parametrize(
    "parts",
    [TIMELINE, QUESTIONS, OBITUARY, EVENTS, LETTERS, SUBHEADS, TWEETS],
    ids=["timeline", "questions", "obituary", "events", "letters", "subheads", "tweets"],
)
def test_dated_story_parts_under_an_inline_box_are_no_cards(parts: list[str]) -> None:
    # the story goes on with two or more paragraphs after the last dated line: no box of cards
    text = "\n".join([HEADLINE, *BODY, *INLINE, *parts, *MORE])
    kinds = kinds_of(text, segment_text(text))
    story = [*BODY, *[line for line in parts if len(line) > 60], *MORE]
    assert [kinds[line] for line in story] == ["body"] * len(story)


def test_a_timeline_under_a_later_heading_is_no_card_box() -> None:
    # the first inline box is bridged; a second one above a dated timeline must not end the body
    second = [line.replace("Eastwick", "Northwick") for line in BODY]
    later = ["Read more:", "Pier repairs put off for another winter"]
    dated = [
        "March 3, 2022",
        "The first crack in the pier's deck is reported by a fisherman and patched within a week.",
        "June 9, 2023",
        "A storm tears away part of the railing, and the far end of the pier is fenced off.",
        "January 14, 2025",
        "Engineers warn the council that the whole structure could fail within five years.",
    ]
    text = "\n".join([*BODY, *INLINE, *MORE, *later, *dated, *second])
    kinds = kinds_of(text, segment_text(text))
    story = [*BODY, *MORE, *dated[1::2], *second]
    assert [kinds[line] for line in story] == ["body"] * len(story)


@pytest.mark.parametrize(
    ("line", "signoff"),
    [
        ("— Kettle Ferries (@KettleFerries) May 20, 2026", True),
        ("Kettle Ferries (@KettleFerries) May 20, 2026", True),
        ("Kettle Ferries, May 20, 2026", False),
    ],
)
def test_a_tweet_sign_off_needs_no_dash(line: str, signoff: bool) -> None:
    assert is_signoff(line) is signoff


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Explore more harbour stories", True),
        ("Explore more of the harbour's hidden stories", False),
        ("Browse other posts", False),
        ("Discover more local news", False),
    ],
)
def test_explore_more_allows_one_word_before_its_noun(line: str, heading: bool) -> None:
    (parsed,) = [row for row in split_lines(line) if row.text]
    assert (parsed.rule == "recommendation") is heading


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        # hashtags closing a story are no glued options
        (
            "Tickets for the pier fair go on sale at the quay office on Monday "
            "#EastwickPierFair #SaveOurOldPier #LoveEastwickBay",
            False,
        ),
        # a sentence quoting prices of glued brand names
        (
            "Berths start at HarbourDesk 12 pounds QuayBook 15 pounds TideLedger 18 pounds "
            "and MooringHub 20 pounds",
            False,
        ),
        # a price band picker in pounds
        ("Annual incomeBelow £20,000£20,000 - £39,999£40,000 - £59,999£60,000 or more", True),
    ],
)
def test_glued_options_skip_tags_numbers_as_words_and_count_pounds(line: str, glued: bool) -> None:
    (parsed,) = [row for row in split_lines(line) if row.text]
    assert glued_list(parsed) is glued


def test_a_hashtag_line_closing_a_story_stays_body() -> None:
    closing = (
        "Tickets for the pier fair go on sale at the quay office on Monday and online "
        "#EastwickPierFair #SaveOurOldPier #LoveEastwickBay"
    )
    footer = ["About us", "© 2026 The Eastwick Courier. All rights reserved."]
    text = "\n".join([HEADLINE, *BODY, closing, *footer])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in [*BODY, closing]] == ["body"] * (len(BODY) + 1)
