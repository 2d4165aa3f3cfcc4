"""Sentences that the cheap pre-filters in front of the subject patterns must not skip."""

from __future__ import annotations

import pytest

from presswatch.quotes.antecedents import (
    _NAME_WHO,
    _SUBJECT,
    _SUBJECT_APPOSITIVE,
    sentence_subject,
)

# each subject is found only by a pattern that the ', ' / ', who' pre-filter guards
CASES = [
    ("Solvik, who had a word with the crew, rejected the plan.", "Solvik"),
    ("Marta Quell, a ferry pilot from Tarrow, watched the vote closely.", "Marta Quell"),
    ("Ines Varga, 58, was blunt about the delay.", "Ines Varga"),
]
# no ', ' in the sentence: only _SUBJECT can match, and the filter changes nothing
PLAIN = ["Ines Varga rejected the plan.", "The plan was rejected on Monday.", "Roe,said it."]


def _unfiltered(text: str) -> str | None:
    m = _SUBJECT.match(text) or _NAME_WHO.match(text) or _SUBJECT_APPOSITIVE.match(text)
    return m.group(1) if m else None


@pytest.mark.parametrize(("sentence", "subject"), CASES)
def test_comma_patterns_are_not_skipped(sentence: str, subject: str) -> None:
    assert _SUBJECT.match(sentence) is None  # the case needs a guarded pattern
    m = sentence_subject(sentence, 0, len(sentence), ", " in sentence)
    assert m is not None and m.group(1) == subject == _unfiltered(sentence)


@pytest.mark.parametrize("sentence", PLAIN)
def test_sentences_without_a_comma_space_match_as_before(sentence: str) -> None:
    m = sentence_subject(sentence, 0, len(sentence), False)
    assert (m.group(1) if m else None) == _unfiltered(sentence)
