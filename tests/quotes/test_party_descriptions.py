"""Inverted cues whose subject is a capitalised party or title description (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import attributions_of

HEAD = "Ferry vote nears\n\nMarta Lind toured the Kelmar quay on Friday.\n\n"
TAIL = "\n\nThe vote is next week."


def _found(text: str) -> list[tuple[str | None, str | None]]:
    """Return (speaker, surface) of each direct quote in the invented article."""
    return attributions_of(HEAD + text + TAIL)


# -- fixed: the short quote is kept and the description is its speaker surface


@pytest.mark.parametrize(
    "desc",
    [
        "the Democratic nominee",
        "the GOP front-runner",
        "the Republican presidential nominee",
        "the Republican leader",
    ],
)
def test_inverted_party_description_keeps_the_quote(desc: str) -> None:
    assert _found(f"“The quay is ours,” said {desc}.") == [(None, desc)]


def test_inverted_party_description_before_adding_that() -> None:
    text = "“The quay is ours,” said the Democratic nominee, adding that the vote was close."
    assert _found(text) == [(None, "the Democratic nominee")]


def test_inverted_party_noun_alone_is_its_own_speaker() -> None:
    assert _found("“The quay is ours,” said the Republican.") == [
        ("the Republican", "the Republican")
    ]


def test_inverted_party_description_with_a_place_phrase() -> None:
    # ('from Ohio' after an inverted verb goes with the verb: main's rule for any description)
    assert _found("“The quay is ours,” said the Democratic senator from Ohio.") == [
        (None, "the Democratic senator")
    ]


def test_long_quote_takes_the_description_not_the_carried_name() -> None:
    text = "“The quay belongs to the town and it will stay that way,” said the GOP front-runner."
    assert _found(text) == [(None, "the GOP front-runner")]


def test_inverted_title_alone_is_its_own_speaker() -> None:
    assert _found("“The quay is ours,” said the President.") == [("the President", "the President")]


# -- guards: organisations, groups and names keep their readings


@pytest.mark.parametrize(
    ("desc", "speaker"),
    [
        ("the Democratic Party", "the Democratic Party"),
        ("the Republican National Committee", "the Republican National Committee"),
        ("Democratic Sen. Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_inverted_party_organisation_or_name_unchanged(desc: str, speaker: str) -> None:
    assert _found(f"“The quay is ours,” said {desc}.") == [(speaker, desc)]


def test_inverted_party_group_is_unnamed() -> None:
    assert _found("“The quay is ours,” said the Democratic leadership.") == [
        (None, "the Democratic leadership")
    ]


def test_cue_after_party_description_unchanged() -> None:
    assert _found("“The quay is ours,” the Democratic nominee said.") == [
        (None, "the Democratic nominee")
    ]


def test_title_of_department_subject_not_a_description() -> None:
    # 'the Minister of Trade' stays a title run before its holder's name
    text = (
        "The Minister of Trade Olav Berg spoke in Kelmar on Friday.\n\n"
        "“We will keep the ferry,” said the minister."
    )
    assert _found(text)[-1][0] == "Olav Berg"


def test_opening_party_description_is_the_participle_subject() -> None:
    # (on main no subject was found and the quote took the previous speaker)
    text = (
        "“The town will not wait,” Reyes said.\n\n"
        "The Republican candidate ended the visit by saying, “We will build a bigger quay.”"
    )
    assert _found(text)[-1] == (None, "The Republican candidate")


def test_opening_plural_party_description_keeps_a_scare_quote_out() -> None:
    text = "The GOP leaders have backed the delay as long as it comes with a similar “pause” first."
    assert _found(text) == []


# -- review fixes: a name set off after the title run, a joined pair of parties


@pytest.mark.parametrize(
    ("desc", "speaker"),
    [
        ("the Prime Minister, Marta Lind", "Marta Lind"),
        ("the Minister of Ports, Ivo Brask", "Ivo Brask"),
    ],
)
def test_inverted_title_then_set_off_name_gives_the_name(desc: str, speaker: str) -> None:
    assert _found(f"“The quay stays,” said {desc}.")[0][0] == speaker


def test_inverted_title_then_single_word_keeps_the_description() -> None:
    assert _found("“The quay stays,” said the Republican, Lind.") == [
        ("the Republican", "the Republican")
    ]


def test_inverted_joined_party_pair_is_no_description() -> None:
    found = _found("“The quay stays,” said the Democratic and Republican councillors.")
    assert ("the Democratic", "the Democratic") not in found
