"""Merge log on a real DuckDB file: merge, re-analysis, exact unmerge, refusals."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from presswatch.actors.store import MergeError, apply_merges, cluster_local, merge, unmerge
from presswatch.db import connect


def _quote(doc: str, no: int, speaker: str, actor: str) -> dict:
    return {"doc_id": doc, "quote_no": no, "start_char": 0, "end_char": 5, "text": "hello",
            "kind": "direct", "speaker": speaker, "actor_id": actor, "stance": "neutral",
            "paragraph": 1, "prominence": "lede", "words": 1, "confidence": 0.9,
            "analyzer_version": "t"}  # fmt: skip


def _insert_quotes(con, rows: list[dict]) -> None:
    con.register("_q", pa.Table.from_pylist(rows))
    con.execute("insert into quotes by name select * from _q")
    con.unregister("_q")


def _actors(con) -> dict[tuple[str, int], str]:
    rows = con.execute("select doc_id, quote_no, actor_id from quotes").fetchall()
    return {(d, n): a for d, n, a in rows}


@pytest.fixture
def con(tmp_path: Path):
    with connect(tmp_path / "w.duckdb") as con:
        for aid, name in [
            ("local:dmytro-volkanov", "Dmytro Volkanov"),
            ("local:volkanov", "Volkanov"),
            ("local:ilse-brandt", "Ilse Brandt"),
        ]:
            con.execute(
                "insert into actors (actor_id, name, kind, origin) "
                "values ($a, $n, 'person', 'local')",
                {"a": aid, "n": name},
            )  # fmt: skip
        _insert_quotes(con, [
            _quote("d1", 0, "Dmytro Volkanov", "local:dmytro-volkanov"),
            _quote("d2", 0, "Ilse Brandt", "local:ilse-brandt"),
            _quote("d2", 1, "Volkanov", "local:volkanov"),
        ])  # fmt: skip
        yield con


def test_clustering_merges_and_unmerge_restores_exactly(con) -> None:
    before = _actors(con)
    (merge_id,) = cluster_local(con)
    assert _actors(con)[("d2", 1)] == "local:dmytro-volkanov"
    assert cluster_local(con) == []  # idempotent
    assert unmerge(con, merge_id)[2] == 1
    assert _actors(con) == before
    assert cluster_local(con) == []  # an undone pair is not merged again


def test_reanalysis_that_renumbers_quotes_is_still_undone_exactly(con) -> None:
    merge_id = merge(con, "local:volkanov", "local:dmytro-volkanov", "manual", "manual")
    con.execute("delete from quotes where doc_id = 'd2'")  # re-analysis: the order changed
    _insert_quotes(con, [
        _quote("d2", 0, "Dmytro Volkanov", "local:dmytro-volkanov"),
        _quote("d2", 1, "Volkanov", "local:volkanov"),
        _quote("d2", 2, "Ilse Brandt", "local:ilse-brandt"),
    ])  # fmt: skip
    assert apply_merges(con) == 1
    unmerge(con, merge_id)
    got = _actors(con)
    assert got[("d2", 0)] == "local:dmytro-volkanov"  # native to the target: stays
    assert got[("d2", 1)] == "local:volkanov"


def test_refusals(con) -> None:
    first = merge(con, "local:volkanov", "local:dmytro-volkanov", "manual", "manual")
    with pytest.raises(MergeError, match="already merged away"):
        merge(con, "local:volkanov", "local:ilse-brandt", "manual", "manual")
    second = merge(con, "local:dmytro-volkanov", "local:ilse-brandt", "manual", "manual")
    with pytest.raises(MergeError, match="undo that first"):
        unmerge(con, first)
    unmerge(con, second)
    unmerge(con, first)
    with pytest.raises(MergeError, match="no merge 99"):
        unmerge(con, 99)
