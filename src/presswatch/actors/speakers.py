"""The actors of a batch's quoted speakers: registry actors, or local actors by name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from presswatch.actors.cluster import local_kind
from presswatch.actors.registry import Registry

if TYPE_CHECKING:
    from presswatch.analyze import Analysis

MAX_ALIAS = 120  # longer surface forms are not kept as aliases


def resolve_speakers(
    analyses: Sequence[Analysis], registry: Registry
) -> tuple[dict[str, str], list[dict]]:
    """Return speaker name -> actor id for the batch, and rows for actors not in the registry."""
    # A registry actor always wins; any other speaker gets the stable local id of its name. Local
    # actors are clustered across articles (and the merges logged) by ingest.finish_actors.
    actor_ids: dict[str, str] = {}
    local: dict[str, dict] = {}
    names: dict[str, tuple[str, str] | None] = {}  # resolve is a pure function of the name
    for analysis in analyses:
        for q in analysis.quotes:
            speaker = q.speaker
            if not speaker:
                continue
            resolved = names[speaker] if speaker in names else names.setdefault(
                speaker, registry.resolve(speaker)
            )  # fmt: skip
            if resolved is None:
                continue
            actor_id, actor_name = resolved
            actor_ids[speaker] = actor_id
            if not actor_id.startswith("local:"):
                continue
            row = local.get(actor_id)
            if row is None:  # the first name seen for the id names the actor
                row = local[actor_id] = {"actor_id": actor_id, "name": actor_name,
                                         "kind": local_kind(actor_name), "aliases": [],
                                         "origin": "local"}  # fmt: skip
            aliases = row["aliases"]
            for form in (speaker, q.speaker_surface):
                if form and len(form) <= MAX_ALIAS and form not in aliases:
                    aliases.append(form)
    return actor_ids, list(local.values())
