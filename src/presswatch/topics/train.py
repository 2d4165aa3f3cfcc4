"""Train the topic model and write data/model*.npz (needs the `train` extra: wordllama, sklearn).

    python -m presswatch.topics.train [--out PATH] [--extra PATH.jsonl [--extra-weight W]]

Features are the mean of WordLlama (l2_supercat, 256-d) piece embeddings over a text's words,
divided by its norm as estimated by a low-rank sketch (`sketch.py`); a balanced multinomial
logistic regression is fitted on them and folded into the embedding table, so the shipped model
is one row of 17 topic scores per piece plus the sketch. A second regression on word 1-2-grams
(`ngram.py`) is added to the logits. Inference needs numpy only. Training data: data/examples
(weight 1, also joined into synthetic articles) and data/headlines (weight HEADLINE_WEIGHT).
A second, short-text head (`short.py`) is fitted the same way on the same data plus
data/short_headlines, data/short_titles and data/short_teasers, with the headline lines
weighted more; it scores texts of up to SHORT_WORDS[0] words and is blended out by SHORT_WORDS[1].

`--extra` (never used for the shipped model) adds a user's own labelled records to a local model
written to `--out DIR`; see `extra.py` and PRESSWATCH_TOPIC_MODEL.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path

import numpy as np

from presswatch.topics.extra import ExtraDataError, by_head, provenance, read_extra
from presswatch.topics.ngram import NgramModel, ngrams
from presswatch.topics.short import ShortHead
from presswatch.topics.sketch import NormSketch
from presswatch.topics.tokens import Segmenter, keep_piece, mean_rows
from presswatch.topics.trainset import DATA, FILES, PRIOR, augment, read_examples

C = 1.0  # inverse L2 strength of the logistic regression
SKETCH_DIMS = 32  # directions kept to estimate the norm of the mean embedding at run time
NGRAM_C = 10.0  # inverse L2 strength of the word 1-2-gram logistic regression
NGRAM_MIX = 0.5  # weight of the n-gram logits in the sum with the embedding logits
HEADLINE_WEIGHT = 0.5  # sample weight of data/headlines lines (feature-desk style) vs examples
MIN_KNOWN_SHARE = 0.2  # below this share of whole-word pieces a text is left unclassified
# Short-text head: data/headlines and data/short_headlines at this weight, data/short_titles at
# SHORT_TITLE_WEIGHT (the long head's data otherwise); used alone up to SHORT_WORDS[0] words,
# blended linearly with the long head up to SHORT_WORDS[1] (HuffPost headlines: 6-13 words,
# titles 4-10, AG title + description 27-49: 10th-90th percentiles)
SHORT_HEADLINE_WEIGHT = 0.75
SHORT_TITLE_WEIGHT = 1.0
SHORT_TEASER_WEIGHT = 0.5  # data/short_teasers: ad and teaser lines (short-text head only)
SHORT_WORDS = (24, 32)
EXTRA_WEIGHT = 1.0  # default sample weight of a user's --extra records (local models only)


def load_wordllama() -> tuple[list[str], list[str], np.ndarray]:
    """Return the kept WordLlama pieces, their BPE merges and their 256-d embeddings."""
    from safetensors.numpy import load_file

    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("training needs the wordllama package: pip install wordllama")
    root = Path(next(iter(spec.submodule_search_locations)))
    config = json.loads((root / "tokenizers" / "l2_supercat_tokenizer_config.json").read_text())
    vocab: dict[str, int] = config["model"]["vocab"]
    weights = next(iter(load_file(str(root / "weights" / "l2_supercat_256.safetensors")).values()))
    pieces = sorted((p for p in vocab if keep_piece(p)), key=vocab.__getitem__)
    merges = [m for m in config["model"]["merges"] if keep_piece(m.replace(" ", ""))]
    emb = weights[[vocab[p] for p in pieces]].astype(np.float32)
    return pieces, merges, emb


def featurize(seg: Segmenter, emb: np.ndarray, sketch: NormSketch, texts: list[str]) -> np.ndarray:
    """Return the mean piece embedding of each text divided by its sketched norm."""
    flat, counts, _, _ = seg.batch(texts)
    return mean_rows(emb, flat, counts) / sketch.norms(flat, counts)[:, None]


def fit_ngram(texts: list[str], y: np.ndarray, weights: np.ndarray) -> NgramModel:
    """Return the word 1-2-gram model fitted on L2-normalised n-gram counts of `texts`."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    vec = CountVectorizer(analyzer=ngrams)
    x = normalize(vec.fit_transform(texts).astype(np.float64))
    clf = LogisticRegression(C=NGRAM_C, max_iter=5000, class_weight="balanced")
    clf.fit(x, y, sample_weight=weights)
    index = {g: int(i) for g, i in vec.vocabulary_.items()}
    return NgramModel(index, clf.coef_.T.astype(np.float32), clf.intercept_, NGRAM_MIX)


def fit_head(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (coefficients topics x dims, intercepts) of the embedding logistic regression."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    clf.fit(x, y, sample_weight=w)
    return clf.coef_, clf.intercept_


def fit_short(
    features: np.ndarray, texts: list[str], y: np.ndarray, w: np.ndarray, emb: np.ndarray
) -> ShortHead:
    """Return the short-text head fitted on features, texts, labels and weights given."""
    coef, intercept = fit_head(features, y, w)
    table = (emb @ coef.T).astype(np.float16).astype(np.float32)
    return ShortHead(table, intercept, fit_ngram(texts, y, w), *SHORT_WORDS)


def train(
    extra: Path | None = None,
    out: Path = DATA / "model.npz",
    extra_weight: float = EXTRA_WEIGHT,
    data: Path = DATA,
) -> dict:
    """Fit the model, write it to `out` (and the files beside it) and return a run summary."""
    # `extra` records go to the head that scores their length (`extra.by_head`), at `extra_weight`.
    topics = tuple(FILES.values())
    texts, labels = read_examples(data / "examples")
    extra_x, extra_y = augment(texts, labels)  # articles from the news-style examples only
    head_x, head_y = read_examples(data / "headlines")
    short_hx, short_hy = read_examples(data / "short_headlines")
    short_tx, short_ty = read_examples(data / "short_titles")
    teaser_x, teaser_y = read_examples(data / "short_teasers")
    sources = {
        "own_examples": len(texts),
        "own_augmented": len(extra_x),
        "own_headlines": len(head_x),
        "own_short_headlines": len(short_hx),
        "own_short_titles": len(short_tx),
        "own_short_teasers": len(teaser_x),
    }
    weights = [1.0] * (len(texts) + len(extra_x)) + [HEADLINE_WEIGHT] * len(head_x)
    short_weights = [1.0] * (len(texts) + len(extra_x)) + [SHORT_HEADLINE_WEIGHT] * len(head_x)
    extra_x += head_x
    extra_y += head_y
    pieces, merges, emb = load_wordllama()
    seg = Segmenter(pieces, merges)
    ex_x: list[str] = []
    ex_y: list[str] = []
    short_ex: list[int] = []
    long_ex: list[int] = []
    if extra is not None:
        ex_x, ex_y = read_extra(extra, topics)
        short_ex, long_ex = by_head(seg.batch(ex_x)[2].tolist(), SHORT_WORDS)
        extra_x += [ex_x[i] for i in long_ex]
        extra_y += [ex_y[i] for i in long_ex]
        weights += [extra_weight] * len(long_ex)
        sources["extra"] = provenance(extra, extra_weight, len(short_ex), len(long_ex))
    sketch = NormSketch.fit(emb, SKETCH_DIMS)
    x = featurize(seg, emb, sketch, texts + extra_x)
    y = np.array([topics.index(t) for t in labels + extra_y])
    w = np.asarray(weights)
    coef, intercept = fit_head(x, y, w)
    log_prior = np.log(np.array([PRIOR[t] for t in topics]) / sum(PRIOR.values()))
    np.savez_compressed(
        out,
        topics=np.array(topics),
        pieces=np.array(pieces),
        merges=np.array(merges),
        table=(emb @ coef.T).astype(np.float16),
        bias=intercept.astype(np.float32),
        log_prior=log_prior.astype(np.float32),
        min_known_share=np.float32(MIN_KNOWN_SHARE),
    )
    sketch_path = out.with_name(out.stem + "_norm.npz")
    sketch.save(sketch_path)
    ngram = fit_ngram(texts + extra_x, y, w)
    ngram_path = out.with_name(out.stem + "_ngram.npz")
    ngram.save(ngram_path)
    n_base = len(y) - len(long_ex)  # the short head: the long head's data minus long extras
    new_x = short_hx + short_tx + teaser_x + [ex_x[i] for i in short_ex]
    new_y = short_hy + short_ty + teaser_y + [ex_y[i] for i in short_ex]
    short_weights += [SHORT_HEADLINE_WEIGHT] * len(short_hx) + [SHORT_TITLE_WEIGHT] * len(short_tx)
    short_weights += [SHORT_TEASER_WEIGHT] * len(teaser_x)
    short_weights += [extra_weight] * len(short_ex)
    short = fit_short(
        np.concatenate([x[:n_base], featurize(seg, emb, sketch, new_x)]),
        (texts + extra_x)[:n_base] + new_x,
        np.concatenate([y[:n_base], [topics.index(t) for t in new_y]]).astype(int),
        np.asarray(short_weights),
        emb,
    )
    short_path = out.with_name(out.stem + "_short.npz")
    short.save(short_path)
    if extra is not None:  # a local model records what it was trained on
        out.with_name(out.stem + "_training.json").write_text(json.dumps(sources, indent=1) + "\n")
    return {
        "sources": sources,
        "pieces": len(pieces),
        "merges": len(merges),
        "bytes": out.stat().st_size,
        "norm_bytes": sketch_path.stat().st_size,
        "ngrams": len(ngram.index),
        "ngram_bytes": ngram_path.stat().st_size,
        "short_bytes": short_path.stat().st_size,
        "short_ngrams": len(short.ngram.index),
        "short_ngram_bytes": short_path.with_name(short_path.stem + "_ngram.npz").stat().st_size,
    }


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, train, and print a one-line JSON summary."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA / "model.npz", help="model.npz, or a folder")
    ap.add_argument("--extra", type=Path, help='your own {"text", "iptc"} JSONL (local model only)')
    ap.add_argument("--extra-weight", type=float, default=EXTRA_WEIGHT)
    args = ap.parse_args(argv)
    out = args.out if args.out.suffix == ".npz" else args.out / "model.npz"
    if args.extra is not None and out.resolve().parent == DATA.resolve():
        raise SystemExit("--extra trains a local model: give --out DIR outside the package")
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    try:
        summary = train(args.extra, out, args.extra_weight)
    except ExtraDataError as exc:
        raise SystemExit(f"error: {exc}") from exc
    summary["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
