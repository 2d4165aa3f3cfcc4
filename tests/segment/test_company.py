"""Rating strings, form fields and labels that are furniture only in company (invented text)."""

from __future__ import annotations

from presswatch.segment import segment_text
from tests.segment.test_layout import kinds_of

TEASERS = [
    "Ten quiet beaches to visit before the crowds arrive",
    "Why the price of fish keeps rising in coastal towns",
]
BIO = "Mara Quill writes about the coast and its towns for the Gazette."


def _kinds(lines: list[str]) -> dict[str, str]:
    text = "\n".join(lines)
    return kinds_of(text, segment_text(text))


def test_lone_rating_button_inside_the_body_does_not_cut_it(body_lines: list[str]) -> None:
    kinds = _kinds([*body_lines[:2], "Submit Rating", *body_lines[2:]])
    assert all(kinds[line] == "body" for line in body_lines)
    assert kinds["Submit Rating"] == "body"


def test_lone_rating_question_inside_the_body_does_not_end_it(body_lines: list[str]) -> None:
    kinds = _kinds([*body_lines[:3], "How useful was this post?", *body_lines[3:]])
    assert all(kinds[line] == "body" for line in body_lines)


def test_two_rating_strings_close_together_are_the_widget(body_lines: list[str]) -> None:
    widget = ["How useful was this post?", "", "Submit Rating"]
    kinds = _kinds([*body_lines, *widget, *TEASERS])
    assert all(kinds[line] == "body" for line in body_lines)
    assert all(kinds[line] != "body" for line in [*widget[::2], *TEASERS])


def test_lone_rating_string_below_the_body_still_ends_it(body_lines: list[str]) -> None:
    kinds = _kinds([*body_lines, "Submit Rating", *TEASERS])
    assert kinds["Submit Rating"] == "comments"
    assert all(kinds[line] != "body" for line in TEASERS)


def test_fields_listed_in_a_story_are_body(body_lines: list[str]) -> None:
    intro = "The leaked files held these details for each customer of the building society:"
    fields = ["First name", "Last name", "Date of birth"]
    kinds = _kinds([*body_lines[:2], intro, *fields, *body_lines[2:]])
    assert all(kinds[line] == "body" for line in [*body_lines, intro, *fields])


def test_required_fields_described_in_a_story_are_body(body_lines: list[str]) -> None:
    fields = ["Name (required)", "Email (required)", "Comment (required)"]
    kinds = _kinds([*body_lines[:2], "The form asks for:", *fields, *body_lines[2:]])
    assert all(kinds[line] == "body" for line in [*body_lines, *fields])


def test_contact_form_after_the_body_stays_newsletter(body_lines: list[str]) -> None:
    form = ["Contact us", "First name", "Last name", "Email (required)", "Submit"]
    kinds = _kinds([*body_lines, *form, "© 2026 Eastwick Gazette"])
    assert [kinds[line] for line in form[1:4]] == ["newsletter"] * 3
    assert kinds[body_lines[-1]] == "body"


def test_sign_up_box_inside_the_body_keeps_its_fields_junk(body_lines: list[str]) -> None:
    box = ["Sign up for the Gazette newsletter", "First name", "Email address", "Subscribe"]
    kinds = _kinds([*body_lines[:2], *box, *body_lines[2:]])
    assert all(kinds[line] != "body" for line in box)
    assert all(kinds[line] == "body" for line in body_lines)


def test_lone_caption_and_author_lines_in_the_body_are_body(body_lines: list[str]) -> None:
    entry = "“I told you the tide was coming in,” wrote the winner, a retired ferry pilot."
    lines = [*body_lines[:2], "Caption", entry, "Author", *body_lines[2:]]
    kinds = _kinds(lines)
    assert kinds["Caption"] == kinds["Author"] == "body"


def test_recurring_caption_toggle_in_the_body_is_a_credit(body_lines: list[str]) -> None:
    photos = ["Caption", "A gull on the old pier at low tide."]
    lines = [*body_lines[:2], *photos, body_lines[2], *photos, *body_lines[3:]]
    text = "\n".join(lines)
    kinds = [b.kind for b in segment_text(text) if text[b.start : b.end].strip() == "Caption"]
    assert kinds == ["credit", "credit"]


def test_author_label_beside_a_name_is_a_byline(body_lines: list[str]) -> None:
    kinds = _kinds([*body_lines, "Mara Quill", "Author", BIO])
    assert kinds["Author"] == "byline"
