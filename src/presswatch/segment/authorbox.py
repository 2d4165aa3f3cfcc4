"""Author boxes closing flattened text: a heading ("About the author") over one or two bios."""

from __future__ import annotations

import re
from functools import cache

from presswatch.segment.marks import is_bio, is_box_heading, load_data, occupations
from presswatch.segment.rules import furniture_key
from presswatch.segment.storybox import prev_line
from presswatch.segment.text import Line, is_prose

# An author-box heading among the body's last lines (non-blank) with this much prose under it.
AUTHOR_WINDOW = 10
AUTHOR_PROSE = 800
AUTHOR_PARAGRAPHS = 2  # one bio per author
BODY_MIN = 300
# A bio in the first person: "I write about …", "Hi, I'm Jane." (the word "I" anywhere)
_FIRST_PERSON = re.compile(r"\bI\b|^My\b")
_WORD = re.compile(r"[\w-]+")
ROLE_WORDS = 20  # under "About Jane Doe", a line opening with her name and an occupation
# A box without a heading: the author's name alone on a line (2-4 capitalised words, maybe a
# credential such as "MD"), a role line perhaps, then a bio opening with her first name or surname.
_NAME_LINE = re.compile(r"(?:[A-Z][\w'’.-]*,? ){1,3}[A-Z][\w'’.-]*")
NAME_GAP = 2  # non-blank lines from the name line to the bio
_POSSESSIVE = re.compile(r"[’']s$")
# capitalised function words a heading shares with its paragraph ("Who We Are" / "We are …")
_NOT_NAMES = frozenset(
    {"A", "An", "The", "This", "That", "These", "Our", "Your", "We", "You", "I", "It", "He"}
    | {"She", "They", "Who", "What", "How", "Why"}
)


@cache
def _bio_verbs() -> frozenset[str]:
    """Return the verbs opening a bio after the author's name (data/bios.toml)."""
    return frozenset(load_data("bios.toml")["bio_verbs"])


def _bio_shaped(line: Line, name: str, first_person: bool = True) -> bool:
    """Return whether a line reads as an author bio (of `name`, when the heading gives one)."""
    if is_bio(line) or (first_person and _FIRST_PERSON.search(line.text)):
        return True
    if not name or not line.text.startswith(name):
        return False
    return not occupations().isdisjoint(_WORD.findall(line.text.lower())[:ROLE_WORDS])


def _box(lines: list[Line], start: int, stop: int) -> tuple[list[Line], list[Line]]:
    """Return the lines under a heading up to its first short line after prose, and the rest."""
    seen = False
    for i in range(start, stop + 1):
        line = lines[i]
        if line.blank:
            continue
        if is_prose(line):
            seen = True
        elif seen:
            return _filled(lines, start, i), _filled(lines, i, stop + 1)
    return _filled(lines, start, stop + 1), []


def _filled(lines: list[Line], lo: int, hi: int) -> list[Line]:
    """Return the non-blank lines of lines[lo:hi]."""
    return [line for line in lines[lo:hi] if not line.blank]


def _name_heads(lines: list[Line], i: int, last: int) -> bool:
    """Return whether line i is an author's name over a bio of that author."""
    # the bio opens with her first name or full name and a bio verb ("Cai covers …", "Cai Morrow
    # has reported …"), or is shaped as a bio: a section opening with its heading's word is not
    line = lines[i]
    if line.rule is not None or not 2 <= line.words <= 4 or not _NAME_LINE.fullmatch(line.text):
        return False
    name = line.text.rstrip(",")
    given = name.split(" ", 1)[0]
    if given in _NOT_NAMES:
        return False
    seen = 0
    for j in range(i + 1, last + 1):
        if lines[j].blank:
            continue
        seen += 1
        if is_prose(lines[j]):
            text = lines[j].text
            # under a bare name, a paragraph in the first person is a closing note as often
            if _bio_shaped(lines[j], name, first_person=False):
                return True
            for opening in (name, given):
                if text.startswith(opening + " "):
                    verb = _POSSESSIVE.sub("", text[len(opening) + 1 :].split(" ", 1)[0])
                    return verb in _bio_verbs()
            return False
        if seen >= NAME_GAP:
            break
    return False


def _is_box(lines: list[Line], i: int, last: int, author: str = "") -> bool:
    """Return whether the heading at line i (or `author`'s name line) heads an author box."""
    if author:
        name = author  # _name_heads found the bio
    else:
        key = furniture_key(lines[i].text)
        name = lines[i].text.split(" ", 1)[1] if key.startswith("about ") else ""
        name = "" if furniture_key(name).startswith(("the ", "our ")) else name
    box, rest = _box(lines, i + 1, last)
    prose = [line for line in box if is_prose(line)]
    if len(prose) > AUTHOR_PARAGRAPHS or sum(len(line.text) for line in prose) > AUTHOR_PROSE:
        return False
    if not author and not any(_bio_shaped(line, name) for line in box):
        return False
    # prose after the box is a second bio ("Hi, I'm Jane"), else the story goes on
    return not any(is_prose(line) for line in rest) or any(_bio_shaped(x, name) for x in rest)


def before_author_box(lines: list[Line], first: int, last: int) -> int:
    """Return the run's last line before an author box that closes the run, else last."""
    # a box under a bare name may be the second of a headed box ("The authors", two bios): the
    # highest box found within the window wins
    seen, end = 0, last
    for i in range(last, first, -1):
        line = lines[i]
        if line.blank:
            continue
        seen += 1
        if seen > AUTHOR_WINDOW:
            break
        heading = line.words <= 5 and is_box_heading(line, furniture_key(line.text))
        author = "" if heading or not _name_heads(lines, i, last) else line.text.rstrip(",")
        if heading or author:
            above = sum(len(x.text) for x in lines[first:i] if is_prose(x))
            if above >= BODY_MIN and _is_box(lines, i, last, author):
                end = prev_line(lines, i)
                if heading:
                    break
            elif heading:
                break
    return end
