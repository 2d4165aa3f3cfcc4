"""Body nouns bound by a preposition past numerals and modifiers, or by a capitalised opener."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = "Ferry timetable cut\n\nThe harbour board met in Oskvik on Thursday.\n\n"


def _surfaces(text: str, prefix: str, kind: str | None = "direct") -> list[str | None]:
    return [
        q.speaker_surface
        for q in quotes_of(HEAD + text + "\n\nThe board meets again in May.", kind)
        if q.text.startswith(prefix)
    ]


# -- a numeral or a third modifier after the preposition: the whole phrase, not the body


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("A motion backed by 1,200 staff", "staff"),
        ("A letter signed by 300 people", "people"),
        ("A driver questioned by harbour night shift crew", "crew"),
        ("A passenger helped by ferry deck crew", "crew"),
    ],
)
def test_bound_body_noun_leaves_the_whole_phrase(subject: str, body: str) -> None:
    found = _surfaces(f"{subject} said: “Keep the early sailing.”", "Keep the early")
    assert len(found) == 1 and found[0] != body  # the caller's phrase: 'A driver' at least
    assert found[0] is not None and found[0].startswith(" ".join(subject.split()[:2]))


def test_bound_body_noun_gives_no_indirect_quote() -> None:
    found = _surfaces("A note signed by 25 staff said the ramp was broken.", "the ramp", None)
    assert "staff" not in found


def test_a_year_is_no_modifier() -> None:
    found = _surfaces("In 2021 police said: “The ramp is shut.”", "The ramp is")
    assert found == ["police"]


def test_numeral_without_a_binder_keeps_the_body() -> None:
    found = _surfaces("“Keep the early sailing,” 60 people said in a letter.", "Keep the")
    assert found and found[0] is not None and found[0].endswith("people")


# -- a binder opening the sentence is capitalised


@pytest.mark.parametrize(
    "text",
    [
        "If people think the cut is “a scandal”, they are wrong.",
        "What staff asked for was plain: “More sailings.”",
        "No crew said: “Cut the route.”",
        "Although staff said: “We are ready.”",
    ],
)
def test_capitalised_binder_leaves_no_body_speaker(text: str) -> None:
    assert all(
        surface not in ("people", "staff", "crew", "police")
        for q in quotes_of(HEAD + text, None)
        for surface in [q.speaker_surface]
    )


def test_capitalised_name_before_the_body_keeps_it() -> None:
    found = _surfaces("Oskvik police said: “The ramp is shut.”", "The ramp is")
    assert found and found[0] is not None and found[0].endswith("police")


# -- a word in -men that is no people plural


@pytest.mark.parametrize("word", ["regimen", "specimen"])
def test_men_word_that_is_no_plural_speaks_for_nobody(word: str) -> None:
    assert word not in _surfaces(f"“It is a harsh cut,” {word} said.", "It is a harsh")


# -- post-modified heads: people words only, not every entry of the titles list


def test_people_title_with_a_post_modifier_speaks() -> None:
    found = _surfaces("“Cut the route,” a governor close to the board said.", "Cut the route")
    assert found == ["a governor close to the board"]


def test_title_list_word_that_is_no_person_is_no_head() -> None:
    found = _surfaces("“Cut the route,” a press close to the board said.", "Cut the route")
    assert "a press close to the board" not in found
