"""Actor merges in the warehouse: apply, log and undo them (the caller owns the transaction)."""

from __future__ import annotations

import duckdb

from presswatch.actors.cluster import LocalActor, plan_merges


class MergeError(ValueError):
    """A merge or unmerge that cannot be done, with the reason."""


def _exists(con: duckdb.DuckDBPyConnection, actor_id: str) -> bool:
    row = con.execute("select 1 from actors where actor_id = $a", {"a": actor_id}).fetchone()
    return row is not None


def merged_into(con: duckdb.DuckDBPyConnection, actor_id: str) -> int | None:
    """Return the id of the merge in force that moved this actor away, else None."""
    row = con.execute(
        "select merge_id from actor_merges where from_actor_id = $a and undone_at is null",
        {"a": actor_id},
    ).fetchone()
    return row[0] if row else None


def merge(
    con: duckdb.DuckDBPyConnection, from_id: str, into_id: str, reason: str, method: str
) -> int:
    """Merge actor from_id into into_id: log it, re-point its quotes; return the merge id."""
    if from_id == into_id:
        raise MergeError(f"cannot merge actor {from_id!r} into itself")
    for actor_id in (from_id, into_id):
        if not _exists(con, actor_id):
            raise MergeError(f"no actor {actor_id!r}")
        done = merged_into(con, actor_id)
        if done is not None:
            raise MergeError(f"actor {actor_id!r} is already merged away (merge {done})")
    merge_id = con.execute(
        "insert into actor_merges (from_actor_id, into_actor_id, reason, method, created_at) "
        "values ($f, $i, $r, $m, now()::timestamp) returning merge_id",
        {"f": from_id, "i": into_id, "r": reason, "m": method},
    ).fetchone()[0]
    _move(con, merge_id, from_id, into_id)
    return merge_id


def _move(con: duckdb.DuckDBPyConnection, merge_id: int, from_id: str, into_id: str) -> int:
    """Re-point from_id's quotes to into_id, recording them under merge_id; return how many."""
    n = con.execute(
        "insert or replace into actor_merge_quotes select $id, doc_id, quote_no, speaker "
        "from quotes where actor_id = $f",
        {"id": merge_id, "f": from_id},
    ).fetchone()[0]
    con.execute("update quotes set actor_id = $i where actor_id = $f", {"f": from_id, "i": into_id})
    return n


def unmerge(con: duckdb.DuckDBPyConnection, merge_id: int) -> tuple[str, str, int]:
    """Undo a merge exactly; return (from actor, into actor, quotes moved back)."""
    row = con.execute(
        "select from_actor_id, into_actor_id, undone_at from actor_merges where merge_id = $m",
        {"m": merge_id},
    ).fetchone()
    if row is None:
        raise MergeError(f"no merge {merge_id}")
    from_id, into_id, undone = row
    if undone is not None:
        raise MergeError(f"merge {merge_id} was already undone at {undone}")
    later = merged_into(con, into_id)
    if later is not None:
        raise MergeError(f"actor {into_id!r} was merged on (merge {later}): undo that first")
    moved = con.execute(
        "update quotes set actor_id = $f where actor_id = $i and exists (select 1 from "
        "actor_merge_quotes x where x.merge_id = $m and x.doc_id = quotes.doc_id "
        "and x.quote_no = quotes.quote_no and x.speaker is not distinct from quotes.speaker)",
        {"f": from_id, "i": into_id, "m": merge_id},
    ).fetchone()[0]
    con.execute(
        "update actor_merges set undone_at = now()::timestamp where merge_id = $m", {"m": merge_id}
    )
    return from_id, into_id, moved


def apply_merges(con: duckdb.DuckDBPyConnection) -> int:
    """Move quotes that point at merged-away actors (new or re-analysed articles) to their
    targets, following chains; return how many quotes moved."""
    total = 0
    for _ in range(20):  # a chain of merges is followed one link per round
        active = con.execute(
            "select merge_id, from_actor_id, into_actor_id from actor_merges m "
            "where undone_at is null and exists "
            "(select 1 from quotes q where q.actor_id = m.from_actor_id)"
        ).fetchall()
        if not active:
            break
        total += sum(_move(con, mid, f, i) for mid, f, i in active)
    return total


def cluster_local(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Merge local actors whose names cluster (see plan_merges); return the new merge ids."""
    rows = con.execute(
        "select a.actor_id, a.name, "
        "(select count(*) from quotes q where q.actor_id = a.actor_id), "
        "exists (select 1 from actor_merges m where m.into_actor_id = a.actor_id "
        "and m.undone_at is null) "
        "from actors a where a.origin = 'local' and coalesce(a.kind, 'person') = 'person' "
        "and not exists "
        "(select 1 from actor_merges m where m.from_actor_id = a.actor_id and m.undone_at is null) "
        "order by a.actor_id"
    ).fetchall()
    blocked = con.execute(
        "select from_actor_id, into_actor_id from actor_merges where undone_at is not null"
    ).fetchall()
    actors = [LocalActor(aid, name, n, pinned) for aid, name, n, pinned in rows]
    ids = []
    for planned in plan_merges(actors, blocked):
        if merged_into(con, planned.into_id) is None and merged_into(con, planned.from_id) is None:
            ids.append(merge(con, planned.from_id, planned.into_id, planned.reason, "auto"))
    return ids
