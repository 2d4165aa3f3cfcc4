"""Review guards: set phrases, places, cut noun phrases stay off an unnamed speaker (invented)."""

from __future__ import annotations

import pytest

from presswatch.quotes.describing import identifying
from tests.quotes.helpers import by_text, quotes_of

HEAD = "Tarn desk\n"
SAID = "The ferry will not sail,"


def _said(body: str) -> tuple[str | None, str | None]:
    """Return (surface, speaker) of the quote 'The ferry will not sail,' in body."""
    q = by_text(HEAD + "The harbour stayed shut.\n\n" + body)[SAID]
    return q.speaker_surface, q.speaker


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # set phrases and time nouns go with the verb
        (f"“{SAID}” said a clerk on the condition of anonymity.", "a clerk"),
        (f"“{SAID}” said a clerk on condition that she not be named.", "a clerk"),
        (f"“{SAID}” said a deckhand in the wake of the storm.", "a deckhand"),
        (f"“{SAID}” said a deckhand on the eve of the strike.", "a deckhand"),
        (f"“{SAID}” said a deckhand in the aftermath of the crash.", "a deckhand"),
        (f"“{SAID}” said a deckhand in the face of the gale.", "a deckhand"),
        (f"“{SAID}” said a deckhand in the presence of the crew.", "a deckhand"),
        (f"“{SAID}” said a pilot on the record.", "a pilot"),
        (f"“{SAID}” said a pilot in the meantime.", "a pilot"),
        (f"“{SAID}” said a pilot in the past.", "a pilot"),
        (f"“{SAID}” said a pilot in the winter.", "a pilot"),
        # a place where one stands is not who one is
        (f"“{SAID}” said a trader in the town of Vell.", "a trader"),
        (f"“{SAID}” said a trader in the capital.", "a trader"),
        (f"“{SAID}” said a trader in the south of the island.", "a trader"),
        # a noun phrase cut short is no phrase
        (f"“{SAID}” said a clerk in a written answer.", "a clerk"),
        (f"“{SAID}” said a clerk in a signed letter.", "a clerk"),
    ],
)
def test_the_verbs_phrase_stays_off_the_speaker(body: str, surface: str) -> None:
    assert _said(body)[0] == surface


def test_a_noun_phrase_cut_before_its_noun_identifies_no_one() -> None:
    # 'in a written' of 'in a written reply': the phrase must reach a boundary
    assert not identifying("in", ["a", "written"], False, "reply.")
    assert identifying("on", ["the", "crew"], False, "who")


def test_a_set_phrase_after_an_identifying_one_keeps_the_first() -> None:
    body = f"“{SAID}” said a clerk at the port office on the condition of anonymity."
    assert _said(body)[0] == "a clerk at the port office"


def test_a_number_in_a_name_is_no_time() -> None:
    body = f"“{SAID}” said a guard at 4 Quay Street."
    assert _said(body)[0] == "a guard at 4 Quay Street"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (f"“{SAID}” said a deckhand from the village.", "a deckhand from the village"),
        (f"“{SAID}” said a pilot on the crew.", "a pilot on the crew"),
    ],
)
def test_near_misses_keep_the_identifying_phrase(body: str, surface: str) -> None:
    assert _said(body)[0] == surface


def test_an_unnamed_head_that_is_its_own_speaker_stores_the_whole_phrase() -> None:
    surface, speaker = _said(f"“{SAID}” said a spokesman on the harbour board.")
    assert (surface, speaker) == ("a spokesman on the harbour board",) * 2


def test_a_pronoun_after_takes_the_same_whole_description() -> None:
    text = (
        HEAD + "The harbour stayed shut.\n\n"
        f"“{SAID}” said a spokesman on the harbour board. “Not this week,” he added.\n"
    )
    quotes = by_text(text)
    first, second = quotes[SAID], quotes["Not this week,"]
    assert first.speaker == second.speaker == "a spokesman on the harbour board"
    assert second.speaker_surface == "a spokesman on the harbour board"


def test_an_indirect_quote_keeps_the_phrase_before_its_verb() -> None:
    text = (
        HEAD
        + "The harbour stayed shut.\n\nA survey by two pilots warned that the quay was unsafe.\n"
    )
    (q,) = quotes_of(text, "indirect")
    assert q.speaker_surface == "A survey by two pilots"
