"""Outlet memory across runs: stored articles teach later batches and re-analysis furniture."""

from __future__ import annotations

from pathlib import Path

from presswatch.analyze import batch_furniture
from presswatch.db import connect
from presswatch.db.memory import load_outlet_memory
from presswatch.ingest import ingest_paths
from presswatch.parse import Article, parse
from presswatch.reanalyze import reanalyze
from presswatch.segment import OutletMemory, build_furniture, furniture_key, segment_text
from presswatch.sources.base import RawDocument

OUTLET = "brackwater-bulletin"
# a line of this one outlet that no general rule knows: only its recurrence makes it furniture
PROMO = "Brackwater Bulletin on your wrist, every tide table"
TOWNS = ["Ossory", "Callan", "Tramore", "Dunmore", "Kilmeadan"]


def article(n: int) -> str:
    """Return an invented article of the outlet: headline, paragraphs, the promo line among them."""
    town = TOWNS[n]
    return "\n".join([
        f"{town} harbour dredging to start after two-year delay",
        f"Dredging of the silted harbour at {town} will begin next month, the county council "
        f"confirmed on Tuesday, after a planning dispute that held the works up for two years.",
        f"Fishing crews in {town} have complained that boats can only leave on a high tide, and "
        "several skippers have moved their vessels to deeper berths along the coast.",
        PROMO,
        "The council said the contractor would work only in daylight hours and that the channel "
        "should be open to all traffic again before the summer season begins.",
    ])  # fmt: skip


def promo_kind(db: Path, town: str) -> str:
    """Return the block kind that holds the promo line of the stored article about a town."""
    with connect(db, read_only=True) as con:
        row = con.execute(
            "select b.kind from blocks b join articles a using (doc_id) "
            "where a.text like $town and strpos(a.text, $promo) - 1 >= b.start_char "
            "and strpos(a.text, $promo) - 1 < b.end_char",
            {"town": f"{town} harbour%", "promo": PROMO},
        ).fetchone()
    assert row is not None
    return row[0]


def write(folder: Path, n: int) -> Path:
    """Write article n into the outlet's folder; return its path."""
    path = folder / OUTLET / f"{n}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(article(n), encoding="utf-8")
    return path


def test_the_promo_line_is_body_without_memory() -> None:
    text = article(0)
    start = text.index(PROMO)
    kinds = [b.kind for b in segment_text(text) if b.start <= start < b.end]
    assert kinds == ["body"]


def test_stored_counts_add_to_the_batch() -> None:
    key = furniture_key(PROMO)
    assert key in build_furniture([article(0)], stored={key: 2})
    assert key not in build_furniture([article(0)], stored={key: 1})
    assert key in build_furniture([article(0), article(1)], stored={key: 1})


def test_an_article_in_the_memory_is_not_counted_twice() -> None:
    docs = [RawDocument(origin=f"{n}.txt", source_kind="txt", content=article(n).encode(),
                        outlet=OUTLET) for n in range(2)]  # fmt: skip
    articles = [a for a in map(parse, docs) if isinstance(a, Article)]
    key = furniture_key(PROMO)
    ids = frozenset(a.doc.doc_id for a in articles)
    counted = OutletMemory({OUTLET: {key: 2}}, ids)  # these two, stored and in the batch
    assert key not in batch_furniture(articles, counted)[OUTLET]
    other = OutletMemory({OUTLET: {key: 2}}, frozenset({"a", "b"}))  # two other stored ones
    assert key in batch_furniture(articles, other)[OUTLET]


def test_single_article_runs_learn_from_stored_ones(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    for n in range(4):  # one article per run, as a scheduled feed run often brings
        stats = ingest_paths([write(tmp_path / f"run{n}", n)], db)
        assert stats.new == 1
    # the line is furniture from the third article that holds it: two stored ones and its own
    assert [promo_kind(db, TOWNS[n]) for n in range(4)] == ["body"] * 2 + ["boilerplate"] * 2
    with connect(db, read_only=True) as con:
        memory = load_outlet_memory(con)
    assert memory.counts[OUTLET][furniture_key(PROMO)] == 4 and len(memory.doc_ids) == 4
    with connect(db, read_only=True) as con:
        assert load_outlet_memory(con, window=2).counts[OUTLET][furniture_key(PROMO)] == 2

    # re-analysis relabels the earlier ones, whatever its batch size
    assert reanalyze(db, force=True, batch_size=1).analyzed == 4
    assert [promo_kind(db, t) for t in TOWNS[:4]] == ["boilerplate"] * 4
    before = blocks_of(db)
    reanalyze(db, force=True, batch_size=500)
    assert blocks_of(db) == before


def blocks_of(db: Path) -> list[tuple]:
    """Return every stored block (document, number, span, kind)."""
    with connect(db, read_only=True) as con:
        return con.execute(
            "select doc_id, block_no, start_char, end_char, kind from blocks order by all"
        ).fetchall()


def test_worker_processes_get_the_memory(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    for n in range(2):
        ingest_paths([write(tmp_path / f"run{n}", n)], db)
    later = [write(tmp_path / "later", n) for n in (2, 3, 4)]
    stats = ingest_paths(later, db, batch_size=1, workers=2)  # three batches: the pool starts
    assert stats.new == 3
    # each batch holds one article: only the two stored ones make its line furniture
    assert [promo_kind(db, t) for t in TOWNS] == ["body"] * 2 + ["boilerplate"] * 3
