"""Someone who speaks for another ('a spokeswoman for Tesla', 'an aide to Jane Roe'): the
organisation spoken for when the text makes it one, else the whole description; never nobody,
and a short quote is never dropped for want of a speaker (invented text)."""

from __future__ import annotations

import pytest

from presswatch.records import Quote
from tests.quotes.helpers import quote_starting

HEAD = "Kelp court rules on harbour fees\n\n"


def _quote(text: str, prefix: str, kind: str = "direct") -> Quote:
    return quote_starting(HEAD + text + "\n", prefix, kind)


def _said(text: str, prefix: str, kind: str = "direct") -> tuple[str | None, str | None]:
    q = _quote(text, prefix, kind)
    return q.speaker, q.speaker_surface


# -- a capitalised name after the preposition no longer cuts the description off its verb


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The fee came in May.\n\n“We oppose the fee and will fight it,” a spokeswoman for "
            "the Brenmark Group said.",
            "the Brenmark Group",
        ),
        ("“We oppose the fee,” a spokeswoman for Brenmark Group said.", "Brenmark Group"),
        ("“We oppose the fee,” a spokesperson for Saltvik Holdings said.", "Saltvik Holdings"),
        ("“We oppose the fee,” a spokesman for Kelp Pumps Ltd said.", "Kelp Pumps Ltd"),
        (
            "“We oppose the fee,” a representative of the Kelp Dockers Union said.",
            "the Kelp Dockers Union",
        ),
    ],
)
def test_an_organisation_with_a_name_word_speaks(text: str, speaker: str) -> None:
    said, surface = _said(text, "We oppose")
    assert said == speaker and surface is not None and surface.startswith(("a ", "an "))


@pytest.mark.parametrize(
    "text",
    [
        "Vantor said its lawyers would appeal. “We oppose it,” a spokeswoman for Vantor said.",
        "Vantor's shares fell on Monday. “We oppose it,” a spokeswoman for Vantor said.",
        "Vantor posted record profits. “We oppose it,” a spokeswoman for Vantor said.",
    ],
)
def test_a_name_the_text_uses_as_a_body_speaks(text: str) -> None:
    assert _said(text, "We oppose") == ("Vantor", "a spokeswoman for Vantor")


def test_a_name_the_text_does_not_make_a_body_keeps_the_description() -> None:
    text = "“We oppose the new harbour fee,” a spokeswoman for Vantor said."
    assert _said(text, "We oppose") == ("a spokeswoman for Vantor", "a spokeswoman for Vantor")


def test_the_description_sentence_itself_is_no_proof_of_a_body() -> None:
    text = "A spokeswoman for Vantor said that it had no plans to pay the fee."
    assert _said(text, "it had no plans", "indirect")[0] == "a spokeswoman for Vantor"


# -- short quotes are kept: the description is their speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We disagree,” a spokeswoman for the Brenmark Group said.", "the Brenmark Group"),
        ("“It is wrong,” a spokesman for Vantor said.", "a spokesman for Vantor"),
        ("“We disagree,” a spokeswoman for Ana Ruiz said.", "a spokeswoman for Ana Ruiz"),
        ("“No,” a lawyer for Tom Reyes said.", "a lawyer for Tom Reyes"),
    ],
)
def test_a_short_quote_is_not_dropped(text: str, speaker: str) -> None:
    assert _said(text, text[1:4])[0] == speaker


def test_the_previous_sentence_subject_is_no_speaker() -> None:
    text = "Roads were shut. “It is a disgrace,” a spokesman for Vantor said."
    assert _said(text, "It is a disgrace")[0] == "a spokesman for Vantor"


# -- the other agent nouns of the same shape


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We oppose the fee,” an official with Vantor said.", "an official with Vantor"),
        ("“We oppose the fee,” a representative of Vantor said.", "a representative of Vantor"),
        ("“We oppose the fee,” a lawyer for Vantor said.", "a lawyer for Vantor"),
        ("“We oppose the fee,” an aide to Ana Ruiz said.", "an aide to Ana Ruiz"),
        ("“We oppose the fee,” said a spokeswoman for Vantor.", "a spokeswoman for Vantor"),
        ("“We oppose the fee,” said the lawyer for Ana Ruiz.", "the lawyer for Ana Ruiz"),
    ],
)
def test_agent_descriptions_are_never_speakerless(text: str, speaker: str) -> None:
    assert _said(text, "We oppose")[0] == speaker


def test_a_lower_case_plural_opening_the_cue_keeps_its_body() -> None:
    text = "“It is fine,” officials with the Kelp Harbour Board said."
    assert _said(text, "It is fine") == (
        "the Kelp Harbour Board",
        "officials with the Kelp Harbour Board",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokeswoman for Vantor said the firm would appeal the fee.",
            "a spokeswoman for Vantor",
        ),
        (
            "Two lawyers for Tom Reyes said the firm would appeal the fee.",
            "two lawyers for Tom Reyes",
        ),
        ("A spokesman for Kelp Pumps Ltd. said the firm would appeal the fee.", "Kelp Pumps Ltd"),
    ],
)
def test_indirect_quotes_of_agent_descriptions_are_found(text: str, speaker: str) -> None:
    assert _said(text, "the firm would appeal", "indirect")[0] == speaker


# -- the person spoken for is never the speaker (decided), a named agent still is


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman for Ms. Ruiz said, “We oppose the fee.”",
        "“We oppose the fee,” a spokesman for Mayor Ana Ruiz said.",
        "Ana Ruiz said it was unfair. “We oppose the fee,” a spokeswoman for Ana Ruiz said.",
        "Carly Vance met the group Vance addressed.\n\n“We oppose the fee,” a spokeswoman for "
        "Vance said.",
    ],
)
def test_the_person_spoken_for_is_not_the_speaker(text: str) -> None:
    speaker = _said(text, "We oppose")[0]
    assert speaker is not None and speaker.startswith("a spokes")


def test_a_former_spokesman_is_not_the_body() -> None:
    text = "Vantor said its case held. “We oppose the fee,” a former spokesman for Vantor said."
    assert _said(text, "We oppose")[0] == "a former spokesman for Vantor"


def test_a_named_agent_in_apposition_is_the_person() -> None:
    text = "“We oppose the fee,” Ana Ruiz, a spokeswoman for Vantor, said."
    assert _said(text, "We oppose")[0] == "Ana Ruiz"


def test_a_named_agent_without_the_closing_comma_is_the_person() -> None:
    text = "“We will look at it,” Tom Reyes, a spokesman for Mayor Ana Ruiz told the Post."
    assert _said(text, "We will look")[0] == "Tom Reyes"


def test_the_description_given_in_apposition_before_names_the_person() -> None:
    text = (
        "Tom Reyes, the lawyer for Ana Ruiz, filed the papers.\n\n"
        "“We oppose the fee,” the lawyer for Ana Ruiz said."
    )
    assert _said(text, "We oppose") == ("Tom Reyes", "the lawyer for Ana Ruiz")


def test_a_pronoun_after_the_description_takes_it_not_the_name_in_it() -> None:
    text = "“We oppose the fee,” a spokeswoman for Ana Ruiz said. “It is wrong,” she added."
    assert _said(text, "It is wrong")[0] == "a spokeswoman for Ana Ruiz"


# -- near misses: other shapes stay as they were


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We oppose the fee,” a spokesman for the council, Jane Roe, said.", "Jane Roe"),
        ("“We oppose the fee,” the head of Vantor said.", "the head of Vantor"),
        ("“We oppose the fee,” a Vantor spokesman said.", "a Vantor spokesman"),
        ("“We oppose the fee,” a spokesman for the council said.", "the council"),
        ("The House of Representatives said the fee would stay.", None),
    ],
)
def test_near_misses_are_unchanged(text: str, speaker: str | None) -> None:
    if speaker is None:  # a body whose name holds an agent noun is no agent description
        q = _quote(text, "the fee would stay", "indirect")
        assert q.speaker == "the House of Representatives"
        return
    assert _said(text, "We oppose")[0] == speaker
