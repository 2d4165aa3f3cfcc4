"""Review fixes for bare groups after the verb and closing a sentence (invented text)."""

from __future__ import annotations

import pytest

from presswatch.quotes import groupwords
from presswatch.quotes.leads import object_tail
from tests.quotes.helpers import quotes_of

HEAD = "Ferry halted at Orrin Quay\n\nThe Orrin ferry stopped running on Thursday morning.\n\n"


def _found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.kind, q.text[:12], q.speaker, q.speaker_surface)
        for q in quotes_of(HEAD + text + "\n\nTickets will be refunded.", None)
    ]


# -- a clause after the verb is the reported content, whatever stands before the comma


@pytest.mark.parametrize("subject", ["local fishermen", "senior harbour officials"])
def test_content_after_the_verb_wins_over_the_clause_before_the_comma(subject: str) -> None:
    found = _found(f"The pier flooded overnight, {subject} said the hull had cracked.")
    assert [(kind, text) for kind, text, *_ in found] == [("indirect", "the hull had")]


# -- a cue verb with an object after the comma is no cue


@pytest.mark.parametrize(
    "tail",
    [
        "opposition members criticized the move",
        "angry commuters disputed the figures",
        "some councillors have questioned the cost",
        "harbour workers argued their case",
    ],
)
def test_cue_verb_with_an_object_after_a_comma_is_no_quote(tail: str) -> None:
    assert _found(f"The council raised the fares, {tail}.") == []


@pytest.mark.parametrize("tail", ["local commuters said", "angry commuters told reporters"])
def test_closing_cue_after_a_comma_still_reports(tail: str) -> None:
    found = _found(f"The council raised the fares, {tail}.")
    assert [(kind, text) for kind, text, *_ in found] == [("indirect", "The council ")]


# -- adverbs are no modifiers of the group


@pytest.mark.parametrize("adverb", ["again", "only", "still", "privately", "quietly"])
def test_adverb_before_the_group_is_no_modifier(adverb: str) -> None:
    assert _found(f"The ferry will sail on Friday, {adverb} port officials said.") == []


def test_noun_in_ly_still_modifies_the_group() -> None:
    found = _found("The ferry will sail on Friday, family members said.")
    assert [surface for *_, surface in found] == ["family members"]


def test_adverb_after_an_inverted_verb_is_no_modifier() -> None:
    assert [s for *_, s in _found("“The ferry is late,” said only officials.")] == []


# -- the group rule is the inverted cue's only: a post-modifier's object stays out


@pytest.mark.parametrize("place", ["to officials", "with police"])
def test_object_after_the_inverted_subject_stays_out(place: str) -> None:
    found = _found(f"“The ferry is late,” said the skipper {place}.")
    assert [surface for *_, surface in found] == ["the skipper"]


def test_agent_for_a_bare_body_keeps_its_phrase_speaker() -> None:
    found = _found("“The ferry is late,” said a spokeswoman for police.")
    assert [speaker for _, _, speaker, _ in found] == ["a spokeswoman for police"]


# -- one bare group word after an inverted verb


@pytest.mark.parametrize("group", ["fishermen", "residents", "staff", "people"])
def test_single_bare_group_after_an_inverted_verb_speaks(group: str) -> None:
    found = _found(f"“The nets are torn,” said {group}.")
    assert [(kind, surface) for kind, _, _, surface in found] == [("direct", group)]


# -- media nouns: no platform, one speaker field


@pytest.mark.parametrize(
    "text",
    [
        "“This is a disgrace,” said social media.",
        "The ferry is unsafe, according to social media.",
    ],
)
def test_social_media_is_no_outlet_anywhere(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“The ferry is unsafe,” said state media.",
        "The ferry is unsafe and must be replaced, local media said.",
        "State media said the ferry was unsafe.",
        "The ferry is unsafe and must be replaced, state radio said.",
    ],
)
def test_media_noun_speaks_as_its_surface(text: str) -> None:
    found = _found(text)
    assert [(speaker, surface) for *_, speaker, surface in found] == [
        (found[0][3], found[0][3])
    ] and found[0][3] is not None


def test_media_noun_is_no_people_noun() -> None:
    assert not groupwords.people_noun("radio") and groupwords.group_word("media")


def test_lead_start_takes_the_token_not_a_later_substring() -> None:
    text = "Fares rose, a dental nurses said"
    span = (text.index("nurses"), text.index("nurses") + len("nurses"))
    assert groupwords.lead_start(text, 0, span) == text.index(", a") + 2


def test_that_after_a_cue_opens_a_clause_not_an_object() -> None:
    assert not object_tail("wrote", "that Dalen \x00\x00\x00", "")
    assert object_tail("criticized", "the plan", "")
