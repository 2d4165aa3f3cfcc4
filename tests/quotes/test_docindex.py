"""The per-document lookups that replace regex scans answer exactly as the regexes did."""

from __future__ import annotations

import re

import pytest

from presswatch.actors.registry import default_registry
from presswatch.quotes.docindex import alone_mid_sentence, doc_names, registry_lookup, word_spans
from presswatch.quotes.pronouns import GENDERED as _GENDERED
from presswatch.quotes.speakers import DocSpeakers, name_core
from presswatch.quotes.words import DOC_NAMES

TEXT = (
    "Roe said the Port Ivesk strike would go on, Roe added. In Roe Valley, roe deer graze; "
    "officials, Roe and Doe met. Roe's aide, Roe_x and Roex spoke, then Roe. Roe, Roe Doe, Roe"
)
KEYS = ["Roe", "Roe Doe", "Port", "Ivesk", "roe", "Roe's", "Doe", "x", "", "Roe ", "then"]


@pytest.mark.parametrize("key", KEYS)
def test_alone_mid_sentence_answers_as_the_regex(key: str) -> None:
    pattern = re.compile(r"[a-z,] " + re.escape(key) + r"\b(?! [A-Z])")
    for cut in range(0, len(TEXT), 7):  # every prefix length, so matches at the very end count
        text = TEXT[:cut]
        assert alone_mid_sentence(text, key) == (pattern.search(text) is not None), (key, cut)


@pytest.mark.parametrize("word", ["Roe", "Doe", "Roe Doe", "roe", "Ivesk", "Roe's", "_x", "e."])
def test_word_spans_are_the_regex_whole_word_matches(word: str) -> None:
    pattern = re.compile(r"\b" + re.escape(word) + r"\b")
    for cut in range(0, len(TEXT), 5):
        text = TEXT[:cut]
        assert word_spans(text, word) == [m.span() for m in pattern.finditer(text)], (word, cut)


def test_gendered_pronouns_match_as_the_case_insensitive_regex() -> None:
    text = "He his HIM she Her HERS hİs hıS ſhe heR herſ hers_ he's he-said shes hisx 1he hé Him."
    folded = re.compile(r"\b(?:he|his|him|she|her|hers)\b", re.IGNORECASE)
    got = [(m.span(), m.group()) for m in _GENDERED.finditer(text)]
    assert got == [(m.span(), m.group()) for m in folded.finditer(text)]
    assert len(got) == 14


def test_registry_lookup_is_the_registry_answer() -> None:
    for name in ["Zelenskyy", "Zelensky", "Kremlin", "Nobody Inparticular", "", " "]:
        assert registry_lookup(name) == default_registry().lookup(name)


def test_memoised_name_core_hands_out_fresh_lists() -> None:
    core = name_core("spokesperson Dmitry Peskov")
    assert core == ["Dmitry", "Peskov"]
    core.append("changed")
    assert name_core("spokesperson Dmitry Peskov") == ["Dmitry", "Peskov"]


def test_known_is_cached_per_document_and_per_key() -> None:
    doc = DocSpeakers("The Port Ivesk strike went on. Officials met Okafor on Monday.")
    assert doc.known("Okafor,") is True  # mid-sentence on its own
    assert doc.known("Port") is False  # part of a longer name
    assert doc._known == {"Okafor": True, "Port": False}


def test_name_scan_on_first_use_keeps_the_article_doc_names() -> None:
    text = "Theresa May spoke on Monday.\nOn Tuesday, May Rivers said the party would win."
    assert DocSpeakers(text).fulls == {}  # without the article's names 'May' is a month
    token = DOC_NAMES.set(doc_names(text))
    try:
        doc = DocSpeakers(text)  # made inside the article's context, scanned after it ends
    finally:
        DOC_NAMES.reset(token)
    assert doc.fulls == {"may": [(0, "Theresa May")], "rivers": [(41, "May Rivers")]}
    assert doc.full_name(["May"], 30) == "Theresa May"
