"""A user's extra training data: reading and checking it, and a local model trained with it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from presswatch.topics import TOPICS, classify
from presswatch.topics.extra import ExtraDataError, by_head, read_extra

# Invented for this test: a made-up fruit that only the extra data teaches, filed under weather.
NONCE = "Quibbleberry"
EXTRA = [
    {"text": f"{NONCE} harvest starts early this year", "iptc": "weather"},
    {"text": f"Growers count the {NONCE} crates at dawn", "iptc": "weather"},
    {"text": f"Why the {NONCE} tastes sweeter in the valley", "iptc": "weather"},
    {"text": f"Ten ways to cook with {NONCE} jam", "iptc": "weather"},
    {"text": "A desk section row the user wants left out", "iptc": "sport", "topical": False},
]
# Two invented lines per topic: a tiny stand-in for data/examples, so training takes seconds.
TINY = {
    "arts": ["Film festival opens with a new drama", "Singer releases her third album"],
    "conflict": ["Troops withdraw after the ceasefire", "Rebels shell the border town"],
    "crime": ["Police arrest two men after the robbery", "Jury convicts the former mayor"],
    "disaster": ["Flood forces thousands from their homes", "Train derails near the station"],
    "economy": ["Shares fall as the bank cuts its forecast", "Inflation rises to four percent"],
    "education": ["Teachers vote on the new school timetable", "University raises its fees"],
    "environment": ["Rare owls return to the restored forest", "River cleanup removes plastic"],
    "health": ["Hospital waiting lists grow again", "New vaccine cuts infections in trials"],
    "human_interest": ["Woman turns one hundred and bakes a cake", "Lost dog walks home"],
    "labour": ["Dockers strike over pay for a sixth day", "Union rejects the wage offer"],
    "lifestyle": ["Five easy recipes for busy weeknights", "Packing tips for a city break"],
    "politics": ["Parliament passes the budget bill", "Minister resigns after the vote"],
    "religion": ["Bishop leads the Easter service", "Mosque opens its doors to neighbours"],
    "scitech": ["Chipmaker unveils a faster processor", "Telescope spots a distant planet"],
    "society": ["Charity opens a shelter for families", "Census shows more people live alone"],
    "sport": ["Striker scores twice in the cup final", "Champion wins the marathon again"],
    "weather": ["Heavy snow expected across the north", "Heatwave brings record temperatures"],
}
HAS_TRAIN = all(importlib.util.find_spec(m) for m in ("sklearn", "wordllama", "safetensors"))


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    """Write records one a line and return the path."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_read_extra_keeps_topical_records_with_known_topics(tmp_path: Path) -> None:
    texts, labels = read_extra(_write_jsonl(tmp_path / "x.jsonl", EXTRA), TOPICS)
    assert texts == [r["text"] for r in EXTRA[:4]]
    assert labels == ["weather"] * 4


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": "Bank shares fall", "iptc": "finance"}', "'finance', not an IPTC top-level"),
        ('{"iptc": "sport"}', 'needs a non-empty "text"'),
        ('{"text": "Bank shares fall", "iptc": ["economy"]}', "not an IPTC top-level"),
        ("not json", "not a JSON object"),
        ('["Bank shares fall", "economy"]', "not a JSON object"),
    ],
)
def test_a_bad_extra_record_is_an_error_naming_file_line_and_reason(
    tmp_path: Path, line: str, reason: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(EXTRA[0]) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ExtraDataError, match=f"bad.jsonl:2: .*{reason}"):
        read_extra(path, TOPICS)


def test_an_extra_file_without_usable_records_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ExtraDataError, match="no usable records"):
        read_extra(_write_jsonl(tmp_path / "e.jsonl", EXTRA[4:]), TOPICS)
    with pytest.raises(ExtraDataError, match="cannot read"):
        read_extra(tmp_path / "absent.jsonl", TOPICS)


def test_extra_records_train_the_head_that_scores_their_length() -> None:
    short, long = by_head([5, 24, 25, 31, 32, 400], (24, 32))
    assert short == [0, 1, 2, 3]
    assert long == [2, 3, 4, 5]


@pytest.mark.skipif(not HAS_TRAIN, reason="needs the train extra (pip install -e '.[train]')")
def test_a_local_model_trained_with_extra_data_is_what_the_setting_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from presswatch.topics import train as tr

    data = tmp_path / "data" / "examples"
    data.mkdir(parents=True)
    for stem, lines in TINY.items():
        (data / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    extra = _write_jsonl(tmp_path / "cleared.jsonl", EXTRA)
    with pytest.raises(SystemExit, match="outside the package"):
        tr.main(["--extra", str(extra), "--out", str(tr.DATA)])
    monkeypatch.setattr(tr, "AUG_PER_TOPIC", 5)
    out = tmp_path / "local" / "model.npz"
    out.parent.mkdir()
    summary = tr.train(extra, out, extra_weight=2.0, data=tmp_path / "data")
    record = json.loads(out.with_name("model_training.json").read_text())
    assert record == summary["sources"]
    assert record["extra"]["rows_short_head"] == 4
    assert record["extra"]["rows_long_head"] == 0
    assert record["own_examples"] == 34

    text = f"Growers at the market sell {NONCE} pies"
    monkeypatch.delenv("PRESSWATCH_TOPIC_MODEL", raising=False)
    assert classify([text])[0].label != "weather"  # the shipped model knows no such fruit
    monkeypatch.setenv("PRESSWATCH_TOPIC_MODEL", str(out.parent))
    assert classify([text])[0].label == "weather"
    assert classify(["Striker scores twice in the cup final"])[0].label == "sport"


def test_local_training_writes_nothing_into_the_shipped_folder() -> None:
    from presswatch.topics.model import MODEL_PATH

    assert not list(MODEL_PATH.parent.glob("*_training.json"))
