"""`presswatch actors`: list, show, merge and unmerge actors."""

from __future__ import annotations

from pathlib import Path

import click

from presswatch.commands.options import db_option

_LIST = """
select a.actor_id, a.name, a.kind, count(q.quote_no) as quotes
from actors a left join quotes q on q.actor_id = a.actor_id
where not exists (select 1 from actor_merges m
                  where m.from_actor_id = a.actor_id and m.undone_at is null)
  and ($search is null
       or concat_ws('|', a.actor_id, a.name, array_to_string(a.aliases, '|'))
          ilike '%' || $search || '%'
       or exists (select 1 from actor_merges m join actors f on f.actor_id = m.from_actor_id
                  where m.into_actor_id = a.actor_id and m.undone_at is null
                    and f.name ilike '%' || $search || '%'))
group by all
order by quotes desc, a.actor_id
limit $limit
"""
_LATEST = """
select q.kind, coalesce(d.outlet, ''), cast(d.published_utc as date), q.speaker_surface, q.text
from quotes q join documents d using (doc_id)
where q.actor_id = $a
order by d.published_utc desc nulls last, q.doc_id, q.quote_no
limit $n
"""


def _open(db: Path):
    """Return a read-only connection, migrating first if the merge log does not exist yet."""
    from presswatch.db import connect

    con = connect(db, read_only=True)
    if con.execute(
        "select count(*) from information_schema.tables where table_name = 'actor_merges'"
    ).fetchone()[0]:
        return con
    con.close()
    connect(db).close()  # a writable open applies the pending migrations
    return connect(db, read_only=True)


@click.group()
def actors() -> None:
    """List, inspect, merge and unmerge the actors that quotes are attributed to."""


@actors.command("list")
@db_option
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1))
@click.option("--search", default=None, help="Only actors whose name, id or alias contains this.")
def list_actors(db: Path, limit: int, search: str | None) -> None:
    """List actors (merged-away ones hidden) with their quote counts, most quoted first."""
    with _open(db) as con:
        rows = con.execute(_LIST, {"search": search, "limit": limit}).fetchall()
    click.echo("actor_id\tname\tkind\tquotes")
    for actor_id, name, kind, quotes in rows:
        click.echo(f"{actor_id}\t{name}\t{kind or ''}\t{quotes}")


@actors.command("show")
@click.argument("actor")
@db_option
@click.option("--quotes", "n_quotes", default=5, show_default=True, type=click.IntRange(0))
def show(actor: str, db: Path, n_quotes: int) -> None:
    """Show an actor (by id or exact name): aliases, role, quote counts and latest quotes."""
    with _open(db) as con:
        row = con.execute(
            "select actor_id, name, kind, qid, aliases, role, affiliation, origin from actors "
            "where actor_id = $a or lower(name) = lower($a) order by actor_id = $a desc limit 1",
            {"a": actor},
        ).fetchone()
        if row is None:
            raise click.ClickException(f"no actor {actor!r} (see `presswatch actors list`)")
        actor_id, name, kind, qid, aliases, role, affiliation, origin = row
        seen = con.execute(
            "select distinct x from (select speaker as x from quotes where actor_id = $a "
            "union all select speaker_surface from quotes where actor_id = $a) "
            "where x is not null order by x",
            {"a": actor_id},
        ).fetchall()
        kinds = con.execute(
            "select kind, count(*) from quotes where actor_id = $a group by kind order by kind",
            {"a": actor_id},
        ).fetchall()
        merges = con.execute(
            "select merge_id, from_actor_id, into_actor_id, reason from actor_merges "
            "where undone_at is null and $a in (from_actor_id, into_actor_id) order by merge_id",
            {"a": actor_id},
        ).fetchall()
        latest = con.execute(_LATEST, {"a": actor_id, "n": n_quotes}).fetchall()
    forms = sorted({*(aliases or []), *(s for (s,) in seen)})
    click.echo(f"actor: {actor_id}\nname: {name}\nkind: {kind or ''}\norigin: {origin}")
    click.echo(f"qid: {qid or ''}\nrole: {role or ''}\naffiliation: {affiliation or ''}")
    click.echo(f"aliases: {' | '.join(forms)}")
    click.echo("quotes: " + (", ".join(f"{k} {n}" for k, n in kinds) or "none"))
    for merge_id, from_id, into_id, reason in merges:
        click.echo(f"merge {merge_id}: {from_id} -> {into_id} ({reason})")
    for kind_, outlet, day, surface, text in latest:
        short = text if len(text) <= 100 else text[:97] + "..."
        click.echo(f"  [{day or '?'} {outlet}] ({kind_}, as {surface or '?'}) {short}")


@actors.command("merge")
@click.argument("from_actor")
@click.argument("into_actor")
@db_option
def merge(from_actor: str, into_actor: str, db: Path) -> None:
    """Merge FROM_ACTOR into INTO_ACTOR: its quotes move, and the merge is logged."""
    from presswatch.actors.store import MergeError
    from presswatch.actors.store import merge as do_merge
    from presswatch.db import connect
    from presswatch.db.models import rebuilt

    try:
        with connect(db) as con, rebuilt(con):  # the models show the merge once it commits
            merge_id = do_merge(con, from_actor, into_actor, "manual", "manual")
            moved = con.execute(
                "select count(*) from actor_merge_quotes where merge_id = $m", {"m": merge_id}
            ).fetchone()[0]
    except MergeError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"merge {merge_id}: {from_actor} -> {into_actor}, {moved} quotes moved")


@actors.command("unmerge")
@click.argument("merge_id", type=int)
@db_option
def unmerge(merge_id: int, db: Path) -> None:
    """Undo merge MERGE_ID exactly: the quotes it moved go back to the original actor."""
    from presswatch.actors.store import MergeError
    from presswatch.actors.store import unmerge as do_unmerge
    from presswatch.db import connect
    from presswatch.db.models import rebuilt

    try:
        with connect(db) as con, rebuilt(con):  # the models show the unmerge once it commits
            from_id, into_id, moved = do_unmerge(con, merge_id)
    except MergeError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"unmerged {merge_id}: {moved} quotes back from {into_id} to {from_id}")
