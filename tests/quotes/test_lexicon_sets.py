"""The word-set file's blocks are read as written; a name used twice is an error."""

from __future__ import annotations

import pytest

from presswatch.quotes import lexicon


def test_each_block_is_its_own_set(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["tides:"], ["ebb flood"], ["boats:"], ["skiff"]]
    monkeypatch.setattr(lexicon, "rows", lambda name: rows)
    assert lexicon._word_sets() == {"tides": {"ebb", "flood"}, "boats": {"skiff"}}


def test_a_set_defined_twice_names_the_set(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["tides:"], ["ebb"], ["boats:"], ["skiff"], ["tides:"], ["flood"]]
    monkeypatch.setattr(lexicon, "rows", lambda name: rows)
    with pytest.raises(ValueError, match="'tides' defined twice"):
        lexicon._word_sets()


def test_the_shipped_file_defines_each_set_once() -> None:
    names = [r[0].strip()[:-1] for r in lexicon.rows("wordsets.txt") if r[0].strip().endswith(":")]
    assert len(names) == len(set(names))


def test_word_lists_moved_from_code_are_read_from_the_word_sets() -> None:
    from presswatch.quotes.askers import PASSIVE_AUX
    from presswatch.quotes.speakers import _OTHER_SUBJECT

    sets = lexicon.lexicon().sets
    assert {"never", "also", "being"} <= sets["verb_group_words"]
    assert {"was", "got"} <= sets["passive_auxiliaries"] and "has" in sets["perfect_auxiliaries"]
    assert PASSIVE_AUX.sub("", "Later she had been") == "Later she"
    assert PASSIVE_AUX.sub("", "Roe has") == "Roe has"  # near miss: no 'been' after 'has'
    assert _OTHER_SUBJECT.search("and their office said")
    assert not _OTHER_SUBJECT.search("and theirs said")  # near miss: no determiner
