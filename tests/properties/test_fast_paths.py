"""The ingest's fast paths give exactly what the plain functions give, on any text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from presswatch import dedup, dedup_words
from presswatch.db.load import split_count
from presswatch.dedup import fingerprints, fingerprints_joined, text_hash
from presswatch.dedup_words import joined_words, words_of
from presswatch.sources.decode import CONTROL, _checked
from presswatch.sources.jsonl import loads
from presswatch.sources.lang import detect_language, language_of_words, languages_of_joined

# stopwords of several languages, digits glued to words ("10am", "the2nd"), non-decimal numerics
# ("²", "Ⅻ" are word characters but neither letters nor digits), and case folds that change length
PIECES = ["the", "and", "of", "der", "die", "und", "le", "les", "et", "el", "los", "que", "am",
          "10am", "the2nd", "covid19", "2024", "3km²", "Ⅻ", "½", "İstanbul", "ß", "_", "a_b",
          "é", "—", "“", "”", "'", " ", "\n", ".", "x"]  # fmt: skip
TEXT = st.lists(st.sampled_from(PIECES), max_size=400).map(" ".join) | st.text(max_size=300)


@given(TEXT)
def test_language_from_the_fingerprint_words_equals_detect_language(text: str) -> None:
    assert language_of_words(words_of(text)) == detect_language(text)


MARKS = st.lists(st.sampled_from([*PIECES, *dedup_words.SEPARATORS]), max_size=60).map("".join)


@given(TEXT | MARKS)
def test_words_of_equals_the_word_regex(text: str) -> None:
    assert words_of(text) == dedup_words.WORD.findall(text.lower())
    assert not any(mark.isalnum() for mark in dedup_words.SEPARATORS)


def test_language_from_words_handles_digits_inside_words() -> None:
    text = "the 10am meeting is at the2nd floor and the numbers were high " * 4
    assert language_of_words(words_of(text)) == detect_language(text)
    assert detect_language(text)[0] == "en"


@given(st.lists(TEXT, max_size=12))
def test_bulk_fingerprints_do_not_depend_on_how_texts_are_grouped(texts: list[str]) -> None:
    assert fingerprints(texts) == [fingerprints([t])[0] for t in texts]


def test_word_hashing_in_groups_of_a_small_span_equals_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [" ".join(f"word{i} story {i % 7} about the bridge" for i in range(n))
             for n in (0, 3, 40, 400)]  # fmt: skip
    whole = fingerprints(texts)
    monkeypatch.setattr(dedup, "POWER_SPAN", 64)  # every text spans several groups, or is alone
    assert fingerprints(texts) == whole
    assert whole[3][0] == text_hash(texts[3]) and whole[3][1] is not None


@pytest.mark.parametrize(
    "line",
    [b'{"text": "a\\ud800b"}', b'{"text": "x", "n": NaN}', b'{"n": 123456789012345678901234567890}',
     b'{"text": "caf\\u00e9", "title": "a", "title": "b"}', "{\"t\": \"é\"}"],
)  # fmt: skip
def test_json_lines_parse_as_the_standard_library_parses_them(line: bytes | str) -> None:
    ours, std = loads(line), json.loads(line)
    assert {k: v for k, v in ours.items() if isinstance(v, str)} == {
        k: v for k, v in std.items() if isinstance(v, str)
    }


def test_bad_json_raises_the_standard_library_error() -> None:
    with pytest.raises(json.JSONDecodeError):
        loads(b'{"text": ')
    with pytest.raises(UnicodeDecodeError):
        loads(b'{"text": "\xff"}')


def test_a_batch_of_texts_each_too_short_for_a_shingle_has_no_signatures() -> None:
    # five words in all, none in one text: this used to raise an IndexError for the whole batch
    assert fingerprints(["the", "the the the the"]) == [
        (text_hash("the"), None),
        (text_hash("the the the the"), None),
    ]


# ASCII texts with stopwords of 1-8 letters, runs of 9, digits inside words, and control bytes
ASCII = st.lists(
    st.sampled_from([*PIECES[:17], "a", "i", "nosotros", "aaaaaaaaa", "x1y", "1the1", "The",
                     "\x1c", "\t", "\x7f", "9"]),
    max_size=400,
).map(" ".join)  # fmt: skip


@given(st.lists(ASCII | TEXT | MARKS, max_size=8))
def test_the_batch_language_count_equals_the_per_text_one(texts: list[str]) -> None:
    joined = [joined_words(t) for t in texts]
    assert joined == [" ".join(words_of(t)).encode("utf-8", "surrogatepass") for t in texts]
    for text, (fast, words) in zip(texts, zip(languages_of_joined(joined), joined, strict=True),
                                   strict=True):  # fmt: skip
        assert (fast is None) == (not words.isascii())
        assert fast is None or fast == language_of_words(words_of(text))
    assert fingerprints_joined(joined) == fingerprints(texts)


def test_the_batch_language_count_recognises_languages_and_short_texts() -> None:
    texts = ["the cat and the dog of the house " * 5, "der Hund und die Katze " * 6, "", "12 a"]
    assert languages_of_joined([joined_words(t) for t in texts]) == [
        detect_language(t) for t in texts
    ]
    assert [lang for lang, _ in languages_of_joined([joined_words(t) for t in texts])] == [
        "en", "de", "und", "und"
    ]  # fmt: skip


@given(st.text(max_size=200) | ASCII)
def test_binary_check_counts_control_characters_as_the_regex_does(text: str) -> None:
    bad = len(CONTROL.findall(text[:8192])) > 0.05 * len(text[:8192])
    try:
        _checked(text)
    except ValueError:
        assert bad
    else:
        assert not bad


@given(st.text(st.characters(max_codepoint=160), max_size=60) | TEXT)
def test_split_count_is_the_length_of_split(text: str) -> None:
    assert split_count(text) == len(text.split())
