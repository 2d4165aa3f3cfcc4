"""Places are never speakers; name phrases around them (all sentences and names invented)."""

from __future__ import annotations

from tests.quotes.helpers import by_text, quotes_of

HEAD = "Harbour talks resume\n\n"


def test_a_place_after_a_preposition_is_not_the_subject() -> None:
    text = HEAD + (
        "Striking dockers at Port Ivesk on Tuesday rejected a revised pay offer, with their "
        "union leader calling it “an insult” to the workers."
    )
    found = quotes_of(text, kind=None)
    assert found, "the quote and the reported speech are found"
    assert all("Ivesk" not in (q.speaker or "") for q in found)
    assert by_text(text)["an insult"].speaker_surface == "their union leader"


def test_the_second_part_of_a_place_is_not_the_subject() -> None:
    text = HEAD + (
        "Touring the docks in Lindholm, North Vale, Dana Roe mocked Bo Kessel's ferry plan, "
        "branding it “a paper boat.”"
    )
    assert by_text(text)["a paper boat."].speaker == "Dana Roe"


def test_a_description_keeps_its_place_and_never_becomes_the_place() -> None:
    text = HEAD + "“The port must reopen,” the senator from North Vale said."
    (q,) = quotes_of(text)
    assert q.speaker_surface == "the senator from North Vale"
    assert q.speaker != "North Vale"


def test_a_word_seen_only_inside_a_longer_name_is_not_a_person() -> None:
    text = (
        "Port strike costs mount as both sides return to mediation\n\n"
        "Business leaders put the cost of the Port Ivesk stoppage at 40 million crowns a day.\n\n"
        "Dmytro Volkanov, the union’s general secretary, struck a conciliatory tone. "
        "“We came to find a solution, not to make speeches,” he said."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Dmytro Volkanov"


def test_a_possessive_description_runs_to_its_noun() -> None:
    text = HEAD + (
        "The leader of Port Ivesk's striking dockers on Wednesday rejected the ultimatum, "
        "saying it was “absolutely unacceptable” to his members."
    )
    (q,) = quotes_of(text)
    assert q.speaker_surface == "The leader of Port Ivesk's striking dockers"
    assert q.speaker is None


def test_the_person_before_of_is_the_speaker() -> None:
    text = HEAD + (
        "Emil Haldor has run the trust for a decade.\n\n"
        "“The river is not a drain,” said Mr. Haldor of the Tarn Valley Trust."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Emil Haldor"
    assert q.speaker_surface == "Mr. Haldor"


def test_several_of_phrases_after_a_name() -> None:
    text = HEAD + (
        "Yet as Bishop Aris Tevan of the Lantrovian Church of Saldane told reporters, "
        "“Our harbour was shut for a year too.” He added, “So the port should reopen.”"
    )
    got = by_text(text)
    assert got["Our harbour was shut for a year too."].speaker == "Aris Tevan"
    assert got["So the port should reopen."].speaker == "Aris Tevan"


def test_an_ordinal_rank_is_part_of_the_name() -> None:
    text = HEAD + "“The night shift needs two more pilots,” said Marine 2nd Lt. Jane Roe."
    (q,) = quotes_of(text)
    assert q.speaker == "Jane Roe"


def test_a_possessive_before_a_participle_is_a_modifier() -> None:
    text = HEAD + (
        "Paul Rask then interjected, calling Dana Lee’s proposed credit “a welfare payment.”"
    )
    assert by_text(text)["a welfare payment."].speaker == "Paul Rask"


def test_the_object_of_a_preposition_before_a_colon_is_not_the_speaker() -> None:
    text = HEAD + "Council chair Ana Brill sent a two-word note to Bo Kessel: “Stop it.”"
    (q,) = quotes_of(text)
    assert q.speaker == "Ana Brill"


def test_a_sentence_opener_is_never_a_speaker() -> None:
    text = HEAD + (
        "Instead, Will asked the guild to support Dana Roe, a pilot he praises for "
        "“a steady hand and a long memory.”"
    )
    assert all(q.speaker != "Instead" for q in quotes_of(text, kind=None))


def test_affiliation_appositive_and_more_reporting_verbs() -> None:
    text = HEAD + (
        "“The old rules had their limits,” Representative Peter Halm, Republican of North "
        "Vale, said on Friday.\n\n"
        "Dams are “the finest thing a valley can build,” Jane Okoro, once governor of the "
        "valley, proclaimed from the bandstand.\n\n"
        "“Thanks for coming,” said keeper of records Asa Tabbin, an engineer."
    )
    got = by_text(text)
    assert got["The old rules had their limits,"].speaker == "Peter Halm"
    assert got["the finest thing a valley can build,"].speaker == "Jane Okoro"
    assert got["Thanks for coming,"].speaker == "Asa Tabbin"


def test_a_hyphenated_participle_stays_inside_the_description() -> None:
    text = HEAD + (
        "According to the newly board-approved crew handbook, deckhands must remember, "
        "“The passenger comes first.”"
    )
    (q,) = quotes_of(text)
    assert q.speaker_surface == "the newly board-approved crew handbook"


def test_a_place_set_off_by_commas_before_the_verb_is_not_the_subject() -> None:
    text = HEAD + (
        "The report from Lindholm, North Vale, shows the strike was “a lockout by another name.”"
    )
    found = quotes_of(text, kind=None)
    assert found and all(q.speaker != "North Vale" for q in found)


def test_a_person_after_a_place_and_a_comma_stays_the_subject() -> None:
    text = HEAD + (
        "Worried by the strike in Nordland, Mayor Helen Vasquez, the board chair, warned that "
        "the council was facing “a trial of its nerve” over the closures."
    )
    assert by_text(text)["a trial of its nerve"].speaker == "Helen Vasquez"


def test_a_name_before_who_is_a_pronoun_antecedent() -> None:
    text = (
        "Flood row deepens\nBy Petra Haak\n\n"
        "The Civic Renewal leader, whose party leads the polls, promised a flood authority.\n\n"
        "Solvik, who toured Brenholm earlier in the day, rejected the criticism. "
        "“I understand people are angry,” she said."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Solvik"


def test_a_description_then_the_name_before_the_verb() -> None:
    text = HEAD + (
        "“Has the harbour board lost its nerve?” the likely Ferry Party candidate, "
        "Dana Roe, posted late on Sunday."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Dana Roe"


def test_a_leading_conjunction_does_not_hide_the_subject() -> None:
    text = HEAD + (
        "And then Dana Roe rounded on the mayor, asking, “Will the mayor ever say it?”\n\n"
        "Immediately after the vote, Ola Brandt issued a statement, “The port stays open.”"
    )
    got = by_text(text)
    assert got["Will the mayor ever say it?"].speaker == "Dana Roe"
    assert got["The port stays open."].speaker == "Ola Brandt"
