"""Cheap early exits in front of subject searches that cannot succeed, and their near misses."""

from __future__ import annotations

import pytest

from presswatch.quotes import carried, extract_quotes, indirect
from presswatch.quotes.indirect import find_reported
from presswatch.quotes.speakers import DocSpeakers


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the subject search should have been skipped")


def _last(sentence: str) -> carried.Item | None:
    return carried.last_subject(sentence, DocSpeakers(sentence), 1, [0, len(sentence)])


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote is expected later this month after a long consultation.",
        "the crew waited on the quay for the pilot.",
        "\x00\x00\x00 an hour later the ferry left the harbour.",
    ],
)
def test_last_sentence_without_a_capital_is_not_parsed(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(carried, "clause_subject", _refuse)
    assert _last(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote in Lisk is expected later this month.",  # a capital after the determiner
        "the vote went to Ines Varga on Monday.",
        "Officials met the crew on the quay.",  # a capitalised first word that is no determiner
        "The\xa0crew waited on the quay.",  # not a plain space after the determiner
    ],
)
def test_last_sentence_with_a_capital_is_parsed(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, int]] = []

    def spy(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
        calls.append((lo, hi))
        return None

    monkeypatch.setattr(carried, "clause_subject", spy)
    _last(sentence)
    assert calls == [(0, len(sentence))]


def test_named_last_subject_still_carries_to_the_next_quote() -> None:
    text = "Harbour news\n\nIne Varga spoke to the crew on the quay.\n\n“We sail at dawn, always.”"
    assert [q.speaker for q in extract_quotes(text)] == ["Ine Varga"]
    text = text.replace("Ine Varga", "The skipper")
    assert [q.speaker for q in extract_quotes(text)] == [None]


LONG_TAIL = (
    "After the long meeting, the mayor criticized the plan for the new harbour bridge across "
    "the bay."
)


def test_cue_with_no_clause_and_a_long_tail_skips_the_subject(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # no clause after the verb, a comma before it, more than six words after it: no report
    monkeypatch.setattr(indirect, "subject_before", _refuse)
    assert find_reported(LONG_TAIL, 0, len(LONG_TAIL)) is None


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The ferry will not sail this week, the harbour master said.", "The ferry will not sail"),
        (
            "The ferry will not sail this week, the harbour master said on Monday.",
            "The ferry will not sail",
        ),
    ],
)
def test_cue_closing_its_sentence_is_still_reported(sentence: str, content: str) -> None:
    found = find_reported(sentence, 0, len(sentence))
    assert found is not None
    assert sentence[found.start : found.end].startswith(content)
    assert sentence[found.subj_start : found.subj_end] == "the harbour master"
