"""Noun-phrase spotting around a reporting verb: the subject before it or after it."""

from __future__ import annotations

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import (
    DETERMINERS,
    FUNCTION,
    NOT_ADVERBS,
    OF_WORDS,
    PARTICLES,
    PARTY,
    PLACE_PREPS,
    PREPOSITIONS,
    SKIP,
    core,
    has_name,
    is_cap,
    is_place_at,
    name_like,
    np_span,
    personal,
    role_word,
    run_back,
    tokens,
    verbish,
)

__all__ = ["subject_after", "subject_before", "tokens"]


def _description_back(toks: list[tuple[int, int, str]], i: int) -> int | None:
    for k in range(i, max(-1, i - 8), -1):
        word = toks[k][2]
        if k < i and word[-1] in ",;:":
            return None
        if word.lower() in DETERMINERS:
            if k >= 2 and toks[k - 1][2].lower() in ("of", "for") and k < i:
                continue  # 'the head of the delegation said'
            if k > 0 and toks[k - 1][2].lower() in PREPOSITIONS:
                return None  # 'in the past said' is not a subject
            return k
        if word.endswith(("'s", "’s")) and word[:1].isupper():  # 'Obama's former strategist'
            return run_back(toks, k)
        if word.lower() in ("of", "for") and k < i:
            continue
        if word.lower() in FUNCTION or lexicon().verb_re.fullmatch(word):
            return None
    return None


def subject_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of the subject noun phrase that ends text[lo:hi] (before a verb)."""
    toks = tokens(text, max(lo, hi - 400), hi)
    i = len(toks) - 1
    if i >= 0 and toks[i][2].endswith(")"):  # 'Sen. Jane Roe (D-Mo.) said'
        j = i
        while j >= 0 and "(" not in toks[j][2] and i - j < 6:
            j -= 1
        if j > 0 and toks[j][2].startswith("("):
            toks = toks[:j]
            i = j - 1
    while i >= 0 and (
        (core(toks[i][2]).lower() in SKIP and not toks[i][2].endswith(","))
        or (
            toks[i][2].endswith("ly")
            and toks[i][2].isalpha()
            and toks[i][2].islower()
            and toks[i][2] not in NOT_ADVERBS
        )
    ):
        i -= 1
    if i < 0:
        return None
    word = toks[i][2]
    low = core(word).lower()
    if word.endswith(","):
        return _appositive(toks, i)
    if low == "who" and i > 0 and toks[i - 1][2].endswith(","):
        return _appositive(toks, i - 1, prefer_first=True)
    if low in lexicon().pronouns and low != "who":
        return toks[i][0], toks[i][0] + len(core(word))
    if name_like(word):
        k = run_back(toks, i)
        if has_name(toks[k : i + 1]):
            while k >= 2 and toks[k - 1][2] == "of" and is_cap(toks[k - 2][2]):
                k = run_back(toks, k - 2)  # 'Mr. Morgan of the Sierra Club said'
            span = np_span(toks, k, i)
            if k and is_place_at(text, *span):  # 'dockers at Port Ivesk': a place, not the head
                head = subject_before(text, lo, toks[k - 1][0])
                if head and text[head[1] : toks[k - 1][0]].isspace():
                    return head[0], span[1]  # 'The senator from Vermont said'
                return head
            return span
    k = _description_back(toks, i)
    if k is not None and k < i:
        return np_span(toks, k, i)
    if (
        word.isalpha()
        and word.islower()
        and low not in FUNCTION
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ys"))
    ):
        return toks[i][0], toks[i][1]  # bare plural: 'officials said', 'critics say'
    return None


def _short_name_segment(seg: list[tuple[int, int, str]]) -> bool:
    """Return whether an appositive has lower-case words and ends in a one-word name."""
    if not any(w.islower() and w not in PARTICLES for _, _, w in seg):
        return False
    run = 0
    for _, _, w in reversed(seg):
        if not is_cap(w) or core(w).lower() in lexicon().titles:
            break
        run += 1
    return run < 2


def _descriptive(seg: list[tuple[int, int, str]], has_before: bool) -> bool:
    """Return whether a comma segment describes a name rather than being one ('a senator,')."""
    first = core(seg[0][2]).lower()
    return (
        first in DETERMINERS
        or first[:1].isdigit()
        or first in ("who", "which", "of", "from")
        or (  # 'director of the Tax Policy Center and a professor at the Law School,'
            seg[0][2][:1].islower()
            and first not in PARTICLES
            and any(w in OF_WORDS for _, _, w in seg[1:])
        )
        or (first.endswith("ing") and seg[0][2].islower())  # 'dedicating the museum,'
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


def _appositive(
    toks: list[tuple[int, int, str]], i: int, prefer_first: bool = False
) -> tuple[int, int] | None:
    """Subject of 'Name, appositive, said' or 'The head of X, Name, said' ending at token i."""
    end = i
    for _ in range(6):  # walk back over up to six comma segments
        j = end - 1
        while j >= 0 and toks[j][2][-1] not in ",;:" and end - j < 30:
            j -= 1
        seg = toks[j + 1 : end + 1]
        if not seg:
            return None
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
            if k and core(toks[k - 1][2]).lower() in PLACE_PREPS:
                # 'Officials at Homeland Security,' is a phrase; 'Speaking in Harlem,' is not one
                head = [core(w).lower() for _, _, w in toks[j + 1 : k - 1]]
                noun = 0 < len(head) <= 4 and not head[0].endswith("ing")
                return np_span(toks, j + 1, end) if noun and head[0] not in PREPOSITIONS else None
            return np_span(toks, k, end)
        return None
    return None


def _bridge(toks: list[tuple[int, int, str]], j: int) -> int | None:
    """Return the index of a capitalised word reached from toks[j] over 1-2 lower-case role
    words ('Clinton ally James Carville', 'Oversight ranking Democrat'), else None."""
    for n in range(j, min(j + 2, len(toks))):
        if not role_word(toks[n][2]):
            return None
        if n + 1 < len(toks) and is_cap(toks[n + 1][2]):
            return n + 1
    return None


def _possessed(toks: list[tuple[int, int, str]], end: int) -> int:
    """Return the end of 'Port Ivesk's striking dockers' when the phrase ending at end is a
    possessive: up to three following lower-case nouns (no verbs, no function words)."""
    idx = next((n for n, t in enumerate(toks) if t[1] == end), None)
    if idx is None or not toks[idx][2].endswith(("'s", "’s")):
        return end
    for tok in toks[idx + 1 : idx + 4]:
        word = tok[2].rstrip(",.;:")
        if not (word.isalpha() and word.islower()) or word in FUNCTION or verbish(word):
            break
        end = tok[0] + len(word)
        if tok[2] != word:
            break
    return end


def subject_after(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of the noun phrase that starts text[lo:hi] (after an inverted verb)."""
    toks = tokens(text, lo, min(hi, lo + 120))
    if not toks:
        return None
    first = toks[0][2]
    if first.lower() == "the" and len(toks) > 1 and is_cap(toks[1][2]):
        span = subject_after(text, toks[1][0], hi)
        if span is None:
            return None
        nxt = next((t for t in toks if t[0] > span[1]), None)
        if nxt and text[span[1] : nxt[0]].isspace() and role_word(nxt[2].rstrip(",.;:")):
            return toks[0][0], nxt[0] + len(nxt[2].rstrip(",.;:"))  # 'the New York businessman'
        return toks[0][0], span[1]
    if core(first).lower() in DETERMINERS:
        for k in range(1, min(len(toks), 7)):
            word = core(toks[k][2]).lower()
            if word in OF_WORDS and k >= 2 and toks[k - 1][2][-1] not in ",.;:":
                tail = subject_after(text, toks[k + 1][0], hi) if k + 1 < len(toks) else None
                if tail:  # 'a spokesman for Platte River', 'the authors of the report'
                    return toks[0][0], _possessed(toks, tail[1])
            if toks[k][2][-1] in ",.;:" or word in FUNCTION or verbish(word):
                end = k if toks[k][2][-1] in ",.;:" and not verbish(word) else k - 1
                return np_span(toks, 0, end) if end >= 1 else None
        return np_span(toks, 0, min(len(toks), 6) - 1)
    k = 0
    given_name = first[:1].isupper() and len(toks) > 1 and is_cap(toks[1][2])  # 'Will Doyle'
    if not given_name and (not name_like(first) or core(first).lower() in FUNCTION):
        # lower-case modifiers before a name: 'said 9/11 widow Terry Strada'
        while k < min(len(toks), 4) and not is_cap(toks[k][2]):
            word = toks[k][2]
            role_of = word == "of" and 0 < k < 3  # 'said master of ceremonies Jane Roe'
            if word[-1] in ",.;:" or (core(word).lower() in FUNCTION | DETERMINERS and not role_of):
                return None
            if word[:1].isupper():
                return None  # 'Citing last week's …' is not a modifier
            k += 1
        if k == 0 or k >= min(len(toks), 4):
            return None
        span = subject_after(text, toks[k][0], hi)
        return (toks[0][0], span[1]) if span else None
    if (
        first.endswith("ing")
        and len(toks) > 1
        and toks[1][2][:1].islower()
        and not lexicon().verb_re.match(toks[1][2])
    ):
        return None  # 'Surveying the crowd, …'
    while k + 1 < len(toks) and toks[k][2][-1] not in ",;:":
        if (
            toks[k][2].endswith(".")
            and len(core(toks[k][2])) > 3
            and toks[k][2].lower() not in lexicon().titles  # 'Navy Capt. Jeff Davis'
        ):
            break
        if name_like(toks[k + 1][2]):
            k += 1
            continue
        bridge = _bridge(toks, k + 1)
        if bridge is None:
            break
        k = bridge
    if not has_name(toks[: k + 1]):
        return None
    return np_span(toks, 0, k)
