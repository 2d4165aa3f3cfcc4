"""The writer session's hashes of stored ids and URL keys answer like the tables they stand for."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from presswatch import writer
from presswatch.db import connect
from presswatch.ingest import ingest_paths
from presswatch.known import HashSet, Known
from presswatch.writer import Session, split_batch

from .test_parallel import snapshot

URL = "https://river.example/bridge"
BODY = (
    "<p>The river bridge at Eastwick reopens to traffic on Monday after eight months of repairs "
    "to its deck and railings, the county roads office said in a statement on Friday.</p>"
    "<p>“It is safe now,” said Dana Reyes, the engineer in charge of the work. “Every bolt was "
    "checked twice, and the load tests went better than we hoped.”</p>"
)


def pages(root: Path, copies: range, url: str = URL) -> Path:
    """Return a folder of HTML pages: the same canonical URL and text, different bytes."""
    folder = root / "river-post"
    folder.mkdir(parents=True, exist_ok=True)
    for i in copies:
        head = f'<title>Bridge reopens</title><link rel="canonical" href="{url}"><!-- {i} -->'
        html = f"<html><head>{head}</head><body><article>{BODY}</article></body></html>"
        (folder / f"copy-{i}.html").write_text(html)
    return root


@pytest.fixture(params=[0, 8], ids=["known-at-once", "known-after-8"])
def known_after(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Run a test with the writer's hashes loaded from the first batch, and after eight."""
    monkeypatch.setattr(writer, "KNOWN_AFTER", request.param)
    return request.param


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
    ingest_paths([pages(tmp_path / "html", range(1))], db, workers=1)
    ingest_paths([pages(tmp_path / "other", range(1), URL + "-2")], db, workers=1)
    with connect(db) as con:
        stored = [r[0] for r in con.execute("select doc_id from documents").fetchall()]
        pairs = con.execute(
            "select doc_id, canonical_url, text_hash from doc_meta where canonical_url is not null"
        ).fetchall()
        known = Known(con)
        fresh = ["0" * 64, "f" * 64]
        assert sorted(known.maybe_stored(con, [*fresh, *stored])) == sorted(stored)
        keys = {d: (u, h) for d, u, h in pairs}
        assert len(keys) == 2
        (url, text), *_ = keys.values()
        other = {"x": ("https://example.org/never", "0" * 64), "y": (text, url), "z": (url, url)}
        assert known.maybe_stored_urls(con, {**keys, **other}) == keys


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rerun_with_the_same_url_and_text_stores_nothing_new(
    tmp_path: Path, known_after: int, workers: int
) -> None:
    """Copies of a page (other bytes, same canonical URL and text) are duplicates in any run."""
    db = tmp_path / "w.duckdb"
    first = ingest_paths([pages(tmp_path / "a", range(4))], db, batch_size=1, workers=workers)
    assert (first.new, first.duplicate) == (1, 3)
    again = ingest_paths([pages(tmp_path / "b", range(4, 8))], db, batch_size=1, workers=workers)
    assert (again.new, again.duplicate) == (0, 4)
    with connect(db, read_only=True) as con:
        urls = con.execute("select canonical_url from doc_meta where canonical_url is not null")
        assert urls.fetchall() == [(URL,)]


def test_short_runs_never_load_the_hashes_and_long_ones_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Known is only built after KNOWN_AFTER batches; the stored rows are the same either way."""
    loads: list[int] = []

    class Counted(Known):
        def __init__(self, con: object) -> None:
            loads.append(1)
            super().__init__(con)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "Known", Counted)
    monkeypatch.setattr(writer, "KNOWN_AFTER", 4)
    short, long = corpus(tmp_path / "short", range(4)), corpus(tmp_path / "long", range(3, 12))
    runs = [short, long, pages(tmp_path / "html", range(6)), long]
    results = {}
    for name, after in (("never", 10_000), ("after-4", 4)):
        monkeypatch.setattr(writer, "KNOWN_AFTER", after)
        db = tmp_path / f"{name}.duckdb"
        counts = []
        for run in runs:
            loads.clear()
            stats = ingest_paths([run], db, batch_size=1, workers=1)
            counts.append((stats.new, stats.duplicate, len(loads)))
        results[name] = counts, snapshot(db)
    never, after4 = results["never"], results["after-4"]
    assert [c[2] for c in never[0]] == [0, 0, 0, 0]
    assert [c[2] for c in after4[0]] == [0, 1, 1, 1]  # 4 batches: not loaded; 6 or 9: loaded once
    assert [c[:2] for c in never[0]] == [c[:2] for c in after4[0]] == [
        (4, 0), (8, 1), (1, 5), (0, 9)]  # fmt: skip
    assert never[1] == after4[1]


def test_a_session_adds_every_stored_batch(tmp_path: Path) -> None:
    """Within one run, the second copy of a document is a duplicate whichever batch stored it."""
    db = tmp_path / "w.duckdb"
    first = corpus(tmp_path / "a", range(5))
    again = corpus(tmp_path / "b", range(3, 9))  # 3 and 4 are the same documents
    stats = ingest_paths([first, again], db, batch_size=2, workers=1)
    assert (stats.new, stats.duplicate) == (9, 2)
    with Session(db, known_after=0) as session:
        from presswatch.sources import iter_inputs
        from presswatch.sources.http import HttpClient

        with HttpClient() as http:
            items = list(iter_inputs([again], http, {}))
        with_known = split_batch(items, session.con, stored=session.known)
        plain = split_batch(items, session.con)
    assert with_known.fresh == plain.fresh == [] and with_known.duplicate == plain.duplicate == 6


@pytest.mark.parametrize("workers", [1, 2])
def test_reingest_in_one_run_is_idempotent(tmp_path: Path, workers: int, known_after: int) -> None:
    db = tmp_path / "w.duckdb"
    src = corpus(tmp_path / "in", range(7))
    ingest_paths([src], db, batch_size=3, workers=workers)
    again = ingest_paths([src], db, batch_size=3, workers=workers)
    assert (again.new, again.duplicate) == (0, 7)
