"""Speaker rules of the fourth quotes stage: invented sentences, each failing without its rule."""

from __future__ import annotations

from tests.quotes.helpers import by_text

HEAD = "Island timetable: the winter ferry debate\n"


def test_time_phrase_before_the_subject_is_not_the_subject() -> None:
    text = (
        HEAD + "Weeks later, Maria Holm praised the ferry crews on the radio, telling listeners, "
        "“They kept the island alive through the storm.”"
    )
    q = by_text(text)["They kept the island alive through the storm."]
    assert q.speaker == "Maria Holm" and q.cue == "telling"


def test_parenthetical_cue_between_subject_and_verb() -> None:
    text = (
        HEAD + "What worries the crews most, says Ines Varga, a marine engineer, is a timetable "
        "that was “never tested in winter.”"
    )
    q = by_text(text)["never tested in winter."]
    assert q.speaker == "Ines Varga" and q.cue == "says"


def test_parenthetical_cue_needs_the_name_right_after_the_verb() -> None:
    text = (
        HEAD + "Carl Vick, an engineer at the port authority, said he expects Holm, Berg, and "
        "Lind to “stand together on this.”"
    )
    assert by_text(text)["stand together on this."].speaker == "Carl Vick"


def test_sign_off_line_names_the_quote_above() -> None:
    text = (
        HEAD + "“The ferry is the only road we have. Without it the island empties.”\n"
        "— Marta Solvik, a crane driver in Brevik\n"
        "“We were promised a new harbour ten years ago.”\n"
        "-Peter Holm, ferry pilot"
    )
    quotes = by_text(text)
    first = quotes["The ferry is the only road we have. Without it the island empties."]
    assert first.speaker == "Marta Solvik"
    assert quotes["We were promised a new harbour ten years ago."].speaker == "Peter Holm"


def test_wire_credit_under_a_quote_is_no_sign_off() -> None:
    text = HEAD + "“The ferry is the only road we have, and we will keep it.”\n— Reuters"
    q = by_text(text)["The ferry is the only road we have, and we will keep it."]
    assert q.speaker is None


def test_exhorted_is_a_cue_of_appeal() -> None:
    text = HEAD + "“Keep the night ferry running,” exhorted the island doctor, Lena Aas."
    q = by_text(text)["Keep the night ferry running,"]
    assert q.cue == "exhorted" and q.stance == "appeal"


def test_place_phrase_after_the_subject_is_not_the_subject() -> None:
    text = (
        HEAD + "Residents living near the old piers shouted “Close the gates!” as the ferry left."
    )
    assert by_text(text)["Close the gates!"].speaker_surface == "Residents"
    text = (
        HEAD + "Pilots waiting outside the harbour offices chanted “No deal without us!” at noon."
    )
    assert by_text(text)["No deal without us!"].speaker_surface == "Pilots"


def test_copula_names_a_pronoun_antecedent() -> None:
    text = (
        HEAD + "Anna Berg chaired the meeting of island mayors. The newest member is Mayor "
        "Elena Lind of Brevik.\n“We cannot wait for the ministry any longer,” she said."
    )
    assert by_text(text)["We cannot wait for the ministry any longer,"].speaker == "Elena Lind"


def test_copula_needs_a_person() -> None:
    text = (
        HEAD + "Anna Berg chaired the meeting of island mayors. The venue was Brevik Town Hall."
        "\n“We cannot wait for the ministry any longer,” she said."
    )
    assert by_text(text)["We cannot wait for the ministry any longer,"].speaker == "Anna Berg"


def test_contracted_has_names_a_pronoun_antecedent() -> None:
    text = (
        HEAD + "Anna Berg chaired the meeting of island mayors. Elena Lind’s been lobbying the "
        "ministry for a second ferry.\n“We cannot wait for the ministry any longer,” she said."
    )
    assert by_text(text)["We cannot wait for the ministry any longer,"].speaker == "Elena Lind"


def test_subordinate_clause_subject_with_relative_clause() -> None:
    text = (
        HEAD + "Several dockers recalled the winter of 2019, when Ms. Quell, who had just lost "
        "the union vote, called for a “fresh start” on the piers."
    )
    q = by_text(text)["fresh start"]
    assert q.speaker_surface == "Ms. Quell" and q.cue == "called"


def test_subject_of_an_infinitive_cue() -> None:
    text = (
        HEAD + "The chamber fell quiet until Ms. Quell felt obliged to say, “Enough of this, let "
        "the crews speak.”"
    )
    q = by_text(text)["Enough of this, let the crews speak."]
    assert q.speaker_surface == "Ms. Quell" and q.cue == "say"


def test_infinitive_of_a_belief_verb_keeps_the_outer_speaker() -> None:
    text = (
        HEAD + "Across the islands, the ferry board chair Anna Berg said, Norwegians have slowly "
        "come to believe “the night ferry is safe.”"
    )
    assert by_text(text)["the night ferry is safe."].speaker == "Anna Berg"


def test_name_after_a_description_subject_is_the_speaker() -> None:
    text = (
        HEAD + "The ferry line’s chief planner, Ola Dahl, met the board on Tuesday, noting: “We "
        "can deliver both hulls by spring.”"
    )
    assert by_text(text)["We can deliver both hulls by spring."].speaker == "Ola Dahl"
    text = (
        HEAD + "Acme’s sales chief, Mike Lund, met the board on Tuesday, noting: “We can deliver "
        "both hulls by spring.”"
    )
    assert by_text(text)["We can deliver both hulls by spring."].speaker == "Mike Lund"


def test_colon_intro_after_a_subordinate_clause() -> None:
    text = (
        HEAD + "Once Lind had left the board, Governor Anna Berg put out a short note:\n"
        "“We thank him for twenty years of work on the ferry line.”"
    )
    q = by_text(text)["We thank him for twenty years of work on the ferry line."]
    assert q.speaker == "Anna Berg"


def test_participle_takes_the_subject_of_the_cue_right_before_it() -> None:
    text = (
        HEAD + "Ms. Quell left the pier early, the harbour master Ines Varga said, adding, "
        "“Nobody was at risk.”"
    )
    assert by_text(text)["Nobody was at risk."].speaker == "Ines Varga"


def test_participle_after_a_catenative_verb() -> None:
    text = (
        HEAD + "Ferry Board hearings dragged on, and council member Ana Lind kept asking, “Who "
        "signed off on the night crossing?”"
    )
    assert by_text(text)["Who signed off on the night crossing?"].speaker == "Ana Lind"


def test_pronoun_after_a_quote_takes_no_modifiers() -> None:
    text = (
        HEAD + "Maria Berg said she opposed the budget since “it forgets the outer islands,” "
        "listing fees she said would drive families away."
    )
    assert by_text(text)["it forgets the outer islands,"].speaker == "Maria Berg"


def test_pronoun_subject_of_a_narrative_paragraph_carries() -> None:
    text = (
        HEAD + "Maria Holm runs the night desk at the union.\n"
        '"Ferry union, good evening," Holm said into the receiver.\n'
        "She listens for a while.\n"
        '"Of course, we will send someone down to the pier tonight."'
    )
    q = by_text(text)["Of course, we will send someone down to the pier tonight."]
    assert q.speaker == "Maria Holm"


def test_pronoun_subject_of_a_participle_after_a_time_phrase() -> None:
    text = (
        HEAD + "Elena Lind spoke first at the hearing.\n"
        "An hour after the vote, she sent the council a message saying, “The ferry must run "
        "tonight.”"
    )
    q = by_text(text)["The ferry must run tonight."]
    assert q.speaker == "Elena Lind" and q.cue == "saying"


def test_subject_with_an_appositive_and_a_modal_is_an_antecedent() -> None:
    text = (
        HEAD + "Anna Berg opened the hearing. Elena Lind, 41, will chair the new ferry board. She "
        "has rejected the plan, calling it “a gift to the mainland.”"
    )
    assert by_text(text)["a gift to the mainland."].speaker == "Elena Lind"


def test_that_said_is_no_speaker() -> None:
    text = HEAD + "Anna Berg opened the hearing. That said, she admitted the timetable was “far "
    text += "from perfect.”"
    assert by_text(text)["far from perfect."].speaker == "Anna Berg"


def test_name_after_a_subordinator_before_a_participle_appositive() -> None:
    text = (
        HEAD + "The row grew after Ms. Quell, pressed on the overtime rules, had said, “The crews "
        "knew the risks when they signed.”"
    )
    q = by_text(text)["The crews knew the risks when they signed."]
    assert q.speaker_surface == "Ms. Quell"


def test_relative_clause_with_as_is_no_subordinate_clause() -> None:
    text = (
        HEAD + "Olav Dahl, who describes himself as Norwegian, told the council that the ferry "
        "was “a lifeline for every island.”"
    )
    assert by_text(text)["a lifeline for every island."].speaker == "Olav Dahl"


def test_line_label_is_no_transcript_speaker() -> None:
    text = (
        HEAD + "The clip was played at the hearing.\n"
        '"VIDEO: The ferry left the pier without the pilots on board.\n'
        '"HOLM: Did you approve that?'
    )
    quotes = by_text(text)
    assert (
        quotes["VIDEO: The ferry left the pier without the pilots on board."].speaker_surface
        is None
    )
    assert quotes["HOLM: Did you approve that?"].speaker_surface == "HOLM"


def test_plural_noun_after_of_is_no_cue_verb() -> None:
    text = (
        HEAD + "At the harbour office, Maria Lund said Olav Dahl’s string of late-night claims "
        "about the ferry was “simply untrue.”"
    )
    assert by_text(text)["simply untrue."].speaker == "Maria Lund"
