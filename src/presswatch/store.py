"""Store new documents without analysing them; the analyze step picks them up later."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from presswatch.actors import load_registry
from presswatch.db import connect
from presswatch.db.lock import writer_lock
from presswatch.ingest import IngestStats, ingest_paths, sync_registry


def store_paths(
    paths: Sequence[Path | str],
    db: Path,
    batch_size: int = 500,
    outlet_names: Mapping[str, str] | None = None,
    registries: Sequence[Path | str] = (),
    http: Mapping[str, Any] | None = None,
) -> IngestStats:
    """Store the new documents of files, folders and URLs batch by batch; return the counts."""
    regs = [Path(r) for r in registries]
    client = None
    if http:
        from presswatch.sources.http import HttpClient

        client = HttpClient(**http)  # the sources file's [http] settings
    return ingest_paths(
        list(paths), Path(db), regs, batch_size, outlet_names, client, analyze=False
    )


def sync_registries(db: Path, registries: Sequence[Path | str]) -> int:
    """Write the shipped and extra registries' actors to the warehouse; return the actor count."""
    registry = load_registry([Path(r) for r in registries])
    with writer_lock(db), connect(db) as con:
        sync_registry(con, registry)
    return len(registry.actors())
