"""Pathological inputs stay linear: the work per mark, span or verb is bounded (invented text)."""

from __future__ import annotations

import pytest

from presswatch.quotes import describing, extract_quotes, indirect, marks, spancue
from presswatch.quotes.marks import find_spans, mark_list
from presswatch.quotes.spancue import _tail_cue, _word_floor


def _spans(text: str) -> list[tuple[int, int, bool]]:
    return [(s.start, s.end, s.closed) for s in find_spans(text, 0, len(text), False)]


def test_unclosed_openers_count_closers_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = marks._surplus
    monkeypatch.setattr(marks, "_surplus", lambda m: calls.append(1) or real(m))
    text = "“a" * 20_000
    spans = find_spans(text, 0, len(text))
    assert len(spans) == 20_000 and not any(s.closed for s in spans)
    assert len(calls) == 1  # not once per opener: 20k openers cost 20k suffix counts before
    assert extract_quotes("“a" * 500) == []


def test_a_quote_within_an_open_quote_still_nests() -> None:
    text = "“The council calls it “a bargain” and we do not agree,” Roe said."
    assert _spans(text) == [(1, 54, True)]


def test_an_opener_without_its_closer_still_ends_the_open_quote() -> None:
    # near miss: the second opener is never closed, so the first quote ends before it
    text = "“The council will vote “soon and we will see, Roe said."
    assert _spans(text) == [(1, 22, False), (24, len(text), False)]


def test_marks_inside_tags_are_skipped_with_many_tags() -> None:
    text = "<i title=“x”>x</i> " * 5_000 + "“Gone,” Roe said. <i title=“y”>"
    start = text.index("Gone")
    assert _spans(text) == [(start, start + 5, True)]
    assert [s for s, _ in mark_list("<a b=“c”>“d”")] == [5, 7, 9, 11]


def test_the_word_floor_leaves_more_than_twelve_words_before_it() -> None:
    masked = "one, two three " * 2_000
    hi = len(masked)
    floor = _word_floor(masked, 0, hi, 12)
    assert floor > hi - 1_000
    assert len(masked[floor - 1 : hi].split()) > 12
    assert _word_floor("a b", 0, 3, 12) == 0  # a short sentence is searched whole


def test_a_tail_cue_is_still_found_after_a_long_sentence() -> None:
    masked = "x " * 50_000 + ", wrote the port's chief, Jane Roe."
    cue = _tail_cue(masked, 0, len(masked))
    assert cue is not None and masked[cue.subj_start : cue.subj_end] == "Jane Roe"
    far = ", wrote Roe" + " word" * 12 + "."  # near miss: thirteen words after the comma
    assert _tail_cue(far, 0, len(far)) is None
    assert spancue._word_floor is _word_floor


def test_a_sentence_without_full_stops_tries_its_first_verbs_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = []
    real = indirect.subject_before
    monkeypatch.setattr(indirect, "subject_before", lambda *a: calls.append(1) or real(*a))
    text = "x said Roe, " * 2_000
    assert extract_quotes(text) == []
    assert 0 < len(calls) <= indirect._MAX_VERBS


def test_a_sentence_with_few_verbs_still_reports() -> None:
    text = "The ferry will stop in winter and the harbour will close in May, Roe said."
    found = extract_quotes(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("The ferry will stop in winter and the harbour will close in May", "Roe")
    ]


def test_the_last_article_is_not_kept_alive_by_its_noted_heads() -> None:
    found = extract_quotes("“We will close,” said the judge in the case against Tom Reyes.")
    assert [q.text for q in found] == ["We will close,"]
    assert getattr(describing._READ, "text", None) is None
    assert describing.head_end("any text", 0, 4) == 4  # nothing noted: the whole phrase


def test_a_tail_cue_comma_is_looked_for_within_its_reach_only() -> None:
    near = "x, wrote Jane Roe " + "x" * 100 + "."
    assert _tail_cue(near, 0, len(near)) is not None
    far = "x, wrote Jane Roe " + "x" * (spancue._TAIL_REACH + 100) + "."  # no prose is this
    assert _tail_cue(far, 0, len(far)) is None
