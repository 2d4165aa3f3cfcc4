"""A possessed speech noun names a quote's speaker ('Ruiz's reply: “…”') (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import attributions_of

HEAD = "Quay plan stalls\n\nAna Ruiz spoke at the Kelmar hall on Monday.\n\n"
TAIL = "\n\nThe council meets again in May."


def _found(text: str) -> list[tuple[str | None, str | None]]:
    """Return (speaker, surface) of each direct quote in the invented article."""
    return attributions_of(HEAD + text + TAIL)


# -- fixed: the possessor speaks


@pytest.mark.parametrize(
    "lead",
    [
        "Ruiz's response:",
        "Ruiz's reply:",
        "Ruiz's answer:",
        "Ruiz's verdict:",
        "Ruiz's advice to voters:",
        "Ruiz's message was simple:",
        "Ruiz's warning was stark:",
        "Ruiz’s blunt retort:",
    ],
)
def test_possessed_speech_noun_before_a_colon(lead: str) -> None:
    assert _found(f"{lead} “We will keep the quay open for the boats.”") == [("Ana Ruiz", "Ruiz")]


def test_possessive_pronoun_before_a_colon() -> None:
    text = "Her message was simple: “We will keep the quay open for the boats.”"
    assert _found(text) == [("Ana Ruiz", "Her")]


@pytest.mark.parametrize("cue", ["came Ruiz's reply.", "was Ruiz's answer."])
def test_possessed_speech_noun_after_the_quote(cue: str) -> None:
    text = f"Tom Reyes asked her about the cost.\n\n“We will find the money somewhere,” {cue}"
    assert _found(text) == [("Ana Ruiz", "Ruiz")]


def test_organisation_possessor_speaks() -> None:
    text = "The council's response: “We will review the quay plan in the spring.”"
    assert _found(text) == [("the council", "The council")]


# -- guards


def test_possessed_book_title_is_no_quote() -> None:
    assert _found("Ruiz's book: “Harbour Days”") == []


def test_possessed_slogan_is_no_speech() -> None:
    # a slogan is a label for the words, not words said here: main's reading is kept
    assert _found("Ruiz's slogan: “Keep the quay for the boats.”") == [(None, "Ruiz's slogan")]


def test_response_without_a_quote_finds_nothing() -> None:
    assert _found("Ruiz's response to the plan was swift.") == []


def test_other_persons_claim_inside_the_response_keeps_main() -> None:
    text = (
        "Tom Reyes spoke after her. Ruiz's response to Reyes's claim that the plan was "
        "“a giveaway for the big developers” was swift."
    )
    assert _found(text) == [("Tom Reyes", "Reyes")]  # the claim's owner, as on main


def test_cue_after_the_quote_wins_over_the_possessed_noun() -> None:
    text = "Her final assessment: “It is not quite hopeless,” Ruiz said."
    assert _found(text) == [("Ana Ruiz", "Ruiz")]


# -- review guards: another source after the noun, an opening word or a place as the owner

REYES = "Tom Reyes runs the ferry firm.\n\n"


@pytest.mark.parametrize(
    "lead",
    [
        "Ruiz's advice to tenants angered Reyes:",
        "Ruiz's reply to those who say:",
        "Ruiz's answer to reporters who asked:",
        "Ruiz's response to Reyes prompted a rebuke:",
        "Ruiz's answer is a new survey:",
        "Ruiz's answer to the charge was a leaflet:",
    ],
)
def test_other_source_after_the_possessed_noun_is_not_the_possessor(lead: str) -> None:
    found = _found(f"{REYES}{lead} “The quay will close by the spring.”")
    assert found and found[0][0] != "Ana Ruiz"


@pytest.mark.parametrize(
    "lead",
    [
        "Ruiz's reply was a single word:",
        "Ruiz's warning to ferry users came in a letter:",
        "Ruiz's message to staff on Friday was blunt:",
    ],
)
def test_listed_predicate_or_phrase_keeps_the_possessor(lead: str) -> None:
    assert _found(f"{lead} “We will keep the quay open.”") == [("Ana Ruiz", "Ruiz")]


def test_opening_word_is_no_part_of_the_possessor() -> None:
    assert _found("But Ruiz's reply was blunt: “We will keep the quay open.”") == [
        ("Ana Ruiz", "Ruiz")
    ]


def test_place_before_the_possessor_names_nobody() -> None:
    found = _found("In Dunmore Ruiz's message: “We will keep the quay open.”")
    assert found and found[0][0] is None


def test_place_possessor_is_no_speaker() -> None:
    text = "Ferries also stop in Dunmore.\n\nDunmore's response: “We will keep the quay open.”"
    assert _found(text)[0][0] is None


def test_pronoun_after_an_addressed_reply_is_the_addressee() -> None:
    text = (
        "Sol Brenner and Kit Carrow met on Monday.\n\n"
        "Brenner's reply to Carrow: “He is wrong.” He answered: “No, I am not.”"
    )
    assert [s for s, _ in _found(text)][-2:] == ["Sol Brenner", "Kit Carrow"]
