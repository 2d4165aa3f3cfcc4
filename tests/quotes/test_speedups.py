"""The eleventh session's cheaper forms of quote work find exactly what the plain forms find."""

from __future__ import annotations

from benchmarks.bench_quotes import synthetic
from presswatch.quotes.descriptions import (
    _BEFORE_NAME,
    _NAME_RE,
    _TITLE_BEFORE,
    _from_the,
    _party,
    _the_starts,
    establish,
)
from presswatch.quotes.speakers import DocSpeakers

# invented sentences: descriptions before and after names, 'the' inside words, party tags
DESCRIBED = [
    "The harbour chief, Ola Dahl, spoke. Tthe ferry, Jo Roe, said. the the pilot, Ana Ruiz, left.",
    "Bathe them, Ines Varga. The Speaker, Rt. Hon. Marta Quell, ruled; the Mayor, Dr. Lund Berg.",
    "Sen. Priya Venkat, D-Minn., spoke. Jo Roe, a Republican from Ohio, saw Democratic Rep. Al Ode",
    "éthe chair, Tom Reyes, said. «the head of the port board, Kari Lund,» the the, Eli Moss;",
    "Independent Sen. Mara Holt (I-Vt.) and Republican Gov. Ben Ode met the Democrat, Jo Fenn.",
]


def test_the_led_patterns_tried_at_the_only_match_their_finditer() -> None:
    for text in [*DESCRIBED, *synthetic(8, seed=5)]:
        starts = _the_starts(text)
        for pattern in (_BEFORE_NAME, _TITLE_BEFORE):
            want = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in _from_the(pattern, text, starts)] == want, text[:40]
    assert any(_BEFORE_NAME.search(text) for text in DESCRIBED)
    assert any(_TITLE_BEFORE.search(text) for text in DESCRIBED)


def test_party_descriptions_need_a_party_word_only_for_titles() -> None:
    texts = [*DESCRIBED, "Jo Roe, a Republican, spoke.", "Gov. Jo Roe, R-Ohio, spoke."]
    for text in texts:
        found = [(m.start(), _party(text, m, True)) for m in _NAME_RE.finditer(text)]
        parties = "Republican" in text or "Democratic" in text or "Independent" in text
        assert [(m.start(), _party(text, m, parties)) for m in _NAME_RE.finditer(text)] == found
    assert [words for _, words, _ in establish(texts[-1])] == [
        ["ohio", "republican"],
        ["ohio", "governor"],
    ]
    assert [words for _, words, _ in establish(DESCRIBED[2])] == [
        ["minnesota", "democrat"],
        ["minnesota", "senator"],
        ["ohio", "republican"],
        ["democrat"],
    ]


def test_establish_takes_the_title_words_just_before_a_name() -> None:
    text = "Later, the union leader Jo Roe and Ukrainian leader Ana Ruiz met spokesperson Eli Moss."
    assert [(words, name) for _, words, name in establish(text)] == [
        (["leader"], "Jo Roe"),
        (["ukrainian", "leader"], "Ana Ruiz"),
        (["spokesperson"], "Eli Moss"),
    ]


def test_a_description_without_a_country_adjective_leaves_the_names_unscanned() -> None:
    doc = DocSpeakers("Port officials in Solvik met Jane Roe. Officials said the talks went well.")
    assert doc.resolve("officials", 40) == ("officials", False)
    assert doc.resolve("the port", 40) == (None, False)
    assert doc._fulls is None  # no name was needed: the scan stays undone
    assert doc.resolve("the Turkish minister", 40) == (None, False)
    assert doc._fulls == {"roe": [(29, "Jane Roe")]}
