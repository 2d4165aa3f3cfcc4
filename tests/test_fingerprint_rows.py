"""Re-analysis signs again only the editorial texts whose stored fingerprint is not current."""

from __future__ import annotations

from presswatch.dedup import VERSION, fingerprints
from presswatch.parse import Article, parse
from presswatch.shards import fingerprint_rows
from presswatch.sources.base import RawDocument

TEXTS = [
    "Ferry service resumes\nThe ferry to the outer islands sailed again on Monday after a storm "
    "closed the harbour for most of last week, and the port board said more sailings would follow.",
    "Short note\nThe quay is open.",
    "Council vote delayed\nThe town council put off its vote on the new bus depot until spring, "
    "after residents of the east ward asked for a second public hearing on the plans.",
]


def _articles() -> list[Article]:
    docs = [RawDocument(f"{i}.txt", "txt", t.encode(), "Wire") for i, t in enumerate(TEXTS)]
    parsed = [parse(d) for d in docs]
    assert all(isinstance(a, Article) for a in parsed)
    return parsed  # type: ignore[return-value]


def test_rows_without_stored_fingerprints_are_every_articles_fingerprints() -> None:
    articles = _articles()
    rows = fingerprint_rows(articles)
    assert [(r["text_hash"], r["minhash"]) for r in rows] == fingerprints(TEXTS)
    assert [r["minhash_version"] for r in rows] == [VERSION, None, VERSION]


def test_a_current_stored_fingerprint_is_left_as_it_is() -> None:
    articles = _articles()
    full = fingerprint_rows(articles)
    stored = {r["doc_id"]: (r["text_hash"], r["minhash_version"]) for r in full}
    assert fingerprint_rows(articles, stored) == [full[1]]  # a short text has no version
    first = articles[0].doc.doc_id
    stale = {**stored, first: ("stale", VERSION)}
    assert fingerprint_rows(articles, stale) == [full[0], full[1]]
    older = {**stored, first: (stored[first][0], VERSION - 1)}
    assert fingerprint_rows(articles, older) == [full[0], full[1]]
