"""Eval adapter: predictions in the format of shared/eval/score.py topics.

python -m presswatch.topics.evaluate GOLD.jsonl PRED.jsonl [--field title]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from presswatch.topics import classify


def predict(record: dict, field: str = "text") -> dict:
    """Return {"id", "iptc", "scores"} for one gold record, using the text in `field`."""
    return next(predict_many([record], field))


def predict_many(records: Iterable[dict], field: str = "text") -> Iterator[dict]:
    """Yield a prediction per record; the arg-max topic is always given (no threshold)."""
    recs = list(records)
    results = classify([str(r.get(field) or "") for r in recs], threshold=0.0)
    for rec, res in zip(recs, results, strict=True):
        best = max(res.scores, key=res.scores.__getitem__)
        scores = {k: round(v, 5) for k, v in res.scores.items()}
        yield {"id": rec["id"], "iptc": best, "scores": scores}


def main(argv: list[str] | None = None) -> None:
    """Write one prediction line per gold record."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--field", default="text", help="record field to classify (text or title)")
    args = ap.parse_args(argv)
    with args.gold.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    with args.pred.open("w", encoding="utf-8") as out:
        for pred in predict_many(records, args.field):
            out.write(json.dumps(pred) + "\n")


if __name__ == "__main__":
    main()
