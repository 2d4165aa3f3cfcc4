"""Bare body nouns and people nouns with a post-modifier as cue subjects (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = (
    "Depot fire closes the Kelmar road\n\nA fire broke out at the Kelmar bus depot on Sunday.\n\n"
)


def _found(text: str, prefix: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.speaker_surface)
        for q in quotes_of(HEAD + text + "\n\nThe depot stays shut.")
        if q.text.startswith(prefix)
    ]


# -- a body noun with no article: the quote is kept and the body speaks


@pytest.mark.parametrize(
    "cue", ["police said.", "police told reporters.", "police said on Tuesday."]
)
def test_bare_police_after_a_short_quote(cue: str) -> None:
    assert _found(f"“Stay away from the yard,” {cue}", "Stay away") == [("police", "police")]


@pytest.mark.parametrize("noun", ["staff", "management", "crew", "coastguard"])
def test_bare_body_noun_keeps_the_short_quote(noun: str) -> None:
    found = _found(f"“We are all shaken,” {noun} said.", "We are all")
    assert [surface for _, surface in found] == [noun]


def test_bare_police_after_a_long_quote_has_a_speaker() -> None:
    text = "“Nobody should go near the yard until the engineers have checked it,” police said."
    assert _found(text, "Nobody should") == [("police", "police")]


def test_modified_body_noun_takes_its_modifier() -> None:
    found = _found("“The roof may fall,” hospital staff said.", "The roof")
    assert found and found[0][1] == "hospital staff"


# -- a people noun with a speaker post-modifier: the whole phrase is the unnamed surface


@pytest.mark.parametrize(
    "subject",
    [
        "a source familiar with the matter",
        "a person familiar with the talks",
        "people familiar with the plans",
        "two people familiar with the inquiry",
        "sources close to the inquiry",
        "a person with knowledge of the deal",
        "officials with direct knowledge of the repairs",
        "people involved in the talks",
        "a man familiar with the depot",
        "people close to him",
    ],
)
def test_postmodified_source_after_the_quote(subject: str) -> None:
    # unnamed: no speaker, or the description itself where an agent rule keeps it (agents.py)
    found = _found(f"“It was no accident,” {subject} said.", "It was no")
    assert [surface for _, surface in found] == [subject]
    assert found[0][0] in (None, subject)


@pytest.mark.parametrize(
    "subject", ["a source familiar with the matter", "sources close to the inquiry"]
)
def test_postmodified_source_with_told_and_a_time(subject: str) -> None:
    for cue in ("told reporters.", "said on Tuesday."):
        assert _found(f"“It was no accident,” {subject} {cue}", "It was no") == [(None, subject)]


def test_postmodified_source_before_a_colon() -> None:
    found = _found("Sources close to the inquiry said: “It was no accident.”", "It was no")
    assert found == [(None, "Sources close to the inquiry")]


def test_postmodified_source_of_an_indirect_quote() -> None:
    text = "A source familiar with the matter said the fire was started on purpose."
    found = quotes_of(HEAD + text, kind="indirect")
    assert [q.speaker_surface for q in found] == ["A source familiar with the matter"]


def test_capitalised_bare_plural_opening_the_sentence() -> None:
    found = _found("Officials said: “It was no accident.”", "It was no")
    assert [surface for _, surface in found] == ["Officials"]


# -- near misses: no name from the post-modifier, no speaker from a text or a thing


def test_name_in_the_post_modifier_is_no_speaker() -> None:
    found = _found("“It was no accident,” people close to Ana Ruiz said.", "It was no")
    assert all(speaker != "Ana Ruiz" for speaker, _ in found)


def test_thing_with_a_post_modifier_is_no_speaker() -> None:
    # any subject of 'said' is kept as an unnamed surface (and its phrase since s15b), but a
    # thing is never a speaker
    found = _found("The buses familiar with the route said “It was no accident.”", "It was")
    assert all(speaker is None for speaker, _ in found)


@pytest.mark.parametrize("noun", ["reports"])
def test_bare_plural_of_things_speaks_for_nobody(noun: str) -> None:
    assert not _found(f"“We are all shaken,” {noun} said.", "We are all")


def test_thing_plural_opening_a_sentence_is_no_group() -> None:
    found = _found("Cameras familiar with the yard said: “It was no accident.”", "It was no")
    assert all(surface is None or "familiar" not in surface for _, surface in found)


def test_pronoun_after_praising_staff_keeps_the_person() -> None:
    text = "Ana Ruiz praised the staff. “We are all shaken,” she said."
    assert _found(text, "We are all") == [("Ana Ruiz", "she")]


def test_police_later_in_the_sentence_is_not_the_subject() -> None:
    text = "Ana Ruiz thanked police. “We are all shaken,” she said."
    assert _found(text, "We are all") == [("Ana Ruiz", "she")]
