"""An -ed adjective after an article is part of a description, not its verb (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"
QUOTE = "“The channel silts up every spring and nobody pays,” "


def _surfaces(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_surface) for q in quotes_of(HEAD + text)]


@pytest.mark.parametrize(
    ("cue", "surface"),
    [
        ("said a frustrated ferry captain.", "a frustrated ferry captain"),
        ("said an unnamed port official.", "an unnamed port official"),
        (
            "said one unaligned Nordland Labour strategist.",
            "one unaligned Nordland Labour strategist",
        ),
        ("said the printed Harbour Party slate card.", "the printed Harbour Party slate card"),
        ("said another retired dredger.", "another retired dredger"),
        ("said an informed source at the yard.", "an informed source at the yard"),
    ],
)
def test_inverted_cue_keeps_the_adjective(cue: str, surface: str) -> None:
    assert _surfaces(QUOTE + cue) == [(None, surface)]


def test_colon_introduction_and_according_to() -> None:
    assert _surfaces("A retired pilot: “The channel silts up every spring and nobody pays.”") == [
        (None, "A retired pilot")
    ]
    text = "According to the leaked harbour memo, the channel was “silted beyond repair” by May."
    assert _surfaces(text) == [(None, "the leaked harbour memo")]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        # an -ed word with no noun after it is no adjective of a description
        ("said the accused.", (None, None)),
        ("said the wounded.", (None, None)),
        ("said the ousted.", (None, None)),
        ("said the injured.", (None, None)),
        ("said the wounded in hospital.", (None, None)),
        # a cue verb that is no adjectival participle stays a verb
        ("said an added note from the board.", (None, None)),
        # not an article: 'those involved' is no description head
        ("said those involved in the talks.", (None, None)),
        ("said one of the pilots.", (None, None)),
        # hyphenated words were nouns already
        ("said a Liberal-backed candidate.", (None, "a Liberal-backed candidate")),
        # names, capitalised -ed words and adverb-looking surnames are untouched
        (
            "said the Dredged Channel Trust.",
            ("the Dredged Channel Trust", "the Dredged Channel Trust"),
        ),
        ("said the Red Cross.", ("the Red Cross", "the Red Cross")),
        ("said Early, the harbour master.", ("Early", "Early")),
        ("said Jon Reed, a retired pilot.", ("Jon Reed", "Jon Reed")),
        # a verb later in the phrase still ends it
        ("said a pilot who retired last year.", (None, "a pilot")),
        ("said the board that approved the plan.", ("the board", "the board")),
        ("said the committee, which approved the plan.", ("the committee", "the committee")),
        ("said a spokesman.", ("a spokesman", "a spokesman")),
    ],
)
def test_guards(cue: str, expected: tuple[str | None, str | None]) -> None:
    assert _surfaces(QUOTE + cue) == [expected]


def test_subject_before_the_verb_unchanged() -> None:
    assert _surfaces(QUOTE + "the frustrated captain said.") == [(None, "the frustrated captain")]


@pytest.mark.parametrize(
    "text",
    [
        # 'One'/'Another' opening a sentence is a pronoun, its -ed word a verb
        "Another wanted answers: “Who signed the dredging contract?”",
        "One waved placards: “No more silt tax!”",
        # an opening 'The' + -ed head + a present-tense verb is a clause
        "The displaced need shelter: “We sleep in the ferry hall.”",
    ],
)
def test_clauses_before_a_colon_are_no_speaker(text: str) -> None:
    assert _surfaces(text) == [] or all(s is None for _, s in _surfaces(text))


@pytest.mark.parametrize("adverb", ["today", "yesterday", "again", "now", "too", "later"])
def test_an_adverb_after_the_head_is_not_its_noun(adverb: str) -> None:
    assert _surfaces(QUOTE + f"said the displaced {adverb}.") == [(None, None)]
