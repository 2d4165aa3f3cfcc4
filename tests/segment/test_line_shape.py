"""Tests for line-rule shapes and list layouts: credits, disclosures, jump links, teaser lists."""

from __future__ import annotations

import pytest

from presswatch.segment import segment_text
from presswatch.segment.body import label_lines, teaser_joins
from presswatch.segment.rules import furniture_key, line_rules, word_count
from presswatch.segment.text import split_lines
from tests.segment.test_layout import kinds_of

PAIRS = [
    ("Harbour Cloud", "Harbour Cloud keeps your moorings, fees and permits in one calm place."),
    ("Quay Planner", "Quay Planner books berths for visiting boats a season ahead."),
    ("Tide Desk", "Tide Desk sends skippers the next high water before they sail."),
    ("Net Ledger", "Net Ledger tracks every catch from the boat to the market stall."),
]
TITLES = [
    f"Why the {place} ferry timetable changes every spring and what the traders think of it now"
    for place in (
        "Eastwick",
        "Westmoor",
        "Kettle Bay",
        "Oldhaven",
        "Marsh End",
        "Crane Point",
        "Saltby",
        "Fennick",
        "Gull Rock",
        "Harrow Sands",
    )
]
FOOTER = [
    "The Harbour Post is written and edited in Eastwick by a small team of local reporters and "
    "photographers who have covered the coast for many years.",
    "We read every letter our readers send us, and we publish corrections on this page as soon "
    "as we learn that something we printed was wrong.",
]


def rule(line: str) -> str | None:
    return line_rules().kind_of(line, furniture_key(line), word_count(line))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Recommended by Sylvia Bishop", None),
        ("Recommended by Outbrain", "sponsored"),
        ("Recommended by", "sponsored"),
        ("Recommended by our editors", "sponsored"),
        ("Video or voice calls with up to 100 users", None),
        ("Credit cards – $34,000", None),
        ("Source of the leak", None),
        ("Source: Reuters", "credit"),
        ("Video: Jon Tarn/AP", "credit"),
        ("Credit Jon Tarn", "credit"),
        ("Video by Jon Tarn", "credit"),
        ("READ MORE ↓", "navigation"),
        ("Read more", "recommendation"),
        ("We and our 100 partners store and/or access information on a device.", "boilerplate"),
    ],
)
def test_line_rule_shapes(line: str, kind: str | None) -> None:
    assert rule(line) == kind


def test_author_credit_and_credit_words_stay_in_the_body(body_lines: list[str]) -> None:
    text = "\n".join(
        [
            *body_lines[:2],
            "Recommended by Sylvia Bishop",
            body_lines[2],
            "Credit cards – $34,000",
            *body_lines[3:],
        ]
    )
    kinds = kinds_of(text, segment_text(text))
    assert {kinds[line] for line in body_lines} == {"body"}
    assert kinds["Recommended by Sylvia Bishop"] != "sponsored"


def test_jump_link_is_not_a_trailer_barrier(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines[:3], "READ MORE ↓", *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)


def test_teaser_list_after_the_body_is_junk(body_lines: list[str]) -> None:
    pairs = [line for pair in PAIRS for line in pair]
    text = "\n".join([*body_lines, *pairs, "Subscribe"])
    blocks = segment_text(text)
    kinds = kinds_of(text, blocks)
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)
    assert {kinds[line] for line in pairs} == {"teaser"}
    # a title and its blurb are one teaser item
    assert sum(1 for block in blocks if block.kind == "teaser") == len(PAIRS)


def test_descriptive_menu_above_the_body_is_junk(body_lines: list[str]) -> None:
    menu = ["Products", *[line for pair in PAIRS for line in pair], "Pricing"]
    text = "\n".join([*menu, *body_lines])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)
    assert "body" not in {kinds[line] for line in menu}


def test_title_blurb_section_inside_the_body_stays_body(body_lines: list[str]) -> None:
    pairs = [line for pair in PAIRS[:3] for line in pair]
    text = "\n".join([*body_lines[:3], *pairs, *body_lines[3:], *body_lines[:1]])
    kinds = kinds_of(text, segment_text(text))
    assert {kinds[line] for line in [*body_lines, *pairs]} == {"body"}


def test_titles_under_a_trailer_heading_do_not_carry_the_body_across(
    body_lines: list[str],
) -> None:
    tail = ["More from the Harbour Post", *TITLES, *FOOTER]
    text = "\n".join([*body_lines, *tail])
    lines = split_lines(text)
    kinds = label_lines(lines)
    by_text = {line.text: kind for line, kind in zip(lines, kinds, strict=True) if line.text}
    assert {by_text[title] for title in TITLES} == {"teaser"}
    assert by_text[body_lines[-1]] == "body"
    assert not any(teaser_joins(lines, kinds))


def test_tag_cloud_line_does_not_pull_the_body_past_a_menu() -> None:
    """A long unpunctuated line of capitalised names (a dropdown, a tag cloud) is no sentence."""
    body = [
        "The ferry between Eastwick and Kettle Bay will run every hour from next Monday, the "
        "harbour board said, after a winter of complaints from traders about the timetable.",
        "Traders on the quay said the change came too late for the autumn fair but would help the "
        "fish market, which opens before dawn and depends on the first boat of the day.",
    ]
    menu = ["Home", "News", "Sport", "Weather", "Contact", "Archive"]
    towns = ["Eastwick", "Westmoor", "Kettle", "Oldhaven", "Marsh", "Crane", "Saltby", "Fennick"]
    cloud = " ".join(
        f"{town} {part}" for part in ("Bay", "End", "Point", "Sands") for town in towns
    )
    text = "\n".join([*body, *menu, cloud, "Choose your town"])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body] == ["body"] * len(body)
    assert [kinds[line] for line in [*menu, cloud]].count("body") == 0
