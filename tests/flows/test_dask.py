"""The analyze flow on a loopback Dask cluster (2 worker processes) equals the local run."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from presswatch.flowrun import load_flow_module
from presswatch.reanalyze import reanalyze

from ..test_reanalyze import REGISTRY, fingerprint, stored_only

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("prefect_dask") is None
    or importlib.util.find_spec("distributed") is None,
    reason="the `dask` extra (prefect-dask, distributed) is not installed: pip install '.[dask]'",
)


@pytest.mark.flow
def test_analyze_on_a_loopback_dask_cluster_matches_the_local_run(
    harness: None, tmp_path: Path
) -> None:
    from distributed import LocalCluster

    local = stored_only(tmp_path / "local")
    reanalyze(local, [REGISTRY])
    remote = stored_only(tmp_path / "dask")
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[sources]]\npath = "unused"\n[actors]\nregistries = ["{REGISTRY}"]\n')
    analyze = load_flow_module("analyze").analyze
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:  # fmt: skip
        stats = analyze(db=str(remote), sources=str(sources), batch_size=4,
                        dask_address=cluster.scheduler_address)  # fmt: skip
    assert stats["batches"] == -(-stats["pending"] // 4) and stats["batches"] >= 2
    assert stats["analyzed"] == stats["pending"] > 0
    pids = {int(w.rsplit(":", 1)[1]) for w in stats["workers"]}
    assert len(pids) == 2 and os.getpid() not in pids  # both worker processes, not this one
    assert fingerprint(remote) == fingerprint(local)
