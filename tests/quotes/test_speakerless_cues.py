"""Quotes that had no speaker: a perfect 'had written' cue, 'state(s)' after a quote, a second
participle of a 'with' clause, and 'Al From'; each with near misses (invented text)."""

from __future__ import annotations

import pytest

from presswatch.records import Quote
from tests.quotes.helpers import quote_starting, quotes_of

HEAD = "Harbour fees rise in Kelp\n\n"
WON = "“We won every ward in the town that year,”"
FERRY = "Ana Ruiz runs the board. “The ferry will keep running through the winter months,”"
PLAN = "“We need a new plan for the harbour.”"


def _quote(text: str, prefix: str) -> Quote:
    return quote_starting(HEAD + text + "\n", prefix)


def _check(text: str, prefix: str, speaker: str | None) -> None:
    assert _quote(text, prefix).speaker == speaker


# -- a perfect 'had written' is a cue of the quote it introduces


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "The old mayor was buried in Kelp.\n\nAs the columnist Ana Ruiz had written a few"
            " years earlier, “We could not run this harbour without Tom Reyes.”",
            "We could not",
            "Ana Ruiz",
        ),
        (
            "As Ana Ruiz had written, “The ferry is the only lifeline the island has in winter.”",
            "The ferry",
            "Ana Ruiz",
        ),
        (
            "As the harbour master Tom Reyes has written, “No boat is ever turned away from the"
            " quay.”",
            "No boat",
            "Tom Reyes",
        ),
    ],
)
def test_perfect_written_is_a_cue(text: str, prefix: str, speaker: str) -> None:
    _check(text, prefix, speaker)


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "Tom Reyes, an aide to Mayor Ana Ruiz has written a book in which he calls the harbour"
            " “a sinking ship for the whole town.”",
            "a sinking",
            "Tom Reyes",
        ),
        (
            "Ana Ruiz, who had written the report, said: “The pier stays open for every boat.”",
            "The pier",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz had written a long and angry letter to the board about the fees last year."
            " “We will not lower them this year,” said Tom Reyes.",
            "We will not",
            "Tom Reyes",
        ),
        (
            "As Tom Reyes had written, the board met in March. “We will not lower the fees this"
            " year,” Ana Ruiz said.",
            "We will not",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes had written to the board. “We will not lower the fees this year,” said Ana"
            " Ruiz.",
            "We will not",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz has written the report. “We will not lower the fees this year,” the board"
            " said.",
            "We will not",
            "the board",
        ),
        (
            "As Tom Reyes had written, Ana Ruiz said: “We will not lower the fees this year.”",
            "We will not",
            "Ana Ruiz",
        ),
        (
            "Critics had written to the board, and Ana Ruiz said: “We will not lower the fees this"
            " year.”",
            "We will not",
            "Ana Ruiz",
        ),
        (
            "Nobody had written to the board. “We will not lower the fees this year,” Ana Ruiz"
            " said.",
            "We will not",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz, whose son had written to the board, said: “We will not lower the fees this"
            " year.”",
            "We will not",
            "Ana Ruiz",
        ),
        (
            "“We will not lower the fees this year,” said Ana Ruiz, who has written about the"
            " harbour for years.",
            "We will not",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes has written to Ana Ruiz, who replied: “We will not lower the fees this"
            " year.”",
            "We will not",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes had written what Ana Ruiz later called “a love letter to the harbour.”",
            "a love letter",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz has written before: “The ferry is the only lifeline the island has in"
            " winter.”",
            "The ferry",
            "Ana Ruiz",
        ),
    ],
)
def test_perfect_written_near_misses(text: str, prefix: str, speaker: str) -> None:
    _check(text, prefix, speaker)


def test_perfect_written_is_no_title_or_indirect_cue() -> None:
    title = "The letter Tom Reyes had written was titled “Harbour Lights at Dawn.”"
    assert not [q for q in quotes_of(HEAD + title + "\n") if q.text.startswith("Harbour")]
    for text in (
        "Ana Ruiz has written that the levy was too high for the fishermen.",
        "Ana Ruiz, who had written the report, said: “The pier stays open for every boat.”",
    ):
        assert quotes_of(HEAD + text + "\n", kind="indirect") == []


# -- 'state(s)' (a noun elsewhere) right after a quote's subject


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "“The ferry will keep running through the winter months,” the harbour board states in"
            " its annual report.",
            "The ferry",
            "the harbour board",
        ),
        (
            "“The ferry will keep running through the winter months,” Ana Ruiz states in a letter"
            " to the board.",
            "The ferry",
            "Ana Ruiz",
        ),
        (
            "“The ferry will keep running through the winter months,” the Danes state in the"
            " treaty. “No boat is turned away.”",
            "No boat",
            "the Danes",
        ),
    ],
)
def test_state_after_a_quote_is_a_cue(text: str, prefix: str, speaker: str) -> None:
    _check(text, prefix, speaker)


def test_state_cue_keeps_an_unresolved_description() -> None:
    text = (
        "Kelp and Lisk signed the pact in May.\n\n“Both towns will keep the ferry running,” the"
        " two councils state in the pact, which was published on Friday."
    )
    assert _quote(text, "Both towns").speaker_surface == "the two councils"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        (" the member states.", "Ana Ruiz"),
        (" the Baltic states.", "Ana Ruiz"),
        (" the two states.", "Ana Ruiz"),
        (" in 12 states.", "Ana Ruiz"),
        (" in both states in the union.", "Ana Ruiz"),
        (" while the states in the north disagree.", "Ana Ruiz"),
        (" as the law in both states in the union requires.", "Ana Ruiz"),
        (" unlike other states on the coast.", "Ana Ruiz"),
        (" like many states in the region.", "Ana Ruiz"),
        (" for both states in the pact.", "Ana Ruiz"),
        (" said Tom Reyes of the two states.", "Tom Reyes"),
        (" and other states in the pact.", "Ana Ruiz"),
        (" across the states in the north.", "Ana Ruiz"),
        (" the 50 states in the union.", "Ana Ruiz"),
        (" the board’s state.", "Ana Ruiz"),
        (" Tom Reyes said of the state of the quay.", "Tom Reyes"),
        (" in the United States in the spring.", "Ana Ruiz"),
        (" in a state that is broke.", "Ana Ruiz"),
    ],
)
def test_state_noun_near_misses(tail: str, speaker: str) -> None:
    _check(FERRY + tail, "The ferry", speaker)


def test_head_of_state_stays_a_description() -> None:
    quote = _quote(FERRY + " said the head of state in a speech.", "The ferry")
    assert quote.speaker is None


# -- a second participle of a 'with' clause shares its subject


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "Critics were quick to respond, with Ana Ruiz tweeting that it was a mess for the"
            " board and asking, “How can anyone trust the harbour board now?”",
            "How can",
            "Ana Ruiz",
        ),
        (
            "The council split, with Ana Ruiz quietly walking out of the hall and then saying,"
            " “This town deserves a better harbour board.”",
            "This town",
            "Ana Ruiz",
        ),
    ],
)
def test_with_participle_chain(text: str, prefix: str, speaker: str) -> None:
    _check(text, prefix, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The board met late, with Tom Reyes calling the fee “a tax on fishermen” and adding, "
            + PLAN,
            "Tom Reyes",
        ),
        (
            "The board met late, with Tom Reyes chairing the meeting and Ana Ruiz saying, " + PLAN,
            "Ana Ruiz",
        ),
        (
            "Tom Reyes spoke for an hour, with the crowd cheering and he kept saying, " + PLAN,
            "Tom Reyes",
        ),
        ("With the vote looming, Tom Reyes left early and said, " + PLAN, "Tom Reyes"),
        ("Tom Reyes agreed with Ana Ruiz, nodding and saying, " + PLAN, "Tom Reyes"),
        (
            "Tom Reyes met with Ana Ruiz, talking for an hour. Later, Lena Ortiz stood up and"
            " said, " + PLAN,
            "Lena Ortiz",
        ),
        (
            "The board met late, with Tom Reyes chairing the meeting. Ana Ruiz stood up and,"
            " pointing at him, said, " + PLAN,
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz sided with the fishermen protesting at the quay and, turning to the board,"
            " said, " + PLAN,
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz spoke with reporters waiting outside, and Tom Reyes, smiling and shaking"
            " hands, said, " + PLAN,
            "Tom Reyes",
        ),
        ("With prices rising and fees climbing, Ana Ruiz said, " + PLAN, "Ana Ruiz"),
        (
            "Ana Ruiz was with Tom Reyes during the meeting and, laughing, added, " + PLAN,
            "Ana Ruiz",
        ),
        (
            "The board met, with Tom Reyes calling for calm. Ana Ruiz kept nodding and saying, "
            + PLAN,
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz stood with Tom Reyes, the two of them waving and then saying, " + PLAN,
            "Ana Ruiz",
        ),
        (
            "The mayor Ana Ruiz dealt with the crisis by calling the board and asking, “Who"
            " approved the fee for the harbour?”",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes, with his lawyer standing beside him, shook his head and, sighing, said, "
            + PLAN,
            "Tom Reyes",
        ),
    ],
)
def test_with_participle_near_misses(text: str, speaker: str) -> None:
    _check(text, "We need" if PLAN in text else "Who approved", speaker)


# -- 'Al From': a surname word after 'Al', also at a paragraph's start


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("Al From founded the harbour council in 1985.\n\n" + WON + " From said.", "We won"),
        (
            "Al From founded the harbour council in 1985.\n\n" + WON + " From said. “It was a"
            " different world then.”",
            "It was",
        ),
        (
            "Al From founded the harbour council in 1985.\n\nFrom agreed that the fees were too"
            " high. " + WON + " From said.",
            "We won",
        ),
        (
            "The council was founded in 1985. " + WON + " said Al From, who founded the council."
            " “It was a different world then,” From said.",
            "It was",
        ),
    ],
)
def test_al_from_is_a_name(text: str, prefix: str) -> None:
    _check(text, prefix, "From")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Al Jazeera reported the vote on Monday.\n\n" + WON + " From Kelp, the mayor said.", None),
        (
            "Al Reyes founded the council. From Monday the fees rise.\n\n"
            + WON
            + " Ana Ruiz said.",
            "Ana Ruiz",
        ),
        ("Al From Kelp was the name of the boat.\n\n" + WON + " Ana Ruiz said.", "Ana Ruiz"),
        (
            "The Al Qaeda threat was discussed.\n\nFrom the start, Ana Ruiz said: “We won every"
            " ward in the town that year.”",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes read Al Jazeera.\n\nFrom Oslo, Ana Ruiz said: “We won every ward in the"
            " town that year.”",
            "Ana Ruiz",
        ),
        (
            "The board thanked Al. From Monday on, Ana Ruiz said: “We won every ward in the town"
            " that year.”",
            "Ana Ruiz",
        ),
        ("Al Jazeera said little. " + WON + " Ana Ruiz said.", "Ana Ruiz"),
        (WON + " said Al Jazeera's reporter Tom Reyes.", "Tom Reyes"),
        ("Al From and Ana Ruiz founded the council.\n\n" + WON + " Ana Ruiz said.", "Ana Ruiz"),
        ("Ana Ruiz read from Al Jazeera. " + WON + " she said.", "Ana Ruiz"),
        (
            "Tom Reyes arrived from Kelp.\n\nFrom the start, Ana Ruiz said: “We won every ward in"
            " the town that year.”",
            "Ana Ruiz",
        ),
        ("Al Gore visited Kelp.\n\n" + WON + " Gore said.", "Gore"),
        ("Al From founded the council.\n\n" + WON + " Ana Ruiz said from the stage.", "Ana Ruiz"),
        (
            "Al From founded the council.\n\nFrom Monday, Ana Ruiz said, “We won every ward in the"
            " town that year.”",
            "Ana Ruiz",
        ),
        ("Al From founded the council.\n\n" + WON + " said Ana Ruiz, from Kelp.", "Ana Ruiz"),
        (
            "Tom Reyes runs the harbour board.\n\n" + WON + " said Ana Ruiz long after the vote.",
            "Ana Ruiz",
        ),
    ],
)
def test_al_from_near_misses(text: str, speaker: str | None) -> None:
    _check(text, "We won", speaker)


def test_surname_word_after_a_given_name_opening_a_paragraph() -> None:
    text = "Jane May runs the harbour board.\n\n" + WON + " May said."
    _check(text, "We won", "Jane May")
