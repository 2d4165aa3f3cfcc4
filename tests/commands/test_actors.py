"""`presswatch actors` on a real warehouse built by ingest from invented articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from presswatch.cli import cli
from presswatch.db import connect
from presswatch.ingest import ingest_paths

ARTICLES = {
    "a.txt": "Dam talks stall\n\n“We will not sign this week,” said Dmytro Volkanov, the "
    "negotiator for the valley towns.\n\nThe talks resume on Monday.\n",
    "b.txt": "Valley deal near\n\nThe negotiators met again in the town hall on Tuesday.\n\n"
    "“The text is almost ready for the councils to read,” Dmitri Volkanov told reporters.\n",
    "c.txt": "Water prices to rise\n\nThe valley towns expect higher water bills after the dam "
    "agreement is signed next month.\n\n“Prices will rise for every household in the valley,” "
    "Volkanov said on Friday.\n",
    "d.txt": "Mill closes\n\nThe old paper mill shut its doors after ninety years of work.\n\n"
    "“It is a sad day for the whole town,” said Ilse Brandt, who ran the mill’s canteen.\n",
}


def quote_actors(db: Path) -> dict[str, str]:
    with connect(db, read_only=True) as con:
        rows = con.execute("select speaker, actor_id from quotes order by speaker").fetchall()
    return dict(rows)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a warehouse ingested in two batches (built once; tests get a copy)."""
    tmp_path = tmp_path_factory.mktemp("actors")
    folder = tmp_path / "in" / "valley-news"
    folder.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "w.duckdb"
    ingest_paths([folder / "a.txt"], path)  # first batch: one article
    ingest_paths([folder], path)  # second batch: the variants arrive
    return path


@pytest.fixture
def db(built: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(built, tmp_path / "w.duckdb"))


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["actors", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_ingest_clusters_name_variants_across_articles_and_logs_the_merges(db: Path) -> None:
    ids = quote_actors(db)
    assert ids["Dmytro Volkanov"] == ids["Dmitri Volkanov"] == ids["Volkanov"]
    assert ids["Ilse Brandt"] == "local:ilse-brandt"
    with connect(db, read_only=True) as con:
        reasons = con.execute(
            "select reason from actor_merges where undone_at is null order by reason"
        ).fetchall()
    assert reasons == [("surname",), ("transliteration",)]


def test_list_and_show(db: Path) -> None:
    listed = run("list", "--db", str(db), "--search", "volkanov").splitlines()
    assert len(listed) == 2 and listed[1].endswith("\tperson\t3")
    assert run("list", "--db", str(db), "--limit", "1").count("\n") == 2
    actor = listed[1].split("\t")[0]
    shown = run("show", actor, "--db", str(db))
    assert "Dmytro Volkanov | Volkanov" in shown.replace("Dmitri Volkanov | ", "")
    assert "quotes: direct 3" in shown and "valley-news" in shown


def test_merge_then_unmerge_restores_every_quote(db: Path) -> None:
    before = quote_actors(db)
    volkanov = before["Volkanov"]
    out = run("merge", "local:ilse-brandt", volkanov, "--db", str(db))
    merge_id = out.split()[1].rstrip(":")
    assert quote_actors(db)["Ilse Brandt"] == volkanov
    assert "local:ilse-brandt" not in run("list", "--db", str(db))
    run("unmerge", merge_id, "--db", str(db))
    assert quote_actors(db) == before
    again = CliRunner().invoke(cli, ["actors", "unmerge", merge_id, "--db", str(db)])
    assert again.exit_code == 1 and "already undone" in again.output


def test_unmerging_an_automatic_merge_sticks_after_the_next_ingest(
    db: Path, tmp_path: Path
) -> None:
    with connect(db, read_only=True) as con:
        (merge_id,) = con.execute(
            "select merge_id from actor_merges where reason = 'surname'"
        ).fetchone()
    run("unmerge", str(merge_id), "--db", str(db))
    assert quote_actors(db)["Volkanov"] == "local:volkanov"
    extra = tmp_path / "in2" / "valley-news"
    extra.mkdir(parents=True)
    (extra / "e.txt").write_text(
        "Bridge repairs\n\nThe county will repair the old bridge over the river this summer.\n\n"
        "“The bridge is safe for cars until July,” said Ilse Brandt on Monday evening.\n",
        encoding="utf-8",
    )
    ingest_paths([extra], db)
    assert quote_actors(db)["Volkanov"] == "local:volkanov"  # the undone pair is not redone


def test_bad_merges_are_refused_with_a_reason(db: Path) -> None:
    runner = CliRunner()
    same = runner.invoke(cli, ["actors", "merge", "local:ilse-brandt", "local:ilse-brandt",
                               "--db", str(db)])  # fmt: skip
    assert same.exit_code == 1 and "into itself" in same.output
    missing = runner.invoke(
        cli, ["actors", "merge", "nobody", "local:ilse-brandt", "--db", str(db)]
    )
    assert missing.exit_code == 1 and "no actor 'nobody'" in missing.output
    unknown = runner.invoke(cli, ["actors", "show", "nobody", "--db", str(db)])
    assert unknown.exit_code == 1 and "no actor" in unknown.output
