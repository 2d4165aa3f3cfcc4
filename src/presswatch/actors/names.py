"""Name normalisation shared by the actor registry and name clustering."""

from __future__ import annotations

import re
import unicodedata

# Honorifics and job titles dropped before comparing names.
_TITLES = (
    "mr mrs ms miss mister madam dr sir dame rev president vice prime minister secretary sen "
    "senator rep representative gov governor mayor speaker judge justice gen general lt col adm "
    "chancellor chairman chairwoman chair ceo spokesman spokeswoman spokesperson former "
    "president-elect king queen prince princess pope ambassador the "
)
TITLE_WORDS = frozenset(_TITLES.split())
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def strip_diacritics(text: str) -> str:
    """Return text with combining accents removed ('Zelenskyy' stays, 'José' -> 'Jose')."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_words(name: str) -> list[str]:
    """Return the lower-case words of a name without titles, possessives and appositives."""
    name = strip_diacritics(name).replace("’", "'").replace("‘", "'")
    name = re.split(r",|\(|—|--", name, maxsplit=1)[0]
    name = re.sub(r"'s\b", "", name, flags=re.IGNORECASE)
    words = _WORD.findall(name.lower().replace(".", " "))
    kept = [w for w in words if w not in TITLE_WORDS]
    return kept or words


def normalise(name: str) -> str:
    """Return the normalised key of a name: lower case, no accents, titles or possessives."""
    return " ".join(name_words(name))


def slug(name: str) -> str:
    """Return a stable ASCII slug of a normalised name ('Aurelia Mendes' -> 'aurelia-mendes')."""
    ascii_name = normalise(name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "unknown"
