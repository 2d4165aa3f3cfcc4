"""Cues after complex subjects: coordinated people, a relative clause with no closing comma and a
title run with an outlet's possessive or a show name (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = "Harbour dispatch: the Brevik levy\n\nMayor Jo Lind opened the hearing on Monday. "
NAMED = (
    "Harbour dispatch: the Brevik levy\n\nCouncillor Ana Ruiz and port director Tom Reyes met "
    "the dockers on Monday. Mayor Jo Lind spoke first.\n\n"
)
SAID = "We will keep the harbour open through the winter months"


def _speakers(text: str, head: str = HEAD) -> list[str | None]:
    return [q.speaker for q in quotes_of(head + text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{SAID},” Ana Ruiz and Tom Reyes wrote in a letter.", "Ana Ruiz and Tom Reyes"),
        (f"“{SAID},” Ana-Maria Ruiz and Tom Reyes wrote.", "Ana-Maria Ruiz and Tom Reyes"),
        (
            f"“{SAID},” harbour board chair Ana Ruiz and Port Director Tom Reyes, both "
            "independents, said in a statement.",
            "Ana Ruiz and Tom Reyes",
        ),
        (f"“{SAID},” Ana Ruiz, Eva Holm and Tom Reyes wrote.", "Ana Ruiz, Eva Holm and Tom Reyes"),
        (f"Ana Ruiz and Tom Reyes wrote in a joint letter: “{SAID}.”", "Ana Ruiz and Tom Reyes"),
    ],
)
def test_coordinated_people_share_the_quote(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_coordinated_surnames_take_the_full_names() -> None:
    assert _speakers(f"“{SAID},” Ruiz and Reyes said.", NAMED) == ["Ana Ruiz and Tom Reyes"]
    assert _speakers(f"Ruiz and Reyes told the council: “{SAID}.”", NAMED) == [
        "Ana Ruiz and Tom Reyes"
    ]


def test_a_joint_quote_carries_to_the_next_quote() -> None:
    text = f"“{SAID},” Edward-Isaac Lund and Gabriel Reyes wrote. “The levy has to go.”"
    assert _speakers(text) == ["Edward-Isaac Lund and Gabriel Reyes"] * 2


@pytest.mark.parametrize(
    "text",
    [
        f"“{SAID},” Lind said, while Sen. Ana Ruiz and Rep. Tom Reyes suggested otherwise.",
        f"“{SAID},” Lind said, as Ana Ruiz and Tom Reyes looked on.",
        f"Lind thanked Ana Ruiz and Tom Reyes, saying “{SAID}.”",
        f"“{SAID},” Lind told Ana Ruiz and Tom Reyes.",
        f"Lind, who met Ana Ruiz and Tom Reyes on Friday, said “{SAID}.”",
        f"Lind praised Ana Ruiz and Tom Reyes and said “{SAID}.”",
    ],
)
def test_named_people_outside_the_subject_stay_out(text: str) -> None:
    assert _speakers(text) == ["Jo Lind"]


@pytest.mark.parametrize(
    "text",
    [
        f"“{SAID},” Ruiz and her lawyer said.",  # no name on one side
        f"“{SAID},” Smith and Wesson said.",  # one-word names the text never gave in full
        f"“{SAID},” Ruiz and the board said.",
        f"“{SAID},” Ana Ruiz and Harbour Holdings said.",  # a firm on one side
        f"“{SAID},” Harbour Holdings and Brevik Shipping said.",  # two firms
    ],
)
def test_not_two_named_people(text: str) -> None:
    assert "and" not in (_speakers(text)[0] or "")


def test_people_said_nothing_after_the_quote_sentence() -> None:
    text = f"“{SAID},” Lind said. Ana Ruiz and Tom Reyes said nothing."
    assert _speakers(text) == ["Jo Lind"]


@pytest.mark.parametrize(
    ("text", "speaker", "surface"),
    [
        (f"The senator who chairs the panel said “{SAID}.”", None, "The senator"),
        (
            f"Officials who asked not to be named told reporters “{SAID}.”",
            "Officials",
            "Officials",
        ),
        (f"“{SAID},” the man who shot Ivo Roe said.", None, "the man"),
        (
            f"“{SAID},” Nate Holm, the analyst who founded harbourdata.com wrote on Monday.",
            "Nate Holm",
            "Nate Holm",
        ),
        (f"“{SAID},” Eva Holm, who chairs the board said.", "Eva Holm", "Eva Holm"),
        (f"Two dockers who lost their jobs said “{SAID}.”", None, "Two dockers"),
        (f"The people who voted for Ivo Roe say “{SAID}.”", None, "The people"),
    ],
)
def test_relative_clause_without_closing_comma(
    text: str, speaker: str | None, surface: str
) -> None:
    (q,) = quotes_of(HEAD + text)
    assert q.speaker == speaker
    assert (q.speaker_surface or "") == surface


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{SAID},” said Eva Holm, who met Ivo Roe on Friday.", "Eva Holm"),
        (f"Lind praised the crews who rebuilt the pier and said “{SAID}.”", "Jo Lind"),
        (f"It was Ivo Roe who said “{SAID}.”", None),  # a cleft, not a subject phrase
        (f"“{SAID},” Lind said of the crews who rebuilt the pier.", "Jo Lind"),
    ],
)
def test_relative_clause_guards(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            f"“{SAID},” the Post's senior politics editor Ana Ruiz responded.",
            "the Post's senior politics editor Ana Ruiz",
        ),
        (
            f"“{SAID},” Harbour This Morning co-Anchor Ana Ruiz said.",
            "Harbour This Morning co-Anchor Ana Ruiz",
        ),
    ],
)
def test_title_runs_with_an_outlet_or_show(text: str, surface: str) -> None:
    (q,) = quotes_of(HEAD + text)
    assert q.speaker == "Ana Ruiz"
    assert q.speaker_surface == surface


@pytest.mark.parametrize(
    "text",
    [
        f"“{SAID},” while the Post's editor Ana Ruiz said otherwise.",
        f"“{SAID},” Lind said. The Post reported Ana Ruiz said the same.",
        f"“{SAID},” after Tuesday's vote leader Ana Ruiz said.",
        f"“{SAID},” Lind said as the Post's editor Ana Ruiz nodded.",
    ],
)
def test_title_run_guards(text: str) -> None:
    assert _speakers(text)[0] != "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        f"In May, after the vote failed, Tom Reyes said “{SAID}.”",
        f"Speaking in Oslo on Monday, after the vote failed, Tom Reyes said “{SAID}.”",
        f"After the vote, which failed in May, Tom Reyes said “{SAID}.”",
        f"In a letter on Monday, a day after the vote failed, Tom Reyes wrote: “{SAID}.”",
        f"“{SAID},” in May, after the vote failed, Tom Reyes said.",
    ],
)
def test_stacked_fronted_clauses(text: str) -> None:
    # guards: the clause-opener walk already takes the main clause's subject
    assert _speakers(text) == ["Tom Reyes"]


# more near misses: each must keep the speaker it had before the chunker
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{SAID},” Lind said, and Ana Ruiz and Tom Reyes agreed.", "Jo Lind"),
        (f"“{SAID},” Lind said after Ana Ruiz and Tom Reyes left.", "Jo Lind"),
        (f"“{SAID},” Lind said to Ana Ruiz and Tom Reyes.", "Jo Lind"),
        (f"“{SAID},” Lind said. Later Ana Ruiz and Tom Reyes wrote to her.", "Jo Lind"),
        (f"Between Ana Ruiz and Tom Reyes, Lind said “{SAID}.”", "Jo Lind"),
        (f"Lind, flanked by Ana Ruiz and Tom Reyes, said “{SAID}.”", "Jo Lind"),
        (f"Lind met Ana Ruiz and Tom Reyes. She said “{SAID}.”", "Jo Lind"),
        (f"“{SAID},” Lind wrote in a letter to Ana Ruiz and Tom Reyes.", "Jo Lind"),
    ],
)
def test_more_coordination_guards(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{SAID},” Lind said of Ivo Roe, who chairs the board.", "Jo Lind"),
        (f"Lind, who chairs the board, said “{SAID}.”", "Jo Lind"),
        (f"“{SAID},” Lind told dockers who had gathered outside.", "Jo Lind"),
        (f"Lind thanked those who came and said “{SAID}.”", "Jo Lind"),
    ],
)
def test_more_relative_guards(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        f"“{SAID},” Lind said, and the Post's editor Ana Ruiz agreed.",
        f"“{SAID},” Lind told the Post's editor Ana Ruiz.",
        f"“{SAID},” Lind said on Harbour This Morning. Co-host Ana Ruiz laughed.",
    ],
)
def test_more_title_run_guards(text: str) -> None:
    assert _speakers(text) == ["Jo Lind"]
