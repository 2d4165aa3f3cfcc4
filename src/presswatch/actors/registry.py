"""Actor registry: known people and organisations, and alias resolution to stable ids."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from presswatch.actors.names import description, joint_names, name_words, normalise, slug

HEADER = ["actor_id", "name", "kind", "qid", "aliases", "role", "affiliation"]
_MISSING = object()
RESOLVED_MAX = 100_000  # names whose resolution a registry keeps (speakers repeat across batches)
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
# 'al-Sadr', "d'Estaing": a name when the part before the mark is a particle
_PARTICLE_CAP = re.compile(r"^(\w+)[-'’][A-Z]")


@dataclass(frozen=True)
class Actor:
    """One known actor (person or organisation) with its aliases."""

    actor_id: str
    name: str
    kind: str
    qid: str | None
    aliases: tuple[str, ...]
    role: str | None
    affiliation: str | None


def read_actors(text: str, where: str = "actors.csv") -> list[Actor]:
    """Return the actors of a registry CSV text (header checked)."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [c.strip() for c in rows[0]] != HEADER:
        raise ValueError(f"{where}: header must be {','.join(HEADER)}")
    actors = []
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        row = (row + [""] * len(HEADER))[: len(HEADER)]
        aid, name, kind, qid, aliases, role, affiliation = (c.strip() for c in row)
        if kind not in ("person", "organisation"):
            raise ValueError(f"{where}: actor {aid!r} has kind {kind!r}")
        alias_list = tuple(a.strip() for a in aliases.split("|") if a.strip())
        actors.append(
            Actor(aid, name, kind, qid or None, alias_list, role or None, affiliation or None)
        )
    return actors


class Registry:
    """Resolves names to (actor_id, canonical name) through aliases and unique surnames."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self._by_id: dict[str, Actor] = {}
        self._alias: dict[str, str] = {}
        surnames: dict[str, set[str]] = {}
        for actor in actors:
            self._by_id[actor.actor_id] = actor
            for form in (actor.name, *actor.aliases):
                self._alias.setdefault(normalise(form), actor.actor_id)
            words = name_words(actor.name)
            if actor.kind == "person" and len(words) > 1:
                surnames.setdefault(words[-1], set()).add(actor.actor_id)
        self._surname = {s: next(iter(ids)) for s, ids in surnames.items() if len(ids) == 1}
        self._resolved: dict[str, tuple[str, str] | None] = {}

    def actors(self) -> tuple[Actor, ...]:
        """Return all actors of the registry, in file order."""
        return tuple(self._by_id.values())

    def get(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None."""
        return self._by_id.get(actor_id)

    def lookup(self, name: str | None) -> Actor | None:
        """Return the registry actor a name refers to (alias, then unique surname), or None."""
        if not name or not name.strip():
            return None
        if joint_names(name):  # a joint speaker is none of its people, by alias or surname
            return None
        if description(name):  # 'a spokeswoman for Trump' is no one, not Trump ('a for trump')
            return None
        key = normalise(name)
        aid = self._alias.get(key)
        if aid is None:
            words = key.split()
            if words and (len(words) == 1 or words[-1] in self._surname):
                candidate = self._surname.get(words[-1])
                # a two-word name only matches when its first name does not contradict the actor's
                if candidate and (len(words) == 1 or self._first_ok(words, candidate)):
                    aid = candidate
        return self._by_id.get(aid) if aid else None

    def _first_ok(self, words: list[str], aid: str) -> bool:
        forms = (self._by_id[aid].name, *self._by_id[aid].aliases)
        firsts = {name_words(f)[0] for f in forms if len(name_words(f)) > 1}
        return words[0] in firsts or len(words[0]) == 1

    def resolve(self, name: str | None) -> tuple[str, str] | None:
        """Return (actor_id, canonical name); unknown names get ('local:<slug>', name)."""
        if not name:
            return None
        hit = self._resolved.get(name, _MISSING)
        if hit is not _MISSING:
            return hit  # type: ignore[return-value]
        if len(self._resolved) >= RESOLVED_MAX:
            self._resolved.clear()
        found = self._resolve(name)
        self._resolved[name] = found
        return found

    def _resolve(self, name: str) -> tuple[str, str] | None:
        if not name.strip():
            return None
        actor = self.lookup(name)
        if actor:
            return actor.actor_id, actor.name
        if not named(name) or description(name):  # 'the agency', 'an aide to Ana Ruiz': no one
            return None
        return f"local:{slug(name)}", name.strip()


def named(name: str) -> bool:
    """Return True when a speaker holds a capitalised word that is not a pronoun."""
    # a capitalised pronoun ("He", "They") names no one either
    pronouns = _quote_words()[0]
    return any(_capital(w) and w.lower() not in pronouns for w in _WORD.findall(name))


@cache
def _quote_words() -> tuple[frozenset[str], frozenset[str]]:
    """Return the quote rules' pronouns and name particles ('al', 'bin', 'van', …)."""
    from presswatch.quotes.lexicon import lexicon

    return frozenset(lexicon().pronouns), lexicon().sets["particles"]


def _capital(word: str) -> bool:
    """Return True for a word that is capitalised, after a particle ('al-Sadr'), or caseless."""
    first = word[0]
    if first.isupper():
        return True
    particle = _PARTICLE_CAP.match(word)
    if particle and particle.group(1).lower() in _quote_words()[1]:
        return True
    return first.isalpha() and not first.islower()  # a script without case (Chinese, Arabic)


def load_registry(extra: Iterable[Path] = ()) -> Registry:
    """Return a registry of the shipped actors.csv plus extra CSV files of the same format."""
    actors = list(_shipped())
    for path in extra:
        actors.extend(read_actors(Path(path).read_text(encoding="utf-8"), str(path)))
    return Registry(actors)


@cache
def _shipped() -> tuple[Actor, ...]:
    text = files("presswatch.rules.actors").joinpath("actors.csv").read_text(encoding="utf-8")
    return tuple(read_actors(text))


@cache
def default_registry() -> Registry:
    """Return the registry of the shipped actors only (cached)."""
    return Registry(_shipped())
