"""Guards against speaker rules that misfire on ordinary news copy (invented sentences)."""

from __future__ import annotations

from tests.quotes.helpers import by_text

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"
QUOTE = "“The channel must be dredged before winter, or the fleet will leave.”"


def _speaker(body: str, quote: str) -> str | None:
    return by_text(HEAD + body)[quote].speaker


def test_name_inside_a_relative_or_role_clause_is_not_the_speaker() -> None:
    body = (
        "Rafael Ocampo, who ran the port authority before Ms. Ferreira, said “the dredging "
        "money never arrived.”"
    )
    assert _speaker(body, "the dredging money never arrived.") == "Rafael Ocampo"
    body = "Rafael Ocampo, harbour master until Mr. Dunmore, said “the channel has silted up.”"
    assert _speaker(body, "the channel has silted up.") == "Rafael Ocampo"


def test_participle_after_a_subordinate_clause_keeps_the_main_subject() -> None:
    body = (
        "Dock workers booed as Rafael Ocampo testified, calling his plan “a gift to the "
        "shipowners.”"
    )
    q = by_text(HEAD + body)["a gift to the shipowners."]
    assert q.speaker_surface == "Dock workers"


def test_credit_lines_under_a_quote_name_no_speaker() -> None:
    for credit in (
        "— Staff writer Rafael Ocampo contributed to this report.",
        "- Photo: Rafael Ocampo/Reuters",
        "— Translated by Carolyn Brandt",
    ):
        q = by_text(HEAD + QUOTE + "\n" + credit)[QUOTE[1:-1]]
        assert q.speaker is None, credit


def test_country_with_a_contracted_has_is_no_pronoun_antecedent() -> None:
    body = (
        "Carolyn Brandt leads the delegation. Portugal's been asking for new tugboats for "
        "years.\n“We need them before the storms come,” she said."
    )
    assert _speaker(body, "We need them before the storms come,") == "Carolyn Brandt"


def test_person_after_a_copula_with_an_object_role_is_no_antecedent() -> None:
    body = (
        "Mayor Rafael Ocampo opened the session on Friday. The main target of his speech was "
        "Governor Dennis Marlow.\n“We will not pay these port fees,” he said."
    )
    assert _speaker(body, "We will not pay these port fees,") == "Rafael Ocampo"


def test_pronoun_sentence_does_not_carry_into_an_unattributed_quote() -> None:
    body = (
        "Rafael Ocampo greeted the dockers first.\nThen Carolyn Brandt climbed onto the stage. "
        "He remained seated.\n“The port will stay open, whatever the ministry decides.”"
    )
    assert _speaker(body, "The port will stay open, whatever the ministry decides.") is None


def test_pronoun_of_an_earlier_clause_is_not_the_participle_subject() -> None:
    body = (
        "Carolyn Brandt came in late. She had barely reached her chair, when dockers began a "
        "chant saying “the levy is robbery.”"
    )
    q = by_text(HEAD + body)["the levy is robbery."]
    assert q.speaker_surface != "She" and q.speaker is None


def test_desk_labels_are_no_transcript_speakers() -> None:
    body = (
        "The hearing resumed after lunch.\n"
        "\"EDITOR'S NOTE: Kettlevik guild officers were not reached before the vote.\n"
        '"BREAKING NEWS: The council has postponed the dredging vote until March.\n'
        '"OCAMPO: Who signed the dredging contract?'
    )
    quotes = by_text(HEAD + body)
    note = "EDITOR'S NOTE: Kettlevik guild officers were not reached before the vote."
    assert quotes[note].speaker_surface is None
    news = "BREAKING NEWS: The council has postponed the dredging vote until March."
    assert quotes[news].speaker_surface is None
    assert quotes["OCAMPO: Who signed the dredging contract?"].speaker_surface == "OCAMPO"


def test_infinitive_after_an_object_or_a_refusal_is_not_the_cue() -> None:
    q = by_text(HEAD + "Carolyn Brandt urged members to say “not this rota” at the ballot.")
    assert q["not this rota"].cue == "urged"
    q = by_text(HEAD + "Carolyn Brandt refused to say “when the dredgers would return.”")
    assert q["when the dredgers would return."].cue != "say"
