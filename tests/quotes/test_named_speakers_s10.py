"""Named speakers the tenth session found for quotes left without one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text, quotes_of, speakers_of

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # 'remembered' is a cue like 'recalled'
        (
            "“We warned them twice about the silt,” remembered Ana Ruiz, the firm's former "
            "spokeswoman.",
            "Ana Ruiz",
        ),
        # a chain of up to three lower-case role words between an organisation and the name
        (
            "“The channel silts up every spring,” Port Authority senior legal counsel Mara Lind "
            "told the court.",
            "Mara Lind",
        ),
        (
            "“The channel silts up every spring,” said Kettlevik Port Authority senior trial "
            "counsel Mara Lind.",
            "Mara Lind",
        ),
    ],
)
def test_named_speaker(body: str, speaker: str) -> None:
    assert speakers_of(HEAD + body) == [speaker]


def test_role_chain_stops_at_a_determiner_or_subordinator() -> None:
    # 'until the' is no title chain: the subject is the ministry, not 'Brevik until the …'
    body = (
        "Skippers send their catch to Brevik until the Nordland ministry agreed to pay a share "
        "of “five or ten million.”"
    )
    assert by_text(HEAD + body)["five or ten million."].speaker_surface == "the Nordland ministry"


@pytest.mark.parametrize("mark", ["“”", "''"])
def test_title_case_opening_of_speech_is_a_quote(mark: str) -> None:
    op, cl = (mark[0], mark[1]) if mark == "“”" else ("''", "''")
    body = f"{op}In Kettlevik,{cl} Dean Marsh said, {op}even the gulls have lawyers.{cl}"
    found = by_text(HEAD + body)
    assert [q.speaker for q in found.values()] == ["Dean Marsh", "Dean Marsh"]
    assert found["In Kettlevik,"].speaker_surface == "Dean Marsh"


def test_show_title_before_a_subject_stays_a_title() -> None:
    body = "Later on “Morning Tide,” Mayor Olaf Lemberg questioned the levy’s “hidden costs.”"
    assert "Morning Tide," not in by_text(HEAD + body)


@pytest.mark.parametrize(
    ("body", "quote", "speaker", "surface"),
    [
        # a count or an analysis speaks for nobody: the cue before it keeps the quote
        (
            "Ocampo said on Tuesday that according to its count, the union had won, but “the "
            "tally of the ballots goes on.”",
            "the tally of the ballots goes on.",
            "Ocampo",
            "Ocampo",
        ),
        # a person, a body or a text after the possessive still speaks
        (
            "According to her lawyer, “the contract was never signed.”",
            "the contract was never signed.",
            None,
            "her lawyer",
        ),
        (
            "According to its summary, “the levy pays for the dredgers.”",
            "the levy pays for the dredgers.",
            None,
            "its summary",
        ),
    ],
)
def test_according_to_a_possessed_thing(
    body: str, quote: str, speaker: str | None, surface: str
) -> None:
    q = by_text(HEAD + body)[quote]
    assert (q.speaker, q.speaker_surface) == (speaker, surface)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a name after the description of a thing names the thing: the person opens the sentence
        (
            "Giovanni Maria Ruffo, the managing editor of the guild's weekly newspaper, Il Porto, "
            "said every skipper was “both a fisher and a politician.”",
            "Giovanni Maria Ruffo",
        ),
        # a description that opens the sentence is still named by the person after it
        (
            "The managing editor of the guild's weekly, Giovanni Maria Ruffo, said every skipper "
            "was “both a fisher and a politician.”",
            "Giovanni Maria Ruffo",
        ),
        (
            "Later, the head of the delegation, Vladimir Medinskiy, said the talks were “hard but "
            "useful.”",
            "Vladimir Medinskiy",
        ),
    ],
)
def test_person_before_a_described_thing(body: str, speaker: str) -> None:
    assert speakers_of(HEAD + body) == [speaker]


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # 'speaking to', 'working for', 'allied with': the noun before the participle speaks
        (
            "Another harbour source speaking to Radio North said, “The inspectors are looking at "
            "every contract.”",
            "Another harbour source",
        ),
        ("A lawyer working for Acme Shipping said the levy was “a tax on bad luck.”", "A lawyer"),
        ("Donors allied with Olaf Lemberg said the vote was “a farce.”", "Donors"),
    ],
)
def test_participle_phrase_with_to_for_with(body: str, surface: str) -> None:
    (q,) = by_text(HEAD + body).values()
    assert q.speaker_surface == surface


@pytest.mark.parametrize(
    ("body", "speaker", "surface"),
    [
        # the quote sits in a participle phrase after the subject: 'said the board …' is a clause
        (
            "Mr. Dunmore, citing “the will of the skippers,” said the board could still vote in "
            "May.",
            "Dunmore",
            "Mr. Dunmore",
        ),
        (
            "The mayor, quoting the charter as saying “no levy without a vote,” said the board had "
            "erred.",
            None,
            "The mayor",
        ),
    ],
)
def test_quote_inside_a_participle_phrase(body: str, speaker: str | None, surface: str) -> None:
    (q,) = by_text(HEAD + body).values()
    assert (q.speaker, q.speaker_surface) == (speaker, surface)


def test_verb_first_cue_after_a_quote_still_names_its_subject() -> None:
    body = "Skippers want the port “open all winter,” said the board’s chair, Ines Holm."
    assert speakers_of(HEAD + body) == ["Ines Holm"]


@pytest.mark.parametrize("mark", ["“”", "''"])
def test_colon_cue_introduces_the_next_quote_not_the_one_before(mark: str) -> None:
    op, cl = (mark[0], mark[1]) if mark == "“”" else ("''", "''")
    body = (
        f"{op}We are skippers,{cl} Ines Holm said. {op}We are not smugglers.{cl} Tomas Berg "
        f"added: {op}The fire was arson.{cl}"
    )
    assert speakers_of(HEAD + body) == ["Ines Holm", "Ines Holm", "Tomas Berg"]


def test_comma_quote_before_a_colon_cue_keeps_that_cue() -> None:
    body = "“We are skippers,” Tomas Berg said: “The fire was arson.”"
    assert speakers_of(HEAD + body) == ["Tomas Berg", "Tomas Berg"]


@pytest.mark.parametrize(
    "body",
    [
        # a clause opened by 'after'/'before' after the second part is no cue of it
        "“In breaking news,” Holm tweeted last January, “the mayor endorses himself,” after "
        "harbour spokesman Brian Pike praised his boss online.",
        "“We will win,” Holm said on Friday, “and nobody will stop us,” before Tomas Berg walked "
        "out.",
    ],
)
def test_second_part_of_a_split_quote_keeps_its_speaker(body: str) -> None:
    assert speakers_of(HEAD + body) == ["Holm", "Holm"]


def test_modifier_before_a_trailing_name_still_joins_the_subject() -> None:
    q = by_text(HEAD + "“The port is open,” ever-cautious Holm said.")["The port is open,"]
    assert (q.speaker, q.speaker_surface) == ("Holm", "ever-cautious Holm")


@pytest.mark.parametrize("verb", ["yelling", "shouting", "screaming"])
def test_with_subject_of_a_shouting_participle(verb: str) -> None:
    body = f"The crowd cheered, with Ocampo {verb}: “Get them out of here!”"
    q = by_text(HEAD + body)["Get them out of here!"]
    assert (q.speaker, q.cue) == ("Ocampo", verb)


def test_subject_of_a_clause_after_after_with_a_participle_appositive() -> None:
    body = (
        "The hearing ended after Mr. Dunmore, asked about the silt, had said, “We will dredge "
        "every channel.”"
    )
    q = by_text(HEAD + body)["We will dredge every channel."]
    assert (q.speaker, q.speaker_surface) == ("Dunmore", "Mr. Dunmore")


def test_clause_name_is_not_taken_across_a_relative_clause() -> None:
    # 'before Brevik' opens the reported clause; 'who wondered' belongs to the listeners
    body = (
        "Jane Roe, a radio host, recalled that before Brevik, Ocampo was not taken seriously by "
        "her callers, who wondered whether “the board meant any of it.”"
    )
    q = by_text(HEAD + body)["the board meant any of it."]
    assert q.speaker != "Brevik"


def test_colon_introduction_after_a_that_clause_keeps_the_sentence_speaker() -> None:
    body = (
        "Lemberg said he prayed with “all his soul” that the quay would open again: “Then the "
        "boats come back to Kettlevik.”"
    )
    q = by_text(HEAD + body)["Then the boats come back to Kettlevik."]
    assert (q.speaker, q.speaker_surface) == ("Lemberg", "Lemberg")


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # a quote inside a subordinate clause that opens the sentence is that clause's speaker's
        (
            "After Dunmore said that skippers who did not pay might fish at “smaller harbours,” "
            "Ocampo said: “That is an insult to every fisher.”",
            "smaller harbours,",
            "Dunmore",
        ),
        ("After Roe called the levy “a theft,” Doe said it was fair.", "a theft,", "Roe"),
        # no cue inside the clause: the cue after the quote still wins
        ("If the levy is “fair,” Roe said, the skippers will pay.", "fair,", "Roe"),
        ("While the levy is “only a start,” Roe said, it will help.", "only a start,", "Roe"),
    ],
)
def test_quote_inside_an_opening_clause(body: str, quote: str, speaker: str) -> None:
    assert by_text(HEAD + body)[quote].speaker == speaker


def test_possessive_is_no_participle_subject() -> None:
    body = (
        "In response to the levy, Holm’s right-hand woman rallied skippers, saying: “Every boat "
        "signs up before Friday.”"
    )
    assert speakers_of(HEAD + body) == [None]


def test_lead_phrase_ending_in_a_quoted_title_before_the_subject() -> None:
    body = (
        "“The levy has to go before the spring catch,” Pence said on Radio North.\n\n"
        "On “Morning Tide,” Sen. Olaf Lemberg (Vt.), who lost the vote to Holm, named the "
        "skippers' fatigue as the reason to back her. “The younger skippers are sick and tired of "
        "the levy.”"
    )
    assert speakers_of(HEAD + body) == ["Pence", "Olaf Lemberg"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an abbreviated title establishes the description a later cue uses
        (
            "Sen. Olga Brenner (D-Vt.) toured the quay on Monday. “The silt is a scandal,” the "
            "senator said.",
            "Olga Brenner",
        ),
        (
            "Former Gov. Olga Brenner toured the quay on Monday. “The silt is a scandal,” the "
            "former governor said.",
            "Olga Brenner",
        ),
        # every modifier of the description must be in the title run: 'the Nordland governor'
        # is not the governor of another state
        (
            "Nordland Gov. Olga Brenner met Vestby Gov. Tomas Berg. “The silt is a scandal,” the "
            "Nordland governor said.",
            "Olga Brenner",
        ),
        (
            "Vestby Gov. Tomas Berg toured the quay. “The silt is a scandal,” the Nordland "
            "governor said.",
            None,
        ),
        # the possessive mark after a name is no part of it
        (
            "Sen. Olga Rogers' plan was read out. “The silt is a scandal,” the senator said.",
            "Olga Rogers",
        ),
    ],
)
def test_description_after_an_abbreviated_title(body: str, speaker: str | None) -> None:
    assert speakers_of(HEAD + body) == [speaker]


def test_subject_surface_after_an_opening_parenthesis() -> None:
    body = (
        "Most historians agree on what it was (Olaf Lemberg, who founded the dock union, once "
        "said, “The sea takes what we leave”). However, the board does not."
    )
    (q,) = by_text(HEAD + body).values()
    assert (q.speaker, q.speaker_surface) == ("Olaf Lemberg", "Olaf Lemberg")


def test_curly_quote_within_a_quote_keeps_the_outer_quote_whole() -> None:
    body = (
        "Readers wrote in.\n"
        "“I would sooner sail through what the mayor names “paradise” and sink than vote for "
        "him.” ― Ana Ruiz\n"
        "“Nobody on the quay trusts a word from the man.” ― Tom Berg"
    )
    found = quotes_of(HEAD + body)
    assert [q.speaker for q in found] == ["Ana Ruiz", "Tom Berg"]
    assert found[0].text.endswith("than vote for him.")


def test_unclosed_curly_quote_before_a_new_one_still_ends_there() -> None:
    # one closing mark left for two openers: the first quote was never closed
    body = "“We will not pay, Holm told the crowd. “The levy is dead,” Berg said."
    assert speakers_of(HEAD + body)[-1] == "Berg"
