"""Review fixes of s17d: spokespeople and bodies after a party word, cues after an aside."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of, speakers_of

# --- 1. a party or country word before a spokesperson or body noun is no party member


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“We stand by the audit,” said a Democratic spokesman for the caucus.",
            "a Democratic spokesman for the caucus",
        ),
        ("“The levy stays,” a Norwegian government spokesman said.", "Norwegian government"),
        ("“The fees are too high,” a Danish company said.", "a Danish company"),
        (
            "“The convoy was turned back,” a Turkish state news agency said.",
            "a Turkish state news agency",
        ),
        ("“No shots were fired,” a Greek military spokesman said.", "Greek military"),
        (
            "“The embassy is shut,” a Canadian spokeswoman for the embassy said.",
            "a Canadian spokeswoman for the embassy",
        ),
        (
            "“The pledge is being reviewed,” a Labour spokesman for the party said.",
            "a Labour spokesman for the party",
        ),
        ("“The motion failed,” said a Republican spokesman.", "a Republican spokesman"),
    ],
)
def test_party_word_before_a_spokesperson_or_body(sentence: str, speaker: str) -> None:
    text = f"Ferry Levy Row\n\nThe harbour board met on Monday. {sentence}"
    assert speakers_of(text) == [speaker]  # the body or its spokesperson, as before s17d


@pytest.mark.parametrize(
    "description", ["one Republican close to the campaign", "a Labour MP", "a senior Tory"]
)
def test_party_member_before_no_body_noun_stays_unnamed(description: str) -> None:
    text = (
        "Ferry Levy Row\n\nThe Labour Party met on Monday. "
        f"“The whips are furious,” said {description}."
    )
    assert speakers_of(text) == [None]


# --- 2. a cue after a quote wins over an earlier cue only as a bare tag, over a real aside


@pytest.mark.parametrize(
    "sentence",
    [
        "The hall fell silent, and Ana Ruiz asked, “Who pays for the dredging?” "
        "Tom Reyes replied that the port would.",
        "Then, as the hall fell silent Ana Ruiz asked, “Who pays for the dredging?” "
        "Tom Reyes said the port would pay.",
        "At the hearing — the second this week — Ana Ruiz asked — not for the first time — "
        "“Who pays?” Tom Reyes replied that the port would.",
        "The pickets booed, and Ana Ruiz shouted, “Shame on the board!” "
        "Tom Reyes said the picket was unlawful.",
        "The session closed, but Ana Ruiz asked, “What comes next?” Tom Reyes said he had no idea.",
        "The motion carried, but Ana Ruiz asked, “At what price?” "
        "Tom Reyes replied that the price was modest.",
        "The pickets cheered, and Ana Ruiz shouted, “We did it!” "
        "Tom Reyes added that the tally was not final.",
        "Late on Friday, as the session closed Ana Ruiz asked, “Who pays?” "
        "Tom Reyes said the port would.",
        "The hall fell silent, and Ana Ruiz asked, “Who pays?” He said nothing.",
        "The hall fell silent, and Ana Ruiz asked, “Who pays?” Tom Reyes said: “The port will.”",
    ],
)
def test_question_is_asked_by_the_earlier_cue(sentence: str) -> None:
    text = f"Dredging Vote\n\n{sentence}"
    assert speakers_of(text)[0] == "Ana Ruiz"


def test_as_clause_that_asks_keeps_its_question() -> None:
    text = (
        "Dredging Vote\n\n"
        "But, as the harbour master asked, “who pays?” Tom Reyes said the port would."
    )
    quotes = quotes_of(text, "direct")
    assert quotes[0].speaker_surface == "the harbour master"


@pytest.mark.parametrize(
    "sentence",
    [  # guards: a bare tag after a real aside still wins
        "If the quay is sold, as the harbour board denies, “who would not want to know?” "
        "Tom Reyes asked on Monday.",
        "If the quay is sold — as the harbour board denies — “who would not want to know?” "
        "Tom Reyes said that night.",
        "If the quay is sold — as the harbour board denies — “who would not want to know?” "
        "asked Tom Reyes again.",
        "The quay, which Ana Ruiz said was unsafe, “is it even legal?” asked Tom Reyes.",
        "If the quay is sold, and as Ana Ruiz admits, “who would buy it?” Tom Reyes asked.",
    ],
)
def test_bare_tag_after_an_aside_wins(sentence: str) -> None:
    text = f"Port Sale Questioned\n\n{sentence}"
    assert speakers_of(text) == ["Tom Reyes"]
