"""Tests for page tails that pulled the run past the story: glued options, cards dated below."""

from __future__ import annotations

import pytest

from presswatch.segment import segment_text
from presswatch.segment.text import glued_list, split_lines
from tests.segment.test_layout import kinds_of
from tests.segment.test_trailers import FOOTER_PROSE

REGIONS = [
    "Austria", "Belgium", "Canada", "Denmark", "Estonia", "Finland", "France", "Germany",
    "Greece", "Hungary", "Iceland", "Ireland", "Italy", "Japan", "Latvia", "Lithuania",
    "Luxembourg", "Malta", "Mexico", "Netherlands", "New Zealand", "Norway", "Poland",
    "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland",
]  # fmt: skip
# a sign-up form's country picker, flattened with its options glued together
GLUED = "Select your regionUnited Kingdom" + "".join(REGIONS * 4)
FOOTER_MENU = [
    "About us", "Careers", "Press", "Advertise", "Archive", "Site map", "Help", "Jobs",
    "Events", "Podcasts", "Shop", "Puzzles", "Weather", "Traffic", "Obituaries", "Letters",
    "Corrections", "Staff", "Awards", "Apps",
]  # fmt: skip
# the footer's first line: the box of cards ends at it (two paragraphs right under the last
# card read as the story going on, tests/segment/test_page_tail_guards.py)
COPYRIGHT = "© 2026 The Eastwick Courier. All rights reserved."
FOOTER_NOTE = (
    "The Eastwick Courier is published by Harbour Print Ltd, which is owned by its readers' trust."
)


def test_glued_option_list_does_not_pull_the_body_into_the_footer(body_lines: list[str]) -> None:
    # the glued options read as one long unpunctuated line and weighed like half a paragraph
    text = "\n".join([*body_lines, *FOOTER_MENU, "Your email*", GLUED, FOOTER_NOTE])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)
    assert all(kinds[line] != "body" for line in [*FOOTER_MENU, GLUED, FOOTER_NOTE])


INCOME = "Household incomeUnder $40,000$40,000 - $79,999$80,000 - $119,999$120,000 or more"
SERVICES = "ServicesMooringsWinter StorageBoat RepairsChandleryFuel DockHarbour ShopContact Us"
# a tutorial's code line names camelCase identifiers
CODE = "const berthName = getBerthName(vesselId); renderBerthCard(berthName, tideTable)"
# a review's list of brands with inner capitals, separated by commas
BRANDS = "Cheaper rivals for harbours: HarbourDesk, QuayBook, TideLedger, SailPlan and MooringHub"
# capitalised names with spaces are the tag-cloud rule's, not this one's
TOWNS = "Eastwick Bay Westmoor End Kettle Point Oldhaven Sands Marsh End Crane Point Saltby"
# a paragraph that lost a space or two in flattening
SLIPS = "The ferry runs hourlyFrom Monday the first boat leaves at six and the last at ten"


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        (GLUED, True),
        (INCOME, True),
        (SERVICES, True),
        (CODE, False),
        (BRANDS, False),
        (TOWNS, False),
        (SLIPS, False),
    ],
)
def test_a_glued_list_is_options_without_separators(line: str, glued: bool) -> None:
    (parsed,) = [row for row in split_lines(line) if row.text]
    assert glued_list(parsed) is glued


def dated_cards(date_below: bool) -> list[str]:
    """Return three teaser cards (kicker, title, blurb, button, date) under a trailer heading."""
    cards = ["You may also like:"]
    for kicker, title, blurb, date in [
        (
            "Boating",
            "Winter storage for small boats: what to check",
            "A walk around the hull and the engine before the frost, with the checks that "
            "catch most of the damage a long winter on the hard can do.",
            "Mar. 3, 2026",
        ),
        (
            "Money",
            "Are mooring fees set to rise again?",
            "Harbours across the coast are reviewing their charges, and owners of the smallest "
            "boats say they are paying the most for the least.",
            "Feb. 25, 2026",
        ),
        (
            "Travel",
            "Five quiet harbours for a spring weekend",
            "Away from the busy marinas there are still places where a visiting boat can tie up "
            "for the night without booking weeks ahead.",
            "Jan. 7, 2026",
        ),
    ]:
        if date_below:
            cards += [kicker, title, blurb, "Read now", date]
        else:
            cards += [kicker, title, blurb, "Read now"]
    return cards


def test_cards_dated_under_their_blurbs_end_the_body(body_lines: list[str]) -> None:
    # title / blurb / "Read now" / date: the date closes each card instead of heading it
    body = body_lines + [line.replace("Eastwick", "Westwick") for line in body_lines]
    cards = dated_cards(date_below=True)
    text = "\n".join([*body, *cards, COPYRIGHT, *FOOTER_PROSE])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body] == ["body"] * len(body)
    assert all(kinds[line] != "body" for line in [*cards, *FOOTER_PROSE])


def test_cards_under_a_later_heading_end_the_body_after_an_inline_box(
    body_lines: list[str],
) -> None:
    # an inline "Related" link bridged inside the story does not hide the card box further down
    first = body_lines + [line.replace("Eastwick", "Westwick") for line in body_lines]
    second = [line.replace("Eastwick", "Northwick") for line in body_lines]
    inline = ["Related article", "Why the ferry stopped calling at Eastwick"]
    cards = [
        "Related stories",
        "Fishermen plan a protest at the harbour board meeting",
        "February 20, 2026",
        "Fishermen say they will take their boats to the board's meeting next week unless the "
        "new fees are put off until the autumn.",
        "Lifeboat crew called out twice in one night off Kettle Point",
        "January 14, 2026",
        "The volunteer crew launched twice within four hours to help a yacht with a fouled "
        "propeller and a walker cut off by the tide.",
    ]
    text = "\n".join([*first, *inline, *second, *cards, COPYRIGHT, *FOOTER_PROSE])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in [*first, *second]] == ["body"] * (len(first) + len(second))
    assert all(kinds[line] != "body" for line in cards[1:] + FOOTER_PROSE)


def test_undated_cards_keep_the_old_behaviour(body_lines: list[str]) -> None:
    # guard: without a date under each card, nothing shows the blurbs are other stories'
    cards = dated_cards(date_below=False)
    text = "\n".join([*body_lines, *cards])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)


def test_tweet_sign_offs_under_a_headline_box_are_no_card_dates(body_lines: list[str]) -> None:
    # guard: a "More from" box of headlines inside a story, which then quotes two tweets: their
    # sign-offs carry dates under the quoted lines but close no card
    box = [
        "More from Coast",
        "Harbour board delays vote on mooring fees",
        "Lifeboat station opens its doors for a summer fair",
    ]
    rest = [
        "“We are proud to welcome the ferry back to Eastwick and thank everyone who campaigned "
        "for it,” the harbour board wrote on its social media account on Tuesday.",
        "Board statement",
        "— Eastwick Harbour (@EastwickHarbour) May 20, 2026",
        "“The first boat is full already, so book early for the fair weekend,” the ferry "
        "operator added in a reply to the board's post a few hours later.",
        "— Kettle Ferries (@KettleFerries) May 20, 2026",
        "The first sailing under the new timetable leaves Kettle Bay at six on Monday morning, "
        "and the last boat back from Eastwick leaves at ten in the evening.",
        "Traders on the quay said they would open early on the first day to meet the boat.",
    ]
    first = body_lines + [line.replace("Eastwick", "Westwick") for line in body_lines]
    second = [line.replace("Eastwick", "Northwick") for line in body_lines]
    text = "\n".join([*first, *box, *rest, *second])
    kinds = kinds_of(text, segment_text(text))
    story = [*first, rest[0], rest[3], rest[5], rest[6], *second]
    assert [kinds[line] for line in story] == ["body"] * len(story)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Explore more articles.", True),
        ("Discover more stories", True),
        ("Browse related posts:", True),
        ("Explore more of the coast path's quieter stretches", False),
        ("Discover more about the harbour's history at the museum.", False),
    ],
)
def test_explore_more_articles_is_a_trailer_heading(line: str, heading: bool) -> None:
    (parsed,) = [row for row in split_lines(line) if row.text]
    assert (parsed.rule == "recommendation") is heading
