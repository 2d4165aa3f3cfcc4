"""A title with an 'of' complement before a name makes the name the speaker (invented text)."""

from __future__ import annotations

import pytest

from presswatch.quotes.nounphrase import noun_phrase_after
from tests.quotes.helpers import attributions_of

HEAD = "Ferry levy passes\n\nThe ferry levy for Kettlevik passed after a long night.\n\n"
TAIL = "\n\nThe levy takes effect in May."


def _speakers(body: str) -> list[tuple[str | None, str | None]]:
    return attributions_of(HEAD + body + TAIL)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“The levy is fair,” said Secretary of Transport Liv Brandvold.", "Liv Brandvold"),
        ("“The levy is fair,” said former Minister of Fisheries Liv Brandvold.", "Liv Brandvold"),
        ("“The levy is fair,” says Chief of Staff Erik Vang.", "Erik Vang"),
        ("“The levy is fair,” tweeted Director of Harbour Safety Erik Vang.", "Erik Vang"),
        ("“Is the levy fair?” asked Speaker of the Assembly Erik Vang.", "Erik Vang"),
        ("“The levy is fair,” says Harbour Board Head of Finance Liv Brandvold.", "Liv Brandvold"),
        ("“The levy is fair,” according to Minister of Coastal Affairs Erik Vang.", "Erik Vang"),
        ("According to Head of Research Liv Brandvold, the levy is “fair.”", "Liv Brandvold"),
        ("“The levy is fair” – Secretary of Transport Liv Brandvold", "Liv Brandvold"),
        ("Secretary of Transport Liv Brandvold was blunt: “The levy is fair.”", "Liv Brandvold"),
        (
            "“The levy is fair,” said Governor of the Bank of Norvia Erik Vang.",
            "Erik Vang",
        ),
    ],
)
def test_the_name_after_an_of_title_is_the_speaker(body: str, speaker: str) -> None:
    assert _speakers(body)[0][0] == speaker


def test_a_cueless_quote_after_an_of_title_sentence_is_that_persons() -> None:
    body = (
        "Minister of Fisheries Liv Brandvold criticised the vote.\n\n"
        "“The levy is unfair to every family on the island.”"
    )
    assert _speakers(body)[0][0] == "Liv Brandvold"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # organisations named with 'of' stay organisations
        ("“The levy is fair,” said the Bank of Norvia.", "the Bank of Norvia"),
        ("“The levy is fair,” the Bank of Norvia said.", "the Bank of Norvia"),
        ("“The levy is fair,” the Department of Transport said.", "the Department of Transport"),
        # an affiliation before a name, and a title set off by commas
        ("“The levy is fair,” said the University of Kettlevik's Liv Brandvold.", "Liv Brandvold"),
        ("“The levy is fair,” the Minister of Fisheries, Liv Brandvold, said.", "Liv Brandvold"),
        ("“The levy is fair,” Liv Brandvold, Minister of Fisheries, said.", "Liv Brandvold"),
        # a title with a cue-before already worked
        ("Secretary of Transport Liv Brandvold said: “The levy is fair.”", "Liv Brandvold"),
    ],
)
def test_of_phrases_that_are_no_title_before_a_name_keep_their_speaker(
    body: str, speaker: str
) -> None:
    assert _speakers(body)[0][0] == speaker


@pytest.mark.parametrize(
    "body",
    [
        # no name after the title: a description, no person of its words
        "“The levy is fair,” said Secretary of Harbour Safety.",
        # the run ends in a body's word, not a person's name
        "“The levy is fair,” said Head of Research Kettlevik Harbour Trust.",
    ],
)
def test_an_of_title_without_a_name_makes_no_person(body: str) -> None:
    assert all(speaker is None for speaker, _ in _speakers(body))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a given name not in our lists: the last two words are the person
        (
            "“The levy is fair,” said Minister of Energy Zorvana Kettil-Brask.",
            "Zorvana Kettil-Brask",
        ),
        # a given name of either gender opens the person
        ("“The levy is fair,” said Minister of Foreign Affairs Wang Lio.", "Wang Lio"),
    ],
)
def test_the_person_of_an_of_title_run_starts_after_its_complement(body: str, speaker: str) -> None:
    assert _speakers(body)[0][0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“The levy is fair,” said Minister of Transport Zorvana ter Brask.", "Zorvana ter Brask"),
        ("“The levy is fair,” said Minister of Transport Zorvana Ní Brask.", "Zorvana Ní Brask"),
    ],
)
def test_an_unknown_given_name_keeps_its_particle(body: str, speaker: str) -> None:
    assert _speakers(body)[0][0] == speaker


def test_the_minister_later_is_the_person_of_the_of_title() -> None:
    body = (
        "Fares will not rise before July, the Minister of Energy Zorvana Kettil-Brask "
        "assured in an interview on Sunday.\n\n"
        "— I can say this with full responsibility and nobody will pay more, — said the minister."
    )
    assert _speakers(body)[0][0] == "Zorvana Kettil-Brask"


def test_and_joins_a_complement_before_the_name() -> None:
    body = "“The levy is fair,” said Secretary of Trade and Industry Erik Vang."
    assert _speakers(body)[0][0] == "Erik Vang"


def test_an_and_after_the_name_ends_the_title_run() -> None:
    # 'and Sen. Erik Vang' is another person, not part of the title's complement
    text = "said Minister of Fisheries Liv Brandvold and Sen. Erik Vang."
    span = noun_phrase_after(text, 5, len(text))
    assert span is not None
    assert text[span[0] : span[1]] == "Minister of Fisheries Liv Brandvold"


@pytest.mark.parametrize(
    "cue",
    [
        "says the Minister of Fisheries, Liv Brandvold.",
        "asked the Head of Research, Liv Brandvold.",
    ],
)
def test_a_name_set_off_after_the_title_of_phrase_is_the_speaker(cue: str) -> None:
    assert _speakers(f"“Is the levy fair to the island?” {cue}")[0][0] == "Liv Brandvold"


def test_the_title_of_phrase_without_a_name_is_no_person() -> None:
    found = _speakers("“The levy is fair to the island,” said the Secretary of Transport.")
    assert all(speaker in (None, "the Secretary of Transport") for speaker, _ in found)
