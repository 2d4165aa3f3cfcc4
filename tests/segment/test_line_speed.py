"""Tests for the shortcuts of the line rules: needed literals, text narrowing, the line cache."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from presswatch.segment import segment_text
from presswatch.segment.regexes import RegexClass, present_needs
from presswatch.segment.rules import furniture_key, line_rules, word_count
from presswatch.segment.text import clear_line_cache, split_lines

_PUNCT = re.compile(r"[^\w\s]+")


def slow_key(line: str) -> str:
    """The normalisation furniture_key implements, written plainly."""
    text = _PUNCT.sub(" ", unicodedata.normalize("NFKC", line).lower())
    return re.sub(r"\s+", " ", re.sub(r"\d+", "0", text)).strip()


@pytest.mark.parametrize(
    ("regex", "needs"),
    [
        (r"opt-in box", ("opt-in box",)),
        (r"^\s*sign up\s*[:!-]", ("sign up",)),
        (r"newsletter.{0,60}(?:sign up|subscribe)", ("newsletter",)),
        (r"^\s*(?:©|\(c\)|copyright)\s", ("©", "(c)", "copyright")),
        (r"^\s*(?:[^›»>|]{1,40}\s*[›»>]\s*){2,}$", ("›", "»", ">")),
        (r"^\s*(?:a|b)?x+y", ("x",)),  # ties go to the first need
        (r"(?i)opt-in box", ()),  # case-insensitive: no literal is needed as written
        (r"^(?:one|two|three|four)\b", ()),  # too many alternatives to be worth testing
        (r"\w+ \d+", ()),  # a blank is in nearly every line: no need
        (r"^(?:change|select) (?:your )?language\b[^.]{0,30}:", ("language",)),  # not " "
    ],
)
def test_needed_literals_of_regexes(regex: str, needs: tuple[str, ...]) -> None:
    assert RegexClass.build(99, [(regex, "ad")]).rules[0].needs == needs


def test_every_match_of_a_shipped_rule_contains_one_of_its_needs() -> None:
    samples = [
        "sign up: today",
        "© 2024 the harbour post",
        "home › news › local",
        "recommended by outbrain",
        "photo: jon tarn/ap",
        "video by jon tarn",
        "we may earn a commission from links",
        "[ad_12]",
        "advertisement",
    ]
    hits = 0
    for group in line_rules().limited:
        for rule in group.rules:
            for line in samples:
                if rule.pattern.search(line):
                    hits += 1
                    assert not rule.needs or any(n in line for n in rule.needs), rule
    assert hits >= len(samples)


def test_narrowing_by_text_keeps_the_kind_of_every_line() -> None:
    text = "\n".join(
        [
            "Home › News › Local",
            "Sign up: the morning briefing",
            "Photo: Jon Tarn/AP",
            "The council met on Tuesday and agreed the new ferry timetable for the spring.",
            "© 2024 The Harbour Post. All rights reserved.",
            "ΟΔΟΣ ΑΘΗΝΑΣ",
        ]
    )
    rules = line_rules()
    narrowed = rules.within(text)
    for line in text.split("\n"):
        key, n = furniture_key(line), word_count(line)
        assert rules.kind_of(line, key, n, narrowed) == rules.kind_of(line, key, n)
    prose = rules.within("The council met on Tuesday.")
    assert sum(len(g.rules) for g in prose) < sum(len(g.rules) for g in rules.limited)


def test_furniture_key_fast_path_matches_the_plain_normalisation() -> None:
    rng = random.Random(7)
    alphabet = [chr(i) for i in range(128)] + list("é’“”—…©½²ＡΣς\u00a0\u3000中，")
    for _ in range(3000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert furniture_key(line) == slow_key(line), repr(line)


def test_cached_lines_give_the_same_segmentation() -> None:
    text = "Harbour news\nSign up: the briefing\n" + "The ferry runs late again today. " * 5
    clear_line_cache()
    first = split_lines(text)
    assert split_lines(text) == first  # second call reads the cached short lines
    blocks = segment_text(text)
    clear_line_cache()
    assert segment_text(text) == blocks


def test_word_count_from_spaces_matches_the_split_count() -> None:
    from presswatch.segment.rules import single_spaced

    rng = random.Random(11)
    plain = [*"abc xyz.,"] * 4 + ["  "]
    odd = ["\t", "\x1f", "\r", "\u00a0", "\u2009", "é"]
    spaced = 0
    for n in range(3000):
        alphabet = plain + odd if n % 2 else plain
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(100, 200)))
        for line in (text.strip(), text.replace("\t", "").strip(), " ".join(text.split())):
            if line and single_spaced(line) and "  " not in line:
                spaced += 1
            assert word_count(line, single_spaced(line)) == word_count(line), repr(line)
    assert spaced > 1000  # the count from spaces was tested
    assert not single_spaced("a\tb") and not single_spaced("café") and single_spaced("a  b")


def test_short_line_word_count_is_the_word_runs() -> None:
    rng = random.Random(5)
    ascii_chars = [chr(i) for i in range(128)]
    for n in range(3000):
        alphabet = ascii_chars if n % 2 else [*ascii_chars, "é", "中", "\u00a0", "²"]
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 119)))
        assert word_count(line) == len(re.findall(r"\w+", line)), repr(line)


def test_furniture_key_of_digit_runs() -> None:
    assert (
        furniture_key("Updated 10:05, 2024-01-00 | Page 7 of 12") == "updated 0 0 0 0 0 page 0 of 0"
    )
    assert furniture_key("A1B22C000d 9_9") == "a0b0c0d 0_0"


def test_present_needs_are_the_needs_in_the_lower_cased_text() -> None:
    needs = (*line_rules().needs, "[ad_", "(c)", "›", "σ")
    texts = [
        "Sign up: [AD_1] (C) 2024",
        "Home › News; Ads [ad] (c",
        "ΟΔΟΣ and/or more",
        "plain words only",
        "",
    ]
    for text in texts:
        low = text.lower()
        assert present_needs(needs, text) == {n for n in needs if n in low}, text
