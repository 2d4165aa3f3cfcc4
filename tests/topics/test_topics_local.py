"""Local topic models: PRESSWATCH_TOPIC_MODEL, the shipped default, and missing model files."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import numpy as np
import pytest

from presswatch.topics import classify
from presswatch.topics.model import MODEL_PATH, TopicModel, get_model, model_files, model_path

ARTICLE = (
    "Shares in the regional bank fell sharply on Tuesday after it reported a quarterly loss and "
    "cut its dividend. Analysts said bad loans to property developers had risen, and investors "
    "worried that the lender would need to raise fresh capital from its shareholders soon."
)
WEATHER = "weather"


def _copy_model(folder: Path, skip: tuple[str, ...] = ()) -> Path:
    """Return a folder holding a copy of the shipped model's files, less the ones in `skip`."""
    folder.mkdir(parents=True, exist_ok=True)
    for src in model_files(MODEL_PATH):
        if src.name not in skip:
            shutil.copy(src, folder / src.name)
    return folder


def _push_bias(path: Path, index: int, amount: float) -> None:
    """Rewrite an npz file with `amount` added to one topic's bias."""
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["bias"] = arrays["bias"].copy()
    arrays["bias"][index] += amount
    np.savez_compressed(path, **arrays)


def _weather_model(folder: Path) -> Path:
    """Return a local model folder: the shipped model biased so every text comes out weather."""
    _copy_model(folder)
    index = TopicModel.load(MODEL_PATH).topics.index(WEATHER)
    _push_bias(folder / "model.npz", index, 40.0)
    _push_bias(folder / "model_short.npz", index, 40.0)
    return folder


def _ingest_labels(tmp_path: Path) -> list[str]:
    """Return the stored topic labels of one invented article ingested by the pipeline."""
    from presswatch.ingest import ingest_paths

    src = tmp_path / "in" / "tidewater-gazette"
    src.mkdir(parents=True)
    (src / "2026-11-20-bank-shares-fall.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    ingest_paths([src.parent], db)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select distinct label from topic_scores where unit_no = 0").fetchall()
    return [r[0] for r in rows]


def test_without_the_setting_the_shipped_model_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESSWATCH_TOPIC_MODEL", raising=False)
    from presswatch.settings import get_settings

    assert get_settings().topic_model is None
    assert model_path(None) == MODEL_PATH
    shipped = TopicModel.load(MODEL_PATH)
    assert np.array_equal(get_model().table, shipped.table)
    assert np.array_equal(get_model().short.table, shipped.short.table)
    assert classify([ARTICLE])[0].label == "economy, business and finance"


def test_the_pipeline_uses_the_model_the_setting_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = _weather_model(tmp_path / "local-model")
    monkeypatch.setenv("PRESSWATCH_TOPIC_MODEL", str(local))
    assert get_model().topics.index(WEATHER) == TopicModel.load(MODEL_PATH).topics.index(WEATHER)
    assert classify(["Striker scores twice in the cup final"])[0].label == WEATHER
    assert _ingest_labels(tmp_path / "with") == [WEATHER]
    monkeypatch.setenv("PRESSWATCH_TOPIC_MODEL", str(local / "model.npz"))  # the file works too
    assert classify([ARTICLE])[0].label == WEATHER
    monkeypatch.delenv("PRESSWATCH_TOPIC_MODEL")
    assert _ingest_labels(tmp_path / "without") == ["economy, business and finance"]


def test_a_setting_that_names_no_model_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESSWATCH_TOPIC_MODEL", str(tmp_path / "nowhere"))
    with pytest.raises(FileNotFoundError, match=r"PRESSWATCH_TOPIC_MODEL=.*nowhere.*model\.npz"):
        classify(["Striker scores twice in the cup final"])


@pytest.mark.parametrize("missing", ["model_short.npz", "model_short_ngram.npz", "model_norm.npz"])
def test_a_missing_model_file_is_an_error_naming_it(tmp_path: Path, missing: str) -> None:
    folder = _copy_model(tmp_path / "partial", skip=(missing,))
    with pytest.raises(FileNotFoundError, match=f"missing .*{missing}"):
        TopicModel.load(folder / "model.npz")


def _ingest_two(tmp_path: Path, db: Path) -> list[str]:
    """Return the stored topic labels of two invented articles ingested by two workers."""
    from presswatch.ingest import ingest_paths

    src = tmp_path / "in" / "tidewater-gazette"
    src.mkdir(parents=True)
    for day in (20, 21):
        text = ARTICLE.replace("Tuesday", f"the {day}th")
        (src / f"2026-11-{day}-bank-shares-fall.txt").write_text(text, encoding="utf-8")
    stats = ingest_paths([src.parent], db, batch_size=1, workers=2)
    assert stats.new == 2
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select distinct doc_id, label from topic_scores where unit_no = 0")
        return [label for _, label in sorted(rows.fetchall())]


def test_workers_use_the_model_set_after_their_server_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Worker processes score with the model this process resolves, not their frozen env."""
    import multiprocessing.forkserver

    monkeypatch.delenv("PRESSWATCH_TOPIC_MODEL", raising=False)
    db = tmp_path / "w.duckdb"
    assert _ingest_two(tmp_path / "first", db) == ["economy, business and finance"] * 2
    assert multiprocessing.forkserver._forkserver._forkserver_pid  # started without the setting
    monkeypatch.setenv("PRESSWATCH_TOPIC_MODEL", str(_weather_model(tmp_path / "local")))
    assert _ingest_two(tmp_path / "second", tmp_path / "v.duckdb") == [WEATHER] * 2


def test_a_bad_model_path_fails_a_parallel_ingest_before_any_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESSWATCH_TOPIC_MODEL", str(tmp_path / "nowhere"))
    db = tmp_path / "w.duckdb"
    with pytest.raises(FileNotFoundError, match=r"PRESSWATCH_TOPIC_MODEL=.*nowhere"):
        _ingest_two(tmp_path, db)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from documents").fetchone() == (0,)


def test_an_unrelated_malformed_setting_does_not_break_classify(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PRESSWATCH_TOPIC_MODEL", raising=False)
    monkeypatch.setenv("PRESSWATCH_BATCH_SIZE", "abc")
    assert classify([ARTICLE])[0].label == "economy, business and finance"
