"""Cross-article clustering of speaker names that are not in the registry."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

from presswatch.actors.names import (
    description,
    fold_key,
    fold_word,
    joint_names,
    name_words,
    normalise,
)


@dataclass(frozen=True, slots=True)
class LocalActor:
    """An actor created for an unknown speaker: id, name, quote count, and whether it is a
    merge target already (kept as the canonical actor so ids do not churn)."""

    actor_id: str
    name: str
    quotes: int = 0
    pinned: bool = False


@dataclass(frozen=True, slots=True)
class PlannedMerge:
    """A merge of one actor into another, with the rule that justified it."""

    from_id: str
    into_id: str
    reason: str  # spelling | transliteration | initial | surname


@cache
def _given_classes() -> dict[str, str]:
    text = files("presswatch.rules.actors").joinpath("given_names.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            forms = [fold_word(w) for w in line.split("\t") if w.strip()]
            for form in forms:
                out.setdefault(form, forms[0])
    return out


def given_key(word: str) -> str:
    """Return the key of a given name: its transliteration class, else its folded form."""
    folded = fold_word(word)
    return _given_classes().get(folded, folded)


def _is_person_name(name: str) -> bool:
    words = name.split()
    starts = words[0].lower() not in ("the", "a", "an") if words else False
    return starts and not description(name) and not joint_names(name)


def plan_merges(
    actors: Sequence[LocalActor], blocked: Iterable[tuple[str, str]] = ()
) -> list[PlannedMerge]:
    """Return the merges that cluster local actors by name, skipping blocked (from, into) pairs."""
    # Full names with equal surname keys merge when their given names are equal after folding or in
    # one transliteration class; 'D. Roe' joins the one full name with that surname and initial; a
    # bare surname joins the one full-name cluster with that surname. Ambiguity means no merge.
    blocked = set(blocked)
    rank = {a.actor_id: (not a.pinned, -a.quotes, -len(a.name), a.actor_id) for a in actors}
    groups: dict[tuple[str, str], list[LocalActor]] = {}
    singles: list[LocalActor] = []
    initials: list[tuple[LocalActor, str, str]] = []
    for actor in actors:
        if not _is_person_name(actor.name):
            continue
        words = name_words(actor.name)
        if len(words) == 1:
            singles.append(actor)
        elif len(words[0]) == 1:
            initials.append((actor, words[0], fold_word(words[-1])))
        else:
            groups.setdefault((given_key(words[0]), fold_word(words[-1])), []).append(actor)
    merges: list[PlannedMerge] = []
    heads: dict[tuple[str, str], LocalActor] = {}
    for key, members in groups.items():
        members.sort(key=lambda a: rank[a.actor_id])
        heads[key] = members[0]
        for other in members[1:]:
            same = fold_key(other.name) == fold_key(members[0].name)
            reason = (
                "spelling"
                if same or normalise(other.name) == normalise(members[0].name)
                else ("transliteration")
            )
            merges.append(PlannedMerge(other.actor_id, members[0].actor_id, reason))
    by_surname: dict[str, list[tuple[str, str]]] = {}
    for given, surname in heads:
        by_surname.setdefault(surname, []).append((given, surname))
    for actor, initial, surname in initials:
        keys = [k for k in by_surname.get(surname, []) if k[0].startswith(initial)]
        if len(keys) == 1:
            merges.append(PlannedMerge(actor.actor_id, heads[keys[0]].actor_id, "initial"))
    for actor in singles:
        keys = by_surname.get(fold_word(name_words(actor.name)[0]), [])
        if len(keys) == 1:
            merges.append(PlannedMerge(actor.actor_id, heads[keys[0]].actor_id, "surname"))
    return [m for m in merges if (m.from_id, m.into_id) not in blocked and m.from_id != m.into_id]


@dataclass
class ClusterLog:
    """Merges made by cluster_names, as (surface, canonical, reason), so they can be undone."""

    merges: list[tuple[str, str, str]] = field(default_factory=list)


def cluster_names(names: Iterable[str], log: ClusterLog | None = None) -> dict[str, str]:
    """Return a map from each surface name to its canonical name within the batch."""
    names = [n.strip() for n in names if n and n.strip()]
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    actors = [LocalActor(n, n, c) for n, c in counts.items()]
    into = {m.from_id: (m.into_id, m.reason) for m in plan_merges(actors)}
    out: dict[str, str] = {}
    for n in names:
        target, reason = into.get(n, (n, ""))
        if log is not None and target != n and n not in out:
            log.merges.append((n, target, reason))
        out[n] = target
    return out


@lru_cache(maxsize=1 << 16)  # once per name: every batch asks again for its local actors
def local_kind(name: str) -> str:
    """Return 'organisation' (an org word or suffix), 'group' (joint people) or 'person'."""
    # ('Ltd', 'AG', 'United', or opening with 'the')
    from presswatch.quotes.lexicon import lexicon
    from presswatch.quotes.orgnames import kinds

    words = name.lower().split()
    last = words[-1].strip(".,") if words else ""
    if not words or words[0] == "the" or last in lexicon().org_words:
        return "organisation"
    if len(words) > 1 and last in kinds().by_word:
        return "organisation"
    return "group" if joint_names(name) else "person"
