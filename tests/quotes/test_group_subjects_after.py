"""Bare groups after an inverted verb or closing an indirect quote, and media nouns (invented)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = "Ferry halted at Orrin Quay\n\nThe Orrin ferry stopped running on Thursday morning.\n\n"


def _found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.kind, q.text[:12], q.speaker, q.speaker_surface)
        for q in quotes_of(HEAD + text + "\n\nTickets will be refunded.", None)
    ]


def _surfaces(text: str) -> list[str | None]:
    return [surface for *_, surface in _found(text)]


# -- inverted: '“…,” said officials.' kept the short quote with no speaker before


@pytest.mark.parametrize(
    "group", ["officials", "police", "riot police", "council officials", "party sources"]
)
def test_inverted_bare_group_keeps_the_short_quote(group: str) -> None:
    assert _surfaces(f"“The boats stay in,” said {group}.") == [group]


def test_inverted_bare_group_keeps_main_speaker_shape() -> None:
    assert _found("“The boats stay in,” said officials.") == [
        ("direct", "The boats st", "officials", "officials")
    ]


def test_inverted_modified_plural_speaks() -> None:
    assert _surfaces("“The boats stay in,” said senior aides.") == ["senior aides"]


def test_inverted_bare_group_before_a_comma() -> None:
    text = "“The boats stay in,” said officials, adding that the quay was flooded."
    assert _surfaces(text)[:1] == ["officials"]


def test_inverted_bare_group_closing_an_indirect_quote() -> None:
    assert _surfaces("The quay will reopen next month, said harbour officials.") == [
        "harbour officials"
    ]


# -- indirect: '…, local residents said.' found nothing, the modifier cut the subject off


@pytest.mark.parametrize(
    "group",
    ["local residents", "riot police", "hospital officials", "union leaders", "party sources"],
)
def test_indirect_modified_plural_closing_the_sentence(group: str) -> None:
    found = _found(f"The quay will reopen next month, {group} said.")
    assert [(kind, surface) for kind, _, _, surface in found] == [("indirect", group)]


@pytest.mark.parametrize("subject", ["EU diplomats", "a US official", "a Lanner Bank analyst"])
def test_indirect_capitalised_modifier_closing_the_sentence(subject: str) -> None:
    assert _surfaces(f"The quay will reopen next month, {subject} said.") == [subject]


# -- media nouns: an outlet named by its kind speaks in every shape


@pytest.mark.parametrize(
    "shape",
    [
        "“The boats stay in,” {s} said.",
        "“The boats stay in,” said {s}.",
        "{S} said: “The boats stay in.”",
        "The quay will reopen next month, {s} said.",
        "{S} said the quay would reopen next month.",
    ],
)
@pytest.mark.parametrize("media", ["state media", "state television", "local media"])
def test_media_noun_speaks(shape: str, media: str) -> None:
    text = shape.format(s=media, S=media[0].upper() + media[1:])
    assert [s.lower() for s in _surfaces(text) if s] == [media]


# -- near misses: the group is no speaker


def test_group_that_opens_a_clause_is_no_inverted_speaker() -> None:
    found = _found("He said officials were wrong to halt the ferry.")
    assert [surface for *_, surface in found] == ["He"]


def test_group_with_an_auxiliary_is_no_inverted_speaker() -> None:
    found = _found("The skipper said police had stopped two boats at the quay.")
    assert [surface for *_, surface in found] == ["The skipper"]


def test_plural_thing_after_said_is_no_speaker() -> None:
    assert _found("“The boats stay in,” said prices.") == []


def test_told_officials_keeps_the_teller() -> None:
    assert _surfaces("The quay will reopen next month, the skipper told officials.") == [
        "the skipper"
    ]


def test_as_officials_said_keeps_the_speaker() -> None:
    assert _surfaces("“The boats stay in,” he said as officials watched.") == ["he"]


@pytest.mark.parametrize("tail", ["said, local time.", "said last week."])
def test_time_after_said_is_no_speaker(tail: str) -> None:
    assert _surfaces(f"“The boats stay in,” the skipper {tail}") == ["the skipper"]


def test_joined_clause_is_no_modifier() -> None:
    assert _found("The quay will reopen next month, and officials said.") == []


def test_possessive_before_the_comma_group_is_not_taken() -> None:
    found = _found("The quay will reopen, the port's local officials said.")
    assert [surface for *_, surface in found] != ["local officials"]


def test_social_media_is_no_outlet() -> None:
    text = "Social media has added another worry for the crews, the skipper noted."
    assert "Social media" not in _surfaces(text)


def test_relative_word_is_no_modifier_of_the_subject() -> None:
    text = "The skipper trusts Ana Ruiz, whom one port insider described as a friend."
    assert not any(s and s.startswith("whom") for s in _surfaces(text))


def test_subordinator_is_no_modifier_of_the_subject() -> None:
    assert _found("The quay will reopen next month, though few experts said.") == []
