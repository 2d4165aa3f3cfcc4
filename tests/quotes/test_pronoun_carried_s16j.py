"""Sixteenth-session (j) pronoun and carried speakers, and their near misses (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quote_starting

# -- 1. the person asked 'whether he …' is the he of the next sentences; 'Patrice' is either gender

ASKED = (
    "Ferry Board Weighs Fines\n"
    "Sen. Patrice Okafor pressed the regulator on the ferry delays. Late in the hearing, Okafor "
    "asked Tomas Brill whether he would back a fine. He declined to answer.\n"
    "“I need the numbers first,” he said.\n"
    "“Then get them,” she replied.\n"
)


def test_person_asked_whether_he_is_the_next_he() -> None:
    assert quote_starting(ASKED, "I need").speaker == "Tomas Brill"


def test_asker_of_unknown_given_gender_takes_the_she() -> None:
    assert quote_starting(ASKED, "Then get").speaker == "Patrice Okafor"


def test_asked_person_after_a_surname_asker() -> None:
    text = (
        "Pier Vote Nears\n"
        "Councillor Rhea Dunmore spoke first. Dunmore asked Felix Crane whether he had read the "
        "report, and Crane said he had.\n"
        "“Every page,” he said.\n"
    )
    assert quote_starting(text, "Every page").speaker == "Felix Crane"


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (  # guard: the asker is the she, the person asked a man
            "Harbour Talks Stall\nIvo Marsh met Mayor Dana Pell on Monday. Marsh asked Pell if she "
            "would meet again.\n“Not this week,” she said.\n",
            "Not this week",
            "Dana Pell",
        ),
        (  # guard: asking a body whether it … notes no person
            "Grain Prices Fall\nMaeve Quill asked the board whether it would cut prices. It would "
            "not.\n“That is greed,” she said.\n",
            "That is greed",
            "Maeve Quill",
        ),
        (  # guard: a woman's own name before 'if she'
            "Grain Prices Fall\nThe reporter asked Maeve Quill if she planned to sell. She did "
            "not.\n“Not this year,” she said.\n",
            "Not this year",
            "Maeve Quill",
        ),
        (  # guard: 'Patrice' with a he of his own stays a man
            "Saltmarsh Schools\nPatrice Nolan, a father of three, said the budget was thin. He "
            "asked the board for help.\n“We need books,” he said.\n",
            "We need books",
            "Patrice Nolan",
        ),
    ],
)
def test_asked_guards(text: str, prefix: str, speaker: str) -> None:
    assert quote_starting(text, prefix).speaker == speaker


# -- 2. 'Roe, for her part, did not …': one surname and a his/her aside is a subject


def test_for_her_part_subject_takes_the_she() -> None:
    text = (
        "Rivermouth Party Split\n"
        "Tamsin Rowe leads the smaller party. Her rival, Gordon Pike, spoke on Tuesday.\n"
        "Rowe, for her part, did not rule out a deal. “Talk is cheap,” she said.\n"
    )
    assert quote_starting(text, "Talk is cheap").speaker == "Tamsin Rowe"


def test_to_his_credit_subject_without_a_full_name() -> None:
    # the full name stands only before a possessive ('Gov. Alan Brisk's bill'), so no full mention
    text = (
        "Over Brisk's Harbour Win, Joy\n"
        "Within an hour of the vote on Gov. Alan Brisk's bill, the union objected. Brisk, to his "
        "credit, did not respond in kind. Later Ana Ruiz, a union steward, spoke.\n"
        "“This was never about me,” he said.\n"
    )
    assert quote_starting(text, "This was never").speaker == "Brisk"


def test_participle_aside_after_a_person_shown_before() -> None:
    text = (
        "Over Brisk's Harbour Win, Joy\n"
        "The union objected to Gov. Alan Brisk's bill. Brisk, to his credit, stayed calm. "
        "The Rev. Tomas Hale, who leads a parish, said the bill was overdue.\n"
        "Brisk, asked about the lawsuit, shrugged. “Let them sue,” he said.\n"
    )
    assert quote_starting(text, "Let them sue").speaker == "Brisk"


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (  # guard: 'for its part' is a body's aside, the she is the woman named after it
            "Grain Prices Fall\nAcme Mills, for its part, raised prices. Maeve Quill objected.\n"
            "“It is greed,” she said.\n",
            "It is greed",
            "Maeve Quill",
        ),
        (  # guard: the he after a man's 'for his part'
            "Rivermouth Party Split\nGordon Pike leads the larger party. Tamsin Rowe spoke on "
            "Tuesday.\nPike, for his part, refused to commit. “We will see,” he said.\n",
            "We will see",
            "Gordon Pike",
        ),
        (  # guard: 'in his view' about another person names the speaker of the view
            "Bridge Repairs Delayed\nRolf Dane spoke first. Mira Sand, in his view, was wrong.\n"
            "“She is wrong,” he said.\n",
            "She is wrong",
            "Rolf Dane",
        ),
    ],
)
def test_aside_guards(text: str, prefix: str, speaker: str) -> None:
    assert quote_starting(text, prefix).speaker == speaker


# -- 3. a name and appositive before a past form ('put', 'held') is a subject


def test_appositive_subject_before_put() -> None:
    text = (
        "Keel Maker Expands\n"
        "Tomas Lind, who runs the yard, said orders doubled. Samuel Orr, a welder, put it "
        "simply. “The work is steady,” he said.\n"
    )
    assert quote_starting(text, "The work").speaker == "Samuel Orr"


def test_appositive_subject_before_put_guard_other_gender() -> None:
    text = (
        "Keel Maker Expands\n"
        "Samuel Orr, a welder at the yard, put down his torch. Nina Platt, the foreman, did not.\n"
        "“We keep going,” she said.\n"
    )
    assert quote_starting(text, "We keep").speaker == "Nina Platt"


# -- 4. a headline's title-case run is no antecedent; missing given names have a gender


def test_headline_phrase_is_no_antecedent() -> None:
    text = (
        "Ines Dahl Wins Seat\nThe count ended late. Dahl thanked her volunteers.\n"
        "“This is yours,” she said.\n"
    )
    assert quote_starting(text, "This is yours").speaker != "Ines Dahl Wins Seat"


def test_headline_name_repeated_in_body_stays_an_antecedent() -> None:
    text = (
        "Quiet Harbour Win For Mayor\nMayor Jo Penn spoke after the vote.\n“We did it,” she said.\n"
    )
    assert quote_starting(text, "We did it").speaker == "Jo Penn"


def test_teacher_patrice_is_the_she() -> None:
    text = (
        "Saltmarsh Schools\n"
        "Patrice Nolan, a teacher, said the budget was thin. She asked the board whether it would "
        "help.\n“We need books,” she said.\n"
    )
    assert quote_starting(text, "We need books").speaker == "Patrice Nolan"


def test_she_never_takes_a_theodore() -> None:
    text = (
        "Dock Plan Advances\n"
        "Ana Ruiz, a councillor, opened the session. Theodore Vance, a port engineer, said the "
        "plan was sound.\n“It is too expensive,” she said.\n"
    )
    assert quote_starting(text, "It is too").speaker == "Ana Ruiz"


def test_he_never_takes_a_maeve() -> None:
    text = (
        "Grain Prices Fall\n"
        "Farmer Cathal Byrne watched the auction. His neighbour, Maeve Quill, left early.\n"
        "“Prices are a joke,” he said.\n"
    )
    assert (quote_starting(text, "Prices are").speaker or "").endswith("Cathal Byrne")
