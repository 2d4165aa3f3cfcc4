"""Norm sketch, n-gram model, chunked pooling, lower-case restoring and the model files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from presswatch.topics import classify
from presswatch.topics import tokens as tok
from presswatch.topics.model import MODEL_PATH, get_model
from presswatch.topics.sketch import NormSketch


def _texts(rng: np.random.Generator, vocab: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return random flat piece ids and per-text counts, some texts empty."""
    counts = rng.integers(0, 12, size=n)
    counts[rng.random(n) < 0.2] = 0
    return rng.integers(0, vocab, size=int(counts.sum())), counts


def _exact_mean_norms(emb: np.ndarray, flat: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Return the norm of each text's mean embedding, computed one text at a time."""
    out, start = [], 0
    for c in counts:
        rows = emb[flat[start : start + c]]
        out.append(np.linalg.norm(rows.mean(axis=0)) if c else 1.0)
        start += c
    return np.array(out)


@pytest.mark.parametrize("chunk", [1, 3, 7, 50_000])
def test_sum_rows_matches_a_plain_loop(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(tok, "CHUNK", chunk)
    rng = np.random.default_rng(chunk)
    table = rng.normal(size=(40, 6)).astype(np.float32)
    for _ in range(30):
        flat, counts = _texts(rng, 40, int(rng.integers(1, 25)))
        expected, start = np.zeros((len(counts), 6), np.float32), 0
        for i, c in enumerate(counts):
            expected[i] = table[flat[start : start + c]].sum(axis=0)
            start += c
        assert np.allclose(tok.sum_rows(table, flat, counts), expected, atol=1e-5)


def test_sketch_with_all_directions_gives_the_exact_norm() -> None:
    rng = np.random.default_rng(1)
    emb = rng.normal(size=(60, 8)).astype(np.float32) + 0.5
    flat, counts = _texts(rng, 60, 40)
    got = NormSketch.fit(emb, k=8).norms(flat, counts)
    assert np.allclose(got, _exact_mean_norms(emb, flat, counts), rtol=0.02)


def test_sketch_is_exact_for_one_piece_and_close_for_many() -> None:
    rng = np.random.default_rng(2)
    # a shared direction plus noise, like word embeddings
    emb = (rng.normal(size=(200, 32)) * 0.3 + rng.normal(size=32)).astype(np.float32)
    sketch = NormSketch.fit(emb, k=4)
    single = sketch.norms(np.arange(200), np.ones(200, dtype=np.int64))
    assert np.allclose(single, np.linalg.norm(emb, axis=1), rtol=0.02)
    flat, counts = _texts(rng, 200, 100)
    exact = _exact_mean_norms(emb, flat, counts)
    assert np.median(np.abs(sketch.norms(flat, counts) / exact - 1)) < 0.05
    assert np.all(sketch.norms(flat, counts)[counts == 0] == 1.0)


def test_sketch_save_load_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    emb = rng.normal(size=(30, 6)).astype(np.float32)
    sketch = NormSketch.fit(emb, k=3)
    sketch.save(tmp_path / "s.npz")
    back = NormSketch.load(tmp_path / "s.npz")
    flat, counts = _texts(rng, 30, 20)
    assert np.allclose(back.norms(flat, counts), sketch.norms(flat, counts), rtol=1e-3)


def test_shipped_model_files_are_small() -> None:
    paths = [
        MODEL_PATH.with_name(MODEL_PATH.stem + suffix) for suffix in ("_norm.npz", "_ngram.npz")
    ]
    for path in (MODEL_PATH, *paths):
        assert path.stat().st_size < 2 * 2**20, path


def test_restore_case_only_touches_all_lower_case_text() -> None:
    seg = get_model().segmenter
    restored = seg.restore_case("london mayor meets zxqvw")
    assert restored.lower() == "london mayor meets zxqvw"
    assert restored.startswith("London ")
    assert restored.endswith(" zxqvw")  # no capitalised form in the vocabulary: unchanged
    mixed = "london Mayor meets the pope"
    assert seg.restore_case(mixed) == mixed
    assert seg.restore_case("") == ""
    assert seg.restore_case("123 !!!") == "123 !!!"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("police arrest teenager after fatal shooting", "crime, law and justice"),
        ("striker scores twice as united win the derby", "sport"),
        ("five easy pasta recipes for busy weeknights", "lifestyle and leisure"),
        ("senate votes on the president's budget bill", "politics"),
    ],
)
def test_lower_case_teasers_land_on_their_topic(text: str, topic: str) -> None:
    [res] = classify([text])
    assert res.label == topic, (res.label, res.confidence)


def test_ngrams_are_lower_case_words_and_pairs_of_the_first_words() -> None:
    from presswatch.topics.ngram import NGRAM_WORDS, ngrams

    assert ngrams("Bank’s Profits, 2024: UP") == ["bank's", "profits", "up", "bank's profits",
                                                  "profits up"]  # fmt: skip
    long = " ".join(f"w{chr(97 + i % 26)}" for i in range(NGRAM_WORDS * 3))
    assert len(ngrams(long)) == NGRAM_WORDS + NGRAM_WORDS - 1
    assert ngrams("") == []


def test_ngram_logits_follow_the_stored_weights(tmp_path: Path) -> None:
    from presswatch.topics.ngram import NgramModel

    weights = np.array([[2.0, 0.0], [0.0, 1.0], [1.0, 1.0]], np.float32)
    model = NgramModel({"goal": 0, "bank": 1, "goal bank": 2}, weights, np.array([0.5, -0.5]), 2.0)
    model.save(tmp_path / "n.npz")
    back = NgramModel.load(tmp_path / "n.npz")
    got = back.logits(["Goal bank", "goal goal", "", "unknown words only"])
    # "goal bank": grams goal, bank, "goal bank" -> sum (3, 2) / sqrt(3)
    assert got[0] == pytest.approx(2.0 * (np.array([3.0, 2.0]) / np.sqrt(3) + [0.5, -0.5]))
    # "goal goal": goal twice, "goal goal" unknown -> counts (2, 1): norm sqrt(5)
    assert got[1] == pytest.approx(2.0 * (np.array([4.0, 0.0]) / np.sqrt(5) + [0.5, -0.5]))
    assert got[2] == pytest.approx([1.0, -1.0])
    assert got[3] == pytest.approx([1.0, -1.0])
