"""Review guards for reported clauses with no 'that' after a telling verb (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = (
    "Crane collapse\n\nA crane fell on the container yard at dawn on Sunday.\n\n"
    "Yard manager Ana Ruiz met the dockers in the canteen.\n\n"
)


def _indirect(sentence: str) -> list[tuple[str, str | None, str | None]]:
    text = HEAD + sentence
    return [(q.text, q.speaker, q.cue) for q in quotes_of(text, "indirect") if q.start >= len(HEAD)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ruiz warned the jetty was rotten, the Courier reported.", "the jetty was rotten"),
        ("Ruiz warned passengers to stay home, the Courier reported.", "to stay home"),
    ],
)
def test_a_trailing_outlet_never_takes_what_the_warner_said(sentence: str, content: str) -> None:
    found = _indirect(sentence)
    assert [(q[1], q[2]) for q in found] == [("Ana Ruiz", "warned")]
    assert found[0][0].startswith(content)


@pytest.mark.parametrize(
    "sentence",
    [
        "Why did Ruiz tell the dockers the cranes were safe?",
        "Did Ruiz tell the pilots the runway was clear?",
        "Has Ruiz told the pilots the runway was clear?",
        "Time will tell the board whether the cranes were insured.",
    ],
)
def test_a_question_with_tell_is_no_report(sentence: str) -> None:
    assert _indirect(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The noise reminded older dockers the strike had lasted a year.",
        "The poster reminded Ruiz her grandfather had built the crane.",
        "The siren reminded dockers that the shift was over.",
        "The contract assured employees the yard would stay open.",
        "The banner told visitors the gallery was shut.",
        "The sirens warned the village the river was rising.",
        "It told investors the yard would close.",
    ],
)
def test_a_thing_that_tells_or_reminds_is_no_speaker(sentence: str) -> None:
    assert _indirect(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The harbour board told dockers the yard would stay open.", "the harbour board"),
        ("Officials told dockers the cranes were safe.", "Officials"),
        ("Ruiz reminded dockers that the shift was over.", "Ana Ruiz"),
    ],
)
def test_a_person_or_body_that_tells_keeps_the_clause(sentence: str, speaker: str) -> None:
    assert [q[1] for q in _indirect(sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz told the board whether the cranes were insured.",
        "Ruiz told the board what the crane had cost.",
    ],
)
def test_an_embedded_question_after_the_addressee_is_no_claim(sentence: str) -> None:
    assert _indirect(sentence) == []


def test_the_longest_capitalised_addressee_is_tried_first() -> None:
    found = _indirect("Ruiz told the Harbour Courier Reyes had lied.")
    assert found == [("Reyes had lied", "Ana Ruiz", "told")]


def test_a_quantifier_with_a_contact_clause_is_no_addressee() -> None:
    assert _indirect("Ruiz told everyone she met the cranes were safe.") == []
    found = _indirect("Ruiz told everyone the cranes were safe.")
    assert found == [("the cranes were safe", "Ana Ruiz", "told")]


@pytest.mark.parametrize(
    "subject",
    [
        "A source familiar with the yard",
        "Officials close to the union",
        "An official with knowledge of the inspection",
    ],
)
def test_a_subject_with_a_post_modifier_may_tell(subject: str) -> None:
    # the head stands before the post-modifier, not at the end of the subject
    found = _indirect(f"{subject} told reporters the crane had been overloaded.")
    assert [q[0] for q in found] == ["the crane had been overloaded"]


def test_a_thing_with_a_post_modifier_tells_nothing() -> None:
    assert _indirect("The dust from the yard told residents the crane had fallen.") == []
