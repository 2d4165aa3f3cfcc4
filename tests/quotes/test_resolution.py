"""Descriptions, pronouns, long appositives and indirect speech (all sentences invented)."""

from __future__ import annotations

from tests.quotes.helpers import by_text, quotes_of

HEAD = "Valley towns split over dam deal\n\n"


def test_sentence_initial_according_to_before_a_quote() -> None:
    text = HEAD + "The host spoke first. According to Okafor, “the deal leaves the valley dry.”"
    (q,) = quotes_of(text)
    assert q.speaker == "Okafor" and q.cue == "According to"


def test_descriptions_resolve_to_the_name_the_text_established() -> None:
    text = HEAD + (
        "Volodymyr Petrenko, the Ukrainian leader, arrived in Geneva on Monday.\n\n"
        "The head of the Russian delegation, Vladimir Orlov, met reporters.\n\n"
        "“We will not give up an inch of our land,” the Ukrainian leader said.\n\n"
        "“This is a serious proposal,” the head of the delegation told reporters.\n\n"
        "Kremlin spokesperson Dmitry Sokol called the meeting useful. "
        "“It went well,” the spokesperson said."
    )
    got = {q.text: (q.speaker, q.speaker_surface) for q in quotes_of(text)}
    assert got["We will not give up an inch of our land,"] == (
        "Volodymyr Petrenko",
        "the Ukrainian leader",
    )
    assert got["This is a serious proposal,"][0] == "Vladimir Orlov"
    assert got["It went well,"][0] == "Dmitry Sokol"


def test_an_unestablished_description_stays_unresolved() -> None:
    text = HEAD + "“The water will run out by August,” the regional engineer said."
    (q,) = quotes_of(text)
    assert q.speaker is None and q.speaker_surface == "the regional engineer"


def test_pronoun_goes_to_the_subject_after_a_leading_phrase() -> None:
    text = HEAD + (
        "“We accept responsibility,” Tomas Lindqvist said.\n\n"
        "In a radio interview before noon, Governor Amara Okafor sounded more careful. "
        "Though she called the plan “reckless,” she did not reject it."
    )
    assert by_text(text)["reckless,"].speaker == "Amara Okafor"


def test_long_appositive_between_quote_and_verb() -> None:
    text = HEAD + (
        "“Cheap is its one merit,” Leonard Okafor, head of the nonpartisan Valley Water "
        "Trust and a lecturer at the Harbour School of Engineering, said of the plan."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Leonard Okafor"


def test_age_place_and_relative_clause_appositives() -> None:
    text = HEAD + (
        "“Both plans scare me,” Harry Lund, 30, of Millbrook, Vt., who answered the ferry "
        "survey, said by phone."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Harry Lund"


def test_military_title_abbreviation_is_not_a_sentence_end() -> None:
    text = HEAD + "“I do not see how this changes our work,” said Army Capt. Rafael Quispe."
    (q,) = quotes_of(text)
    assert q.speaker == "Rafael Quispe"


def test_colon_paragraph_without_a_verb_introduces_the_next_quote() -> None:
    text = HEAD + (
        "On July 6, Senator Nadia Halvorsen made the following comment:\n\n"
        "“For young people who left school early, the rate is far higher than for anyone.”"
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Nadia Halvorsen"


def test_clause_opener_is_not_part_of_the_subject() -> None:
    text = HEAD + (
        "When Keiko Tanaka arrived at the hall, Oskar Brandt said the vote was “a done deal.”"
    )
    assert by_text(text)["a done deal."].speaker == "Oskar Brandt"


def test_parenthetical_cue_gives_indirect_speech() -> None:
    text = HEAD + "In any case, Mr. Moreau said, the valley has far more wells than it needs."
    (q,) = quotes_of(text, "indirect")
    assert q.text == "the valley has far more wells than it needs"
    assert q.speaker == "Moreau" and q.cue == "said"


def test_asked_whether_and_called_for_are_indirect_speech() -> None:
    text = HEAD + (
        "Councillor Lena Moreau asked whether the dam would be finished before winter.\n\n"
        "The union called for an independent inquiry into the contract."
    )
    got = {q.cue: q for q in quotes_of(text, "indirect")}
    assert got["asked"].text.startswith("whether the dam")
    assert got["asked"].speaker == "Lena Moreau"
    assert got["called"].text.startswith("for an independent inquiry")


def test_trailing_cue_with_appositive_gives_indirect_speech() -> None:
    text = HEAD + (
        "But that is not good enough, said Yusuf Okafor, a senior analyst at Harbour Bank, "
        "who notes that prices fell."
    )
    (q,) = quotes_of(text, "indirect")
    assert q.text == "But that is not good enough" and q.speaker == "Yusuf Okafor"


def test_a_cue_word_after_a_determiner_is_a_noun() -> None:
    from presswatch.quotes.cues import verbs_in

    noun = "We saw their tweets and the reports on Monday."
    verb = "The council reports that the dam is safe."
    assert [m.group() for m in verbs_in(noun, 0, len(noun))] == []
    assert [m.group() for m in verbs_in(verb, 0, len(verb))] == ["reports"]
