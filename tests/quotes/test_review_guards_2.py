"""Guards from the second review of the speaker rules: invented sentences they misread."""

from __future__ import annotations

import pytest

from presswatch.quotes import extract_quotes
from tests.quotes.helpers import by_text, quotes_of

HEAD = "Regional round-up\n"


def _speaker(body: str, quote: str) -> str | None:
    return by_text(HEAD + body)[quote].speaker


def _indirect(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(HEAD + body, "indirect")]


@pytest.mark.parametrize(
    ("body", "quote", "name"),
    [
        (
            "Tom Reyes opened the event. Local farmer Kwabena Asante lost his crop. "
            "“It is all gone,” he said.",
            "It is all gone,",
            "Kwabena Asante",
        ),
        (
            "Ana Ruiz watched from the stands. Tennis great Wilma Okoro won the final in three "
            "sets. “I never gave up,” she said.",
            "I never gave up,",
            "Wilma Okoro",
        ),
        (
            "Rui Santos played the full match. His captain Tom Reyes said nothing. "
            "“We were poor today,” he said.",
            "We were poor today,",
            "Tom Reyes",
        ),
    ],
)
def test_a_role_opening_names_a_person_whatever_the_given_name(
    body: str, quote: str, name: str
) -> None:
    assert _speaker(body, quote) == name


@pytest.mark.parametrize(
    "body",
    [
        "The law informed the debate we are having now.",
        "His research informed a policy that we still use.",
        "The goal assured Ruiz a record she will treasure.",
        "The coach assured the team a place in the final.",
        "The deal assured workers jobs the union had fought for.",
    ],
)
def test_no_relative_clause_after_assured_or_informed(body: str) -> None:
    assert _indirect(body) == []


@pytest.mark.parametrize(
    ("body", "clause"),
    [
        ("The president assured voters he would not raise taxes.", "he would not raise taxes"),
        ("Jane Roe informed police she had seen the car.", "she had seen the car"),
        ("The minister assured reporters that the budget was safe.", "the budget was safe"),
        ("Tom Reyes assured that the plant would stay open.", "the plant would stay open"),
        ("She assured a room of weary party workers that they had won.", "they had won"),
        (
            "Tom Reyes assured the port's dock workers that the plant would reopen.",
            "the plant would reopen",
        ),
    ],
)
def test_a_clause_after_assured_or_its_person_object(body: str, clause: str) -> None:
    assert [text for text, _ in _indirect(body)] == [clause]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Jane Roe, 45, and her son Tom, 17, escaped the fire.", None),
        ("Jane Roe, 45, and her son Tom Roe, 17, escaped the fire.", "Tom Roe"),
        ("Tom Reyes, 17, and Ana Ruiz, 17, both played in the final.", None),
        ("Tom Reyes, 17, played. Later Ana Ruiz, 17, scored.", None),
    ],
)
def test_an_age_names_only_the_one_name_it_follows(body: str, name: str | None) -> None:
    assert _speaker(body + " “We ran,” the 17-year-old said.", "We ran,") == name


def test_an_age_given_nowhere_takes_the_latest_person() -> None:
    body = (
        "Tom Reyes spoke first. The candidate's wife Ana Ruiz gave a speech. "
        "“We are ready,” said the 46-year-old."
    )
    assert _speaker(body, "We are ready,") == "Ana Ruiz"


def test_an_age_given_nowhere_skips_a_person_a_pronoun_of_the_other_gender_follows() -> None:
    body = "Coach Maria Ruiz said he needed rest. “My knee hurts,” the 31-year-old said."
    assert _speaker(body, "My knee hurts,") is None


def test_a_participle_phrase_before_the_subject_is_no_reported_clause() -> None:
    body = "Informed by the report, the mayor said the bridge would close."
    assert [text for text, _ in _indirect(body)] == ["the bridge would close"]


def test_an_age_given_nowhere_is_no_name_inside_the_quote() -> None:
    body = (
        "Sam Roe posted the clip on Thursday.\n\n"
        "“Would Tom Reyes win a race?” the 52-year-old wrote."
    )
    assert _speaker(body, "Would Tom Reyes win a race?") == "Sam Roe"


def test_a_role_with_its_complement_takes_the_name_with_that_title() -> None:
    body = (
        "Defence Minister Tom Reyes met Finance Minister Jane Roe on Monday. "
        "“We agreed on the budget,” the defence minister said."
    )
    assert _speaker(body, "We agreed on the budget,") == "Tom Reyes"


@pytest.mark.parametrize(
    "text",
    [
        "Interview\n— What will you do next?\n— I will rest, — Ivanov said.",
        "Interview\n— I will rest, — Ivanov said.",
    ],
)
def test_a_dialogue_dash_cue_may_open_with_the_name(text: str) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [("I will rest,", "Ivanov")]
