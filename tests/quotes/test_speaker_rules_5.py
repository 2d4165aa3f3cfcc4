"""Speaker rules of the fifth quotes stage and their guards (invented wire-style sentences)."""

from __future__ import annotations

import pytest

from presswatch.records import Quote
from tests.quotes.helpers import by_text

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"


def _quote(body: str, quote: str) -> Quote:
    return by_text(HEAD + body)[quote]


def test_participle_after_a_trailing_cue_takes_that_cue_s_subject() -> None:
    body = (
        "Ms. Ferreira will chair the harbour board until 2030, Rafael Ocampo said on Friday, "
        "adding that she had “the trust of every skipper.”"
    )
    q = _quote(body, "the trust of every skipper.")
    assert (q.speaker, q.cue) == ("Rafael Ocampo", "adding")
    body = (
        "Ms. Ferreira will chair the harbour board until 2030, Nguyen Van An announced, noting "
        "that she had “the trust of every skipper.”"
    )
    assert _quote(body, "the trust of every skipper.").speaker == "Nguyen Van An"


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # the cue sits in a clause that opened the sentence: the main subject keeps the quote
        (
            "Dock workers booed as Olena Kovalenko testified, calling her plan “a gift to the "
            "shipowners.”",
            "a gift to the shipowners.",
            None,
        ),
        # a sentence-initial subject already owns its participle
        (
            "Carolyn Brandt said, “We are done,” adding that the vote was “a sham from the start.”",
            "a sham from the start.",
            "Carolyn Brandt",
        ),
        # no cue verb before the participle: the sentence subject
        (
            "If Mr. Dunmore signs, the union will strike, Tamm warned, calling the levy “a tax "
            "on every fisherman here.”",
            "a tax on every fisherman here.",
            "Tamm",
        ),
        # a reported clause with its own subject ('X said Y called …') is left as it was
        (
            "Marta Lind said Kwame Mensah called the plan “reckless and far too late.”",
            "reckless and far too late.",
            "Kwame Mensah",
        ),
    ],
)
def test_participle_rule_does_not_fire_outside_a_trailing_cue(
    body: str, quote: str, speaker: str | None
) -> None:
    q = _quote(body, quote)
    if speaker is None:
        assert q.speaker != "Olena Kovalenko"
    else:
        assert q.speaker == speaker


def test_subordinate_clause_with_a_titled_name_and_appositive_gives_its_subject() -> None:
    body = (
        "The quay was quiet in March, until Ms. Ferreira, the fleet's oldest skipper, urged a "
        "“total boycott” of the port."
    )
    assert _quote(body, "total boycott").speaker == "Ferreira"


@pytest.mark.parametrize(
    "body",
    [
        "Carolyn Brandt, when Mr. Dunmore arrived, said “the channel was never dredged.”",
        "Carolyn Brandt, unlike Mr. Dunmore, said “the channel was never dredged.”",
        "Carolyn Brandt, like Mr. Dunmore, said “the channel was never dredged.”",
        "Carolyn Brandt, who spoke when Mr. Dunmore left, said “the channel was never dredged.”",
    ],
)
def test_a_name_inside_a_comparison_or_clause_is_not_the_speaker(body: str) -> None:
    assert _quote(body, "the channel was never dredged.").speaker == "Carolyn Brandt"


@pytest.mark.parametrize(
    "org",
    [
        "Reporters Without Borders",
        "Physicians for Human Rights",
        "the Center for Maritime Studies",
        "Mothers for Safe Harbours",
        "the Committee to Protect Fishermen",
    ],
)
def test_organisation_names_with_a_lower_case_joint_stay_whole(org: str) -> None:
    body = f"“The detentions are arbitrary,” {org} said in a statement."
    q = _quote(body, "The detentions are arbitrary,")
    assert q.speaker == org
    body = f"{org[0].upper()}{org[1:]} said “the detentions are arbitrary and must end.”"
    assert _quote(body, "the detentions are arbitrary and must end.").speaker == org


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the outlet a person spoke to is no part of her name
        ("“We will appeal the ruling,” said Kovalenko to Reuters on Monday.", "Kovalenko"),
        ("“We will appeal the ruling,” said Reynolds to Reuters on Monday.", "Reynolds"),
        # a person's name before 'for' stays a person
        ("“We will appeal the ruling,” said Fatima Diallo for the ministry.", "Fatima Diallo"),
        ("“We will appeal the ruling,” Jane Roe, Minister for Fisheries, said.", "Jane Roe"),
    ],
)
def test_org_joint_does_not_swallow_persons_or_outlets(body: str, speaker: str) -> None:
    assert _quote(body, "We will appeal the ruling,").speaker == speaker


def test_a_group_joined_to_a_person_is_not_that_person() -> None:
    body = (
        "Fatima Diallo arrived late. Lawyers for Diallo said “the minister was never told about "
        "the fees.”"
    )
    q = _quote(body, "the minister was never told about the fees.")
    assert q.speaker == "Lawyers for Diallo"


def test_a_capitalised_cue_verb_is_no_speaker() -> None:
    body = (
        "Marta Lind, the harbour's oldest skipper, Tweeted on Friday: “The channel is closed "
        "again and nobody told us.”"
    )
    q = _quote(body, "The channel is closed again and nobody told us.")
    assert q.speaker != "Tweeted" and q.speaker_surface != "Tweeted"
    body = "“The channel is closed again,” Mohammed Said said."
    assert _quote(body, "The channel is closed again,").speaker == "Mohammed Said"
