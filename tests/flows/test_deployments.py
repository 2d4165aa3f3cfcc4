"""prefect.yaml declares the scheduled deployments, and a triggered run of one completes."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from presswatch.db import connect
from presswatch.flowrun import build_deployments, deployment_specs

from ..conftest import ROOT, SAMPLES

EXPECTED = {"ingest-hourly": "0 * * * *", "pipeline-daily": "0 6 * * *"}


def test_prefect_yaml_declares_the_scheduled_deployments() -> None:
    specs = {s["name"]: s for s in deployment_specs(ROOT / "prefect.yaml")}
    assert {name: s["cron"] for name, s in specs.items()} == EXPECTED
    assert {s["timezone"] for s in specs.values()} == {"UTC"}
    assert specs["pipeline-daily"]["parameters"]["sources"] == "sources.toml"
    served = build_deployments(list(specs.values()), {"db": "x.duckdb"})
    crons = {
        d.name: (d.schedules[0].schedule.cron, d.schedules[0].schedule.timezone) for d in served
    }
    assert crons == {name: (cron, "UTC") for name, cron in EXPECTED.items()}
    assert all(d.parameters["db"] == "x.duckdb" for d in served)
    assert {d.entrypoint.rsplit(":", 1)[1] for d in served} == {"ingest", "pipeline"}


@pytest.mark.flow
def test_triggered_ingest_hourly_run_completes(harness: None, tmp_path: Path) -> None:
    from prefect.client.schemas.objects import StateType
    from prefect.deployments import run_deployment
    from prefect.runner import Runner

    shutil.copytree(SAMPLES / "kettervale-wire", tmp_path / "in" / "kettervale-wire")
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\npath = "in"\n')
    db = tmp_path / "w.duckdb"
    spec = next(s for s in deployment_specs(ROOT / "prefect.yaml") if s["name"] == "ingest-hourly")
    (deployment,) = build_deployments([spec], {"db": str(db), "sources": str(sources)})
    deployment.apply()
    flow_run = run_deployment("ingest/ingest-hourly", timeout=0)
    runner = Runner(pause_on_shutdown=False)
    runner.add_deployment(deployment)
    asyncio.run(runner.start(run_once=True))

    from prefect import get_client

    async def final_state() -> StateType:
        async with get_client() as client:
            return (await client.read_flow_run(flow_run.id)).state.type

    assert asyncio.run(final_state()) == StateType.COMPLETED
    with connect(db, read_only=True) as con:
        docs, analysed, modelled = con.execute(
            "select (select count(*) from documents), (select count(*) from articles), "
            "(select count(*) from fct_article_junk)"  # the run rebuilt the materialised models
        ).fetchone()
    inputs = [p for p in (tmp_path / "in" / "kettervale-wire").iterdir() if p.suffix != ".json"]
    assert docs == analysed == modelled == len(inputs)
