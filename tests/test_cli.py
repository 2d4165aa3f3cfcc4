"""The CLI through click's runner: ingest, report and eval, with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from presswatch.cli import cli

from .conftest import SHARED, needs_shared


def test_ingest_prints_counts_and_exits_0(tmp_path: Path) -> None:
    folder = tmp_path / "in" / "river-post"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Bridge reopens\n“It is safe,” engineer Ana Ruiz said.\n")
    (folder / "empty.txt").write_text("")
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "new: 1  duplicate: 0  quarantined: 1" in result.stdout
    assert "empty.txt: empty file" in result.stderr
    again = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert "new: 0  duplicate: 1" in again.stdout


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["ingest"]).exit_code == 2
    assert CliRunner().invoke(cli, ["sql", "select 1", "--format", "xml"]).exit_code == 2


def test_fatal_error_exits_1(tmp_path: Path) -> None:
    not_a_db = tmp_path / "w.duckdb"
    not_a_db.write_text("this is not a database")
    (tmp_path / "a.txt").write_text("Headline\nBody.\n")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--db", str(not_a_db)])
    assert result.exit_code == 1 and "ingest failed" in result.stderr


def test_eval_without_scorer_prints_the_predictions_path(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    text = "Port talks stall\n“We are not done,” Mayor Ana Ruiz said on Monday.\n"
    gold.write_text(json.dumps({"id": "g1", "text": text, "quotes": []}) + "\n")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(
        cli, ["eval", "quotes", str(gold), "--out", str(out), "--scorer", str(tmp_path / "none.py")]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out)
    (pred,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert pred["id"] == "g1"
    assert [q["quote"] for q in pred["quotes"]] == ["We are not done,"]
    assert "Ruiz" in pred["quotes"][0]["speaker"]


@needs_shared()
def test_eval_quotes_on_the_seed_is_accepted_by_the_scorer(tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    gold = SHARED / "eval" / "quotes" / "seed.jsonl"
    result = CliRunner().invoke(cli, ["eval", "quotes", str(gold), "--out", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["direct"]["tp"] >= 12
