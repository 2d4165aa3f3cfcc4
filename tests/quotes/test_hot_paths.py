"""The cheaper forms of hot regex work find exactly what the plain forms find."""

from __future__ import annotations

import re

from benchmarks.bench_quotes import synthetic
from presswatch.quotes.cues import (
    _ACCORDING,
    _NEXT_WORD,
    _NOT_CUE_AFTER,
    _NOUN_BEFORE,
    _OF_BEFORE,
    _POSSESSIVE_BEFORE,
    verbs_in,
)
from presswatch.quotes.descriptions import _BEFORE_NAME, _DESC_AFTER, _NAME_RE
from presswatch.quotes.docindex import _VERB_FINDITER, scan_verbs, verb_matches, verbless
from presswatch.quotes.indirect import (
    _NEEDS_THAT,
    _NOT_CLAUSE,
    _OBJECT_CLAUSE,
    _TELL,
    _TIME_WORDS,
    _TOLD_TO,
    _WARN,
    _WH,
    _content_after,
    _offset,
    _person_object,
)
from presswatch.quotes.inherit import words_of
from presswatch.quotes.marks import Span, find_spans, mark_list
from presswatch.quotes.namecore import cap_runs
from presswatch.quotes.scarequotes import _SMALL, _TITLE_LEAD, looks_like_title
from presswatch.quotes.sentences import (
    _BOUNDARY,
    _FULL_STOP,
    _INITIALS,
    ABBREVIATIONS,
    boundaries,
    paragraphs,
)
from presswatch.quotes.telling import clause_after
from presswatch.quotes.words import APOSTROPHE, DETERMINERS, FUNCTION, PARTICLE_RE

TEXT = (
    "Roe said, pointed out and points outward; he re-said it. Doe shot back:\x00\x00 “No.” "
    "According to Lund, officials insisted that, as Mr. Berg put it, the ferry said_x "
    "nothing. Asked whether, they told reporters they warned saidsaid. Doe said"
)
# the backtracking pattern the possessive one replaced
CAP_RUN_PLAIN = re.compile(
    r"[A-Z](?<!\w.)[\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|(?:"
    + PARTICLE_RE
    + r")(?:-[A-Z][\w'’.-]*|\b)))+"
)


def _spans(matches) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_verb_matches_are_the_window_scan_for_every_window() -> None:
    for lo in range(len(TEXT) + 1):
        for hi in range(lo, len(TEXT) + 1, 3):
            want = _spans(_VERB_FINDITER(TEXT, lo, hi))
            assert _spans(verb_matches(TEXT, lo, hi)) == want, (lo, hi)


def test_verb_scan_from_the_character_before_finds_the_plain_scan() -> None:
    texts = [
        TEXT,
        *synthetic(30, seed=7),
        "said it. “according to Roe”\nsaid\x00said ésaid _said 2said (said) —said put it went on",
        "according to Roe, went on\tsaid—shot back, issued a statement: points out",
        # ASCII texts take the one-scan path
        'said it. (said) "according to Roe"\nsaid\x00said _said 2said -said put it,went on',
        "told:said;says[said]{asked}|warned/noted#added\\said`said~said",
    ]
    assert sum(text.isascii() for text in texts) >= 2
    for text in texts:
        assert _spans(scan_verbs(text)) == _spans(_VERB_FINDITER(text)), text[:60]
    assert _spans(scan_verbs("said so")) == [(0, 4, "said")]


def _plain_verbs_in(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """verbs_in as it was before its searches were narrowed (the reference)."""
    out = []
    for m in sorted(
        [*_VERB_FINDITER(text, lo, hi), *_ACCORDING.finditer(text, lo, hi)], key=lambda m: m.start()
    ):
        start = m.start()
        if start > 0 and text[start - 1] in "-'’":
            continue
        if m.group().startswith("call") and _NOT_CUE_AFTER.match(text, m.end()):
            continue
        if _NOUN_BEFORE.search(text, max(lo, start - 30), start):
            continue
        if _OF_BEFORE.search(text, max(lo, start - 30), start):
            continue
        if m.group().endswith("ed") and _POSSESSIVE_BEFORE.search(text, lo, start):
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt and nxt.group(1) not in FUNCTION and nxt.group(1) not in DETERMINERS:
                continue
        out.append((m.start(), m.end(), m.group()))
    return out


def test_verbs_in_narrowed_searches_keep_what_the_plain_ones_keep() -> None:
    texts = [
        *synthetic(6, seed=11),
        "The reports said. Roe’s proposed credit. Roe’s  said that. Most of   said. the  \n said",
        "of X-ray  claims. Their claims were denied. He said. Roe's   \t  argued it. an said",
        " " * 40 + "Roe's" + " " * 35 + "warned the. Those  tweeted. According to Roe, ok",
    ]
    for text in texts:
        for lo in range(0, len(text), 9):
            hi = len(text)
            assert _spans(verbs_in(text, lo, hi)) == _plain_verbs_in(text, lo, hi), (text, lo)


def test_sentence_boundaries_without_bang_or_question_are_the_class_scan() -> None:
    texts = [
        *synthetic(10, seed=3),
        "Mr. Roe left. He said “No.” Then (U.S. aid) stopped.\x00 Later. Why? Stop! A.B. Ok.",
    ]
    for text in texts:
        for lo in range(0, len(text), 13):
            for hi in (len(text), len(text) - 7):
                plain = [m.span() for m in _BOUNDARY.finditer(text, lo, hi)]
                if "!" not in text[lo:hi] and "?" not in text[lo:hi]:
                    assert [m.span() for m in _FULL_STOP.finditer(text, lo, hi)] == plain


def _plain_boundaries(masked: str, lo: int, hi: int) -> list[int]:
    """Return the sentence starts as the character-by-character walk back found them."""
    out = [lo]
    for m in _BOUNDARY.finditer(masked, lo, hi):
        k = j = m.start()
        while k > lo and (masked[k - 1].isalpha() or masked[k - 1] == "."):
            k -= 1
        word = masked[k:j].lower()
        if word not in ABBREVIATIONS and not _INITIALS.fullmatch(word):
            out.append(m.end())
    return [*out, hi]


def test_sentence_boundaries_are_the_walk_back_over_letters_and_dots() -> None:
    texts = [
        *synthetic(10, seed=5),
        "Mr. Roe left. Gen. Doe (ret.) came.\x00 Then U.S. aid stopped. j. Roe sat. e.g. Lo. "
        "J.R. Roe said. 2nd. Ave. x-ray. Ok.\tAnd Dr. No. Ünal İ. Ok! See p. 4? Yes. Él.",
    ]
    for text in texts:
        for lo in range(0, len(text), 3):
            for hi in (len(text), len(text) - 5):
                assert boundaries(text, lo, hi) == _plain_boundaries(text, lo, hi), (text, lo)


def _plain_looks_like_title(text: str, span: Span, lo: int) -> bool:
    """Return the title test with every word of the quote counted."""
    words = words_of(text[span.start : span.end])
    before = text[max(lo, span.open_at - 30) : span.open_at].split()
    if (
        len(words) <= 2
        and text[span.end - 1].isalnum()
        and before
        and before[-1][:1].isupper()
        and text[span.close_at + 1 : span.close_at + 2].isupper()
    ):
        return True
    if text[span.end - 1] in ".!?" and len(words) > 4:
        return False
    if len(words) <= 6 and _TITLE_LEAD.search(text, max(lo, span.open_at - 40), span.open_at):
        return True
    caps = [w for w in words if w.lower() not in _SMALL]
    return len(words) >= 2 and len(words) <= 7 and all(w[0].isupper() for w in caps)


def test_title_test_stops_counting_words_at_eight() -> None:
    texts = [
        *synthetic(20, seed=11),
        "The show “Big Red Boat On The Sea Of Green Tea Leaves” ran. Marcia “Cia” Price came.",
        "He called it “A B — C D - E F G H” and “A B C D E F G H I”. The book “— — a b c d e f g”.",
        "Roe said: “One two three four five six seven eight nine ten.” Then “Short Title” ended.",
        "They sang “The Long Dark Tea Time Ends” and “Seven Grey Geese Flew Over The Hill” then.",
    ]
    seen = 0
    for text in texts:
        for i, lo, hi in paragraphs(text):
            for span in find_spans(text, lo, hi, headline=i == 0):
                seen += 1
                assert looks_like_title(text, span, lo) == _plain_looks_like_title(text, span, lo)
    assert seen > 20


def _plain_content_after(masked: str, pos: int, hi: int, verb: str) -> int | None:
    """Return the clause start after a verb with every word checked for 'that'."""
    seg = masked[pos : min(hi, pos + 90)]
    words = seg.split()
    if verb in _WARN and words and _person_object(words[0]):
        obj = _OBJECT_CLAUSE.match(seg)
        if obj is None:
            told = _TOLD_TO.match(seg)
            return pos + told.start(1) if told else None
        return pos + (obj.end() if obj.group(2) is not None else obj.start(3))
    for n, w in enumerate(words[:9]):
        if w.lower().strip(",") == "that":
            return pos + _offset(seg, words, n) + len(w)
        if w[-1] in ".;:" and not w.endswith(("Mr.", "Mrs.", "Dr.")):
            break
    if words and verb.startswith("ask") and words[0].lower() in _WH:
        return pos + _offset(seg, words, 0)
    if len(words) > 2 and verb.startswith("call") and words[0].lower() in ("for", "on"):
        return pos + _offset(seg, words, 0)
    if verb in _NEEDS_THAT or verb in _TELL or not words:
        return None
    if words[0].lower() in _TIME_WORDS and (found := clause_after(seg, telling=False)) is not None:
        return pos + found
    k = 0
    while len(words) - k > 1 and words[k].strip(",").lower() in _TIME_WORDS:
        k += 1
    first = APOSTROPHE.split(words[k].strip(",").lower())[0]
    if first in _TIME_WORDS or (first in FUNCTION and first not in ("it", "there", "this")):
        return None
    if first.replace("-", "").isalpha() and first not in _NOT_CLAUSE:
        return pos + _offset(seg, words, k)
    if (
        first in DETERMINERS
        or first in ("he", "she", "they", "we", "i", "it", "there")
        or words[k][:1].isupper()
        or words[k][:1].isdigit()
    ):
        return pos + _offset(seg, words, k)
    return None


def test_clause_after_a_verb_looks_for_that_only_where_the_segment_has_it() -> None:
    texts = [
        *synthetic(10, seed=13),
        "Roe said THAT, then That the plan, Mr. Doe said that. Roe asked whether that was "
        "so; officials called for thatch. He told reporters Monday that it's done, and that.",
    ]
    found = 0
    for text in texts:
        for pos in range(0, len(text), 5):
            for verb in ("said", "told", "asked", "called", "warned", "argued"):
                want = _plain_content_after(text, pos, len(text), verb)
                assert _content_after(text, pos, len(text), verb) == want, (text[pos:], verb)
                found += want is not None
    assert found > 100


def test_paragraphs_without_a_mark_start_have_no_quoted_region() -> None:
    texts = [
        *synthetic(10, seed=9),
        "A “quote” here.\nNone here.\nIt''s ``odd'' and 'single' \"plain\" «g» „low“\nend",
    ]
    for text in texts:
        starts = [i for i, _ in mark_list(text)]
        for _, lo, hi in paragraphs(text):
            if not any(lo <= s < hi for s in starts):
                assert find_spans(text, lo, hi) == [], text[lo:hi]
        assert any(find_spans(text, lo, hi) for _, lo, hi in paragraphs(text))


def test_verbless_windows_have_no_cue_verb_in_the_window_scan() -> None:
    quiet = 0
    for lo in range(len(TEXT) + 1):
        for hi in range(lo, len(TEXT) + 1):
            if verbless(TEXT, lo, hi):
                quiet += 1
                assert not list(_VERB_FINDITER(TEXT, lo, hi)), (lo, hi)
    assert not verbless(TEXT, 0, len(TEXT))
    assert verbless(TEXT, 0, 4) and not verbless(TEXT, 0, 8)  # 'Roe ' / 'Roe said'
    assert not verbless(TEXT, 0, 6)  # 'Roe sa': cut inside a word, the window scan could differ
    assert quiet > len(TEXT)


def test_verb_matches_follow_the_text_asked_about() -> None:
    other = "They said it. " + TEXT
    assert _spans(verb_matches(TEXT, 0, 12)) == _spans(_VERB_FINDITER(TEXT, 0, 12))
    assert _spans(verb_matches(other, 0, 12)) == [(5, 9, "said")]
    assert _spans(verb_matches(TEXT, 0, 12)) == [(4, 8, "said")]


def test_possessive_capital_runs_match_as_the_backtracking_pattern() -> None:
    texts = [
        *synthetic(30, seed=5),
        "Jean-Luc de la Fontaine and Ursula von der Leyen met Ms. O’Neill.\tAnd Li He, Van Roe.",
        "A B. C.D. E-F G's H' I\u00a0J K\tL  M, N van, O de P, Q al-Assad, R bin-Laden X",
    ]
    for text in texts:
        for t in (text, text.encode("ascii", "replace").decode()):  # ASCII: scanned as bytes
            assert list(cap_runs(t)) == [m.span() for m in CAP_RUN_PLAIN.finditer(t)]


def test_possessive_description_patterns_match_as_the_backtracking_ones() -> None:
    name = r"((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+)"
    desc = r"((?:[\w'’-]+ ){0,5}?[a-z][\w-]+)"
    plain = {
        _NAME_RE: re.compile(name),
        _DESC_AFTER: re.compile(r", (?:the|a|an) " + desc + r"[,.;]"),
        _BEFORE_NAME: re.compile(r"\b[Tt]he " + desc + r", " + name + r"[,.;]"),
    }
    texts = [
        *synthetic(30, seed=9),
        "The head of the Ferry Trust, Jane Roe, said. Xthe aide, Ola Dahl; the port’s new "
        "chief-of-staff, Mary-Ann O’Neill Jr. Lind, an aide to the mayor, spoke. the re-elected "
        "one, A B C D E. The, Roe Doe, the a b c d e f g, Roe Doe.",
    ]
    for fast, slow in plain.items():
        for text in texts:
            got = [(m.span(), m.groups()) for m in fast.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in slow.finditer(text)]
