"""Comma-separated appositives around a name before a reporting verb ('Jane Roe, a senator,')."""

from __future__ import annotations

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import (
    CLAUSE_HEADS,
    DETERMINERS,
    OF_WORDS,
    PARTICLES,
    PARTY,
    PLACE_PREPS,
    PREPOSITIONS,
    core,
    has_name,
    is_cap,
    is_doc_name,
    name_like,
    np_span,
    personal,
    role_word,
    run_back,
)

_SUBORDINATORS = lexicon().sets["subordinators"]


def _short_name_segment(seg: list[tuple[int, int, str]]) -> bool:
    """Return whether an appositive has lower-case words and ends in a one-word name."""
    if not any(w.islower() and w not in PARTICLES for _, _, w in seg):
        return False
    if seg[0][2] in _SUBORDINATORS and all(name_like(w) for _, _, w in seg[1:]):
        return False  # 'quiet, until Ms. Ferreira, a skipper, urged': the clause's subject
    run = 0
    for _, _, w in reversed(seg):
        if not is_cap(w) or core(w).lower() in lexicon().titles:
            break
        run += 1
    return run < 2


def _role_then_name(seg: list[tuple[int, int, str]]) -> bool:
    """Return whether a segment ends in a role word and a two-word name ('the economist Jane
    Roe,'), which names the person although it opens with a determiner."""
    words = [w for _, _, w in seg]
    if len(words) < 4 or not all(is_cap(w) and not role_word(w) for w in words[-2:]):
        return False
    role = core(words[-3]).lower()
    if role in DETERMINERS or role in PREPOSITIONS:
        return False  # 'a onetime aide in the Town Hall,'
    return role_word(words[-3]) or role in lexicon().titles


def _descriptive(seg: list[tuple[int, int, str]], has_before: bool) -> bool:
    """Return whether a comma segment describes a name rather than being one ('a senator,')."""
    first = core(seg[0][2]).lower()
    return (
        (first in DETERMINERS and not _role_then_name(seg) and not is_doc_name(seg[0][2]))
        or first[:1].isdigit()
        or first in ("who", "which", "of", "from")
        or (  # 'head of the Ferry Trust and a lecturer at the Sea Academy,'
            seg[0][2][:1].islower()
            and first not in PARTICLES
            and any(w in OF_WORDS for _, _, w in seg[1:])
        )
        or (first.endswith("ing") and seg[0][2].islower())  # 'dedicating the museum,'
        # 'asked about the silt,', 'reached by phone,': a participle phrase
        or (first.endswith("ed") and seg[0][2].islower() and len(seg) > 1)
        or PARTY.match(seg[0][2]) is not None
        or (has_before and _short_name_segment(seg))  # 'Jane Roe, Republican of Ohio,'
        or (has_before and len(seg) >= 3 and seg[1][2] == "of")  # ', Republican of New York,'
    )


def _place(
    toks: list[tuple[int, int, str]], j: int, seg: list[tuple[int, int, str]], last: bool
) -> bool:
    """Return whether a short segment ends a place: after 'of' ('Jane Roe, 22, of Flint,
    Mich.,') or, right before the verb, after a place preposition ('the massacre in San
    Bernardino, California, shows')."""
    if len(seg) > 3 or j < 1 or personal([w for _, _, w in seg]):
        return False
    k = j
    while k >= 0 and is_cap(toks[k][2]) and j - k < 4:
        k -= 1
    if not 0 <= k < j:
        return False
    word = core(toks[k][2]).lower()
    return word in ("of", "from") or (last and word in PLACE_PREPS)


def appositive(
    toks: list[tuple[int, int, str]], i: int, prefer_first: bool = False
) -> tuple[int, int] | None:
    """Subject of 'Name, appositive, said' or 'The head of X, Name, said' ending at token i."""
    end = i
    for k in range(i, max(0, i - 30), -1):  # 'Roe, whose start-up, Acme, makes tents, said'
        if toks[k - 1][2][-1] in ".;:":
            break
        if core(toks[k][2]).lower() == "whose" and toks[k - 1][2].endswith(","):
            end = k - 1
            break
    relative = prefer_first  # 'Roe, who …': the segments skipped hold a clause of their own
    for _ in range(6):  # walk back over up to six comma segments
        j = end - 1
        while j >= 0 and toks[j][2][-1] not in ",;:" and end - j < 30:
            j -= 1
        seg = toks[j + 1 : end + 1]
        if not seg:
            return None
        if end < i and not relative and (clause := _clause_name(toks, j + 1, end)):
            return clause  # 'The hearing ended after Mr. Roe, asked about it, had said'
        if prefer_first or _descriptive(seg, j >= 0) or _place(toks, j, seg, end == i):
            prefer_first = False
            if j < 0 or not toks[j][2].endswith(","):
                return None
            end = j
            continue
        if name_like(toks[end][2]):
            k = max(run_back(toks, end), j + 1)
            if not has_name(toks[k : end + 1]):
                return None
            while k - 2 > j and toks[k - 1][2] == "of" and is_cap(toks[k - 2][2]):
                head = max(run_back(toks, k - 2), j + 1)  # 'Gov. Jo Roe of Nebraska, who …,'
                if not has_name(toks[head : k - 1]) or not personal(
                    [w for _, _, w in toks[head : k - 1]]
                ):
                    break
                k = head
            if k and core(toks[k - 1][2]).lower() in PLACE_PREPS:
                # 'Officials at Homeland Security,' is a phrase; 'Speaking in Harlem,' is not one
                head = [core(w).lower() for _, _, w in toks[j + 1 : k - 1]]
                noun = 0 < len(head) <= 4 and not head[0].endswith("ing")
                return np_span(toks, j + 1, end) if noun and head[0] not in PREPOSITIONS else None
            if (
                end == i
                and (first := _person_before(toks, j))
                and not personal([w for _, _, w in toks[k : end + 1]])
            ):
                return first  # 'Jane Roe, the editor of the weekly, Il Porto, said'
            return np_span(toks, k, end)
        return None
    return None


def _clause_name(toks: list[tuple[int, int, str]], lo: int, end: int) -> tuple[int, int] | None:
    """Return the span of a name that ends a comma segment right after a subordinator or
    'after' / 'before' ('The hearing ended after Mr. Roe,'): that clause's subject, else None."""
    for p in range(end - 1, max(lo - 1, end - 6), -1):
        word = toks[p][2]
        if word in CLAUSE_HEADS:
            names = [w for _, _, w in toks[p + 1 : end + 1]]
            if names and all(name_like(w) for w in names) and has_name(toks[p + 1 : end + 1]):
                return np_span(toks, p + 1, end)
            return None
        if not name_like(word):
            return None
    return None


def _segment_start(toks: list[tuple[int, int, str]], end: int) -> int:
    """Return the index of the first token of the comma segment that ends at token end."""
    j = end - 1
    while j >= 0 and toks[j][2][-1] not in ",;:." and end - j < 30:
        j -= 1
    return j + 1


def _person_before(toks: list[tuple[int, int, str]], j: int) -> tuple[int, int] | None:
    """Return the span of a person's name that opens a sentence before the description that
    ends at the comma toks[j] ('Jane Roe, the editor of the weekly,'), else None."""
    if j < 1 or not toks[j][2].endswith(","):
        return None
    d = _segment_start(toks, j)
    if d < 2 or not toks[d - 1][2].endswith(",") or not _descriptive(toks[d : j + 1], True):
        return None
    n = _segment_start(toks, d - 1)
    words = [w for _, _, w in toks[n:d]]
    if n and toks[n - 1][2][-1] not in ".;:":
        return None  # the name must open its sentence
    if not (len(words) <= 4 and all(is_cap(w) for w in words) and personal(words)):
        return None
    return np_span(toks, n, d - 1)
