"""Speaker rules of the fourth quotes stage: invented sentences, each failing without its rule."""

from __future__ import annotations

from tests.quotes.helpers import by_text

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"


def test_time_noun_opening_a_sentence_is_not_the_subject() -> None:
    text = (
        HEAD + "Decades on, Helen Vasquez remembers the first dredger fondly, telling each tour "
        "group, “The channel was our whole economy.”"
    )
    q = by_text(text)["The channel was our whole economy."]
    assert q.speaker == "Helen Vasquez"


def test_parenthetical_cue_between_subject_and_verb() -> None:
    text = (
        HEAD + "What troubles the pilots, argues Rafael Ocampo, a tug skipper, is a depth chart "
        "that was “drawn up by people who never sailed here.”"
    )
    q = by_text(text)["drawn up by people who never sailed here."]
    assert q.speaker == "Rafael Ocampo" and q.cue == "argues"


def test_a_list_of_names_after_the_cue_is_no_parenthetical_cue() -> None:
    text = (
        HEAD + "Dennis Marlow, who skippers the oldest tug, argues they must keep Vasquez and "
        "Tamm on the board to “settle the dredging bill before spring.”"
    )
    assert by_text(text)["settle the dredging bill before spring."].speaker == "Dennis Marlow"


def test_exhorted_is_a_cue_of_appeal() -> None:
    text = (
        HEAD
        + "“Fund the channel before the fleet leaves,” exhorts the guild, led by Helen Vasquez."
    )
    q = by_text(text)["Fund the channel before the fleet leaves,"]
    assert q.cue == "exhorts" and q.stance == "appeal"


def test_place_phrase_after_the_subject_is_not_the_subject() -> None:
    text = HEAD + "Skippers moored along the east quay sounded horns and shouted “Dredge it now!”"
    assert by_text(text)["Dredge it now!"].speaker_surface == "Skippers"
    text = HEAD + "Families standing outside the council hall sang “Our channel, our jobs” at dusk."
    assert by_text(text)["Our channel, our jobs"].speaker_surface == "Families"


def test_name_after_a_description_subject_is_the_speaker() -> None:
    text = (
        HEAD + "The port authority’s chief hydrographer, Carolyn Brandt, briefed the council on "
        "Thursday, adding: “The silt returns every autumn.”"
    )
    assert by_text(text)["The silt returns every autumn."].speaker == "Carolyn Brandt"


def test_colon_intro_after_a_subordinate_clause() -> None:
    text = (
        HEAD + "Once Tamm had resigned from the guild, Mayor Helen Vasquez released two lines:\n"
        "“He served the harbour well. We wish him fair winds.”"
    )
    q = by_text(text)["He served the harbour well. We wish him fair winds."]
    assert q.speaker == "Helen Vasquez"


def test_pronoun_cue_after_a_quote_takes_no_modifier_words() -> None:
    text = (
        HEAD + "Carolyn Brandt opposed the levy because “it punishes the small boats,” naming "
        "charges she thinks could sink a family fleet."
    )
    assert by_text(text)["it punishes the small boats,"].speaker == "Carolyn Brandt"


def test_subject_with_an_appositive_and_a_modal_is_an_antecedent() -> None:
    text = (
        HEAD + "Carolyn Brandt opened the inquiry. Helen Vasquez, 58, could lead the new port "
        "board. She dismissed the levy as “a tax on fog.”"
    )
    assert by_text(text)["a tax on fog."].speaker == "Helen Vasquez"


def test_that_opening_a_sentence_is_no_speaker() -> None:
    text = HEAD + "Helen Vasquez chaired the inquiry. That said, she conceded the charts were "
    text += "“years out of date.”"
    assert by_text(text)["years out of date."].speaker == "Helen Vasquez"


def test_plural_noun_after_of_is_no_cue_verb() -> None:
    text = (
        HEAD + "Carolyn Brandt wrote in her report that a pile of hand-written notes from the "
        "guild had gone “unread for a decade.”"
    )
    assert by_text(text)["unread for a decade."].speaker == "Carolyn Brandt"
