"""Text-path rules for plugin and ad strings, and mojibake line ends (invented text)."""

from __future__ import annotations

import pytest

from presswatch.segment import segment_text
from tests.segment.test_layout import kinds_of

RATING = [
    "How useful was this post?",
    "Click on a star to rate it!",
    "Submit Rating",
    "Average rating 4.2 / 5. Vote count: 17",
]
BIO = "Mara Quill writes about the coast and its towns for the Gazette."


def test_rating_widget_ends_the_body(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines, *RATING, "Mara Quill", BIO])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[body_lines[-1]] == "body"
    assert all(kinds[line] != "body" for line in [*RATING, BIO])


def test_rating_words_in_a_sentence_stay_body(body_lines: list[str]) -> None:
    line = "Submit rating forms for the new moorings to the harbour office before the end of May."
    text = "\n".join([*body_lines[:3], line, *body_lines[3:]])
    assert kinds_of(text, segment_text(text))[line] == "body"


@pytest.mark.parametrize(
    "label", ["Advertisement - Continue Reading Below", "ADVERTISEMENT: Story continues below"]
)
def test_ad_label_with_its_continuation_notice_is_an_ad(body_lines: list[str], label: str) -> None:
    text = "\n".join([*body_lines[:2], label, *body_lines[2:]])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[label] == "ad"
    assert kinds[body_lines[2]] == "body"


def test_contact_form_fields_are_junk_inside_the_body(body_lines: list[str]) -> None:
    form = [
        "First Name(Required)",
        "Email (required)",
        "This field is hidden when viewing the form",
    ]
    text = "\n".join([*body_lines[:3], *form, *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[line] == "newsletter" for line in form)


def test_required_items_of_a_packing_list_stay_body(body_lines: list[str]) -> None:
    items = ["Passport (required)", "Ferry ticket (required)", "Rain jacket"]
    text = "\n".join([*body_lines[:3], *items, *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[line] == "body" for line in items)


def test_mojibake_space_does_not_hide_the_end_mark(body_lines: list[str]) -> None:
    # a UTF-8 no-break space read as Latin-1 leaves "Â" after the full stop
    lead = [line + "Â" for line in body_lines[:3]]
    text = "\n".join(["Menu", "Home", "News", "Sport", *lead, *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[line] == "body" for line in lead)


FURNITURE = {
    "Visit Website": "boilerplate",
    "Privacy Overview": "boilerplate",
    "A guest post by Mara Quill": "byline",
    "Footer": "navigation",
}
# furniture only outside the body run (alone inside it the story's words: test_company.py)
OUTSIDE = {
    "First name": "newsletter",
    "Last name": "newsletter",
    "Author": "byline",
    "Caption": "credit",
}


@pytest.mark.parametrize(("line", "kind"), FURNITURE.items())
def test_page_furniture_inside_the_body_keeps_its_kind(
    body_lines: list[str], line: str, kind: str
) -> None:
    text = "\n".join([*body_lines[:3], line, *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[line] == kind
    assert kinds[body_lines[3]] == "body"


def test_furniture_words_in_story_sentences_stay_body(body_lines: list[str]) -> None:
    lines = [
        "Visit the website of the harbour board to see the plans for the new pier in full.",
        "The author of the report, a retired engineer, walked the quay with the council.",
    ]
    text = "\n".join([*body_lines[:3], *lines, *body_lines[3:]])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[line] == "body" for line in lines)


@pytest.mark.parametrize(("line", "kind"), OUTSIDE.items())
def test_page_furniture_after_the_body_keeps_its_kind(
    body_lines: list[str], line: str, kind: str
) -> None:
    text = "\n".join([*body_lines, line, "© 2026 Eastwick Gazette"])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[line] == kind
    assert kinds[body_lines[-1]] == "body"
