"""Cue patterns, speaker resolution and inheritance (all sentences invented)."""

from __future__ import annotations

from presswatch.actors import load_registry
from presswatch.quotes.lexicon import lexicon
from tests.quotes.helpers import by_text, quotes_of

HEAD = "Port city weighs new ferry route\n"


def test_inverted_cue_with_title() -> None:
    text = HEAD + "“The ferry will pay for itself,” said Transport Minister Ines Okafor."
    (q,) = quotes_of(text)
    assert q.speaker == "Ines Okafor" and q.cue == "said"


def test_cue_before_with_that_and_time() -> None:
    text = HEAD + "Ines Okafor told reporters Monday that “the timetable is realistic.”"
    (q,) = quotes_of(text)
    assert q.text == "the timetable is realistic."
    assert q.speaker == "Ines Okafor" and q.cue == "told"


def test_partial_quote_with_called() -> None:
    text = HEAD + "On Monday, Mayor Pavel Novak called the plan “reckless,” and left early."
    (q,) = quotes_of(text)
    assert q.text == "reckless,"
    assert q.speaker == "Pavel Novak" and q.stance == "characterisation"


def test_appositive_before_name() -> None:
    text = (
        HEAD + "The head of the ferry union, longtime organiser Marta Silva, called the talks "
        "“tough but fair,” according to the local radio station."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Marta Silva"


def test_appositive_after_name() -> None:
    text = HEAD + "“We were not consulted,” Marta Silva, the head of the union, said."
    (q,) = quotes_of(text)
    assert q.speaker == "Marta Silva"


def test_according_to() -> None:
    text = HEAD + "The route is “years overdue,” according to harbour engineer Lars Holm."
    (q,) = quotes_of(text)
    assert q.speaker == "Lars Holm" and q.cue == "according to"


def test_colon_intro_without_verb() -> None:
    text = (
        HEAD + "Ines Okafor opened the terminal.\n"
        "Okafor, in a social media post: “The first boat sails in May.”"
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Ines Okafor" and q.cue == ":"


def test_said_colon() -> None:
    text = HEAD + "Ines Okafor said: “We listened to everyone.”"
    (q,) = quotes_of(text)
    assert q.speaker == "Ines Okafor"


def test_pronoun_resolves_to_full_name() -> None:
    text = (
        HEAD + "Transport Minister Ines Okafor opened the terminal on Friday.\n"
        "“This is a good day for the islands,” she said."
    )
    (q,) = quotes_of(text)
    assert q.speaker_surface == "she"
    assert q.speaker == "Ines Okafor"


def test_pronoun_prefers_matching_gender() -> None:
    text = (
        HEAD + "Mayor Pavel Novak and Minister Ines Okafor met on Friday.\n"
        "“I have doubts about the cost,” Novak said.\n"
        "Okafor disagreed sharply with that.\n"
        "“The cost is covered,” she said."
    )
    found = by_text(text)
    assert found["The cost is covered,"].speaker == "Ines Okafor"


def test_surname_resolves_to_earlier_full_name() -> None:
    text = HEAD + "Ines Okafor presented the plan.\n“It is fully funded,” Okafor said."
    (q,) = quotes_of(text)
    assert q.speaker == "Ines Okafor" and q.speaker_surface == "Okafor"


def test_role_description_resolves_to_titled_person() -> None:
    text = HEAD + "Mayor Pavel Novak opened the hearing.\n“We will vote next week,” the mayor said."
    (q,) = quotes_of(text)
    assert q.speaker == "Pavel Novak"


def test_organisation_speaker() -> None:
    text = HEAD + "“The route is unsafe in winter,” the Coast Guard said in a statement."
    (q,) = quotes_of(text)
    assert q.speaker == "the Coast Guard"


def test_next_quote_in_paragraph_inherits() -> None:
    text = HEAD + "“It is cheap,” Novak said. “And it is fast.”"
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Novak", "Novak"]
    assert found[1].confidence < found[0].confidence


def test_continuation_paragraph_inherits() -> None:
    text = (
        HEAD + "Okafor said: “We looked at every option, and the ferry won.\n"
        "“Nothing else comes close on cost.”"
    )
    found = quotes_of(text)
    assert len(found) == 2
    assert found[1].speaker == found[0].speaker == "Okafor"
    assert found[1].paragraph == 2


def test_dash_attribution() -> None:
    text = HEAD + "“Finally, a boat that runs on time.” ― Lena Fischer"
    (q,) = quotes_of(text)
    assert q.speaker == "Lena Fischer"


def test_participle_cue_takes_clause_subject() -> None:
    text = HEAD + "Mayor Pavel Novak left the meeting early, saying “I have heard enough.”"
    (q,) = quotes_of(text)
    assert q.speaker == "Pavel Novak"


def test_unknown_capitalised_word_is_not_a_speaker() -> None:
    text = HEAD + "Pressure is mounting on the council, with “serious doubts” over costs."
    assert quotes_of(text) == []


def test_stances_come_from_the_lexicon() -> None:
    text = (
        HEAD + "Novak denied that “any deal was made.”\n"
        "Okafor admitted that “the budget is tight.”\n"
        "Silva accused the council of “hiding the numbers.”"
    )
    stances = [q.stance for q in quotes_of(text)]
    assert stances == ["denial", "concession", "accusation"]


def test_indirect_speech() -> None:
    text = (
        HEAD + "Ines Okafor said Wednesday that the ferry would start in May.\n"
        "The harbour master told reporters that the pier was ready."
    )
    found = quotes_of(text, "indirect")
    assert [q.text for q in found] == ["the ferry would start in May", "the pier was ready"]
    assert found[0].speaker == "Ines Okafor"
    assert all(q.confidence < 0.9 for q in found)
    assert quotes_of(text, "direct") == []


def test_blank_and_masked_lines_do_not_count_as_paragraphs() -> None:
    text = HEAD + "      \n\n“We are ready,” Okafor said.\n   \n“Truly ready.”"
    found = quotes_of(text)
    assert [q.paragraph for q in found] == [1, 2]


def test_indirect_with_day_and_no_that() -> None:
    text = HEAD + "Pavel Novak said Wednesday the council would vote again in June."
    (q,) = quotes_of(text, "indirect")
    assert q.text == "the council would vote again in June"
    assert q.speaker == "Pavel Novak" and q.cue == "said"


def test_indirect_with_sentence_final_cue() -> None:
    text = HEAD + "The ferry will cost less than a new bridge, the harbour office said."
    (q,) = quotes_of(text, "indirect")
    assert q.text == "The ferry will cost less than a new bridge"
    assert q.speaker_surface == "the harbour office"


def test_headline_colon_with_single_quotes() -> None:
    text = "Okafor: ‘The ferry sails in May’\nIne Okafor spoke on Friday."
    (q,) = quotes_of(text)
    assert q.text == "The ferry sails in May"
    assert q.prominence == "headline" and q.cue == ":"


def test_organisation_names_resolve_in_the_registry() -> None:
    text = HEAD + "The Kremlin said it was “ready to continue the talks.”"
    (q,) = quotes_of(text)
    assert q.speaker == "the Kremlin"
    assert load_registry().resolve(q.speaker) == ("kremlin", "Kremlin")


def test_embedded_pronoun_takes_the_outer_speaker() -> None:
    text = HEAD + "Pavel Novak told reporters he thought the plan was “a gamble.”"
    (q,) = quotes_of(text)
    assert q.speaker == "Pavel Novak" and q.cue == "told"


def test_lexicon_is_loaded_once_from_package_data() -> None:
    assert lexicon() is lexicon()
    assert lexicon().stance["denied"] == "denial"
    assert "spokesperson" in lexicon().titles
