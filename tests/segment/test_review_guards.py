"""Guards: ordinary story lines that the text path's furniture rules must leave body (invented)."""

from __future__ import annotations

import pytest

from presswatch.segment import segment_text
from tests.segment.test_layout import kinds_of


def _long(opening: str) -> str:
    """Return a paragraph of 400+ characters opening with `opening`."""
    more = (
        " The harbour board heard from fishing families, ferry crews and the lifeboat station, "
        "and several members asked for the figures to be checked again before the spring."
    )
    return opening + more * 3


@pytest.mark.parametrize(
    "opening",
    [
        "EASTWICK - Nov. 27, 2026 - The harbour board voted late on Tuesday to close the slipway.",
        "Copyright lawyers say the ruling will change how the town's museum lends old photographs.",
        "Choose your language carefully when you write to the council about the mooring fees.",
        "Sign up: that was the message from the rowing club, which is short of crews this year.",
    ],
)
def test_long_paragraph_opening_like_furniture_stays_body(
    body_lines: list[str], opening: str
) -> None:
    paragraph = _long(opening)
    assert len(paragraph) >= 400
    text = "\n".join([*body_lines[:3], paragraph, *body_lines[3:]])
    assert kinds_of(text, segment_text(text))[paragraph] == "body"


def test_long_copyright_notice_with_a_year_is_boilerplate(body_lines: list[str]) -> None:
    notice = _long("Copyright © 2026 The Eastwick Harbour Gazette and its licensors.")
    text = "\n".join([*body_lines, notice])
    assert kinds_of(text, segment_text(text))[notice] == "boilerplate"


FESTIVAL = [
    "Four local novelists will read from new books in the church hall, followed by questions "
    "from the audience and a signing table run by the town bookshop.",
    "Tickets cost five pounds at the library desk, and children under twelve come in free "
    "with an adult on both afternoons of the festival.",
]
PROFILE = [
    "Peter Hale has piloted the Eastwick ferry for thirty-one years, and he still checks the "
    "ropes by hand each morning before the first crossing.",
    "He plans to retire when the new pier opens, though friends doubt he will stay away from "
    "the water for long once the summer boats return.",
]
NEXT_SECTION = [
    "The plan for the quay was drafted last winter and shown to traders in the market hall "
    "before it went to the full council for a vote.",
    "Changes to the parking rules came out of those meetings, with fewer spaces by the water "
    "and a new bay for delivery vans near the fish market.",
    "What happens next",
    "Builders are expected on site in March, and the harbour office will publish the closure "
    "dates for the slipway a month in advance.",
    "Boat owners who need a berth during the works can apply for one at the marina office.",
]


@pytest.mark.parametrize(
    "ending",
    [
        ["Authors", *FESTIVAL],
        ["About Peter Hale", *PROFILE],
        ["About the author", *NEXT_SECTION],
    ],
)
def test_author_heading_over_story_paragraphs_stays_body(
    body_lines: list[str], ending: list[str]
) -> None:
    text = "\n".join([*body_lines, *ending])
    kinds = kinds_of(text, segment_text(text))
    prose = [line for line in ending if len(line) > 80]
    assert [kinds[p] for p in prose] == ["body"] * len(prose)


def test_a_table_of_years_is_no_code_gutter(body_lines: list[str]) -> None:
    table = ["Year", "2019", "2020", "2021", "2022", "2023", "Calls", "410", "388", "452"]
    text = "\n".join([*body_lines[:3], *table, *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[y] for y in ("2019", "2020", "2021", "2022", "2023")] == ["body"] * 5


def test_network_names_listed_in_the_story_stay_body(body_lines: list[str]) -> None:
    apps = ["TikTok", "Instagram", "YouTube", "Snapchat"]
    intro = "Pupils at the harbour school named the apps they missed most during the ban:"
    text = "\n".join([*body_lines[:3], intro, *apps, *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[a] for a in apps] == ["body"] * len(apps)


def test_most_recent_as_a_subheading_in_the_story_stays_body(body_lines: list[str]) -> None:
    # (a trailer heading with two paragraphs under it still ends the body: not this case)
    text = "\n".join([*body_lines[:2], "Most recent", *body_lines[2:]])
    kinds = kinds_of(text, segment_text(text))
    assert kinds["Most recent"] == "body"
    assert [kinds[b] for b in body_lines] == ["body"] * len(body_lines)


def test_network_names_beside_a_share_line_are_share(body_lines: list[str]) -> None:
    row = ["Follow us", "Instagram", "YouTube"]
    text = "\n".join([*body_lines[:3], *row, *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[r] for r in row] == ["share"] * len(row)


def test_a_lone_dash_between_sections_stays_body(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines[:3], "—", *body_lines[3:]])
    assert kinds_of(text, segment_text(text))["—"] == "body"


def test_blank_line_beside_short_prose_lines_does_not_crash() -> None:
    # a blank line reached the Latin-size check of its last character (IndexError)
    text = (
        "a d e t s r n y.\nB\nh s.o e r s h s.\nS\nt l \u2460 r e n n'y.\nW\n"
        "e t e n a e n y.\n\nt tracking your intake may be linked to increased weight loss"
        " and aid long-termx"
    )
    blocks = segment_text(text)
    assert blocks and blocks[-1].end <= len(text)
