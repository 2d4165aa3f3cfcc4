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
        "Speaking at a town hall in Lindholm, North Vale, Dana Roe went after Bo Kessel, "
        "calling him “a total stiff.”"
    )
    assert by_text(text)["a total stiff."].speaker == "Dana Roe"


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
        "However, as Bishop Aris Tevan of the Lantrovian Church of Saldane told reporters, "
        "“We have suffered the same fate.” He added, “So the port should reopen.”"
    )
    got = by_text(text)
    assert got["We have suffered the same fate."].speaker == "Bishop Aris Tevan"
    assert got["So the port should reopen."].speaker == "Bishop Aris Tevan"


def test_an_ordinal_rank_is_part_of_the_name() -> None:
    text = HEAD + "“I was hoping for someone else,” said Air Force 1st Lt. Jane Roe."
    (q,) = quotes_of(text)
    assert q.speaker == "Jane Roe"


def test_a_possessive_before_a_participle_is_a_modifier() -> None:
    text = HEAD + (
        "Paul Rask then interjected, calling Dana Lee’s proposed credit “a welfare payment.”"
    )
    assert by_text(text)["a welfare payment."].speaker == "Paul Rask"


def test_the_object_of_a_preposition_before_a_colon_is_not_the_speaker() -> None:
    text = HEAD + "Senate leader Ana Brill delivered a blunt message to Bo Kessel: “Stop it.”"
    (q,) = quotes_of(text)
    assert q.speaker == "Ana Brill"


def test_a_sentence_opener_is_never_a_speaker() -> None:
    text = HEAD + (
        "Instead, Will called for voters to back Dana Roe, whom he describes as having "
        "“a steady hand and a long memory.”"
    )
    assert all(q.speaker != "Instead" for q in quotes_of(text, kind=None))


def test_affiliation_appositive_and_more_reporting_verbs() -> None:
    text = HEAD + (
        "“You could only go so far,” Representative Peter Halm, Republican of North Vale, "
        "said of the old rules.\n\n"
        "Dams are “the ultimate public works,” Jane Okoro, the former governor of the valley, "
        "proclaimed to a cheering crowd.\n\n"
        "“Thanks for coming,” said master of ceremonies Asa Tabbin, an engineer."
    )
    got = by_text(text)
    assert got["You could only go so far,"].speaker == "Peter Halm"
    assert got["the ultimate public works,"].speaker == "Jane Okoro"
    assert got["Thanks for coming,"].speaker == "Asa Tabbin"


def test_a_hyphenated_participle_stays_inside_the_description() -> None:
    text = HEAD + (
        "According to the recently court-released training manual, staff were told, "
        "“You sell feelings.”"
    )
    (q,) = quotes_of(text)
    assert q.speaker_surface == "the recently court-released training manual"


def test_a_place_set_off_by_commas_before_the_verb_is_not_the_subject() -> None:
    text = HEAD + (
        "The report from Lindholm, North Vale, shows the strike was “a lockout in all but name.”"
    )
    found = quotes_of(text, kind=None)
    assert found and all(q.speaker != "North Vale" for q in found)


def test_a_person_after_a_place_and_a_comma_stays_the_subject() -> None:
    text = HEAD + (
        "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that the "
        "senator faced a “test of leadership” over the protests."
    )
    assert by_text(text)["test of leadership"].speaker == "Harry Reid"


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
        "“Will the mayor finally say the words?” the presumptive GOP presidential nominee, "
        "Dana Roe, tweeted on Sunday."
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Dana Roe"


def test_a_leading_conjunction_does_not_hide_the_subject() -> None:
    text = HEAD + (
        "And then Dana Roe went fully on the attack, saying, “Will the mayor ever say it?”\n\n"
        "Immediately after the vote, Ola Brandt issued a statement, “The port stays open.”"
    )
    got = by_text(text)
    assert got["Will the mayor ever say it?"].speaker == "Dana Roe"
    assert got["The port stays open."].speaker == "Ola Brandt"
