"""Tests for the cached word splitter: batches, cache states and scripts give the same pieces."""

from __future__ import annotations

import numpy as np
import pytest

from presswatch.topics import classify
from presswatch.topics import tokens as tok
from presswatch.topics.model import get_model

TEXTS = [
    "The central bank raised interest rates again on Thursday.",
    "don’t stop the Zürich café’s naïve menu",
    "the prime minister visits london",  # all lower case: restored
    "",
    "123 456 !!!",
    "Supercalifragilisticexpialidocious" * 2 + " football",  # one over-long letter run
]


def fresh() -> tok.Segmenter:
    """Return a new segmenter over the shipped model's vocabulary (empty caches)."""
    seg = get_model().segmenter
    pieces = sorted(seg.index, key=seg.index.__getitem__)
    merges = [f"{a} {b}" for (a, b), _ in sorted(seg.ranks.items(), key=lambda kv: kv[1])]
    return tok.Segmenter(pieces, merges)


def test_batch_is_the_concatenation_of_single_texts() -> None:
    seg = fresh()
    flat, counts, words, known = seg.batch(TEXTS)
    singles = [fresh().text(t) for t in TEXTS]
    assert flat.tolist() == [i for ids, _, _ in singles for i in ids]
    assert counts.tolist() == [len(ids) for ids, _, _ in singles]
    assert words.tolist() == [w for _, w, _ in singles]
    assert known.tolist() == [k for _, _, k in singles]
    assert flat.dtype == np.int64 and counts[-2] == 0


def test_word_lookup_matches_the_text_pieces() -> None:
    seg = fresh()
    ids, n_words, n_known = seg.text("Bank rates")
    bank, rates = seg.word("Bank"), seg.word("rates")
    assert list(bank[0] + rates[0]) == ids
    assert n_words == 2 and n_known == bank[1] + rates[1]
    assert seg.word("x" * (tok.MAX_WORD + 1)) == ((), 0)


def test_cache_overflow_mid_text_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = fresh().batch(TEXTS * 3)
    monkeypatch.setattr(tok, "_CACHE_LIMIT", 3)
    got = fresh().batch(TEXTS * 3)
    for a, b in zip(expected, got, strict=True):
        assert a.tolist() == b.tolist()


def test_ascii_and_unicode_word_patterns_agree_on_ascii_text() -> None:
    text = "It's the U.K.'s 3rd-quarter GDP: rates_up, don't panic 42x"
    assert tok._ASCII_WORD_RE.findall(text) == tok.WORD_RE.findall(text)


def test_batched_classification_equals_one_at_a_time() -> None:
    together = classify(TEXTS)
    for text, result in zip(TEXTS, together, strict=True):
        alone = classify([text])[0]
        assert alone.label == result.label
        assert alone.scores == pytest.approx(result.scores, abs=1e-6)


APOSTROPHES = [
    "It's the U.K.'s 3rd-quarter GDP: rates_up, don't panic 42x",
    "'quoted' words, rock 'n' roll, the '90s, students' fees, a''b, x'y'z, ' ', ''",
    "o'clock'",
    "tabs\tand\x1fcontrol\x0bchars\nnew line",
]


def test_ascii_words_are_the_ascii_pattern_words() -> None:
    for text in APOSTROPHES:
        assert tok.ascii_words(text) == tok._ASCII_WORD_RE.findall(text), text


def test_first_words_give_the_text_ngrams() -> None:
    from collections import Counter

    from presswatch.topics.ngram import Grams, ngrams

    seg = fresh()
    texts = [*TEXTS, *APOSTROPHES, "word " * 40, "the cat and the dog"]
    heads: list[list[str] | None] = []
    seg.batch(texts, heads)
    assert heads[1] is None  # not ASCII: the n-gram model finds its own words
    found, alone = Grams.of(texts, heads), Grams.of(texts)
    assert found.lists == alone.lists == [ngrams(t) for t in texts]
    norms = [sum(c * c for c in Counter(ngrams(t)).values()) ** 0.5 or 1.0 for t in texts]
    assert found.norms.tolist() == alone.norms.tolist() == np.float32(norms).tolist()
    model = get_model().ngram
    assert model.logits(texts, found).tolist() == model.logits(texts).tolist()
    assert found.take([3, 0]).lists == [alone.lists[3], alone.lists[0]]


def test_ngram_logits_equal_the_per_text_sums() -> None:
    from presswatch.topics.ngram import ngrams

    model = get_model().ngram
    texts = [*TEXTS, *APOSTROPHES, "Markets fell as the central bank raised rates " * 5]
    rows = []
    for text in texts:  # the plain definition: known n-grams' weight rows, summed in order
        grams = ngrams(text)
        ids = [model.index[g] for g in grams if g in model.index]
        total = np.zeros(model.weights.shape[1], dtype=np.float32)
        for i in ids:
            total += model.weights[i]
        norm = np.float32(np.sqrt(sum(grams.count(g) ** 2 for g in set(grams))) or 1.0)
        rows.append(model.mix * (total / norm + model.bias))
    assert model.logits(texts).tolist() == np.array(rows).tolist()


def test_known_counts_with_a_share_decide_like_the_exact_counts() -> None:
    seg = fresh()
    known_text = "The council approved the budget for roads and schools on Tuesday. " * 12
    mixed = " ".join(["qzxv wplk"] * 60 + ["the council"] * 20)  # known words only at the end
    texts = [known_text, mixed, "", "the vote", "zzqx " * 80]
    _, _, words, exact = seg.batch(texts)
    share = get_model().min_known_share
    _, _, _, early = seg.batch(texts, enough=share)
    assert early[0] < exact[0]  # its first half alone reaches the share
    assert early.tolist()[1:] == exact.tolist()[1:]  # short or below the share: counted in full

    def usable(known: np.ndarray) -> list[bool]:
        return ((known > 0) & (known >= share * np.maximum(words, 1))).tolist()

    assert usable(early) == usable(exact) == [True, True, False, True, False]
