"""Review fixes of the speakerless cues: the last subject of a 'with NP -ing and NP -ing … and'
chain, and the noun 'states' after a modifier or before its own verb (invented text)."""

from __future__ import annotations

import pytest

from presswatch.records import Quote
from tests.quotes.helpers import quote_starting

HEAD = "Harbour fees rise in Kelp\n\n"
FERRY = "Lena Ortiz chairs the harbour board. “The night ferry will sail every day in winter,”"


def _quote(text: str, prefix: str) -> Quote:
    return quote_starting(HEAD + text + "\n", prefix)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The quay grew loud, with the fishermen jeering and Lena Ortiz calling for order and"
            " asking, “Shall we vote now?”",
            "Lena Ortiz",
        ),
        (
            "The council sat late, with Lena Ortiz chairing and Omar Said writing the minutes and"
            " asking, “Shall we vote now?”",
            "Omar Said",
        ),
        (
            "The council sat late, with Lena Ortiz chairing the session and Omar Said keeping time"
            " and then asking, “Shall we vote now?”",
            "Omar Said",
        ),
    ],
)
def test_with_chain_takes_its_last_subject(text: str, speaker: str) -> None:
    assert _quote(text, "Shall we").speaker == speaker


def test_with_chain_refuses_another_and_after_its_last_participle() -> None:
    text = (
        "The council sat late, with Lena Ortiz chairing and the clerks and ushers waiting"
        " and asking, “Shall we vote now?”"
    )
    assert _quote(text, "Shall we").speaker is None


@pytest.mark.parametrize(
    "tail",
    [
        " the Baltic states in the region insist.",
        " the Northern states on the river insist.",
        " the member states in the pact insist.",
        " the three member states that signed agree.",
        " the coastal states that share the strait insist.",
        " the island states that depend on it said.",
        " the Pacific states in the forum agree.",
        " the hill states that rely on the ferry said.",
    ],
)
def test_states_after_a_modifier_is_a_noun(tail: str) -> None:
    quote = _quote(FERRY + tail, "The night")
    assert quote.cue != "states"
    assert quote.speaker == "Lena Ortiz"


@pytest.mark.parametrize(
    ("tail", "surface"),
    [
        (" the port authority states in its yearly report.", "the port authority"),
        (" the board states on its website.", "the board"),
        (" Rhode Island states on its website.", "Rhode Island"),
    ],
)
def test_states_stays_a_cue_after_a_subject(tail: str, surface: str) -> None:
    quote = _quote(FERRY + tail, "The night")
    assert (quote.cue, quote.speaker_surface) == ("states", surface)
