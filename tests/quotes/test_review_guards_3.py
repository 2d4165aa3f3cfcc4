"""Guards from the third review of the speaker rules: invented sentences they misread."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text, quotes_of

HEAD = "Regional round-up\n"


def _speaker(body: str, quote: str, kind: str = "direct") -> str | None:
    return by_text(HEAD + body, kind)[quote].speaker


def test_a_nationality_and_a_plural_noun_is_no_pronoun_antecedent() -> None:
    body = (
        "The Armenian church has a long history in Cyprus.\n\n"
        "Archbishop Vahan Sarkissian spoke after the service on Sunday.\n\n"
        "Armenian forces held the pass in 1994, taking the valley.\n\n"
        "“We have suffered the same fate,” he said."
    )
    # the title is no part of the name
    assert _speaker(body, "We have suffered the same fate,") == "Vahan Sarkissian"


@pytest.mark.parametrize(
    ("body", "quote", "name"),
    [
        (  # a group after a name is no modifier when the name is the subject of a plain verb
            "Ana Ruiz watched from the stands. Tom Reyes said nothing. Jane Roe thanks fans "
            "every week. “It was a good day,” she said.",
            "It was a good day,",
            "Jane Roe",
        ),
        (
            "The Kardashian show ended on Sunday. Tom Reyes hosted it. “We had fun,” he said.",
            "We had fun,",
            "Tom Reyes",
        ),
    ],
)
def test_a_name_before_a_verb_stays_an_antecedent(body: str, quote: str, name: str) -> None:
    assert _speaker(body, quote) == name


@pytest.mark.parametrize(
    ("body", "clause", "name"),
    [
        (
            "Margaret Hale chairs the board. Jane Roe spoke on Friday. "
            "She assured investors that the firm would grow.",
            "the firm would grow",
            "Jane Roe",
        ),
        (
            "Margaret Hale chairs the board. Jane Roe took the stage on Friday. "
            "She assured investors that the firm would grow.",
            "the firm would grow",
            "Jane Roe",
        ),
        (
            "Margaret Hale chairs the school board.\n\n"
            "It was in 1990 that Mrs. Agnes Pike opened the school.\n\n"
            "She assured parents that fees would not rise.",
            "fees would not rise",
            "Agnes Pike",
        ),
    ],
)
def test_she_assured_takes_the_nearest_woman_who_did_something(
    body: str, clause: str, name: str
) -> None:
    assert _speaker(body, clause, "indirect") == name


@pytest.mark.parametrize(
    ("body", "clause", "name"),
    [
        (  # the subject of the sentence before, not a woman named in its object
            "Margaret Hale chairs the board. She met Ines Duarte on Friday. "
            "She assured investors that the firm would grow.",
            "the firm would grow",
            "Margaret Hale",
        ),
        (
            "Jane Roe met Ines Duarte on Friday. She assured investors that the firm would grow.",
            "the firm would grow",
            "Jane Roe",
        ),
        (  # a place that 'won' is no person
            "Margaret Hale chairs the board. Armenia won the match on Friday. "
            "She assured investors that the firm would grow.",
            "the firm would grow",
            "Margaret Hale",
        ),
    ],
)
def test_she_assured_keeps_the_subject(body: str, clause: str, name: str) -> None:
    assert _speaker(body, clause, "indirect") == name


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "Energy Minister Oleg Petrenko visited the plant on Monday.\n\n"
            "— Who pays? — the reporter asked.\n\n"
            "— The state, — the minister answered.",
            [("Who pays?", None), ("The state,", "Oleg Petrenko")],
        ),
        (
            "Oleg Petrenko, the energy minister, toured the site with Anna Kovalenko.\n\n"
            "— Who pays for all of this? — asked the reporter.\n\n"
            "— The state pays, — the minister answered.",
            [("Who pays for all of this?", None), ("The state pays,", "Oleg Petrenko")],
        ),
        (
            "Anna Kovalenko chaired the meeting.\n\n"
            "— Who pays? — the reporter asked.\n\n"
            "— The state will, — the minister answered.",
            [("Who pays?", None), ("The state will,", None)],
        ),
    ],
)
def test_dialogue_dash_questions_keep_the_asker(
    body: str, speakers: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(HEAD + body)] == speakers


@pytest.mark.parametrize(
    ("body", "surface", "speaker"),
    [
        (
            "Analysts at Goldman Sachs expect two cuts this year. "
            "“Rates will stay high,” said the analyst, Goldman Sachs.",
            "the analyst",
            None,
        ),
        ("“Rates will stay high,” said the strategist, Deutsche Bank.", "the strategist", None),
        (
            "“Rates will stay high,” said the economist, Kwabena Asante.",
            "Kwabena Asante",
            "Kwabena Asante",
        ),
        (
            "Jane Roe spent a decade at the central bank. "
            "“Rates will stay high,” said the analyst, Jane Roe.",
            "Jane Roe",
            "Jane Roe",
        ),
        (  # a dinner at her house does not make her a firm
            "Reporters met at Jane Roe's house. "
            "“Rates will stay high,” said the analyst, Jane Roe.",
            "Jane Roe",
            "Jane Roe",
        ),
        (  # nor one at his villa, with a bare apostrophe
            "The dinner at James Sachs' villa ended late. "
            "“Rates will stay high,” said the host, James Sachs.",
            "James Sachs",
            "James Sachs",
        ),
        (  # a known given name opens a person's name, whatever word ends it
            "“Rates will stay high,” said the former defence secretary, Liam Fox.",
            "Liam Fox",
            "Liam Fox",
        ),
        ("“Rates will stay high,” said the columnist, Emily Post.", "Emily Post", "Emily Post"),
        (  # 'at' after a verb is no workplace
            "The senator lashed out at Megan Kelly on Tuesday. "
            "“Rates will stay high,” said the host, Megan Kelly.",
            "Megan Kelly",
            "Megan Kelly",
        ),
        (
            "The jury looked at Tom Reyes for a long time. "
            "“Rates will stay high,” said the defendant, Tom Reyes.",
            "Tom Reyes",
            "Tom Reyes",
        ),
        (
            "Reyes took a swipe at Ana Ruiz over taxes. "
            "“Rates will stay high,” said the economist, Ana Ruiz.",
            "Ana Ruiz",
            "Ana Ruiz",
        ),
        (  # after a role noun it is one
            "She is an economist at Tarvik Partners. "
            "“Rates will stay high,” said the economist, Tarvik Partners.",
            "the economist",
            None,
        ),
    ],
)
def test_an_organisation_after_a_description_is_no_name(
    body: str, surface: str, speaker: str | None
) -> None:
    quote = by_text(HEAD + body)["Rates will stay high,"]
    assert (quote.speaker_surface, quote.speaker) == (surface, speaker)


@pytest.mark.parametrize(
    ("body", "clause", "name"),
    [
        (  # the verb after 'when she' has its own subject: the heading word is no person
            "Ana Ruiz chairs the board. MARKETS Later when she spoke, prices fell. Sales rose. "
            "She assured investors that the firm would grow.",
            "the firm would grow",
            "Ana Ruiz",
        ),
        (  # a cleft whose subject is a body notes nobody
            "Ana Ruiz chairs the board. It was in Brevik that Port Authority staff went on "
            "strike. She assured investors that the firm would grow.",
            "the firm would grow",
            "Ana Ruiz",
        ),
    ],
)
def test_no_subject_from_another_clause(body: str, clause: str, name: str) -> None:
    assert _speaker(body, clause, "indirect") == name


def test_an_unnoted_subject_after_a_noted_one_is_the_latest_person() -> None:
    body = (
        "Tom Reyes spoke first. Later the candidate's wife Ana Ruiz gave a speech. "
        "“We are ready,” said the 46-year-old."
    )
    assert _speaker(body, "We are ready,") == "Ana Ruiz"


def test_the_aged_person_is_no_later_object() -> None:
    # 'Jane Roe' is the object of a sentence about the defendant, not a subject of her own
    body = (
        "Tom Reyes was jailed for six years on Monday. Judge Mary Voss said he showed no "
        "remorse. He had attacked Jane Roe in May.\n\n“I am sorry,” the 31-year-old told the court."
    )
    assert _speaker(body, "I am sorry,") != "Jane Roe"
