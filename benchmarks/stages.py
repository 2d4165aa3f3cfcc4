"""Each analysis stage alone on the same synthetic articles, in CPU seconds, with the peers."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus import article, to_html, to_text
from benchmarks.harness import ROOT, best_of, timed

SPACY_WORDS_PER_CPU_S = 5_000  # issue #9 anchor: en_core_web_sm on this kind of machine
# Real pages (the Zyte extraction benchmark, 181), timed too when ../shared is beside the project.
REAL_PAGES = ROOT.parent / "shared" / "eval" / "extraction" / "html"


def _rate(n: float, seconds: float) -> float | None:
    return round(n / seconds, 1) if seconds > 0 else None


def stage_benchmarks(
    n_text: int, n_html: int, repeat: int, scratch: Path, n_real: int = 200
) -> dict:
    """Return per-stage throughput (per CPU-second) on n_text text and n_html HTML articles."""
    from presswatch.analyze import analyze_batch, editorial_mask, topic_units
    from presswatch.quotes import extract_quotes
    from presswatch.segment import segment_text
    from presswatch.topics import classify

    arts = [article(1, i) for i in range(max(n_text, n_html))]
    texts = [to_text(a) for a in arts[:n_text]]
    pages = [to_html(a) for a in arts[:n_html]]
    out: dict = {"n_text": n_text, "n_html": n_html, "repeat": repeat}

    classify(["warm up the topic model"])  # model load is a one-off, not per-article cost
    seg = best_of(lambda: [segment_text(t) for t in texts], repeat)
    out["segment_text_articles_per_cpu_s"] = _rate(n_text, seg.cpu_s)
    blocks = seg.value
    masked = [editorial_mask(t, b) for t, b in zip(texts, blocks, strict=True)]
    words = sum(len(m.split()) for m in masked)
    quotes = best_of(lambda: [extract_quotes(m) for m in masked], repeat)
    out["quote_words_per_cpu_s"] = _rate(words, quotes.cpu_s)
    out["quote_articles_per_cpu_s"] = _rate(n_text, quotes.cpu_s)
    out["quotes_per_article"] = round(sum(map(len, quotes.value)) / n_text, 2)
    out["editorial_words_median"] = statistics.median(len(m.split()) for m in masked)
    units = [u.text for t, b in zip(texts, blocks, strict=True) for u in topic_units(t, b)]
    topics = best_of(lambda: classify(units), repeat)
    out["topics_articles_per_cpu_s"] = _rate(n_text, topics.cpu_s)
    out["topics_units_per_article"] = round(len(units) / n_text, 2)
    analyzed = best_of(lambda: analyze_batch(_articles(texts)), repeat)
    out["analyze_articles_per_cpu_s"] = _rate(n_text, analyzed.cpu_s)
    out["load"] = load_benchmark(texts, analyzed.value, scratch)

    out["peers"] = peer_benchmarks(pages, masked[: min(500, n_text)], repeat)
    out |= html_benchmarks(pages, real_pages(n_real), repeat, out["peers"])
    spacy_tok = out["peers"].get("spacy_tokenizer_words_per_cpu_s")
    if out["quote_words_per_cpu_s"]:
        out["quotes_vs_spacy_sm_anchor"] = round(
            out["quote_words_per_cpu_s"] / SPACY_WORDS_PER_CPU_S, 1
        )
        if spacy_tok:
            out["quotes_vs_spacy_tokenizer"] = round(out["quote_words_per_cpu_s"] / spacy_tok, 2)
    return out


def _articles(texts: list[str]) -> list:
    """Return parsed Article objects for raw texts (as the JSONL text path produces them)."""
    from presswatch.parse import parse
    from presswatch.sources.base import RawDocument

    docs = [
        RawDocument(origin=f"bench:{i}", source_kind="txt", content=t.encode(), outlet="Bench")
        for i, t in enumerate(texts)
    ]
    return [parse(d) for d in docs]


def load_benchmark(texts: list[str], analyzed: tuple, scratch: Path) -> dict:
    """Return the time to write one batch's rows (documents + analysis) to a fresh warehouse."""
    from presswatch.db import connect
    from presswatch.db.load import analysis_rows, document_rows, insert, now, replace_analysis

    analyses, topics = analyzed
    db = scratch / "load-bench.duckdb"
    db.unlink(missing_ok=True)
    with connect(db):
        pass  # migrations applied outside the timing

    def write() -> int:
        rows = analysis_rows(analyses, topics, {})
        with connect(db) as con:
            con.execute("begin transaction")
            insert(con, "documents", document_rows(analyses, now()))
            replace_analysis(con, rows)
            con.execute("commit")
        return sum(len(r) for r in rows.values()) + len(analyses)

    run = timed(write)
    db.unlink(missing_ok=True)
    return {
        "articles_per_s": _rate(len(texts), run.wall_s),
        "articles_per_cpu_s": _rate(len(texts), run.cpu_s),
        "rows_per_s": _rate(run.value, run.wall_s),
        "rows": run.value,
    }


def peer_benchmarks(pages: list[str], masked: list[str], repeat: int) -> dict:
    """Return peer throughput on the same inputs: trafilatura on the HTML, spaCy/textacy on text."""
    out: dict = {}
    try:
        import trafilatura
    except ImportError:
        out["trafilatura"] = "not installed"
    else:
        fast = best_of(lambda: [trafilatura.extract(p, fast=True) for p in pages], repeat)
        out["trafilatura_fast_pages_per_cpu_s"] = _rate(len(pages), fast.cpu_s)
    try:
        import spacy
    except ImportError:
        out["spacy"] = "not installed (pip install -e '.[peers]')"
        return out
    nlp = spacy.blank("en")
    words = sum(len(m.split()) for m in masked)
    run = best_of(lambda: list(nlp.pipe(masked)), 1)
    out["spacy_tokenizer_words_per_cpu_s"] = _rate(words, run.cpu_s)
    out["textacy_quotes"] = textacy_status()
    return out


def textacy_status() -> str:
    """Return why textacy's direct_quotations cannot run here (it needs a parsed spaCy model)."""
    try:
        import spacy

        spacy.load("en_core_web_sm")
    except ImportError:
        return "spaCy not installed"
    except OSError:
        return (
            "not measured: textacy.extract.triples.direct_quotations needs a spaCy pipeline with a "
            "parser, and no English model from spaCy's authors is on the package registry"
        )
    return "en_core_web_sm present but not benchmarked"


def real_pages(n: int) -> list[str]:
    """Return the first n real benchmark pages, or none when ../shared is absent."""
    import gzip

    if n <= 0 or not REAL_PAGES.is_dir():
        return []
    files = sorted(REAL_PAGES.glob("*.html.gz"))[:n]
    return [gzip.decompress(f.read_bytes()).decode("utf-8", "replace") for f in files]


def interleaved(fns: list[Callable[[], object]], repeat: int) -> list[float]:
    """Return each call's median CPU seconds over `repeat` rounds run in turn (load hits all)."""
    runs: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            runs[k].append(timed(fn).cpu_s)
    return [statistics.median(r) for r in runs]


def html_benchmarks(pages: list[str], real: list[str], repeat: int, peers: dict) -> dict:
    """Return segment_html and trafilatura `extract` pages per CPU-s, timed in alternation."""
    from presswatch.segment import segment_html

    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    out: dict = {}
    for key, items in (("", pages), ("_real", real)):
        if not items:
            continue
        fns: list[Callable[[], object]] = [lambda items=items: [segment_html(p) for p in items]]
        if trafilatura is not None:
            fns.append(lambda items=items: [trafilatura.extract(p) for p in items])
        cpu = interleaved(fns, repeat)
        out[f"segment_html{key}_pages_per_cpu_s"] = ours = _rate(len(items), cpu[0])
        if len(cpu) > 1:
            peers[f"trafilatura{key}_pages_per_cpu_s"] = theirs = _rate(len(items), cpu[1])
            if ours and theirs:
                out[f"segment_html{key}_vs_trafilatura"] = round(ours / theirs, 2)
        out[f"n_html{key}"] = len(items)
    return out
