"""An unnamed speaker keeps the phrase that identifies it, not a time or occasion (invented)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text, quotes_of

HEAD = "Kelp desk\n"
SAID = "We were never told,"


def _said(body: str) -> tuple[str | None, str | None]:
    """Return (surface, speaker) of the quote 'We were never told,' in body."""
    q = by_text(HEAD + "The vote was close.\n\n" + body)[SAID]
    return q.speaker_surface, q.speaker


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # after the verb: the phrase tells which source
        (
            f"“{SAID}” said one Labour source on the committee.",
            "one Labour source on the committee",
        ),
        (f"“{SAID}” said a nurse in the emergency ward.", "a nurse in the emergency ward"),
        (
            f"“{SAID}” said an official from the harbour authority.",
            "an official from the harbour authority",
        ),
        (
            f"“{SAID}” reads an editorial in The Dunmore Herald.",
            "an editorial in The Dunmore Herald",
        ),
        (
            f"“{SAID}” reads a Friday editorial in The Dunmore Herald.",
            "a Friday editorial in The Dunmore Herald",
        ),
        (
            f"“{SAID}” concluded a 2019 study by economists at Harbour University.",
            "a 2019 study by economists at Harbour University",
        ),
        (
            f"“{SAID}” said an official in the ministry of finance.",
            "an official in the ministry of finance",
        ),
        (f"“{SAID}” said a member in the audience.", "a member in the audience"),
        # before the verb
        (
            f"“{SAID}” one Labour source on the committee said.",
            "one Labour source on the committee",
        ),
        (f"“{SAID}” a narrator in the Roe ad asks.", "a narrator in the Roe ad"),
        (
            f"“{SAID}” a 2019 study by economists at Harbour University found.",
            "a 2019 study by economists at Harbour University",
        ),
        (f"“{SAID}” a study by two economists warned.", "a study by two economists"),
        (f"“{SAID}” a farmer from the valley said.", "a farmer from the valley"),
        (f"“{SAID}” a woman in the audience shouted.", "a woman in the audience"),
        (
            f"“{SAID}” a lawyer for the union in the dispute said.",
            "a lawyer for the union in the dispute",
        ),
    ],
)
def test_the_identifying_phrase_stays_on_the_description(body: str, surface: str) -> None:
    # an unnamed head that is its own speaker ('a 2019 study') stores the whole phrase as speaker
    assert _said(body)[0] == surface
    assert _said(body)[1] in (None, surface)


def test_an_organisations_name_with_a_possessive_stays_whole() -> None:
    text = (
        HEAD + "The parks were full on Sunday.\n\nAt least 500 people marched in the city, "
        "according to the event organiser Alliance to Reclaim Our Parks (ARP).\n"
    )
    (q,) = quotes_of(text, "indirect")
    assert q.speaker_surface == "the event organiser Alliance to Reclaim Our Parks"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # time, occasion and manner phrases are the verb's, before it or after it
        (f"“{SAID}” said a source at the weekend.", "a source"),
        (f"“{SAID}” said an aide at the news conference.", "an aide"),
        (f"“{SAID}” one source in a briefing said.", "one source"),
        (f"“{SAID}” a poll by two economists on Monday found.", "a poll by two economists"),
    ],
)
def test_time_and_occasion_phrases_are_cut_off(body: str, surface: str) -> None:
    assert _said(body)[0] == surface


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (f"“{SAID}” said a spokesman on Tuesday.", "a spokesman"),
        (f"“{SAID}” a spokesman on Tuesday said.", "a spokesman"),
        (f"“{SAID}” an aide at the time said.", "an aide"),
        (f"“{SAID}” a source in a statement said.", "a source"),
        (f"“{SAID}” a spokeswoman said in an email.", "a spokeswoman"),
        (f"“{SAID}” a spokesman said at a news conference.", "a spokesman"),
        (f"“{SAID}” a protester at Monday’s rally said.", "a protester"),
        (f"“{SAID}” said a spokesman in the email.", "a spokesman"),
        (f"“{SAID}” said a spokesman in Brussels.", "a spokesman"),
        (f"“{SAID}” said a witness in court.", "a witness"),
        (f"“{SAID}” said a coach from the touchline.", "a coach"),
        (f"“{SAID}” said a source in 2019.", "a source"),
        (f"“{SAID}” an official on Monday told reporters.", "an official"),
        (f"“{SAID}” the mayor in a statement said.", "the mayor"),
        (f"“{SAID}” the pitch on Kickstarter says.", "the pitch"),
        (f"“{SAID}” said a resident of the street in a phone call.", "a resident of the street"),
        (
            f"“{SAID}” said a Democrat familiar with his remarks.",
            "a Democrat familiar with his remarks",
        ),
    ],
)
def test_near_misses_keep_their_surface(body: str, surface: str) -> None:
    assert _said(body)[0] == surface


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (f"“{SAID}” said a spokesman with a smile.", "a spokesman"),
        (f"“{SAID}” said an aide with the campaign at the time.", "an aide with the campaign"),
    ],
)
def test_a_manner_or_time_after_with_is_cut_off(body: str, surface: str) -> None:
    assert _said(body)[0] == surface


def test_a_named_person_keeps_the_name() -> None:
    assert _said(f"“{SAID}” Tom Roe of the Sierra Club said.")[1] == "Tom Roe"
    assert _said(f"“{SAID}” said Ana Ruiz in the chamber.") == ("Ana Ruiz", "Ana Ruiz")


def test_a_description_that_names_someone_keeps_the_name() -> None:
    text = (
        HEAD + "Prime Minister Jo Roe faced the chamber on Tuesday.\n\n"
        "“We stand firm,” said the prime minister in the chamber."
    )
    assert by_text(text)["We stand firm,"].speaker == "Jo Roe"


def test_an_interview_keeps_its_outlet_but_not_its_time() -> None:
    text = (
        HEAD + "He was not happy with the deal.\n\nHis complaint, according to an interview "
        "with The Harbour Post at the time, was the price: “It was far too high.”\n"
    )
    q = by_text(text)["It was far too high."]
    assert q.speaker_surface == "an interview with The Harbour Post"


@pytest.mark.parametrize(
    "body",
    [
        f"“{SAID}” A projection by the consulting firm Kelp Economics found.",
        f"“{SAID}” a report by the Acme Institute found.",
        f"“{SAID}” a study by Ana Ruiz found.",
    ],
)
def test_a_named_agent_before_the_verb_is_not_joined_to_a_description(body: str) -> None:
    # the name the subject rules find is left as it was: no description takes it over
    q = by_text(HEAD + "The vote was close.\n\n" + body).get(SAID)
    assert q is None or not (q.speaker_surface or "").lower().startswith(("a ", "an "))
