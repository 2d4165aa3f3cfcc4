"""Name normalisation shared by the actor registry and name clustering."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Honorifics and job titles dropped before comparing names.
_TITLES = (
    "mr mrs ms miss mister madam dr sir dame rev president vice prime minister secretary sen "
    "senator rep representative gov governor mayor speaker judge justice gen general lt col adm "
    "chancellor chairman chairwoman chair ceo spokesman spokeswoman spokesperson former "
    "president-elect king queen prince princess pope ambassador the "
)
TITLE_WORDS = frozenset(_TITLES.split())
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_APPOSITION = re.compile(r",|\(|—|--")  # a name ends before an appositive or a bracket
_POSSESSIVE = re.compile(r"'s\b", re.IGNORECASE)


def strip_diacritics(text: str) -> str:
    """Return text with combining accents removed ('Zelenskyy' stays, 'José' -> 'Jose')."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_words(name: str) -> list[str]:
    """Return the lower-case words of a name without titles, possessives and appositives."""
    name = strip_diacritics(name).replace("’", "'").replace("‘", "'")
    name = _APPOSITION.split(name, maxsplit=1)[0]
    name = _POSSESSIVE.sub("", name)
    words = _WORD.findall(name.lower().replace(".", " "))
    kept = [w for w in words if w not in TITLE_WORDS]
    return kept or words


JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")  # the separators of a joint speaker's people


@lru_cache(maxsize=1 << 15)
def joint_names(name: str) -> tuple[str, ...]:
    """Return the people of a joint speaker ('Ana Ruiz and Tom Reyes' -> both), else ()."""
    if " and " not in name:
        return ()
    from presswatch.quotes.lexicon import lexicon  # the rules load after the actor names
    from presswatch.quotes.namecore import org_word

    lex = lexicon()
    parts = tuple(p.strip() for p in JOINT.split(name.strip()))
    for part in parts:  # each a full name of a person: no firm, office or place
        words = [w.strip(".,").lower() for w in part.split()]
        if not 2 <= len(words) <= 4 or not part[:1].isupper() or " of " in f" {part} ":
            return ()
        if any(org_word(w) for w in words):
            return ()
        if words[0] in lex.sets["place_heads"]:
            return ()
    return parts


def normalise(name: str) -> str:
    """Return the normalised key of a name: lower case, no accents, titles or possessives."""
    if people := joint_names(name):  # one key in any order ('Tom Reyes and Ana Ruiz')
        return " and ".join(sorted(" ".join(name_words(p)) for p in people))
    return " ".join(name_words(name))


def slug(name: str) -> str:
    """Return a stable ASCII slug of a normalised name ('Aurelia Mendes' -> 'aurelia-mendes')."""
    ascii_name = normalise(name).encode("ascii", "ignore").decode()
    found = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    # a name in another script keeps its own letters ('Олег Кіпер' -> 'олег-кіпер'): one
    # 'unknown' slug would merge every such speaker into one actor
    return found or "-".join(_WORD.findall(normalise(name))) or "unknown"


# Letters that NFKD does not decompose into ASCII.
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})
# Romanisation variants of the same sound, applied in order to one lower-case ASCII word.
_TRANSLIT = (("kh", "h"), ("ph", "f"), ("w", "v"), ("x", "ks"), ("ck", "k"), ("j", "i"), ("y", "i"))
_DOUBLE = re.compile(r"(.)\1+")


def fold_word(word: str) -> str:
    """Return the transliteration key of one word ('Zelenskyy', 'Zelenskiy' -> 'zelenski')."""
    word = strip_diacritics(word.lower().translate(_FOLD))
    word = "".join(ch for ch in word if "a" <= ch <= "z")
    for old, new in _TRANSLIT:
        word = word.replace(old, new)
    return _DOUBLE.sub(r"\1", word)


def fold_key(name: str) -> str:
    """Return the ASCII transliteration key of a name (titles and possessives dropped)."""
    return " ".join(k for k in (fold_word(w) for w in name_words(name)) if k)


def description(name: str) -> bool:
    """Return True for a speaker that describes someone unnamed rather than naming them."""
    # a determiner or quantifier before a lower-case head ('a spokeswoman for Ana Ruiz', 'One
    # adviser to Tom Reyes', 'the former aide'), or an agent description ('Lawyers for Tom Reyes');
    # 'the Kremlin', 'the Tallow Group' stay names
    # a head before a post-modifier ('Sources close to Ana Ruiz', 'Acme's lawyer for …') too
    from presswatch.quotes.agents import agent_description, parts
    from presswatch.quotes.words import DETERMINERS

    words = name.split()
    if len(words) > 1 and words[0].lower() in DETERMINERS and words[1][:1].islower():
        return True
    return parts(name) is not None or agent_description(name)
