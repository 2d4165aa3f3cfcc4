"""Speaker rules of the third quotes stage: each sentence is invented and fails without its rule."""

from __future__ import annotations

from presswatch.quotes.speakers import DocSpeakers
from presswatch.quotes.words import DOC_NAMES
from tests.quotes.helpers import by_text, quotes_of

HEAD = "Harbour board meets on dredging plan\n"


def test_opening_mark_typed_as_closing_mark() -> None:
    text = (
        HEAD
        + "“That was a surprise,“ said Ilse Brandt, a port engineer. “We have never dredged twice.”"
    )
    quotes = by_text(text)
    assert quotes["That was a surprise,"].speaker == "Ilse Brandt"
    assert quotes["We have never dredged twice."].speaker == "Ilse Brandt"


def test_triple_apostrophe_closes_inner_and_outer_quote() -> None:
    text = (
        HEAD + "''I told the board, 'Dredge it once and do it right,''' said Mr. Tomas Weller, "
        "who chairs the harbour trust."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Tomas Weller" and q.cue == "said"


def test_another_speaker_does_not_inherit_the_previous_one() -> None:
    text = (
        HEAD + "Ilse Brandt wrote, “The board never listens to the pilots.”\n"
        "Another wrote, “The pilots never listen to the board either.”"
    )
    q = by_text(text)["The pilots never listen to the board either."]
    assert q.speaker is None and q.speaker_surface == "Another"


def test_party_tag_between_name_and_verb() -> None:
    text = (
        HEAD + "But Sen. Karl Ostrander (R-Vt.) refused to join the tour, replying that the "
        "plan was “not going to survive the winter storms.”"
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Karl Ostrander"


def test_possessive_subject_is_the_possessed_group() -> None:
    text = (
        HEAD + "At the hearing, Brandt's two loudest critics went from polite to angry: "
        "“Why dredge a channel that nobody uses?”"
    )
    (q,) = quotes_of(text)
    assert q.speaker is None
    assert q.speaker_surface == "Brandt's two loudest critics"


def test_possessive_description_before_name_after_quote() -> None:
    text = (
        HEAD + "“We looked at every tide table since 1950,” Tidewise's chief tide table analyst, "
        "Oona Lindqvist, told The Harbour Times in 2013."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Oona Lindqvist"


def test_role_word_and_name_after_a_determiner() -> None:
    text = (
        HEAD + "“The channel silts up every spring,” the engineer Ilse Brandt, a former adviser "
        "to the harbour trust, wrote on her blog."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Ilse Brandt"


def test_passive_cue_takes_the_by_agent() -> None:
    text = (
        HEAD + "The plan has been called “a slow-motion disaster for the bay” by Tomas Weller, "
        "who chairs the harbour trust."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Tomas Weller" and q.cue == "called"


def test_reacted_is_a_cue_verb() -> None:
    text = HEAD + "“The board ignored every warning we gave them,” reacted Oona Lindqvist."
    (q,) = quotes_of(text)
    assert q.speaker == "Oona Lindqvist" and q.cue == "reacted"


def test_whose_clause_with_commas_is_skipped() -> None:
    text = (
        HEAD + "Mr. Weller, whose latest venture, Tidewise, sells sensors to ports, said the "
        "board was cautious: “They fear the cost more than the silt.”"
    )
    q = by_text(text)["They fear the cost more than the silt."]
    assert q.speaker == "Weller"


def test_capitalised_adjective_and_plural_noun_are_not_a_name() -> None:
    text = (
        HEAD + "Coastal erosion experts have questioned the survey, but have speculated that the "
        "bay might lose its “natural flushing” in ten years."
    )
    (q,) = quotes_of(text)
    assert q.speaker is None
    assert q.speaker_surface == "Coastal erosion experts"


def test_document_subject_of_its_own_sentence() -> None:
    text = (
        HEAD + "“The bay is dying,” Ilse Brandt wrote. The statement goes on to call the board "
        "“a club of people who have never seen a dredger.”"
    )
    q = by_text(text)["a club of people who have never seen a dredger."]
    assert q.speaker_surface == "The statement" and q.speaker != "Ilse Brandt"


def test_subject_of_the_sentence_before_a_quote_in_the_same_paragraph() -> None:
    text = (
        HEAD + "“We will dredge in May,” said Tomas Weller.\n"
        "Harbour master Oona Lindqvist described the mood on the quay that night. "
        "“Nobody on the pilot boats slept when the storm came in.”"
    )
    q = by_text(text)["Nobody on the pilot boats slept when the storm came in."]
    assert q.speaker == "Oona Lindqvist"


def test_long_leading_phrase_before_the_subject() -> None:
    text = (
        HEAD + "“We will dredge in May,” said Tomas Weller.\n"
        "Standing in for the chairman at the same meeting where the pilots and the engineers "
        "spoke on Sunday, Lindqvist poked fun at “our esteemed friend on the trust.”"
    )
    q = by_text(text)["our esteemed friend on the trust."]
    assert q.speaker_surface == "Lindqvist"


def test_participle_is_not_a_modifier_of_a_name() -> None:
    text = (
        HEAD + "“Fear alone will not move anybody,” said Carl Rocha, president of Tidewise.\n"
        "The opposition leader built her platform around a ban on unlicensed dredging, "
        "portraying Dutch dredgers, above all, as “vandals” and pirates who steal local work."
    )
    assert all(q.speaker != "Dutch" for q in quotes_of(text, None))


def test_indefinite_description_is_not_the_name_inside_it() -> None:
    text = (
        HEAD + "Ilse Brandt chaired the meeting.\n"
        "“She will never give up the channel,” said a longtime adviser to Brandt.\n"
        "“We are not done,” an angry Brandt said later."
    )
    quotes = by_text(text)
    adviser = quotes["She will never give up the channel,"]
    # the description itself speaks, never the name inside it (agent descriptions)
    assert adviser.speaker == adviser.speaker_surface == "a longtime adviser to Brandt"
    assert quotes["We are not done,"].speaker == "Ilse Brandt"


def test_common_word_surname_after_a_given_name() -> None:
    text = (
        HEAD + "Harbour minister Karen May said, “We will dredge the channel once and for all.”\n"
        "“The trust can object as much as it likes,” May told reporters in May.\n"
        "Columnist Peter Will wrote a reply.\n"
        "“The minister has never seen the bay at low tide,” Will wrote."
    )
    quotes = by_text(text)
    assert quotes["We will dredge the channel once and for all."].speaker == "Karen May"
    assert quotes["The trust can object as much as it likes,"].speaker == "Karen May"
    assert quotes["The minister has never seen the bay at low tide,"].speaker == "Peter Will"


def test_common_word_surnames_do_not_leak_into_the_next_article() -> None:
    quotes_of(HEAD + "Harbour minister Karen May said, “We will dredge the channel.”")
    assert DOC_NAMES.get() == frozenset()
    text = HEAD + "“We will dredge the channel in spring,” the board said in May."
    (q,) = quotes_of(text)
    assert q.speaker == "the board"


def test_subject_with_an_age_appositive_is_a_pronoun_antecedent() -> None:
    text = (
        HEAD + "“We will dredge in May,” said Karen Holm.\n"
        "Ilse Brandt, 55, joined the port crew in 1998 and now pilots the night dredger for the "
        "trust. Her union fears cuts.\n"
        "“I dumped the plan but kept the boat,” she said."
    )
    assert by_text(text)["I dumped the plan but kept the boat,"].speaker == "Ilse Brandt"


def test_name_before_a_plural_noun_is_not_the_subject() -> None:
    text = (
        HEAD + "“We will dredge in May,” said Tomas Weller.\n"
        "Karl Ostrander supporters chanted outside the hall on Monday.\n"
        "“It is a disaster for the bay,” he said."
    )
    assert by_text(text)["It is a disaster for the bay,"].speaker == "Tomas Weller"


def test_compass_word_and_name_is_a_place_not_a_person() -> None:
    text = HEAD + "North Ivesk said on Monday that it “will not allow dredgers into its waters.”"
    doc = DocSpeakers(text)
    pos = text.index("North Ivesk")
    assert doc.resolve("North Ivesk", pos) == ("North Ivesk", False)
    assert not doc.note_subject("North Ivesk", pos)
    assert doc.resolve("West", pos)[1]  # a surname on its own stays a person


def test_verb_before_a_plural_noun_keeps_the_subject() -> None:
    text = (
        HEAD + "“We will dredge in May,” said Tomas Weller.\n"
        "Ilse Brandt visits towns affected by the floods every spring. "
        "“We must help them,” she said."
    )
    assert by_text(text)["We must help them,"].speaker == "Ilse Brandt"


def test_place_with_an_appositive_is_not_a_pronoun_antecedent() -> None:
    text = (
        HEAD + "Ilse Brandt arrived on Monday.\n"
        "Port Tarrow, the regional capital, hosted the talks on Tuesday. "
        "“We are ready,” she said."
    )
    assert by_text(text)["We are ready,"].speaker == "Ilse Brandt"


def test_a_participle_that_is_not_speech_is_no_passive_cue() -> None:
    text = HEAD + "The old ferry was named “the pride of the bay” by the harbour trust in 1990."
    assert all(q.cue != "named" for q in quotes_of(text, None))


def test_an_aide_to_a_full_name_is_not_that_person() -> None:
    text = HEAD + "“She will never give up the channel,” said an aide to Ilse Brandt."
    (q,) = quotes_of(text)
    assert q.speaker == q.speaker_surface == "an aide to Ilse Brandt"


def test_outlet_after_an_adjective_is_an_organisation() -> None:
    text = HEAD + "“The channel is safe,” the conservative Harbour Mail reported on Friday."
    doc = DocSpeakers(text)
    assert doc.resolve("the conservative Harbour Mail", text.index("the conservative"))[1] is False
