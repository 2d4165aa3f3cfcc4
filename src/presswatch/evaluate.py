"""`presswatch eval`: predictions over a gold file in the format of shared/eval, then its scorer."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from presswatch.resources import project_root

TASKS = ("quotes", "segments", "topics")


def read_gold(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a gold JSONL file."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc


def predict_quotes(record: dict[str, Any]) -> dict[str, Any]:
    """Return the quotes prediction record for one gold article."""
    from presswatch.quotes import extract_quotes

    quotes = extract_quotes(record["text"])
    return {
        "id": record["id"],
        "quotes": [
            {"start": q.start, "end": q.end, "quote": q.text,
             "speaker": q.speaker or q.speaker_surface, "kind": q.kind}
            for q in quotes
        ],
    }  # fmt: skip


def predict_segments(record: dict[str, Any], html_dir: Path) -> dict[str, Any]:
    """Return the segments prediction: junk spans for text gold, the body for HTML gold."""
    from presswatch.segment.evaluate import predict_html, predict_text

    if "text" in record:
        return predict_text(record)
    page = html_dir / f"{record['id']}.html.gz"
    with gzip.open(page, "rb") as handle:
        raw = handle.read()
    from presswatch.sources.decode import decode

    html, _ = decode(raw, html=True)
    return predict_html(record, html)


def predict_topics(record: dict[str, Any], field: str) -> dict[str, Any]:
    """Return the topic prediction (arg-max IPTC topic and scores) for one gold record."""
    from presswatch.topics.evaluate import predict

    return predict(record, field)


def write_predictions(
    task: str, gold: Path, out: Path, field: str = "text", html_dir: Path | None = None
) -> int:
    """Write one prediction per gold record to out; return the number written."""
    if task not in TASKS:
        raise ValueError(f"unknown eval task {task!r}; choose one of {', '.join(TASKS)}")
    html_dir = html_dir or gold.parent / "html"
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in read_gold(gold):
            if task == "quotes":
                pred = predict_quotes(record)
            elif task == "segments":
                pred = predict_segments(record, html_dir)
            else:
                pred = predict_topics(record, field)
            handle.write(json.dumps(pred, ensure_ascii=False) + "\n")
            count += 1
    return count


def default_scorer() -> Path | None:
    """Return ../shared/eval/score.py beside the project (or the current folder), if present."""
    for base in (project_root(), Path.cwd()):
        candidate = base.parent / "shared" / "eval" / "score.py"
        if candidate.is_file():
            return candidate
    return None


def run_scorer(
    scorer: Path, task: str, gold: Path, pred: Path, extra: list[str]
) -> subprocess.CompletedProcess[str]:
    """Run the reference scorer and return its completed process (stdout holds the result)."""
    cmd = [sys.executable, str(scorer), task, "--gold", str(gold), "--pred", str(pred), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)
