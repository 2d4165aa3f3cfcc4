"""Antecedent work runs lazily (before the next pronoun) and gives what running it at once gives."""

from __future__ import annotations

import gc

import pytest

from benchmarks.bench_quotes import synthetic
from presswatch.quotes import extract_quotes
from presswatch.quotes.speakers import DocSpeakers

ARTICLES = [
    # subjects named only in quote-less paragraphs, then pronoun cues and cue-less quotes
    "Harbour strike enters second week\n\n"
    "Jane Roe toured the container terminal on Monday. Later she met the dockers.\n\n"
    "“We will not give up the night shifts,” she said.\n\n"
    "Tomas Brandt, the port director, rejected the claim. He called it unfair.\n\n"
    "“Nobody has lost a shift,” he said. “The rota is the same as last year.”\n\n"
    "She said the union would vote again on Friday.",
    # a paragraph ending in a named subject, then a paragraph that is one quote
    "Council backs ferry plan\n\n"
    "After a long debate, board chair Amara Okafor was the last to speak. Okafor warned the "
    "members about the cost.\n\n"
    "“The ferry has to run in winter as well, whatever it costs us.”\n\n"
    "Her deputy, Keiko Tanaka, disagreed. She told reporters the budget was already spent.\n\n"
    "“We cannot pay for a second boat,” she said, adding that fares would rise.",
    # pronouns before any named subject, and a colon introduction
    "He said it would pass. She was not so sure.\n\n"
    "Dmytro Volkanov, who chairs the committee, gave his view:\n\n"
    "“The vote is a formality,” he wrote. Lena Moreau disagreed. “It is not,” she said.",
]


def _eager(self: DocSpeakers, work) -> None:  # type: ignore[no-untyped-def]
    work()  # the queued work run at once, where the sentence loop used to run it


@pytest.mark.parametrize("text", ARTICLES + synthetic(40, seed=3))
def test_lazy_antecedents_give_what_running_them_at_once_gives(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lazy = extract_quotes(text)
    monkeypatch.setattr(DocSpeakers, "later", _eager)
    assert extract_quotes(text) == lazy


def test_pronoun_speakers_come_from_quote_less_paragraphs() -> None:
    quotes = extract_quotes(ARTICLES[0])
    speakers = {q.text: q.speaker for q in quotes if q.kind == "direct"}
    assert speakers["We will not give up the night shifts,"] == "Jane Roe"
    assert speakers["Nobody has lost a shift,"] == "Tomas Brandt"


def test_queued_work_runs_oldest_first_when_a_pronoun_is_resolved() -> None:
    text = "Jane Roe spoke first. Then she left."
    doc = DocSpeakers(text)
    ran: list[str] = []
    doc.later(lambda: ran.append("first"))
    doc.later(lambda: doc.note_subject("Jane Roe", 0) and ran.append("second"))
    assert ran == []
    assert doc.resolve("she", text.index("she")) == ("Jane Roe", True)
    assert ran == ["first", "second"]
    doc.resolve("she", text.index("she"))
    assert ran == ["first", "second"]  # run once


def test_an_article_leaves_no_reference_cycles_behind() -> None:
    """The queue refers back to the article's DocSpeakers: it is dropped when the article is done,
    so everything is freed at once, without waiting for (and adding work to) the cyclic GC."""
    # only our own objects count: a test run before this one may leave library state whose
    # first use here builds cycles of its own
    extract_quotes(ARTICLES[0])
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for text in [*ARTICLES, *synthetic(10, seed=4)]:
            extract_quotes(text)
        gc.collect()
        ours = [o for o in gc.garbage if type(o).__module__.startswith("presswatch")]
        assert ours == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
