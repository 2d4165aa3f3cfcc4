"""The bare noun phrase after a reporting verb ('said storm survivor Jane Roe')."""

from __future__ import annotations

from presswatch.quotes.agents import owned
from presswatch.quotes.describing import verbs_noun
from presswatch.quotes.groupwords import group_run
from presswatch.quotes.lexicon import demonyms, lexicon
from presswatch.quotes.nounwords import participle_adjective
from presswatch.quotes.titleof import of_title_bridge, of_title_phrase
from presswatch.quotes.words import (
    APOSTROPHE_T,
    BEFORE_T,
    DETERMINERS,
    FUNCTION,
    NOT_NAMES,
    OF_WORDS,
    PREPOSITIONS,
    PUNCT,
    core,
    has_name,
    is_cap,
    name_like,
    np_span,
    opens_no_phrase,
    org_joint,
    role_word,
    tokens,
    verbish,
)

__all__ = ["noun_phrase_after"]
_NOT_MODIFIER = FUNCTION | DETERMINERS  # words no lower-case modifier before a name is
_TAKES_PHRASE = lexicon().sets["postmodifier_adjectives"]  # 'an aide familiar with his remarks'
# capitalised possessives inside an organisation's name ('Alliance to Reclaim Our Parks')
_NAME_POSSESSIVES = lexicon().sets["name_possessives"]


def _bridge(toks: list[tuple[int, int, str]], j: int) -> int | None:
    """Return the index of a capitalised word reached from toks[j] over 1-2 lower-case role
    words ('Clinton ally James Carville'), or 3 after a nationality ('Danish offshore turbine
    maker Vestholm Energi'; not 'Velmar FC beat host club Arlen United'), else None."""
    most = 3 if j and toks[j - 1][2].lower() in demonyms() else 2
    for n in range(j, min(j + most, len(toks))):
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


def _title_run_head(toks: list[tuple[int, int, str]]) -> bool:
    """Return whether capitalised words after 'the' lead a singular lower-case head noun."""
    # 'the GOP presidential nominee'
    j = 1
    while j < len(toks) and is_cap(toks[j][2]):
        if toks[j][2][-1] in ",.;:":
            return False
        j += 1
    return j < len(toks) and role_word(toks[j][2].rstrip(",.;:"))


def _appositive_name(toks: list[tuple[int, int, str]]) -> int | None:
    """Return the end of a clause-closing name set off after title words by a comma, else None."""
    # 'the Minister of Energy, Lev Orlan.'
    j = 1
    while j < len(toks) and (is_cap(toks[j][2]) or toks[j][2] == "of"):
        if toks[j][2].endswith(","):
            break
        j += 1
    if j >= len(toks) - 1 or not toks[j][2].endswith(",") or not is_cap(toks[j][2]):
        return None
    k = j + 1
    while k < min(len(toks), j + 4) and is_cap(toks[k][2]) and toks[k][2][-1] not in ",.;:":
        k += 1
    if k < len(toks) and 2 <= k - j <= 3 and is_cap(toks[k][2]) and toks[k][2][-1] in ",.":
        return toks[k][1] - 1  # two or three name words, then the clause ends
    return None


def _joined_run(toks: list[tuple[int, int, str]]) -> bool:
    """Return whether the capitalised run after 'the' ends in 'and'/'or' (two groups)."""
    # 'the Democratic and Republican leaders': no one description
    j = 1
    while j < len(toks) and is_cap(toks[j][2]):
        j += 1
    return j < len(toks) and toks[j][2].lower() in ("and", "or", "&")


def _noun_run(toks: list[tuple[int, int, str]]) -> int:
    """Return the index of the plural noun that ends 'Nuclear proliferation experts have' (a
    capitalised word, up to two lower-case nouns, a plural noun, then a verb), else 0."""
    for n in range(1, min(len(toks) - 1, 4)):
        word = toks[n][2]
        nxt = toks[n + 1][2]
        if (
            word.isalpha()
            and word.islower()
            and len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and word not in FUNCTION
            and not verbish(word)
            and nxt.isalpha()
            and nxt.islower()
            and (nxt == "of" or nxt not in PREPOSITIONS)
            and (verbish(nxt) or nxt in ("have", "say"))
        ):
            m = n + 2
            while nxt == "of" and m < len(toks) and toks[m][2].isalpha() and toks[m][2].islower():
                if verbish(toks[m][2]):
                    break
                m += 1  # 'Small groups of protesters chanted'
            return m - 1 if m > n + 2 else n
        if not role_word(word) or word[-1] in PUNCT:
            return 0
    return 0


def noun_phrase_after(text: str, lo: int, hi: int, group: bool = False) -> tuple[int, int] | None:
    """Return the span of the bare noun phrase starting text[lo:hi] (extents adds modifiers)."""
    # group: after an inverted cue, an article-less group closing its clause ('said riot police.')
    if group and (run := group_run(tokens(text, lo, min(hi, lo + 120)))) is not None:
        return run
    head = text[lo : min(hi, lo + 120)].replace("\x00", " ").split(None, 1)
    if not head or opens_no_phrase(head[0]):  # its first word decides: no tokens needed
        return None
    toks = tokens(text, lo, min(hi, lo + 120))
    first = toks[0][2]
    if first.lower() == "the" and len(toks) > 1 and is_cap(toks[1][2]):
        # 'the Secretary of State, Ana Ruiz': a title, its name set off apart
        span = noun_phrase_after(text, toks[1][0], hi) or of_title_phrase(toks, 1)
        if span is not None:
            nxt = next((t for t in toks if t[0] > span[1]), None)
            if nxt and text[span[1] : nxt[0]].isspace() and role_word(nxt[2].rstrip(",.;:")):
                return toks[0][0], nxt[0] + len(nxt[2].rstrip(",.;:"))  # 'the New York mogul'
            return toks[0][0], span[1]
        # no name in the capitalised run, only title words: after an inverted cue a description
        # ('said the Democratic nominee', 'said the President'), elsewhere only before a
        # lower-case head noun ('The GOP nominee has'; not 'the Minister of', 'The President has')
        if not (group or _title_run_head(toks)) or _joined_run(toks):
            return None
        if group and (named := _appositive_name(toks)):
            return toks[0][0], named  # 'said the Prime Minister, Delia Marsh.'
    if core(first).lower() in DETERMINERS:
        for k in range(1, min(len(toks), 7)):
            word = core(toks[k][2]).lower()
            if word in OF_WORDS and k >= 2 and toks[k - 1][2][-1] not in ",.;:":
                tail = noun_phrase_after(text, toks[k + 1][0], hi) if k + 1 < len(toks) else None
                if (
                    tail
                    and word in ("at", "with")
                    and core(toks[k - 1][2]).lower() not in _TAKES_PHRASE
                    and verbs_noun(text[tail[0] : tail[1]].split())
                ):
                    tail = None  # the verb's: 'said an aide at the time', 'with a smile'
                if tail:  # 'an aide to Port Ivesk', 'the writers of the audit'
                    return toks[0][0], _possessed(toks, tail[1])
            if k == 1 and participle_adjective(toks):
                continue  # 'said a frustrated voter', 'said one unaligned Labour strategist'
            if toks[k][2][-1] in ",.;:" or word in FUNCTION or verbish(word):
                end = k if toks[k][2][-1] in ",.;:" and not verbish(word) else k - 1
                return np_span(toks, 0, end) if end >= 1 else None
        return np_span(toks, 0, min(len(toks), 6) - 1)
    k = 0
    given_name = first[:1].isupper() and len(toks) > 1 and is_cap(toks[1][2])  # 'Will Doyle'
    if not given_name and (not name_like(first) or core(first).lower() in FUNCTION):
        # lower-case modifiers before a name: 'said storm survivor Jane Roe'
        while k < min(len(toks), 4) and not is_cap(toks[k][2]):
            word = toks[k][2]
            role_of = word == "of" and 0 < k < 3  # 'said keeper of records Jane Roe'
            if word[-1] in ",.;:" or (core(word).lower() in _NOT_MODIFIER and not role_of):
                return None
            if word[:1].isupper() or (word.endswith("ing") and len(word) > 5):
                return None  # 'Citing last week's …', 'portraying Dutch dredgers …': not modifiers
            k += 1
        if k == 0 or k >= min(len(toks), 4):
            return None
        span = noun_phrase_after(text, toks[k][0], hi)
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
        if (
            name_like(toks[k + 1][2])
            or split_particle(toks, k + 1)
            or _name_possessive(toks, k + 1)
        ) and toks[k + 1][2][0] != "(":
            k += 1
            continue
        if org_joint(toks, k + 1, 0):  # 'said Physicians for Human Rights'
            k += 2
            continue
        if (title_end := of_title_bridge(toks, k)) is not None:
            k = title_end  # 'said Secretary of State Ana Ruiz'
            continue
        bridge = _bridge(toks, k + 1)
        if bridge is None:
            break
        k = bridge
    if not has_name(toks[: k + 1]):
        return None
    if len(toks) > k + 2 and toks[k + 1][2].islower() and core(toks[k][2]).isalpha():
        nouns = _noun_run(toks[k:])
        if nouns:  # 'Nuclear proliferation experts have said', 'Jane Roe supporters chanted'
            last = toks[k + nouns]
            return toks[0][0], _agent_object(text, toks, last[0] + len(core(last[2])), hi)
    start, end = np_span(toks, 0, k)
    if toks[k][2].endswith(("'s", "’s")) and toks[k][2][:-2].lower() not in NOT_NAMES:
        end = _possessed(toks, end)  # 'Roe's two loudest critics' (not 'There's', 'Monday's')
    return start, _agent_object(text, toks, end, hi)


def _agent_object(text: str, toks: list[tuple[int, int, str]], end: int, hi: int) -> int:
    """Return the end of the object of a possessive's agent noun ending at end, else None."""
    # "Britain's envoy to the UN"; not "Acme's spokesman for Asia" (the organisation rules')
    idx = next((n for n, t in enumerate(toks) if t[0] + len(t[2].rstrip(",.;:")) == end), None)
    if idx is None or idx + 2 >= len(toks):
        return end
    own = idx - 1  # the owner, past lower-case modifiers ("Nordland's deputy envoy to")
    while own > 0 and toks[own][2].isalpha() and toks[own][2].islower():
        own -= 1
    if own < 0 or not owned(toks[own][2], toks[idx][2], toks[idx + 1][2]):
        return end
    tail = noun_phrase_after(text, toks[idx + 2][0], hi)
    return tail[1] if tail else end


def split_particle(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Return whether toks[j] opens a particle written apart before a surname: 'in ’t Veld'."""
    word = toks[j][2].lower() if j + 1 < len(toks) else ""
    if word in APOSTROPHE_T:
        return is_cap(toks[j + 1][2])
    full = j >= 2 and is_cap(toks[j - 2][2]) and is_cap(toks[j - 1][2])  # 'Ana Ruiz in ’t Gooi'
    return word in BEFORE_T and toks[j + 1][2].lower() in APOSTROPHE_T and not full


def _name_possessive(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Return whether toks[j] is a capitalised possessive between two name words ('Our')."""
    return (
        toks[j][2] in _NAME_POSSESSIVES
        and toks[j - 1][2][-1] not in PUNCT
        and j + 1 < len(toks)
        and name_like(toks[j + 1][2])
    )
