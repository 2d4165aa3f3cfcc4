"""The writer session's hashes of stored ids and URL keys answer like the tables they stand for."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from presswatch.db import connect
from presswatch.ingest import ingest_paths
from presswatch.known import HashSet, Known
from presswatch.writer import Session, split_batch


def test_hash_set_matches_a_python_set_over_many_adds() -> None:
    rng = np.random.default_rng(7)
    values = rng.integers(0, 1 << 40, 5_000, dtype=np.uint64)  # small range: repeats happen
    hashes, reference = HashSet(), set()
    for start in range(0, 4_000, 137):  # uneven batches: runs are merged many times
        batch = values[start : start + 137]
        hashes.add(batch)
        reference.update(batch.tolist())
    assert len(hashes) == len(reference)
    hit = hashes.contains(values)
    assert hit.tolist() == [int(v) in reference for v in values]
    assert hit[:4_000].all() and not hit[4_000:].all()
    assert not HashSet().contains(values).any()


def corpus(root: Path, names: range, text: str = "Bridge {i} reopens") -> Path:
    folder = root / "river-post"
    folder.mkdir(parents=True, exist_ok=True)
    for i in names:
        body = f"{text.format(i=i)}\n“It is safe now,” engineer {i} said of the bridge today.\n"
        (folder / f"a{i}.txt").write_text(body)
    return root


def test_known_answers_every_stored_id_and_url_key(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    ingest_paths([corpus(tmp_path / "in", range(6))], db, batch_size=4, workers=1)
    with connect(db) as con:
        stored = [r[0] for r in con.execute("select doc_id from documents").fetchall()]
        pairs = con.execute(
            "select doc_id, canonical_url, text_hash from doc_meta where canonical_url is not null"
        ).fetchall()
        known = Known(con)
        fresh = ["0" * 64, "f" * 64]
        assert sorted(known.maybe_stored(con, [*fresh, *stored])) == sorted(stored)
        keys = {d: (u, h) for d, u, h in pairs}
        other = {"x": ("https://example.org/never", "0" * 64)}
        assert known.maybe_stored_urls(con, {**keys, **other}) == keys


def test_a_session_adds_every_stored_batch(tmp_path: Path) -> None:
    """Within one run, the second copy of a document is a duplicate whichever batch stored it."""
    db = tmp_path / "w.duckdb"
    first = corpus(tmp_path / "a", range(5))
    again = corpus(tmp_path / "b", range(3, 9))  # 3 and 4 are the same documents
    stats = ingest_paths([first, again], db, batch_size=2, workers=1)
    assert (stats.new, stats.duplicate) == (9, 2)
    with Session(db) as session:
        from presswatch.sources import iter_inputs
        from presswatch.sources.http import HttpClient

        with HttpClient() as http:
            items = list(iter_inputs([again], http, {}))
        with_known = split_batch(items, session.con, stored=session.known)
        plain = split_batch(items, session.con)
    assert with_known.fresh == plain.fresh == [] and with_known.duplicate == plain.duplicate == 6


@pytest.mark.parametrize("workers", [1, 2])
def test_reingest_in_one_run_is_idempotent(tmp_path: Path, workers: int) -> None:
    db = tmp_path / "w.duckdb"
    src = corpus(tmp_path / "in", range(7))
    ingest_paths([src], db, batch_size=3, workers=workers)
    again = ingest_paths([src], db, batch_size=3, workers=workers)
    assert (again.new, again.duplicate) == (0, 7)
