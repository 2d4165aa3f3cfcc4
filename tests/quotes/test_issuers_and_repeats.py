"""Organisations as speakers of their statements, notes and posts, of 'the company' after a
kind word ('grocery chain …') and 'the group' after an association; a nationality and three job
words before a name; headline quotes a body quote repeats (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text, speakers_of

LINE = "We will keep every branch open until spring"


def _said(text: str, quote: str = LINE + ",") -> str | None:
    return by_text(text)[quote].speaker


@pytest.mark.parametrize(
    ("lead", "cue", "name"),
    [
        (
            "The firm Valdener Tiles made a written statement on the matter.",
            "the statement said",
            "Valdener Tiles",
        ),
        (
            "Valdener Tiles informed, in a note, that the kilns would be relit.",
            "says the note",
            "Valdener Tiles",
        ),
        (
            "The Secretariat of Health of Corvala informed, in a note, that clinics would reopen.",
            "the note said",
            "the Secretariat of Health of Corvala",
        ),
        (
            "In a post on its Facebook page, Brookside Allotment Society thanked its members.",
            "the post said",
            "Brookside Allotment Society",
        ),
    ],
)
def test_a_statement_noun_names_the_organisation_that_issued_it(
    lead: str, cue: str, name: str
) -> None:
    text = f"Tiles, notes and posts.\n{lead}\n“{LINE},” {cue}."
    assert _said(text) == name


def test_a_note_a_person_sent_keeps_no_older_issuer() -> None:
    # 'she said in a note': the note is hers, not the body's named before
    text = (
        "Tiles and kilns.\nValdener Tiles issued a statement on Monday.\n"
        "Plant manager Ines Okoro said in a note that the kilns were safe.\n"
        f"“{LINE},” the note said."
    )
    assert _said(text) != "Valdener Tiles"


def test_a_newspaper_named_post_is_no_statement() -> None:
    text = (
        "Tiles and kilns.\nIn a post on its website, Valdener Tiles thanked its staff.\n"
        f"“{LINE},” the Harbour Post said."
    )
    assert _said(text) != "Valdener Tiles"


@pytest.mark.parametrize(
    ("lead", "cue", "name"),
    [
        (
            "Discount grocery chain Pellmoor Stores said on Monday it would shut six shops.",
            "the company said",
            "Pellmoor Stores",
        ),
        (
            "Ferry operator Saltbridge Lines cut two routes.",
            "the company said",
            "Saltbridge Lines",
        ),
        (
            "The Delmere Bakers Association, which opposed the tax, said it would appeal.",
            "the group said",
            "the Delmere Bakers Association",
        ),
    ],
)
def test_a_description_takes_the_organisation_its_kind_word_named(
    lead: str, cue: str, name: str
) -> None:
    text = f"Shops and routes.\n{lead} “{LINE},” {cue}."
    assert _said(text) == name


def test_a_person_after_a_job_word_is_no_company() -> None:
    # 'crane operator Jane Marsh' is a person: 'the company' names no one
    text = (
        "Shops and routes.\nCrane operator Jane Marsh said the yard was closing. "
        f"“{LINE},” the company said."
    )
    assert _said(text) == "the company"


def test_a_nearer_unnamed_group_keeps_the_group_unresolved() -> None:
    text = (
        "Shops and routes.\nThe Delmere Bakers Association said it would appeal.\n"
        f"A neighbourhood group backed the tax. “{LINE},” the group said."
    )
    assert _said(text) != "the Delmere Bakers Association"


def test_a_nationality_and_three_job_words_lead_to_the_name() -> None:
    text = (
        "Turbines and rates.\nCOPENHAGEN (Wire) - Danish offshore turbine maker Vestholm Energi "
        "posted a loss on Monday as steel prices rose, and said the year had started "
        "“slower than we hoped”."
    )
    assert _said(text, "slower than we hoped") == "Vestholm Energi"


def test_a_nationality_before_a_plural_noun_stays_the_subject() -> None:
    text = "Turbines and rates.\nDanish officials said the year had started “slower than we hoped”."
    assert _said(text, "slower than we hoped") == "Danish officials"


BODY = (
    "Tarrow deputy mayor Hanne Lidvall said the budget was tight.\n"
    "«We are counting every coin. We will find the money for a new roof, but not this year,» "
    "she said.\n"
    "Parents' spokesman Ole Brandt said: «The children are cold.»"
)


def test_a_headline_quote_takes_the_speaker_of_the_body_quote_repeating_it() -> None:
    # headlines drop articles: 'find money for new roof'
    text = "School roof to wait. Deputy mayor: «We will find money for new roof»\n" + BODY
    assert speakers_of(text)[0] == "Hanne Lidvall"


def test_a_headline_quote_with_a_subject_and_no_cue_takes_the_body_speaker() -> None:
    text = "Tarrow to fix school roof... ‘we will find the money’\n" + BODY
    assert speakers_of(text)[0] == "Hanne Lidvall"


def test_a_headline_quote_with_its_own_cue_verb_keeps_its_speaker() -> None:
    text = "«We will find the money,» says Ole Brandt\n" + BODY
    assert speakers_of(text)[0] == "Ole Brandt"


def test_a_short_headline_quote_takes_its_one_body_speaker() -> None:
    # three words open no body quote (no repeated line), but the one body quote holding them
    # gives its speaker (sixteenth session, quotes/echoes.py)
    text = "Tarrow school roof ‘not this year’\n" + BODY
    assert speakers_of(text)[0] == "Hanne Lidvall"


def test_an_organisation_word_that_opens_with_s_stays_one() -> None:
    # 'a school spokesman': the school ('school' kept whole, not cut to 'chool')
    text = f"Shops and routes.\n“{LINE},” a school spokesman said."
    assert _said(text) == "the school"


# Review of 7f38899: guards, one or more per finding (invented text).


@pytest.mark.parametrize(
    ("lead", "cue", "name"),
    [
        (  # a later post by a campaigner is no statement
            "The Orland Water Board said in a statement on Monday that the pumps would run, while "
            "campaigner Nell Ashby wrote in a post on X that the plan was a stunt.",
            "the statement said",
            "the Orland Water Board",
        ),
        (  # a later note by a chief executive is no statement
            "The Orland Water Board said in a statement that the pumps would run. Chief "
            "executive Ola Brink posted a note on the staff intranet.",
            "the statement said",
            "the Orland Water Board",
        ),
        (  # and a later statement is no note
            "Kessel Haulage sent a note to drivers on Monday. The Orland Water Board said in a "
            "statement it was surprised.",
            "the note said",
            "Kessel Haulage",
        ),
    ],
)
def test_the_noun_of_the_cue_picks_the_issued_words(lead: str, cue: str, name: str) -> None:
    text = f"Pumps and drivers.\n{lead}\n“{LINE},” {cue}."
    assert _said(text) == name


def test_a_post_match_interview_is_no_post() -> None:
    text = (
        "Cup tie.\nCorvin Rovers issued a statement on Tuesday after winger Sam Idris said in a "
        f"post-match interview that he wanted to leave.\n“{LINE},” the statement said."
    )
    assert _said(text) == "Corvin Rovers"


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "The ministry issued a statement on Friday, two days after the release by the navy "
            "of four sailors.",
            "the ministry",
        ),
        (
            "The Orland Water Board issued a statement on Tuesday, a week after the announcement "
            "by Kessel Haulage.",
            "the Orland Water Board",
        ),
        (
            "The Orland Water Board issued a statement on Tuesday after the driver's release "
            "from custody.",
            "the Orland Water Board",
        ),
    ],
)
def test_a_release_or_announcement_by_someone_issues_no_statement(lead: str, name: str) -> None:
    text = f"Pumps and drivers.\n{lead}\n“{LINE},” the statement said."
    assert _said(text) == name


def test_making_a_note_of_something_issues_no_note() -> None:
    text = (
        "Pumps and drivers.\nKessel Haulage released a statement on Friday. Broker Lotte Vries "
        f"made a note of the timing.\n“{LINE},” the statement said."
    )
    assert _said(text) == "Kessel Haulage"


@pytest.mark.parametrize(
    ("text", "critic"),
    [
        (  # a critic quotes the headline's words back
            "Minister Holm ‘truly sorry for the long waits’\nHealth Minister Eva Holm apologised "
            "on Monday.\nMP Dag Sand said: “She says she is truly sorry for the long waits. "
            "Nobody believes her.”",
            "Dag Sand",
        ),
        (  # the body speaker says it of others: 'They will …'
            "Tenants ‘will not give up the fight’ over rents\nTenants met on Monday. Landlord "
            "Ivo Brask said: “They will not give up the fight, and nor will we.”",
            "Ivo Brask",
        ),
        (  # the lede quote has its own cue verb, whose subject is left unresolved
            "“We will keep the clinic open,” the nurses' leader told the crowd on Monday night.\n"
            "Rut Eng, leader of the nurses' union, spoke for an hour.\nClinic manager Per Lund "
            "replied: “They say we will keep the clinic open. We will not.”",
            "Per Lund",
        ),
    ],
)
def test_a_body_quote_that_only_holds_the_headline_words_gives_no_speaker(
    text: str, critic: str
) -> None:
    assert critic not in (speakers_of(text)[0] or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Cup tie.\nCorvin Rovers beat host club Dunmore Athletic on Sunday and said the win "
            "was “a gift for the fans who travelled”.",
            "Corvin Rovers",
        ),
        (
            "Cup tie.\nNorway beat host nation Chile 2-1 on Sunday and said the result was "
            "“a gift for the fans who travelled”.",
            "Norway",
        ),
    ],
)
def test_three_lower_case_words_bridge_only_after_a_nationality(text: str, name: str) -> None:
    assert _said(text, "a gift for the fans who travelled") == name


def test_a_person_after_operator_names_no_company() -> None:
    # 'Ilkka' is not in first_names.tsv: the shape of the name decides
    text = (
        "Shops and routes.\nThe Orland Ferry Company said the crossing was cancelled. Radio "
        f"operator Ilkka Marsh sent the alert.\n“{LINE},” the company said."
    )
    assert _said(text) == "the Orland Ferry Company"


@pytest.mark.parametrize(
    ("second", "person"),
    [
        ("Forklift operator Bartholomew Nkem was hurt.", "Bartholomew Nkem"),
        ("The club's supply chain Manager Rhys Tal was hurt.", "Rhys Tal"),
    ],
)
def test_a_person_after_operator_or_chain_is_no_company(second: str, person: str) -> None:
    text = (
        "Shops and routes.\nKessel Haulage Ltd said it would sue. "
        f"{second}\n“{LINE},” the company said."
    )
    assert person not in (_said(text) or "")


def test_a_headline_quote_that_opens_a_clause_of_a_body_quote_takes_its_speaker() -> None:
    text = "Tarrow to fix school roof... ‘we will find the money’\n" + BODY.replace(
        "We will find", "The roof leaks, so we will find"
    )
    assert speakers_of(text)[0] == "Hanne Lidvall"
