"""Body lines told by where they stand: the sign-off line of an embedded tweet."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from presswatch.segment.text import Line

# A sign-off is a short line (name, handle, date).
SIGNOFF_MAX_WORDS = 20


@cache
def _signoff() -> re.Pattern[str]:
    """Return the regex of an embedded tweet's sign-off line (rules/segment/body.toml)."""
    path = resources.files("presswatch.rules") / "segment" / "body.toml"
    return re.compile(tomllib.loads(path.read_text(encoding="utf-8"))["signoff"])


def signoff_after(lines: list[Line], last: int) -> int:
    """Return the index of a tweet sign-off line right after line `last`, else `last`.

    "— Jane Doe (@janedoe) May 3, 2026" under the body's last line closes a tweet quoted at the
    end of the story.
    """
    for i in range(last + 1, len(lines)):
        if lines[i].blank:
            continue
        line = lines[i]
        return i if line.words <= SIGNOFF_MAX_WORDS and _signoff().match(line.text) else last
    return last
