"""Agent descriptions, review fixes: the person spoken for never speaks, evidence of a body is
what only a body has, only a spokesperson speaks for a body, the org lookup comes first (invented
text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quote_starting

HEAD = "Quarry vote splits Marrow valley\n\n"


def _said(text: str, prefix: str) -> str | None:
    return quote_starting(HEAD + text + "\n", prefix).speaker


# -- what a person also does or has is no evidence of a body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The vote was rushed,” said an aide to Delgado. Delgado said it was a mistake.",
            "an aide to Delgado",
        ),
        (
            "“The vote was rushed,” said an aide to Delgado. Delgado, 61, said it was late.",
            "an aide to Delgado",
        ),
        (
            "“The vote was rushed,” said an aide to Delgado. Councillor Delgado said its "
            "timing was odd.",
            "an aide to Delgado",
        ),
        (
            "Marisol Delgado voted no. “The vote was rushed,” said an aide to Delgado. "
            "Delgado said its timing was odd.",
            "an aide to Delgado",
        ),
        (
            "“The vote was rushed,” a spokesman for Okoye said. Okoye's staff left early.",
            "a spokesman for Okoye",
        ),
        (
            "“The vote was rushed,” a spokesman for Okoye said. Okoye's lawyers will appeal.",
            "a spokesman for Okoye",
        ),
        (
            "“The vote was rushed,” a spokeswoman for Okoye said. She had worked at Okoye "
            "for years.",
            "a spokeswoman for Okoye",
        ),
        (
            "Okoye said it would appeal. “The vote was rushed,” a spokeswoman for Okoye said.",
            "a spokeswoman for Okoye",
        ),
    ],
)
def test_a_persons_use_is_no_body(text: str, speaker: str) -> None:
    assert _said(text, "The vote was rushed") == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Harrowgate's shares slid. “The vote was rushed,” a spokesman for Harrowgate said.",
        "Harrowgate posted record profits. “The vote was rushed,” an official with Harrowgate "
        "told reporters.",
        "Harrowgate said its quarry was safe. “The vote was rushed,” a spokesman for "
        "Harrowgate said.",
    ],
)
def test_what_only_a_body_has_or_does_makes_it_speak(text: str) -> None:
    assert _said(text, "The vote was rushed") == "Harrowgate"


# -- the org lookup first; only spokesperson nouns speak for a body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The levy stays,” an official of the Exchequer said.", "the Exchequer"),
        ("“The levy stays,” a representative of the Exchequer said.", "the Exchequer"),
        ("“The levy stays,” a spokeswoman for the Exchequer said.", "the Exchequer"),
        (
            "“The levy stays,” said a representative to the Fisheries Organization.",
            "a representative to the Fisheries Organization",
        ),
        ("“The levy stays,” said one adviser to the campaign.", "one adviser to the campaign"),
        (
            "“The levy stays,” said an adviser to the Delgado campaign.",
            "an adviser to the Delgado campaign",
        ),
        (
            "“The levy stays,” a lawyer for Harrow Minerals Ltd said.",
            "a lawyer for Harrow Minerals Ltd",
        ),
    ],
)
def test_only_a_spokesperson_speaks_for_the_body(text: str, speaker: str) -> None:
    assert _said(text, "The levy stays") == speaker


def test_the_definite_spokesman_named_after_a_comma_is_that_person() -> None:
    text = "“The levy stays,” said the spokesman for Harrow Minerals, Piet Vandersloot."
    assert _said(text, "The levy stays") == "Piet Vandersloot"


def test_a_name_after_an_aide_to_a_role_stays_unassigned() -> None:
    # near miss: the name may be the role holder's ('the mayor, Piet Vandersloot')
    text = "“The levy stays,” said an aide to the mayor, Piet Vandersloot."
    assert _said(text, "The levy stays") != "Piet Vandersloot"
