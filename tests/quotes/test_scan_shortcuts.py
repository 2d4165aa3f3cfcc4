"""Shortcut scans (issue #9) give what the plain scans they replace give."""

from __future__ import annotations

from benchmarks.bench_quotes import synthetic
from presswatch.quotes.docindex import _VERB_FINDITER, scan_verbs
from presswatch.quotes.marks import _MARK, find_spans, mark_list
from presswatch.quotes.sentences import paragraphs

ODD = [
    "''' ``'' \"x\" '' ` ' '''' ``` end''",
    "He said ''no'' and ``yes''. \"Fine,\" she said.\n\n  'Odd' \"\" ''",
    "“Wir” «nous» „sie“ ''x'' `y` \"z\"\n\"open only",
    "",
    '"',
]


def test_mark_list_is_the_regex_scan_on_ascii_and_other_texts() -> None:
    for text in [*synthetic(20, seed=3), *ODD]:
        want = [(m.start(), m.group()) for m in _MARK.finditer(text)]
        assert mark_list(text) == want
        ascii_text = text.encode("ascii", "replace").decode()
        assert mark_list(ascii_text) == [(m.start(), m.group()) for m in _MARK.finditer(ascii_text)]


def test_find_spans_from_the_marks_of_the_text_as_from_its_own_scan() -> None:
    for text in [*synthetic(20, seed=4), *ODD]:
        marks = mark_list(text)
        for i, lo, hi in paragraphs(text):
            mine = [(s, m) for s, m in marks if lo <= s < hi]
            assert find_spans(text, lo, hi, i == 0, mine) == find_spans(text, lo, hi, i == 0)


def test_verb_scan_next_to_filler_runs_and_non_ascii_characters_is_the_plain_scan() -> None:
    texts = [
        "\x00\x00said \x00\x00 said\x00 saidé ’said” İsaid ſaid\x00went on\x00\x00",
        "\x00said. \x00\x00\x00warned\x00, told\x00\x00 -said said",  # ASCII: scanned as bytes
    ]
    for text in texts:
        want = [(m.start(), m.group()) for m in _VERB_FINDITER(text)]
        assert [(m.start(), m.group()) for m in scan_verbs(text)] == want
        assert want


def test_a_noun_after_any_listed_determiner_is_no_cue_verb() -> None:
    # the noun check runs only where the determiner's last letter ends; 'my' needs 'y' there
    from presswatch.quotes.cues import verbs_in

    for det in ("the", "an", "his", "their", "its", "my", "our", "your", "these", "those"):
        text = f"The mayor rejected {det} claims that the deck was unsafe."
        assert [m.group() for m in verbs_in(text, 0, len(text))] == ["rejected"], det


def test_according_to_reports_speech_in_a_sentence_without_a_cue_verb() -> None:
    from presswatch.quotes import extract_quotes

    text = "Bridge reopens\n\nAccording to Mayor Jane Smith, the bridge will reopen on Monday."
    assert [(q.kind, q.speaker, q.cue) for q in extract_quotes(text)] == [
        ("indirect", "Jane Smith", "according to")
    ]


def test_the_lede_is_the_three_paragraphs_after_the_headline() -> None:
    from presswatch.quotes import extract_quotes

    paras = [f"“Deck {i} is safe now,” Jane Smith said." for i in range(1, 6)]
    quotes = extract_quotes("\n\n".join(["Bridge reopens after repairs", *paras]))
    assert [(q.paragraph, q.prominence) for q in quotes] == [
        (1, "lede"), (2, "lede"), (3, "lede"), (4, "body"), (5, "body")
    ]  # fmt: skip
