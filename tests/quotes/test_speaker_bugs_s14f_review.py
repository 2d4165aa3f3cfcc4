"""Review fixes (fourteenth session, f): 'Co.' before a county or a title, noun phrases before a
pair, organisations named after a person, plural titles after the quote, participle openers.
Invented text only."""

from __future__ import annotations

import pytest

from presswatch.quotes import extract_quotes
from presswatch.quotes.sentences import boundaries
from tests.quotes.helpers import speakers_of

HEAD = "Mill town notes\n\nThe board sat late on Thursday. "
SAID = "Nobody on this coast asked for a toll on the ferry"
LOW = "nobody on this coast asked for a toll on the ferry"


def _first(text: str) -> str | None:
    return speakers_of(HEAD + text)[0]


# 1, 2. 'Co.' ends a sentence only before a function word or a name and its verb


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Lena Lind, a sheep farmer in Ireland's Co. Mayo uplands, said “{LOW}.”", "Lena Lind"),
        (f"Ana Ruiz, of North Co. Sligo fishing club Tide Line, said “{LOW}.”", "Ana Ruiz"),
        (f"“{SAID},” said Harbour Co. Tromso dock supervisor Tom Berg.", "Tom Berg"),
    ],
)
def test_co_before_a_county_or_a_title_goes_on(text: str, speaker: str) -> None:
    assert _first(text) == speaker


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("She farms in Ireland's Co. Clare hills with her son.", 1),
        ("He sails from East Co. Down ports each spring.", 1),
        ("The mill went to Harbour Co. Tromso staff were told.", 1),
        ("The mill went to Harbour Co. In May the staff were told.", 2),
        ("The mill went to Harbour Co. Profits dropped.", 2),
    ],
)
def test_firm_abbreviation_sentence_ends(text: str, count: int) -> None:
    assert len(boundaries(text, 0, len(text))) - 1 == count


def test_co_before_a_name_and_its_appositive_ends_the_sentence() -> None:
    text = f"The mill went to Harbour Co. Tom Berg, its owner, said “{LOW}.”"
    assert _first(text) == "Tom Berg"  # a guard: right before this fix too


# 3. A noun phrase before a pair is no fronted adverbial and never reported content


@pytest.mark.parametrize(
    "text",
    [
        "Three dock workers, Tom Reyes and Lena Ortiz said the fee was much too steep.",
        f"Ana Ruiz's neighbours, Tom Reyes and Lena Ortiz said “{LOW}.”",
    ],
)
def test_a_noun_phrase_before_a_pair_is_not_reported(text: str) -> None:
    found = [q.text for q in extract_quotes(HEAD + text) if q.kind == "indirect"]
    assert not any(t.startswith(("Three", "Ana")) for t in found)


# 4. An organisation named after a person keeps its owner


def test_an_organisation_named_after_a_person_keeps_its_possessive() -> None:
    assert _first(f"“{SAID},” the Earl's Maria Trust said.") == "the Earl's Maria Trust"


def test_an_outlet_possessive_before_a_person_is_still_dropped() -> None:
    assert _first(f"“{SAID},” the Mayor's Lena Ortiz said.") == "Lena Ortiz"  # guard


# 5, 6. A plural title after the quote, and a participle opener, keep the pair


@pytest.mark.parametrize(
    "text",
    [
        f"“{SAID},” Councillors Lena Ortiz and Tom Reyes said.",
        f"Asked about the fee, Lena Ortiz and Tom Reyes said “{LOW}.”",
        f"Speaking in Kelp, Lena Ortiz and Tom Reyes said “{LOW}.”",
    ],
)
def test_plural_titles_and_participle_openers_keep_the_pair(text: str) -> None:
    assert _first(text) == "Lena Ortiz and Tom Reyes"


def test_a_participle_opener_with_a_verb_is_no_adverbial() -> None:
    text = f"Speaking to Kelp, Ruiz thanked Lena Ortiz and Tom Reyes said “{LOW}.”"
    assert _first(text) == "Tom Reyes"  # guard


def test_a_noun_phrase_before_a_closed_pair_is_its_head() -> None:
    text = HEAD + "Two farm workers, Tom Reyes and Lena Ortiz, said the fee was much too steep."
    assert speakers_of(text, "indirect") == ["Tom Reyes and Lena Ortiz"]  # guard
