"""Tests for the text path's code gutters, wordless lines, long lines, author boxes and page
furniture after the body (invented text)."""

from __future__ import annotations

import pytest

from presswatch.segment import segment_text
from tests.segment.test_layout import kinds_of


def test_code_gutter_inside_the_body_is_not_text(body_lines: list[str]) -> None:
    gutter = [str(n) for n in range(1, 9)]
    code = "type Query { pier(id: ID!): Pier }"
    text = "\n".join([*body_lines[:3], "Example:", *gutter, code, *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[n] == "navigation" for n in gutter)
    assert kinds[body_lines[3]] == "body"


def test_numbers_that_do_not_count_up_stay_body(body_lines: list[str]) -> None:
    scores = ["63", "85", "71", "90"]  # a column of values, not line numbers
    text = "\n".join([*body_lines[:3], "Scores", *scores, *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[n] == "body" for n in scores)


def test_lines_without_words_inside_the_body_are_not_text(body_lines: list[str]) -> None:
    marks = ["☆ ★ ☆ ★ ☆", "✔", "* * *"]
    text = "\n".join([*body_lines[:2], *marks, *body_lines[2:]])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[m] == "boilerplate" for m in marks)
    assert [kinds[b] for b in body_lines] == ["body"] * len(body_lines)


def test_long_line_is_tested_against_the_rules_marked_long(body_lines: list[str]) -> None:
    editions = " ".join(f"Edition {n} (language {n})" for n in range(40))
    picker = f"Change language & content: {editions}"
    assert len(picker) > 400
    # a long paragraph mentioning a rule's words in its middle stays body
    prose = (
        "The council said the harbour fund may earn a commission on every berth it lets, and " * 6
    ).strip() + "."
    text = "\n".join([picker, "Home", "News", *body_lines[:2], prose, *body_lines[2:]])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[picker] == "navigation"
    assert kinds[prose] == "body"


AUTHOR_BOX = [
    "Cai Morrow",
    "Harbour Correspondent",
    "Hi! I have covered the coast for ten years, from ferry timetables to the fishing quota "
    "talks, and I still take the early boat whenever I can.",
]


@pytest.mark.parametrize("heading", ["About the author", "The authors", "About Cai Morrow"])
def test_author_box_heading_ends_the_body(body_lines: list[str], heading: str) -> None:
    text = "\n".join([*body_lines, heading, *AUTHOR_BOX])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[b] for b in body_lines] == ["body"] * len(body_lines)
    assert kinds[AUTHOR_BOX[2]] != "body"


def test_author_heading_with_a_long_section_under_it_stays_body(body_lines: list[str]) -> None:
    # a profile's "About Cai Morrow" section: several paragraphs under the heading are the story
    text = "\n".join([*body_lines[:2], "About Cai Morrow", *body_lines[2:]])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[b] for b in body_lines] == ["body"] * len(body_lines)


@pytest.mark.parametrize(
    "box",
    [
        ["Cai Morrow", "Cai covers the harbour, the ferries and the fishing fleet for the Post."],
        [
            "Cai Morrow",
            "Harbour Correspondent",
            "Cai Morrow is a harbour reporter who has lived above the fish market since 2015.",
        ],
    ],
)
def test_author_name_over_a_bio_ends_the_body(body_lines: list[str], box: list[str]) -> None:
    # no "About the author" heading: the name alone on a line, then a bio opening with it
    text = "\n".join([*body_lines, *box])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[b] for b in body_lines] == ["body"] * len(body_lines)
    assert kinds[box[-1]] != "body"


def test_section_heading_repeated_in_its_paragraph_stays_body(body_lines: list[str]) -> None:
    # "Berth Fees" over "Berth fees will rise …" is the story's last section, not an author box
    section = [
        "Berth Fees",
        "Berth fees will rise by a tenth in April, the harbour board said, the first rise in ages.",
    ]
    text = "\n".join([*body_lines, *section])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in [*body_lines, *section]] == ["body"] * (len(body_lines) + 2)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Open submenu", "navigation"),
        ("Previous Post: Ten quiet beaches to visit before the crowds arrive", "navigation"),
        ("PrevPreviousWhy the price of fish keeps rising", "navigation"),
        ("Post navigation", "navigation"),
        ("Get the recipe", "navigation"),
        ("Book a demo now to see the harbour planner in action", "boilerplate"),
        ("See Harbour Planner in action", "boilerplate"),
        ("Get started today", "boilerplate"),
        ("Enter your email address to subscribe", "newsletter"),
        ("Sorry, your subscription could not be saved just now.", "newsletter"),
        ("Like what you’re reading here? The harbour digest comes every Friday.", "newsletter"),
        ("Jane Doe of the Harbour Gazette contributed to this report.", "byline"),
    ],
)
def test_page_furniture_lines(body_lines: list[str], line: str, kind: str) -> None:
    text = "\n".join([*body_lines[:3], line, *body_lines[3:]])
    assert kinds_of(text, segment_text(text))[line] == kind


@pytest.mark.parametrize(
    "heading",
    [
        "Similar Posts",
        "Most Recent",
        "Discussion about this post",
        "Вам также может быть интересно",
    ],
)
def test_more_trailer_headings_end_the_body(body_lines: list[str], heading: str) -> None:
    teasers = ["Ten quiet beaches to visit", "Why fish prices keep rising on the coast"]
    text = "\n".join([*body_lines, heading, *teasers])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[heading] in ("recommendation", "comments")
    assert all(kinds[t] != "body" for t in teasers)


@pytest.mark.parametrize("line", ["Ready to sail again?", "I'd like to...", "Sign me up!"])
def test_questions_and_prompts_after_the_body_are_not_body(
    body_lines: list[str], line: str
) -> None:
    text = "\n".join([*body_lines, line, "Subscribe"])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[line] != "body"


@pytest.mark.parametrize(
    "section",
    [
        [
            "Police Appeal",
            "Police are asking anyone who saw the collision on the quay to call them.",
        ],
        ["Council Response", "Council leader Jane Smith said the board would review the fees."],
        ["Ferry Service", "Ferry services will resume on Monday once the pier has been checked."],
        ["Tom Okafor", "Tom Okafor, the former Rovers goalkeeper, died on Sunday aged 81."],
        ["Anna Berg", "Anna says she will keep the café open through the winter months."],
        ["Helen Marsh", "Helen Marsh, who has chaired the board since 2019, said she would stay."],
    ],
)
def test_a_closing_section_under_a_name_or_heading_stays_body(
    body_lines: list[str], section: list[str]
) -> None:
    # a section or an entry headed by a name is the story's unless its paragraph is a bio
    text = "\n".join([*body_lines, *section])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in section] == ["body", "body"]


def test_possessive_and_plural_first_names_open_a_bio(body_lines: list[str]) -> None:
    box = ["James Harris", "James covers transport and the harbour for the Post."]
    text = "\n".join([*body_lines, *box])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[box[1]] != "body"
