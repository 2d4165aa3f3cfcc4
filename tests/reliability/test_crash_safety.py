"""SIGKILL an ingest at seeded points: a rerun loses and duplicates nothing, checks pass."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from presswatch.db import connect
from presswatch.ingest import build_warehouse, ingest_paths

from .corpus import write_corpus

FUZZ = os.environ.get("PRESSWATCH_FUZZ") == "1"
KILLS = int(os.environ.get("PRESSWATCH_KILLS", "20" if FUZZ else "5"))
SEED = int(os.environ.get("PRESSWATCH_SEED", "20261127"))
N_DOCS = 30
BATCH = 3

# The child reports when its imports are done, so that kills land inside the ingest itself.
CHILD = textwrap.dedent("""
    import sys, time
    from presswatch.ingest import ingest_paths
    print("ready", flush=True)
    started = time.monotonic()
    ingest_paths([sys.argv[1]], sys.argv[2], batch_size=int(sys.argv[3]))
    print("done", time.monotonic() - started, flush=True)
""")


def start(corpus: Path, db: Path) -> subprocess.Popen[str]:
    """Return a running `python -c` child that ingests corpus into db in small batches."""
    cmd = [sys.executable, "-c", CHILD, str(corpus), str(db), str(BATCH)]
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read()  # type: ignore[union-attr]
    return child


def state(db: Path) -> tuple[list[str], int, dict[str, int]]:
    """Return stored doc ids, the article count, and the check results of a warehouse."""
    checks = build_warehouse(db)
    with connect(db, read_only=True) as con:
        ids = [r[0] for r in con.execute("select doc_id from documents").fetchall()]
        (articles,) = con.execute("select count(*) from articles").fetchone()  # type: ignore[misc]
    return ids, articles, checks


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str], float]:
    """Return a generated corpus, its content hashes, and how long a full child ingest takes."""
    root = tmp_path_factory.mktemp("crash")
    hashes = write_corpus(root / "in", N_DOCS)
    child = start(root / "in", root / "calibrate.duckdb")
    out, err = child.communicate(timeout=600)
    assert child.returncode == 0, err
    took = float(out.split()[-1])
    ids, _, checks = state(root / "calibrate.duckdb")
    assert set(ids) == hashes and not any(checks.values())
    return root / "in", hashes, took


def test_sigkill_at_seeded_points_loses_and_duplicates_nothing(
    corpus: tuple[Path, set[str], float], tmp_path: Path
) -> None:
    folder, hashes, took = corpus
    rng = random.Random(SEED)
    survived, mid_run = 0, 0
    for n in range(KILLS):
        db = tmp_path / f"w{n}.duckdb"
        child = start(folder, db)
        time.sleep(rng.uniform(0.0, took))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        mid_run += child.returncode == -signal.SIGKILL
        if db.exists():  # what the kill left is consistent: whole batches, checks at zero
            ids, articles, checks = state(db)
            assert set(ids) <= hashes and len(ids) == len(set(ids)) == articles, n
            assert not any(checks.values()), (n, checks)
        ingest_paths([folder], db, batch_size=BATCH)  # the rerun
        ids, articles, checks = state(db)
        assert len(ids) == len(set(ids)), f"kill {n}: duplicated documents"
        assert set(ids) == hashes, f"kill {n}: lost {len(hashes - set(ids))} documents"
        assert articles == len(hashes), f"kill {n}: {articles} articles"
        assert not any(checks.values()), (n, checks)
        survived += 1
    assert survived == KILLS
    assert mid_run >= KILLS // 2, "most kills should land while the ingest runs"
