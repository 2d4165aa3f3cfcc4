"""Guards for descriptions with a named object: organisation rules first, a capitalised lead is
no description, and one speaker in either word order (invented text)."""

from __future__ import annotations

from tests.quotes.helpers import quote_starting

HEAD = "Mill sale stalls\n\nThe Kelby mill stayed shut on Friday.\n\n"


def _said(text: str, prefix: str, kind: str = "direct") -> tuple[str | None, str | None]:
    q = quote_starting(HEAD + text + "\n", prefix, kind)
    return q.speaker, q.speaker_surface


def test_possessive_body_agent_speaks_for_the_organisation() -> None:
    text = "Brightwater said its sales rose. “No sale,” Brightwater's spokesman for Asia said."
    assert _said(text, "No sale")[0] == "Brightwater"


def test_capitalised_lead_before_the_postmodifier_is_no_description() -> None:
    text = "“We will not sell,” Brightwater officials close to the merger said."
    assert _said(text, "We will")[0] is None


def test_inverted_description_speaks_as_before_its_verb() -> None:
    before = _said("“We will not sell,” a source close to the Kremlin said.", "We will")
    after = _said("“We will not sell,” said a source close to the Kremlin.", "We will")
    assert before == after == (None, "a source close to the Kremlin")


def test_sentence_initial_plural_keeps_its_phrase() -> None:
    text = "Sources close to Lena Stroud said the mill would close for good."
    assert _said(text, "the mill", "indirect")[1] == "Sources close to Lena Stroud"
