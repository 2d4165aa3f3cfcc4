"""Cross-article clustering of speaker names by surname."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from presswatch.actors.names import name_words, normalise


@dataclass
class ClusterLog:
    """Merges made by cluster_names, as (surface, canonical, reason), so they can be undone."""

    merges: list[tuple[str, str, str]] = field(default_factory=list)


def cluster_names(names: Iterable[str], log: ClusterLog | None = None) -> dict[str, str]:
    """Return a map from each surface name to its canonical name within the batch.

    A full name is its own canonical form (the most frequent spelling among names with the
    same normalised key). A one-word name maps to the full name with that surname when exactly
    one such full name exists in the batch; otherwise it stays as it is.
    """
    names = [n for n in names if n and n.strip()]
    counts: dict[str, dict[str, int]] = {}
    for n in names:
        spellings = counts.setdefault(normalise(n), {})
        spellings[n.strip()] = spellings.get(n.strip(), 0) + 1
    best = {key: max(sp, key=lambda s: (sp[s], len(s))) for key, sp in counts.items()}
    by_surname: dict[str, set[str]] = {}
    for key in best:
        words = key.split()
        if len(words) > 1:
            by_surname.setdefault(words[-1], set()).add(key)
    out: dict[str, str] = {}
    for n in names:
        key = normalise(n)
        words = name_words(n)
        canonical = best[key]
        if len(words) == 1 and len(by_surname.get(words[0], ())) == 1:
            canonical = best[next(iter(by_surname[words[0]]))]
        if log is not None and canonical != n.strip() and n not in out:
            log.merges.append((n, canonical, "surname" if len(words) == 1 else "spelling"))
        out[n] = canonical
    return out
