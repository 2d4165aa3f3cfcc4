"""Read the outlet memory (recurring short lines of each outlet) from the stored articles."""

from __future__ import annotations

import duckdb

from presswatch.segment.furniture import OutletMemory, outlet_memory
from presswatch.sources.base import HTML_KINDS

MEMORY_WINDOW = 50  # stored articles per outlet that the memory counts: its latest ones
MEMORY_SCAN = 20_000  # looked for among this many most recently analysed articles

# The latest flattened-text articles of each outlet (HTML pages are labelled by their DOM). The
# scan is bounded so that a large warehouse costs the same: articles are appended as they are
# analysed, so the filter on analyzed_at lets DuckDB skip the older row groups of the texts
# (1M stored articles: 0.2 s and no extra memory, against 2.7 s and 0.9 GB for a full scan).
RECENT_TEXTS = """
with latest as (
    select doc_id, analyzed_at from articles order by analyzed_at desc, doc_id limit $scan
), recent as (
    select d.outlet, d.doc_id
    from latest l join documents d using (doc_id)
    where d.source_kind not in (select unnest($html))
    qualify row_number() over (
        partition by d.outlet order by l.analyzed_at desc, d.doc_id
    ) <= $window
)
select r.outlet, r.doc_id, a.text
from recent r join articles a using (doc_id)
where a.analyzed_at >= (select min(analyzed_at) from latest)
order by r.outlet, r.doc_id
"""


def load_outlet_memory(
    con: duckdb.DuckDBPyConnection, window: int = MEMORY_WINDOW, scan: int = MEMORY_SCAN
) -> OutletMemory:
    """Return the line counts of each outlet's latest stored flattened-text articles."""
    params = {"html": sorted(HTML_KINDS), "window": window, "scan": scan}
    return outlet_memory(con.execute(RECENT_TEXTS, params).fetchall())
