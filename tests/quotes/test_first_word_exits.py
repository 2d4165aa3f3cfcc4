"""The thirteenth session's early exits decide exactly as the full work they skip."""

from __future__ import annotations

from presswatch.quotes.descriptions import _NAME_RE, _party, establish
from presswatch.quotes.nounphrase import _NOT_MODIFIER, noun_phrase_after
from presswatch.quotes.words import DETERMINERS, DOC_NAMES, FUNCTION, opens_no_phrase

# invented rests after the first word: a name, a description, nothing, filler of a masked quote
RESTS = ["", " Jane Roe said", " storm survivor Ola Dahl", " \x00\x00\x00 later", " the port board"]


def test_a_first_word_that_opens_no_phrase_needs_no_tokens() -> None:
    for first in ["in", "said,", "of", "portraying", "when", "and", "was."]:
        assert opens_no_phrase(first), first
        for rest in RESTS:
            text = "x " + first + rest
            assert noun_phrase_after(text, 2, len(text)) is None, text


def test_near_misses_go_on_to_the_phrase() -> None:
    # a lower-case role word before a name, a determiner, a capital, a short -ing word
    found = {
        "storm survivor Jane Roe said": "storm survivor Jane Roe",
        "the harbour chief said": "the harbour chief",
        "Jane Roe said": "Jane Roe",
        "king Olav spoke": "king Olav",
    }
    for text, want in found.items():
        assert not opens_no_phrase(text.split()[0]), text
        span = noun_phrase_after(text, 0, len(text))
        assert span is not None and text[span[0] : span[1]] == want, text
    for first in ["Citing", "Roe,", "the", "his", "sing", "al-Hassan", "(the"]:
        assert not opens_no_phrase(first), first


def test_a_capitalised_first_word_is_left_to_the_full_work() -> None:
    # (the article's doc names decide whether 'May' is a name: only the full work reads them)
    token = DOC_NAMES.set(frozenset({"May"}))
    try:
        assert not opens_no_phrase("May") and not opens_no_phrase("Roe")
        assert noun_phrase_after("Roe said it", 0, 11) == (0, 3)
    finally:
        DOC_NAMES.reset(token)


def test_the_modifier_stop_words_are_the_function_words_and_determiners() -> None:
    assert _NOT_MODIFIER == FUNCTION | DETERMINERS


def test_party_tags_and_appositives_are_looked_for_only_after_a_comma_or_bracket() -> None:
    texts = [
        "Sen. Priya Venkat, D-Minn., spoke. Jo Roe, a Republican from Ohio, saw Democratic Al Ode",
        "Gov. Jo Roe (R-Ohio) and Rep. Ana Ruiz; Tom Reyes, a Democrat, met Independent Eli Moss.",
        "Jo Roe said. Ana Ruiz (D-Minn) left. Eli Moss, the harbour chief, stayed.",
    ]
    for text in texts:
        for parties in (True, False):
            for m in _NAME_RE.finditer(text):
                set_off = text.startswith((", ", " ("), m.end())
                plain = _party(text, m, parties)
                assert _party(text, m, parties, set_off) == plain, (text, m.group())
                if not set_off:
                    assert _party(text, m, parties, True) == plain
    assert [words for _, words, _ in establish(texts[1])] == [
        ["ohio", "republican"],
        ["ohio", "governor"],
        ["democrat"],
        ["independent"],
    ]
    # ('(D-Minn)' names no state it knows: no tag; the appositive after a comma is found)
    assert establish(texts[2]) == [(37, ["harbour", "chief"], "Eli Moss")]
