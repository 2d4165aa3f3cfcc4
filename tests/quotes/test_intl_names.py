"""International names and indirect-speech lead phrases (invented wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text, quotes_of

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"
QUOTE = "“The quay will reopen once the channel is dredged.”"


def _speaker(body: str, quote: str = QUOTE[1:-1]) -> str | None:
    return by_text(HEAD + body)[quote].speaker


@pytest.mark.parametrize(
    "name",
    [
        "Ursula von der Leyen",
        "Gerard ter Horst",
        "Ahmed ibn Rashid",
        "Abdullah al-Masri",
        "Tomas de la Vega",
        "Joana dos Reis",
        "Nguyen Van An",
        "Tran Thi My",
    ],
)
def test_names_with_particles_and_three_parts_stay_whole(name: str) -> None:
    assert _speaker(f"{name} said {QUOTE}") == name
    assert _speaker(f"{QUOTE[:-2]},” {name} said on Tuesday.", QUOTE[1:-2] + ",") == name


@pytest.mark.parametrize(
    ("name", "later"),
    [
        ("Ursula von der Leyen", "von der Leyen"),
        ("Gerard ter Horst", "ter Horst"),
        ("Abdullah al-Masri", "al-Masri"),
        ("Nguyen Van An", "An"),
    ],
)
def test_a_later_surname_with_its_particle_resolves_to_the_full_name(name: str, later: str) -> None:
    body = f"{name} toured the quay on Monday.\n“We will fund the dredging now,” {later} said."
    assert _speaker(body, "We will fund the dredging now,") == name


def test_function_word_given_names_do_not_turn_articles_into_names() -> None:
    # 'An' is a name only where it continues a capitalised name, and title case does not count
    body = (
        "An official at the port said the dredger was late. Port Faces An Inquiry Over Fees, "
        "read one banner.\n“We were never told,” an official said."
    )
    assert _speaker(body, "We were never told,") is None
    body = "Officials met in Hanoi. An aide to the minister said “the quay will reopen soon.”"
    # the whole agent description since the named-objects round, never a name 'An'
    assert _speaker(body, "the quay will reopen soon.") == "an aide to the minister"


@pytest.mark.parametrize(
    ("she", "he"),
    [("Olena Kovalenko", "Kwame Mensah"), ("Fatima Diallo", "Narendra Joshi")],
)
def test_non_western_given_names_tell_he_from_she(she: str, he: str) -> None:
    for pronoun, who in (("she", she), ("he", he)):
        body = f"{she} met {he} at the ferry terminal.\n{QUOTE[:-2]},” {pronoun} said."
        assert _speaker(body, QUOTE[1:-2] + ",") == who


@pytest.mark.parametrize(
    "lead",
    [
        "In a written statement,",
        "On Tuesday,",
        "Speaking to reporters,",
        "In an interview with the Baltic Courier,",
    ],
)
def test_lead_phrase_is_neither_content_nor_speaker(lead: str) -> None:
    text = HEAD + f"{lead} the fisheries ministry said the quay would close until spring."
    (q,) = quotes_of(text, "indirect")
    assert q.text == "the quay would close until spring"
    assert q.speaker == "the fisheries ministry"


def test_description_before_a_named_subject_is_not_content() -> None:
    text = HEAD + "The port director, Kwame Mensah, told reporters the quotas were final."
    assert all(q.text != "The port director" for q in quotes_of(text, None))
    text = HEAD + "The port director, Kwame Mensah, said the quotas were final."
    (q,) = quotes_of(text, "indirect")
    assert (q.text, q.speaker) == ("the quotas were final", "Kwame Mensah")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Rising fuel prices will hurt the fleet, Kwame Mensah said on Monday.", "Rising fuel"),
        ("In March, landings fell by a third, the ministry said.", "In March, landings"),
        ("Fishing crews will lose a season, Kwame Mensah, the port director, said.", "Fishing"),
    ],
)
def test_reported_content_before_the_cue_is_kept(sentence: str, content: str) -> None:
    (q,) = quotes_of(HEAD + sentence, "indirect")
    assert q.text.startswith(content)


@pytest.mark.parametrize(
    "body",
    [
        "An official at the port said “the dredger was late again this week.”",
        "An official said “the dredger was late again this week.”",
        "“The dredger was late again this week,” an official said.",
    ],
)
def test_an_article_stays_an_article_where_an_is_also_a_name(body: str) -> None:
    text = HEAD + "Nguyen Van An toured the quay on Monday. " + body
    (q,) = quotes_of(text)
    assert q.speaker is None


def test_a_given_name_that_is_a_function_word_takes_an_appositive() -> None:
    body = "Nguyen Van An toured the quay. An, the transport minister, said “we cannot wait.”"
    assert _speaker(body, "we cannot wait.") == "Nguyen Van An"
