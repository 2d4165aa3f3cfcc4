"""Descriptions whose object holds a name or a lower-case role ('a source close to the
Kremlin', 'an aide to the president'): the whole
description speaks, never the name in it, and the quote is kept (invented text)."""

from __future__ import annotations

import pytest

from presswatch.records import Quote
from tests.quotes.helpers import quote_starting, quotes_of

HEAD = "Ferry strike enters its third week\n\nThe ferries stayed in port on Tuesday.\n\n"


def _quote(text: str, prefix: str, kind: str = "direct") -> Quote:
    return quote_starting(HEAD + text + "\n", prefix, kind)


def _said(text: str, prefix: str, kind: str = "direct") -> tuple[str | None, str | None]:
    q = _quote(text, prefix, kind)
    return q.speaker, q.speaker_surface


# -- a speaker post-modifier whose object is capitalised: the whole phrase, before the verb


@pytest.mark.parametrize(
    ("text", "prefix", "kind", "surface"),
    [
        (
            "“The crews will not sail,” a source close to the Kremlin said.",
            "The crews",
            "direct",
            "a source close to the Kremlin",
        ),
        (
            "The crews will stay ashore, a source close to the Kremlin said.",
            "The crews",
            "indirect",
            "a source close to the Kremlin",
        ),
        (
            "A source close to the Kremlin said the crews would stay ashore.",
            "the crews",
            "indirect",
            "A source close to the Kremlin",
        ),
        (
            "“The crews will not sail,” sources close to Mira Falk said.",
            "The crews",
            "direct",
            "sources close to Mira Falk",
        ),
        (
            "The crews will stay ashore, sources close to Mira Falk said.",
            "The crews",
            "indirect",
            "sources close to Mira Falk",
        ),
        (
            "Sources close to Mira Falk said the crews would stay ashore.",
            "the crews",
            "indirect",
            "Sources close to Mira Falk",
        ),
        (
            "“The crews will not sail,” people close to the White House said.",
            "The crews",
            "direct",
            "people close to the White House",
        ),
        (
            "“The crews will not sail,” a person familiar with Olav Brink's thinking said.",
            "The crews",
            "direct",
            "a person familiar with Olav Brink's thinking",
        ),
        (
            "A person familiar with Olav Brink's thinking said the crews would stay ashore.",
            "the crews",
            "indirect",
            "A person familiar with Olav Brink's thinking",
        ),
    ],
)
def test_named_object_keeps_the_whole_description(
    text: str, prefix: str, kind: str, surface: str
) -> None:
    assert _said(text, prefix, kind)[1] == surface


@pytest.mark.parametrize(
    "text",
    [
        "Sources close to Mira Falk said: “The crews will not sail.”",
        "“The crews will not sail,” sources close to Mira Falk said.",
        "A person familiar with Olav Brink's thinking said: “The crews will not sail.”",
        "A source close to the Kremlin said: “The crews will not sail.”",
    ],
)
def test_the_person_spoken_of_never_speaks(text: str) -> None:
    speaker, surface = _said(text, "The crews")
    assert speaker not in ("Mira Falk", "Olav Brink", "the Kremlin", "Kremlin")
    assert surface is not None
    assert "close to" in surface or "familiar with" in surface


# -- an agent with a lower-case role as its object


@pytest.mark.parametrize(
    ("text", "prefix", "kind"),
    [
        ("“The crews will not sail,” an aide to the president said.", "The crews", "direct"),
        ("The crews will stay ashore, an aide to the president said.", "The crews", "indirect"),
        ("An aide to the president said the crews would stay ashore.", "the crews", "indirect"),
    ],
)
def test_agent_of_a_lower_case_role(text: str, prefix: str, kind: str) -> None:
    assert _said(text, prefix, kind)[0] == "an aide to the president"


# -- a possessive agent description is whole in either order, never the body it is sent to


def test_inverted_possessive_agent_keeps_its_object() -> None:
    text = "“The crews will not sail,” said Nordland's representative to the United Nations."
    whole = "Nordland's representative to the United Nations"
    assert _said(text, "The crews") == (whole, whole)


# -- a prepositional post-modifier after an inverted verb


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "“The crews will not sail,” said an official with knowledge of the talks.",
            "an official with knowledge of the talks",
        ),
        (
            "“The crews will not sail,” said a person with direct knowledge of the deal.",
            "a person with direct knowledge of the deal",
        ),
        (
            "“The crews will not sail,” said a senior official with knowledge of the talks.",
            "a senior official with knowledge of the talks",
        ),
    ],
)
def test_inverted_knowledge_phrase_stays_on_the_description(text: str, surface: str) -> None:
    assert _said(text, "The crews")[1] == surface


# -- near misses


def test_appositive_name_after_the_description_speaks() -> None:
    text = "“The crews will not sail,” a source close to Mira Falk, Olav Brink, said."
    assert _said(text, "The crews")[0] == "Olav Brink"


def test_fronted_phrase_is_no_part_of_the_subject() -> None:
    text = "Close to the Kremlin, officials said the crews would stay ashore for a week."
    surface = _said(text, "the crews", "indirect")[1]
    assert surface == "officials"


def test_place_after_the_object_stays_in_the_description() -> None:
    text = "“The crews will not sail,” a source close to the talks in Oslo said."
    assert _said(text, "The crews")[1] == "a source close to the talks in Oslo"


def test_aide_to_a_titled_name_is_still_the_description() -> None:
    text = "“The crews will not sail,” an aide to President Mira Falk said."
    assert _said(text, "The crews") == (
        "an aide to President Mira Falk",
        "an aide to President Mira Falk",
    )


def test_possessive_spokesman_unchanged() -> None:
    text = "“The crews will not sail,” Mira Falk's spokesman said."
    assert _said(text, "The crews")[1] == "Mira Falk's spokesman"


def test_past_a_preposition_a_determiner_phrase_is_still_no_subject() -> None:
    text = "Nobody who worked in the past said the crews would stay ashore for long."
    assert not [q for q in quotes_of(HEAD + text + "\n", "indirect") if "crews" in q.text]
