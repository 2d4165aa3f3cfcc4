"""Short-text head: routing by word count, invented headlines, data files, reproducible training."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from presswatch.topics import TOPICS
from presswatch.topics.evaluate import predict_many
from presswatch.topics.model import MODEL_PATH, TopicModel, get_model
from presswatch.topics.ngram import NgramModel
from presswatch.topics.short import ShortHead

# Invented for this test (not lines of the training data; checked below).
INVENTED = {
    "Seven cozy soup recipes for chilly autumn evenings": "lifestyle and leisure",
    "Rescued owl chicks are released back into the forest": "environment",
    "Why our parish choir sings at the shelter every Sunday": "religion",
    "How we told our kids about the divorce": "society",
    "The bride's grandmother sewed her veil by hand": "society",
    "Ten minutes of yoga before bed helped my insomnia": "health",
    "Packing list for a week of hiking in the Alps": "lifestyle and leisure",
    "Veteran anchor signs off from the nightly newscast": "arts, culture, entertainment and media",
    "Sea turtles nest on a quiet beach after the storm": "environment",
    "Mosque and church volunteers cook dinner together": "religion",
    "Tuition freeze approved by the state university board": "education",
    "Midfielder signs four-year deal with the champions": "sport",
    "Chipmaker's profits soar on strong phone demand": "economy, business and finance",
}
LONG = (
    "The central bank raised interest rates for the third time this year on Thursday, saying "
    "that inflation had stayed well above its target while wages kept rising. Economists had "
    "expected the move, and shares in banks rose while the currency gained against the dollar."
)


def _models() -> tuple[TopicModel, TopicModel, TopicModel]:
    """Return the shipped model, the same without its short head, and one using only it."""
    model = get_model()
    assert model.short is not None
    only = dataclasses.replace(model.short, full_words=10**6, none_words=10**6 + 1)
    return model, dataclasses.replace(model, short=None), dataclasses.replace(model, short=only)


def test_the_shipped_model_has_a_short_head_with_a_length_ramp() -> None:
    short = get_model().short
    assert short is not None
    assert short.table.shape == get_model().table.shape
    assert 0 < short.full_words < short.none_words <= 64
    words = np.array([0, short.full_words, (short.full_words + short.none_words) // 2, 500])
    share = short.share(words)
    assert share[0] == share[1] == 1.0
    assert 0.0 < share[2] < 1.0
    assert share[3] == 0.0


def test_short_texts_use_the_short_head_and_long_texts_the_long_one() -> None:
    routed, long_only, short_only = _models()
    headline = "Rescued owl chicks are released back into the forest"
    assert len(LONG.split()) >= routed.short.none_words  # type: ignore[union-attr]
    p_routed, _ = routed.probabilities([headline, LONG])
    p_long, _ = long_only.probabilities([headline, LONG])
    p_short, _ = short_only.probabilities([headline, LONG])
    assert np.allclose(p_routed[0], p_short[0], atol=1e-6)
    assert not np.allclose(p_routed[0], p_long[0], atol=1e-3)
    assert np.array_equal(p_routed[1], p_long[1])


def test_mid_length_texts_blend_the_two_heads_logits() -> None:
    short = get_model().short
    assert short is not None
    n = (short.full_words + short.none_words) // 2
    words = ("Parents and teachers gathered at the school hall to talk about the new " * 5).split()
    text = " ".join(words[:n])
    w = float(short.share(np.array([n]))[0])
    [lb], [ll], [ls] = (np.log(m.probabilities([text])[0]) for m in _models())
    # a blend of logits is a blend of log-probabilities up to a per-text constant
    rest = lb - (1 - w) * ll - w * ls
    assert np.ptp(rest) < 1e-4
    assert not np.allclose(lb, ll, atol=1e-3)


def test_invented_headlines_get_sensible_topics() -> None:
    from presswatch.topics.trainset import DATA, read_examples

    trained = set()
    for folder in ("examples", "headlines", "short_headlines", "short_titles"):
        trained |= {t.lower() for t in read_examples(DATA / folder)[0]}
    assert not {t.lower() for t in INVENTED} & trained
    probs, usable = get_model().probabilities(list(INVENTED))
    got = [TOPICS[i] for i in probs.argmax(axis=1)]
    assert usable.all()
    assert got == list(INVENTED.values())


def test_short_head_save_load_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    ngram = NgramModel({"owl": 0, "owl chicks": 1}, rng.normal(size=(2, 3)), np.zeros(3), 0.5)
    head = ShortHead(rng.normal(size=(7, 3)).astype(np.float32), np.ones(3), ngram, 5, 9)
    head.save(tmp_path / "m_short.npz")
    assert (tmp_path / "m_short_ngram.npz").is_file()
    back = ShortHead.load(tmp_path / "m_short.npz")
    assert (back.full_words, back.none_words) == (5, 9)
    assert np.allclose(back.table, head.table, atol=1e-2)  # stored as float16
    assert back.ngram.index == ngram.index


def test_shipped_short_head_files_are_small() -> None:
    path = MODEL_PATH.with_name(MODEL_PATH.stem + "_short.npz")
    for p in (path, path.with_name(path.stem + "_ngram.npz")):
        assert p.stat().st_size < 2 * 2**20, p


def test_short_data_is_our_own_lines_for_known_topics() -> None:
    from presswatch.topics.trainset import DATA, FILES, read_examples

    older = {t.lower() for f in ("examples", "headlines") for t in read_examples(DATA / f)[0]}
    for folder, at_least in (("short_headlines", 500), ("short_titles", 200)):
        assert {p.stem for p in (DATA / folder).glob("*.txt")} <= set(FILES)
        texts, labels = read_examples(DATA / folder)
        assert len(texts) == len(labels) >= at_least
        assert not {t.lower() for t in texts} & older, folder
        assert len({t.lower() for t in texts}) == len(texts), folder


def test_eval_writes_the_arg_max_never_unclassified() -> None:
    texts = ["", "zxqv kjhgf", "1234", "Rescued owl chicks are released", LONG]
    preds = list(predict_many([{"id": str(i), "text": t} for i, t in enumerate(texts)]))
    for pred in preds:
        assert pred["iptc"] in TOPICS
        assert pred["scores"][pred["iptc"]] == max(pred["scores"].values())


@pytest.mark.skipif(
    not all(importlib.util.find_spec(m) for m in ("sklearn", "wordllama", "safetensors")),
    reason="needs the train extra (pip install -e '.[train]')",
)
def test_training_the_short_head_is_reproducible() -> None:
    from presswatch.topics import train as tr
    from presswatch.topics.sketch import NormSketch
    from presswatch.topics.tokens import Segmenter

    texts, labels = tr.read_examples()
    texts, labels = texts[::12], labels[::12]
    aug_a, _ = tr.augment(texts, labels, seed=tr.SEED)
    aug_b, _ = tr.augment(texts, labels, seed=tr.SEED)
    assert aug_a == aug_b
    assert aug_a != tr.augment(texts, labels, seed=tr.SEED + 1)[0]
    pieces, merges, emb = tr.load_wordllama()
    seg, sketch = Segmenter(pieces, merges), NormSketch.fit(emb, tr.SKETCH_DIMS)
    x = tr.featurize(seg, emb, sketch, texts)
    topics = tuple(tr.FILES.values())
    y = np.array([topics.index(t) for t in labels])
    w = np.ones(len(texts))
    first, second = (tr.fit_short(x, texts, y, w, emb) for _ in range(2))
    assert np.array_equal(first.table, second.table)
    assert np.array_equal(first.bias, second.bias)
    assert np.array_equal(first.ngram.weights, second.ngram.weights)
    assert (first.full_words, first.none_words) == tr.SHORT_WORDS
