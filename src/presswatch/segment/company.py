"""Rule lines that keep their kind only in company: rating-widget strings and form fields."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from presswatch.segment.rules import furniture_key, load_rules
from presswatch.segment.text import Line, is_prose, text_size

# Two rating strings within this many non-blank lines of each other are the widget.
RATING_REACH = 3
# A paragraph of at least this many characters is a long one: the widget stands below the last.
LONG_PARAGRAPH = 100
# A form field needs another form line within this many non-blank lines.
FORM_REACH = 2
# Short lines without a rule (a list's other items) looked past for the paragraph beside a form.
FORM_LOOK = 4
# A bare name beside an "Author" label: this many words.
NAME_MIN_WORDS, NAME_MAX_WORDS = 2, 4
# A form button is a short line.
BUTTON_MAX_WORDS = 3


@dataclass(frozen=True)
class Company:
    """The keys of the lines that keep their kind only in company (rules/segment/body.toml)."""

    rating: frozenset[str]
    fields: frozenset[str]
    field_mark: str
    buttons: frozenset[str]
    name_labels: frozenset[str]
    repeated_labels: frozenset[str]


@cache
def company() -> Company:
    """Return the rating-widget keys and form-line keys from rules/segment/body.toml."""
    data = load_rules("body.toml")
    return Company(
        frozenset(furniture_key(p) for p in data["rating"]),
        frozenset(furniture_key(p) for p in data["form_fields"]),
        data["form_field_mark"],
        frozenset(furniture_key(p) for p in data["form_buttons"]),
        frozenset(furniture_key(p) for p in data["name_labels"]),
        frozenset(furniture_key(p) for p in data["repeated_labels"]),
    )


def lone_ratings(lines: list[Line]) -> list[Line]:
    """Return the lines with the rule cleared on rating strings standing alone above the end."""
    rules = company()
    rating = [i for i, ln in enumerate(lines) if ln.rule == "comments" and _key(ln) in rules.rating]
    if not rating:
        return lines
    last_long = max((i for i, ln in enumerate(lines) if ln.text and _long(ln)), default=-1)
    lone = {
        i
        for i in rating
        if i < last_long and not any(j != i and _apart(lines, i, j) <= RATING_REACH for j in rating)
    }
    if not lone:
        return lines
    return [replace(ln, rule=None) if i in lone else ln for i, ln in enumerate(lines)]


def story_field(lines: list[Line], i: int, first: int, last: int) -> bool:
    """Return True when form-field line i of the body run lines[first..last] is the story's."""
    # A field is form furniture only beside another form line, in a form that does not stand between
    # two of the run's paragraphs.
    rules = company()
    if lines[i].rule != "newsletter" or not _field(lines[i], rules):
        return False
    if not _form_beside(lines, i, rules):
        return True
    return all(_paragraph_beyond(lines, i, step, rules, first, last) for step in (-1, 1))


def label_in_company(lines: list[Line], i: int) -> bool:
    """Return True when label line i of the body run stands in its furniture's company."""
    rules, key = company(), _key(lines[i])
    if key in rules.name_labels:
        return any(_name(lines[j]) for j in _neighbours(lines, i))
    if key in rules.repeated_labels:
        return sum(1 for ln in lines if ln.text and ln.rule and _key(ln) == key) >= 2
    return False


def _neighbours(lines: list[Line], i: int) -> list[int]:
    """Return the indexes of the non-blank lines right before and after line i."""
    out = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].text:
            j += step
        if 0 <= j < len(lines):
            out.append(j)
    return out


def _name(line: Line) -> bool:
    """Return True when a line is a bare name: two to four capitalised words, no rule."""
    words = line.text.split()
    return (
        line.rule is None
        and NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS
        and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words)
    )


def _key(line: Line) -> str:
    return furniture_key(line.text)


def _long(line: Line) -> bool:
    return is_prose(line) and text_size(line) >= LONG_PARAGRAPH


def _field(line: Line, rules: Company) -> bool:
    """Return True when a line is a form field label ("First name", "Email (required)")."""
    return line.text.lower().endswith(rules.field_mark) or _key(line) in rules.fields


def _form_line(line: Line, rules: Company) -> bool:
    """Return True when a line belongs to a form: a field, a sign-up line or a button."""
    if line.rule == "newsletter":
        return True
    return line.words <= BUTTON_MAX_WORDS and _key(line) in rules.buttons


def _apart(lines: list[Line], i: int, j: int) -> int:
    """Return how many non-blank lines separate line i from line j, plus one."""
    a, b = min(i, j), max(i, j)
    return sum(1 for k in range(a + 1, b + 1) if lines[k].text)


def _form_beside(lines: list[Line], i: int, rules: Company) -> bool:
    """Return True when another form line stands within FORM_REACH non-blank lines of line i."""
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(lines) and seen < FORM_REACH:
            if lines[j].text:
                seen += 1
                if _form_line(lines[j], rules):
                    return True
            j += step
    return False


def _paragraph_beyond(
    lines: list[Line], i: int, step: int, rules: Company, first: int, last: int
) -> bool:
    """Return True when the first line past the fields (and short unruled lines) is run prose."""
    # A sign-up line or a button on the way shows a form, whatever stands beyond it.
    j, looked = i + step, 0
    while first <= j <= last:
        line = lines[j]
        if line.text:
            if is_prose(line):
                return line.rule is None
            if line.rule == "newsletter" and _field(line, rules):
                pass
            elif line.rule is None and looked < FORM_LOOK and not _form_line(line, rules):
                looked += 1
            else:
                return False
        j += step
    return False
