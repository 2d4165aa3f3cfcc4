"""The coverage ledger: per source and day, what failed or was quarantined, and which days are
complete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import duckdb

from presswatch.sources.base import Rejected


def event_rows(
    rejected: Sequence[Rejected], source_of: Mapping[str, str], at: datetime
) -> list[dict[str, Any]]:
    """Return coverage_events rows: one per failed fetch or quarantined input, on the run's day."""
    return [
        {
            "recorded_at": at,
            "source": r.source or source_of.get(r.origin) or r.origin,
            "day": at.date(),
            "outcome": "failed" if r.failed else "quarantined",
            "origin": r.origin,
            "reason": r.reason,
            "detail": r.detail[:500],
        }
        for r in rejected
    ]


def complete_days(con: duckdb.DuckDBPyConnection, source: str | None = None) -> list[date]:
    """Return the days on which every source (or the given one) is complete."""
    rows = con.execute(
        "select day from fct_coverage_daily where $source is null or source = $source "
        "group by day having bool_and(complete) order by day",
        {"source": source},
    ).fetchall()
    return [row[0] for row in rows]
