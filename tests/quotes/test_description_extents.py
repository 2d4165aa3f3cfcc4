"""Description subjects keep their whole noun phrase, or give way to the name they hold
(invented sentences)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text

HEAD = "Harbour desk\n"


def _surface(body: str, quote: str) -> str | None:
    return by_text(HEAD + body)[quote].speaker_surface


@pytest.mark.parametrize(
    ("body", "quote", "surface"),
    [
        (  # an abbreviation inside the phrase
            "“The locks are failing,” said a former U.K. canal safety inspector who retired.",
            "The locks are failing,",
            "a former U.K. canal safety inspector",
        ),
        (
            "“We sail at dawn,” said the elder Mr. Halvorsen, standing on the quay.",
            "We sail at dawn,",
            "the elder Mr. Halvorsen",
        ),
        (  # a title, 'and' and a second title run that ends in the name
            "“The port will grow,” said former Nordland Gov. and Harbour Board Chairman "
            "Ivo Brandt.",
            "The port will grow,",
            "former Nordland Gov. and Harbour Board Chairman Ivo Brandt",
        ),
        (  # post-modifiers after a cue
            "“Nothing is agreed,” said a person close to the dockers.",
            "Nothing is agreed,",
            "a person close to the dockers",
        ),
        (
            "“The vote is close,” said one Green source on the committee.",
            "The vote is close,",
            "one Green source on the committee",  # a phrase that tells which source stays
        ),
        (
            "“Tolls rose,” according to a 2019 study by economists Ana Ruiz and Tom Reyes, "
            "the first of its kind.",
            "Tolls rose,",
            "a 2019 study by economists Ana Ruiz and Tom Reyes",  # an unnamed head: the whole
        ),
        (  # an organisation's name with an inner 'of'
            "The Nordland Board of Pilots was firm: “No ship leaves tonight.”",
            "No ship leaves tonight.",
            "The Nordland Board of Pilots",
        ),
        (  # a collective head before its nouns
            "An angry crowd of Acme dockers and pensioners had gathered, holding signs saying, "
            "“Not our quay.”",
            "Not our quay.",
            "An angry crowd of Acme dockers and pensioners",
        ),
        (  # a description before its verb, not its object
            "A note in the annual report makes it plain: “The fund is empty.”",
            "The fund is empty.",
            "A note in the annual report",
        ),
        (  # a participle and its time words before the verb
            "“Fares will rise,” the notice issued Monday said.",
            "Fares will rise,",
            "the notice issued Monday",
        ),
    ],
)
def test_a_description_keeps_its_whole_phrase(body: str, quote: str, surface: str) -> None:
    assert _surface(body, quote) == surface


@pytest.mark.parametrize(
    ("body", "quote", "name"),
    [
        ("“The ferry is late,” said the night clerk known as Pim.", "The ferry is late,", "Pim"),
        (
            "“Close the gates,” wrote a man calling himself Jory Tamm.",
            "Close the gates,",
            "Jory Tamm",
        ),
        (
            "“Boats first,” posted a Danish reader from Aarhus going by the handle Skarv.",
            "Boats first,",
            "Skarv",
        ),
    ],
)
def test_the_name_a_description_gives_is_the_speaker(body: str, quote: str, name: str) -> None:
    assert by_text(HEAD + body)[quote].speaker == name


@pytest.mark.parametrize(
    ("body", "quote", "surface"),
    [
        # a phrase that goes with the cue verb, not with the noun
        ("“It is wrong,” said a spokesman in a statement.", "It is wrong,", "a spokesman"),
        (
            "“It is wrong,” said the harbour master on Tuesday.",
            "It is wrong,",
            "the harbour master",
        ),
        # the cue verb and a relative clause stay out
        (
            "“We wait,” said a person close to the talks, who asked not to be named.",
            "We wait,",
            "a person close to the talks",
        ),
        # a plural that is a verb ends the phrase ('lists' before the quote)
        ("On its website, the Port Authority lists “safety as its first duty.”", None, None),
    ],
)
def test_near_misses_keep_the_phrase_short(body: str, quote: str | None, surface: str) -> None:
    if quote is None:
        found = by_text(HEAD + body)
        assert all(q.speaker_surface != "the Port Authority lists" for q in found.values())
        return
    assert _surface(body, quote) == surface


def test_a_place_phrase_names_no_unnamed_subject() -> None:
    body = "The yard on Kelp Street was meant to be a “temporary” depot when it opened in 2001."
    assert by_text(HEAD + body) == {}


def test_a_phrase_too_long_for_one_description_stays_as_it_was() -> None:
    body = (
        "“Leave now,” said one group campaigning for Nordland to leave the customs union in the "
        "autumn vote on the harbour levy."
    )
    surface = _surface(body, "Leave now,")
    assert surface is not None and len(surface.split()) <= 15


@pytest.mark.parametrize(
    ("body", "quote", "name"),
    [
        (  # an appositive name after a time phrase
            "“The port is safe,” wrote the Danish envoy at the time, Jens P. Holm.",
            "The port is safe,",
            "Jens P. Holm",
        ),
        (  # a name after a clause that describes the person
            "The clerk I was talking to, Tom Reyes, cut me off to announce, “We are closed.”",
            "We are closed.",
            "Tom Reyes",
        ),
    ],
)
def test_a_name_after_the_description_wins(body: str, quote: str, name: str) -> None:
    assert by_text(HEAD + body)[quote].speaker == name


@pytest.mark.parametrize(
    ("body", "quote", "surface"),
    [
        # a person's affiliation after a role and name stays out of the phrase
        (
            "“We lost the nets,” said the fisherman Ali Hassan Mahdi from Basra district.",
            "We lost the nets,",
            "the fisherman Ali Hassan Mahdi",
        ),
        # a quantifier, a date and an infinitive end the phrase before them
        ("“Fares rose,” according to a study of more than 900 riders.", "Fares rose,", "a study"),
        ("“It is open,” the Dunmore Office said on the 21st.", "It is open,", "the Dunmore Office"),
        # an -s verb or an adverb after a name is no part of the phrase
        ("The Harbour Post focuses on the “small print.”", "small print.", "The Harbour Post"),
        ("The Harbour Post recently called the levy “a theft.”", "a theft.", "The Harbour Post"),
    ],
)
def test_guards_end_the_phrase(body: str, quote: str, surface: str) -> None:
    assert _surface(body, quote) == surface


@pytest.mark.parametrize(
    "body",
    [
        # the object of a verb before a quote, not an inverted subject
        "Jo Ruiz, a skipper, calls the matter of safety “a priority” for crews.",
        # a clause after 'that', not a description
        "Tom Reyes, the head of the guild, charged that Mrs. Lund “hid” the records.",
        # the object of a verb that is no cue after a comma
        "Father Ivo Brandt, head of a charity, criticized the board’s draft plan on fares.",
    ],
)
def test_no_indirect_quote_from_an_object(body: str) -> None:
    found = by_text(HEAD + body, "indirect")
    assert found == {}, found


def test_a_conjoined_subject_is_not_cut_after_its_first_name() -> None:
    body = (
        "In some ways, the feud between Mr. Lund and the guild echoes a row in May when the "
        "board attacked a judge for his “Nordic roots.”"
    )
    surfaces = [q.speaker_surface for q in by_text(HEAD + body).values()]
    assert "the feud between Mr. Lund" not in surfaces
