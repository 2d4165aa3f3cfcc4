"""Reported clauses with no 'that' after an addressee or a time phrase (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = (
    "Fire hits harbour\n\nA fire broke out at the harbour sheds on Monday night.\n\n"
    "Harbour master Ana Ruiz spoke at the quay.\n\n"
)


def _indirect(sentence: str) -> list[tuple[str, str | None, str | None]]:
    text = HEAD + sentence
    return [(q.text, q.speaker, q.cue) for q in quotes_of(text, "indirect") if q.start >= len(HEAD)]


# -- an addressee between a telling verb and its clause


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Ruiz told reporters the sheds were insured.", "told"),
        ("Ruiz told the BBC the sheds were insured.", "told"),
        ("Ruiz told AFP the sheds were insured.", "told"),
        ("Ruiz told a news conference the sheds were insured.", "told"),
        ("Ruiz told lawmakers the sheds were insured.", "told"),
        ("Ruiz told foreign diplomats the sheds were insured.", "told"),
        ("Ruiz told them the sheds were insured.", "told"),
        ("Ruiz tells reporters the sheds were insured.", "tells"),
        ("Ruiz has told reporters the sheds were insured.", "told"),
        ("Ruiz informed the council the sheds were insured.", "informed"),
        ("Ruiz assured residents the sheds were insured.", "assured"),
        ("Ruiz reminded reporters the sheds were insured.", "reminded"),
        ("Ruiz warned the ferry crews the sheds were insured.", "warned"),
        ("Ruiz told The Harbour Post in an interview the sheds were insured.", "told"),
        ("Ruiz told reporters on Tuesday night the sheds were insured.", "told"),
        ("Ruiz told the crowd at the quay the sheds were insured.", "told"),
        ("Ruiz told the council last week the sheds were insured.", "told"),
    ],
)
def test_clause_after_addressee(sentence: str, cue: str) -> None:
    assert _indirect(sentence) == [("the sheds were insured", "Ana Ruiz", cue)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("She told reporters the sheds were insured.", "the sheds were insured"),
        ("Ruiz told reporters she was tired.", "she was tired"),
        ("Ruiz told the man the boat was his.", "the boat was his"),
        ("Ruiz told him it was over by then.", "it was over by then"),
        ("Ruiz told reporters prices would rise.", "prices would rise"),
        ("Ruiz told AFP Reyes was wrong about it.", "Reyes was wrong about it"),
        ("Ruiz told reporters the fire began in a shed.", "the fire began in a shed"),
        ("Ruiz told reporters her crew had worked all night.", "her crew had worked all night"),
        ("Ruiz reminded everyone the quay was closed.", "the quay was closed"),
        ("Ruiz told reporters this weekend she would stay.", "she would stay"),
        ("Ruiz told a news conference they are rebuilding.", "they are rebuilding"),
    ],
)
def test_clause_shapes(sentence: str, content: str) -> None:
    assert [q[0] for q in _indirect(sentence)] == [content]
    assert _indirect(sentence)[0][1] == "Ana Ruiz"


# -- a time or occasion phrase between 'said'/'wrote' and a clause with no 'that'


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz said in a statement the sheds were insured.",
        "Ruiz wrote on Facebook the sheds were insured.",
        "Ruiz said on Tuesday night the sheds were insured.",
        "Ruiz said at 9 a.m. on Tuesday the sheds were insured.",
        "Ruiz said in 2019 the sheds were insured.",
        "Ruiz said at the time the sheds were insured.",
        "Ruiz said in an interview with the Post the sheds were insured.",
    ],
)
def test_clause_after_adjunct(sentence: str) -> None:
    assert [q[0] for q in _indirect(sentence)] == ["the sheds were insured"]


# -- near misses: no clause, a thing told, an infinitive, 'that' as before


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz told reporters about the fire.",
        "Ruiz told the story of the fire.",
        "Ruiz told the story of the night the sheds burned.",
        "Ruiz told reporters the truth.",
        "Ruiz told reporters the truth about the fire at the sheds.",
        "Ruiz told reporters in a statement.",
        "Ruiz said in a statement.",
        "Ruiz assured residents of her support.",
        "Ruiz informed the council of the damage to the sheds.",
        "Ruiz reminded residents of the curfew at the quay.",
        "Ruiz warned residents on Sunday.",
        "Ruiz told residents to stay away.",
        "Ruiz was told the sheds were insured.",
        "Ruiz told the children stories they loved.",
        "Ruiz told a joke the crowd loved.",
        "Ruiz told a story she had loved as a child.",
    ],
)
def test_near_misses_give_nothing(sentence: str) -> None:
    assert _indirect(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # main's conventions stay: 'warned X to', 'urged X to', 'warned the …', a 'that' clause
        ("Ruiz warned residents to stay away.", "to stay away"),
        ("Ruiz urged residents to stay away.", "residents to stay away"),
        ("Ruiz warned the sheds could collapse.", "the sheds could collapse"),
        ("Ruiz told reporters that the sheds were insured.", "the sheds were insured"),
        ("Ruiz said in a statement that the sheds were insured.", "the sheds were insured"),
        ("Ruiz said Tuesday the sheds were insured.", "the sheds were insured"),
    ],
)
def test_main_conventions_kept(sentence: str, content: str) -> None:
    assert [q[0] for q in _indirect(sentence)] == [content]


def test_reminded_with_that() -> None:
    found = _indirect("Ruiz reminded reporters that the sheds were insured.")
    assert found == [("the sheds were insured", "Ana Ruiz", "reminded")]


def test_reminded_is_no_inverted_cue() -> None:
    text = HEAD + "“Stay clear,” Ruiz said. “Keep away,” reminded the fire crews later.\n"
    assert next(q.speaker for q in quotes_of(text)) == "Ana Ruiz"
    assert all(q.speaker != "the fire crews" for q in quotes_of(text))


def test_hyphenated_tell_is_no_cue() -> None:
    assert _indirect("Three tell-tale signs the sheds were insured.") == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Ruiz told reporters that the sheds were insured, a point Reyes also conceded.",
            "the sheds were insured",
        ),
        (
            "Ruiz told inspectors that the crews kept two logs, one of which showed fewer hours.",
            "the crews kept two logs, one of which showed fewer hours",
        ),
    ],
)
def test_that_clause_before_a_later_cue_stays(sentence: str, content: str) -> None:
    found = _indirect(sentence)
    assert found[0][0].startswith(content)
    assert found[0][1:] == ("Ana Ruiz", "told")
