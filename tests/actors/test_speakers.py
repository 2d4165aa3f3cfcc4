"""A batch's speakers resolved to actors: the registry's, or local ones with their aliases."""

from __future__ import annotations

from presswatch.actors import load_registry
from presswatch.actors.speakers import resolve_speakers
from presswatch.analyze import Analysis
from presswatch.parse import Article, parse
from presswatch.records import Quote
from presswatch.sources.base import RawDocument


def _analysis(quotes: list[Quote]) -> Analysis:
    article = parse(RawDocument("x/a.txt", "txt", b"Title\nBody.", "Gazette"))
    assert isinstance(article, Article)
    return Analysis(article, [], quotes, [])


def _quote(speaker: str | None, surface: str | None = None) -> Quote:
    return Quote(0, 1, "x", "direct", speaker, speaker_surface=surface)


def test_local_speakers_get_one_row_with_their_aliases_once() -> None:
    registry = load_registry()
    long = "Ilse " + "B" * 130
    batch = [
        _analysis([_quote("Ilse Brandt", "Brandt"), _quote(None, "he"), _quote("Ilse Brandt")]),
        _analysis([_quote("Ilse Brandt", "she"), _quote("the River Council"), _quote(long)]),
    ]
    ids, rows = resolve_speakers(batch, registry)
    assert set(ids) == {"Ilse Brandt", "the River Council", long}
    brandt = next(r for r in rows if r["name"] == "Ilse Brandt")
    assert brandt["aliases"] == ["Ilse Brandt", "Brandt", "she"]
    assert brandt["kind"] == "person" and brandt["origin"] == "local"
    assert ids["Ilse Brandt"] == brandt["actor_id"] and brandt["actor_id"].startswith("local:")
    council = next(r for r in rows if r["name"] == "the River Council")
    assert council["kind"] == "organisation"
    assert next(r for r in rows if r["actor_id"] == ids[long])["aliases"] == []  # too long


def test_a_registry_actor_gets_no_local_row() -> None:
    registry = load_registry()
    actor = next(iter(registry.actors()))
    ids, rows = resolve_speakers([_analysis([_quote(actor.name)])], registry)
    assert ids == {actor.name: actor.actor_id} and rows == []
