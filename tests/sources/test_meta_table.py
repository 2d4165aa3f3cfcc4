"""doc_meta rows built by column: the values and the types the rows as dicts would give."""

from __future__ import annotations

import pyarrow as pa

from presswatch.parse import Article, parse
from presswatch.sources.base import RawDocument
from presswatch.sources.store import meta_table, url_keys
from presswatch.wire import wire_agency

BODY = "The council said the bridge would reopen on Monday after repairs to the deck. " * 3


def _article(name: str, text: str, url: str | None) -> Article:
    doc = RawDocument(f"x/{name}.txt", "txt", text.encode(), "Gazette", url=url, author="Ana")
    parsed = parse(doc)
    assert isinstance(parsed, Article)
    return parsed


def test_meta_table_has_the_rows_and_types_of_its_dicts() -> None:
    arts = [
        _article("a", "Bridge\n" + BODY + "\n(Reporting by Ana Ribeiro; Editing by Tom Hale)",
                 "HTTPS://www.Example.com/a/?utm_source=x&b=1"),
        _article("b", "Short\nno shingles", None),
    ]  # fmt: skip
    langs = {arts[0].doc.doc_id: ("en", 0.3125)}
    keys = url_keys(arts)
    table = meta_table(arts, langs, {arts[1].doc.doc_id}, keys=keys)
    rows = table.to_pylist()
    assert [r["canonical_url"] for r in rows] == ["https://example.com/a?b=1", None]
    assert [r["domain"] for r in rows] == ["example.com", None]
    assert [r["lang"] for r in rows] == ["en", "und"]  # the second one detected: too short
    assert [r["analysed"] for r in rows] == [True, False]
    assert (
        [r["wire_agency"] for r in rows] == ["Reuters", None] == [wire_agency(a.text) for a in arts]
    )
    assert rows[0]["minhash"] is not None and rows[1]["minhash"] is None
    assert [r["minhash_version"] for r in rows] == [2, None]
    assert table.equals(pa.Table.from_pylist(rows))  # the types pa infers from the dicts
    assert meta_table(arts, langs, set()).equals(
        meta_table(arts, langs, set(), keys=keys).set_column(6, "analysed", pa.array([True, True]))
    )


def test_meta_table_of_no_articles_is_empty() -> None:
    empty = meta_table([], {}, set())
    assert empty.num_rows == 0 and empty.num_columns == 0


def test_a_repeated_document_keeps_its_own_url() -> None:
    # the same bytes twice (one doc_id) under two URLs: url_keys keeps one entry per doc_id
    arts = [_article("a", "Bridge\n" + BODY, "https://a.example/x"),
            _article("b", "Bridge\n" + BODY, "https://b.example/y")]  # fmt: skip
    assert arts[0].doc.doc_id == arts[1].doc.doc_id
    rows = meta_table(arts, {}, set(), keys=url_keys(arts)).to_pylist()
    assert [r["canonical_url"] for r in rows] == ["https://a.example/x", "https://b.example/y"]
    assert [r["domain"] for r in rows] == ["a.example", "b.example"]
