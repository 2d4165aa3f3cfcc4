"""A quote in a clause with a subject of its own, split name particles and stacked opening
phrases: the speakers and their near misses (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quote_starting

HEAD = "Ferry fares rise in Kelp\n\n"


def _speaker(text: str, prefix: str) -> str | None:
    return quote_starting(HEAD + text + "\n", prefix).speaker


# -- a later clause with its own subject ('…, while Doe …', 'so … that Doe …') holds the quote


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "Ana Ruiz refers to the minister as “Mr. Holm,” while Tom Reyes refers to him as"
            " “Lars.”",
            "Lars",
            "Tom Reyes",
        ),
        (
            "Ana Ruiz backs the levy, whereas Tom Reyes sees it as “a trap for farmers.”",
            "a trap",
            "Tom Reyes",
        ),
        (
            "Tom Reyes backs the levy, whereas Ana Ruiz regards it as “a trap for farmers.”",
            "a trap",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes spoke first. The hearing was so calm that Ana Ruiz was prompted to say,"
            " “I cannot believe how polite this is.”",
            "I cannot",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes runs the union. It has become such a force that Ana Ruiz during a visit"
            " thanked its members “for their support.”",
            "for their",
            "Ana Ruiz",
        ),
    ],
)
def test_own_clause_subject_speaks(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        ("While Ana Ruiz slept, Tom Reyes called the plan “a trap.”", "a trap", "Tom Reyes"),
        ("Tom Reyes worked so hard that the port was “a second home.”", "a second", "Tom Reyes"),
        ("Tom Reyes was so sure that he called the plan “a trap.”", "a trap", "Tom Reyes"),
        ("“It is a trap,” Tom Reyes said, while Ana Ruiz nodded.", "It is", "Tom Reyes"),
        ("Tom Reyes said the port was so quiet that “nobody came.”", "nobody", "Tom Reyes"),
        (
            "Tom Reyes was such a fan that Ana Ruiz’s book became “his bible.”",
            "his bible",
            "Tom Reyes",
        ),
        (
            "Tom Reyes called the ferry “a relic,” while Ana Ruiz said nothing.",
            "a relic",
            "Tom Reyes",
        ),
        ("Tom Reyes praised the deal, while critics regard it as “a gift.”", "a gift", "Tom Reyes"),
        (
            "Tom Reyes praised the ferry, while Ana Ruiz dismissed it as “a floating shed.”",
            "a floating",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes praised the deal; while it lasted, the port was “a gold mine.”",
            "a gold",
            "Tom Reyes",
        ),
    ],
)
def test_own_clause_near_misses(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


def test_own_clause_skips_a_relative_clause() -> None:
    text = "Tom Reyes leads by ten points, while Ana Ruiz leads among those who are “very worried.”"
    assert _speaker(text, "very") != "Ana Ruiz"


# -- a causative verb's object says the quote of the infinitive after it


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        (
            "Tom Reyes coached the mayor to “breathe.” That prompted Ana Ruiz to make a joke and"
            " call the mayor “very flexible.”",
            "very flexible",
        ),
        (
            "Tom Reyes spoke first. The leak forced Minister Ana Ruiz to concede the report was"
            " “largely accurate.”",
            "largely",
        ),
        (
            "Tom Reyes spoke first. The vote spurred Ana Ruiz to brand the result “a disgrace for"
            " Kelp.”",
            "a disgrace",
        ),
        (
            "Tom Reyes spoke first. The crash compelled Ana Ruiz to admit the ferry was “badly"
            " maintained.”",
            "badly",
        ),
    ],
)
def test_causative_object_speaks(text: str, prefix: str) -> None:
    assert _speaker(text, prefix) == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("Tom Reyes prompted the board to act, calling the delay “a scandal.”", "a scandal"),
        ("Tom Reyes pushed Kelp Harbour to the brink with “a reckless plan.”", "a reckless"),
        ("Tom Reyes inspired Ana Ruiz to tears with “a song for the port.”", "a song"),
        ("Tom Reyes moved Ana Ruiz to act and called the plan “a trap.”", "a trap"),
        ("Tom Reyes led Ana Ruiz to the quay and called it “home.”", "home"),
        (
            "The delay prompted Ana Ruiz to write that the ferry was “a floating shed,” Tom Reyes"
            " said.",
            "a floating",
        ),
    ],
)
def test_causative_near_misses(text: str, prefix: str) -> None:
    assert _speaker(text, prefix) == "Tom Reyes"


# -- a relative clause of an opening phrase ('In a clip that Roe called “…,” Doe …')


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "The court saw a video. In a clip that Judge Ana Ruiz called “distasteful,” Tom Reyes"
            " mocked the victims.",
            "distasteful",
            "Ana Ruiz",
        ),
        (
            "The court saw a video. And, in a clip that Judge Ana Ruiz called “distasteful,” Tom"
            " Reyes voiced a wish to “close the port.”",
            "distasteful",
            "Ana Ruiz",
        ),
        (
            "During a speech that Ana Ruiz described as “reckless,” Tom Reyes attacked the unions.",
            "reckless",
            "Ana Ruiz",
        ),
    ],
)
def test_opening_phrase_relative_clause(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "The court saw a video. And, in a clip that Judge Ana Ruiz called “distasteful,” Tom"
            " Reyes voiced a wish to “close the port.”",
            "close the",
            "Tom Reyes",
        ),
        ("In a speech that lasted an hour, “we will win,” Tom Reyes said.", "we will", "Tom Reyes"),
        (
            "In a clip that was called “distasteful,” Tom Reyes mocked the victims.",
            "distasteful",
            "Tom Reyes",
        ),
        (
            "After Ana Ruiz said that pupils might do better at “smaller schools,” Tom Reyes said:"
            " “I disagree.”",
            "smaller",
            "Ana Ruiz",
        ),
        (
            "On a ferry that Ana Ruiz owns, “we sail at dawn,” Tom Reyes said.",
            "we sail",
            "Tom Reyes",
        ),
        (
            "In a statement, Tom Reyes called the plan “a trap,” and Ana Ruiz agreed.",
            "a trap",
            "Tom Reyes",
        ),
        (
            "In the report, the board called the ferry “a floating shed,” Tom Reyes said.",
            "a floating",
            "Tom Reyes",
        ),
        ("And in Kelp, Ana Ruiz called the ferry “a floating shed.”", "a floating", "Ana Ruiz"),
    ],
)
def test_opening_phrase_near_misses(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


# -- a Dutch particle written apart ('in ’t', 'van ’t') stays in the name


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "“Europe is not ready,” said Marieke in ’t Hout, a Dutch member of the council.",
            "Europe",
            "Marieke in ’t Hout",
        ),
        (
            "“Europe is not ready,” said Marieke in 't Hout, a Dutch member of the council.",
            "Europe",
            "Marieke in 't Hout",
        ),
        ("“We will appeal,” said Jan van ’t Hof.", "We will", "Jan van ’t Hof"),
        (
            "Marieke in ’t Hout, a Dutch member of the council, said: “Europe is not ready.”",
            "Europe",
            "Marieke in ’t Hout",
        ),
        (
            "Marieke in ’t Hout spoke first. Later in ’t Hout added: “It is too soon.”",
            "It is",
            "Marieke in ’t Hout",
        ),
    ],
)
def test_split_particle_names(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will appeal,” said Ana Ruiz in Brussels.", "Ana Ruiz"),
        ("“We will appeal,” said Jan van der Berg.", "Jan van der Berg"),
        ("“We will appeal,” said Ana Ruiz, in Kelp.", "Ana Ruiz"),
        ("“We will appeal,” said Ana Ruiz in the Gooi.", "Ana Ruiz"),
        ("“We will appeal,” Ana Ruiz said in Kelp on Monday.", "Ana Ruiz"),
    ],
)
def test_split_particle_near_misses(text: str, speaker: str) -> None:
    assert _speaker(text, "We will") == speaker


# -- stacked opening phrases ('In June, after Roe fell, Doe …'): the main clause's subject


def test_stacked_opening_phrases() -> None:
    text = (
        "Ana Ruiz and Tom Reyes met often. In June, after Ruiz suffered a fall, Reyes emailed her"
        " his regrets, addressing her as “Ana” and telling her, “you are a star!”"
    )
    assert _speaker(text, "you are") == "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        (
            "Tom Reyes spoke first. In June, Ana Ruiz, the mayor, called it “a disgrace.”",
            "a disgrace",
        ),
        (
            "Tom Reyes spoke first. After the vote, Ana Ruiz wept, telling reporters, “we lost.”",
            "we lost",
        ),
        (
            "Tom Reyes spoke first. In May, after the vote, which failed, Ana Ruiz called the plan"
            " “a ruin.”",
            "a ruin",
        ),
        (
            "Tom Reyes ran the port. On Monday, after Reyes resigned, Ana Ruiz wrote to the board,"
            " calling it “a shambles.”",
            "a shambles",
        ),
    ],
)
def test_stacked_opening_near_misses(text: str, prefix: str) -> None:
    assert _speaker(text, prefix) == "Ana Ruiz"


# -- a function word that is a surname after a known given name ('Tom From')


def test_function_word_surname() -> None:
    text = (
        "“The port will close,” said Tom From, a former harbour master."
        " “Nobody listens,” From said."
    )
    assert _speaker(text, "The port") == "Tom From"
    assert _speaker(text, "Nobody") == "Tom From"


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        (
            "Tom From spoke first. From Monday, the port will close. “It is sad,” said Ana Ruiz.",
            "It is",
        ),
        ("Ana Ruiz spoke first. “The port will close,” from Monday, she said.", "The port"),
    ],
)
def test_function_word_surname_near_misses(text: str, prefix: str) -> None:
    assert _speaker(text, prefix) == "Ana Ruiz"


# -- more near misses of each rule: the speaker it must leave as it was


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "Tom Reyes said the ferry was “a relic,” while the port stayed open.",
            "a relic",
            "Tom Reyes",
        ),
        (
            "Tom Reyes, who was so tired that he slept, called the ferry “a relic.”",
            "a relic",
            "Tom Reyes",
        ),
        (
            "Tom Reyes spoke so softly that few heard him call the ferry “a relic.”",
            "a relic",
            "Tom Reyes",
        ),
        (
            "Tom Reyes backs the levy, whereas Ana Ruiz, the mayor, told reporters"
            " it was “a trap.”",
            "a trap",
            "Ana Ruiz",
        ),
        (
            "“The levy is a trap,” Tom Reyes said, whereas Ana Ruiz stayed silent.",
            "The levy",
            "Tom Reyes",
        ),
    ],
)
def test_own_clause_more_near_misses(text: str, prefix: str, speaker: str | None) -> None:
    """Near misses of a later clause."""
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        ("Tom Reyes forced the vote and called it “a win for Kelp.”", "a win", "Tom Reyes"),
        ("Tom Reyes caused a stir when he called the ferry “a relic.”", "a relic", "Tom Reyes"),
        (
            "Tom Reyes pushed Ana Ruiz to the edge, calling her plan “a trap.”",
            "a trap",
            "Tom Reyes",
        ),
        (
            "Tom Reyes inspired Kelp to greatness, he said, calling it “a miracle.”",
            "a miracle",
            "Tom Reyes",
        ),
        ("“It is a trap,” said Tom Reyes, who forced Ana Ruiz to resign.", "It is", "Tom Reyes"),
        (
            "Tom Reyes compels Ana Ruiz to their meetings and calls them “useful.”",
            "useful",
            "Tom Reyes",
        ),
        ("Tom Reyes prompted a debate about “the future of the ferry.”", "the future", "Tom Reyes"),
        (
            "Tom Reyes spurs the board to its first vote, calling it “historic.”",
            "historic",
            "Tom Reyes",
        ),
        (
            "Tom Reyes forced Ana Ruiz to his side: “We stand together,” he said.",
            "We stand",
            "Tom Reyes",
        ),
    ],
)
def test_causative_more_near_misses(text: str, prefix: str, speaker: str | None) -> None:
    """Near misses of a causative verb."""
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "In a letter that the board sent, Tom Reyes called the plan “a trap.”",
            "a trap",
            "Tom Reyes",
        ),
        (
            "At a hearing that Ana Ruiz chaired, Tom Reyes called the plan “a trap.”",
            "a trap",
            "Tom Reyes",
        ),
        (
            "With a plan that Ana Ruiz drew up, Tom Reyes said the port would “grow again.”",
            "grow",
            "Tom Reyes",
        ),
        ("On Monday, “we will appeal,” Tom Reyes said.", "we will", "Tom Reyes"),
        (
            "In a ruling that Judge Ana Ruiz issued, the court called the levy “unlawful.”",
            "unlawful",
            "the court",
        ),
        (
            "Under a deal that Ana Ruiz signed, “the port stays open,” Tom Reyes said.",
            "the port",
            "Tom Reyes",
        ),
        (
            "From a town that Ana Ruiz once ran, Tom Reyes sent a letter saying “thank you.”",
            "thank",
            "Tom Reyes",
        ),
    ],
)
def test_opening_relative_more_near_misses(text: str, prefix: str, speaker: str | None) -> None:
    """Near misses of an opening phrase with a relative clause."""
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        ("“We will appeal,” said Jan van Dijk.", "We will", "Jan van Dijk"),
        ("“We will appeal,” said Ana de la Cruz.", "We will", "Ana de la Cruz"),
        ("“We will appeal,” said Ana Ruiz in a statement.", "We will", "Ana Ruiz"),
        ("“We will appeal,” said Ana Ruiz in Kelp, where the ferry sank.", "We will", "Ana Ruiz"),
        ("“We will appeal,” said Tom Reyes, who lives in Kelp.", "We will", "Tom Reyes"),
        ("“We will appeal,” said Ana Ruiz op Monday.", "We will", "Ana Ruiz"),
        (
            "“We will appeal,” said Ana Ruiz van Kelp Harbour.",
            "We will",
            "Ana Ruiz van Kelp Harbour",
        ),
        ("“We will appeal,” said Ana Ruiz in ’the Gooi’.", "We will", "Ana Ruiz"),
        ("“We will appeal,” said Ana Ruiz in Brussels on Monday.", "We will", "Ana Ruiz"),
        ("“We will appeal,” said Jan van den Broek.", "We will", "Jan van den Broek"),
        ("“We will appeal,” said Ana Ruiz in The Hague.", "We will", "Ana Ruiz"),
    ],
)
def test_split_particle_more_near_misses(text: str, prefix: str, speaker: str | None) -> None:
    """Near misses of a split particle."""
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "Tom Reyes spoke first. In June, Ana Ruiz called the plan “a ruin.”",
            "a ruin",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes spoke first. When the ferry sank, in June, Ana Ruiz called it “a disgrace.”",
            "a disgrace",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes spoke first. In June, after the vote, Ana Ruiz, the mayor,"
            " called it “a disgrace.”",
            "a disgrace",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes spoke first. Despite the rain, during the vote, Ana Ruiz"
            " called it “a farce.”",
            "a farce",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes spoke first. In June, after Ana Ruiz lost, she called the vote “a farce.”",
            "a farce",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz spoke first. In June, after Ruiz lost, Tom Reyes wrote to"
            " her, calling the vote “a farce.”",
            "a farce",
            "Tom Reyes",
        ),
        (
            "Tom Reyes spoke first. After the vote, when asked, Ana Ruiz called it “a farce.”",
            "a farce",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes spoke first. In Kelp, at the port, in June, Ana Ruiz called it “a farce.”",
            "a farce",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes spoke first. Since June, when the port shut, Ana Ruiz has"
            " called it “a farce.”",
            "a farce",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes spoke first. On Monday, after the vote, “it is a farce,” Ana Ruiz said.",
            "it is",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes spoke first. In June, after the vote, Ana Ruiz wept,"
            " telling reporters, “we lost.”",
            "we lost",
            "Ana Ruiz",
        ),
    ],
)
def test_stacked_openers_more_near_misses(text: str, prefix: str, speaker: str | None) -> None:
    """Near misses of stacked opening phrases."""
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        ("Tom From spoke first. “We will appeal,” said Ana Ruiz from Kelp.", "We will", "Ana Ruiz"),
        (
            "Tom From spoke first. From the quay, Ana Ruiz called the plan “a trap.”",
            "a trap",
            "Ana Ruiz",
        ),
        (
            "“We will appeal,” said Tom Reyes. From Kelp, Ana Ruiz called it “a trap.”",
            "a trap",
            "Ana Ruiz",
        ),
        ("Tom From spoke first. “It is sad,” Ana Ruiz said from the quay.", "It is", "Ana Ruiz"),
        ("From Monday, the ferry is free. “It is a gift,” said Ana Ruiz.", "It is", "Ana Ruiz"),
        (
            "Tom From runs the port. “It is a gift,” Ana Ruiz said. From then on,"
            " the ferry was free.",
            "It is",
            "Ana Ruiz",
        ),
        (
            "“We will appeal,” said Ana Will, the mayor. “It is unfair,” Will said.",
            "It is",
            "Ana Will",
        ),
        (
            "“The ferry is late,” said Tom From. “It is always late,” said Ana Ruiz.",
            "It is",
            "Ana Ruiz",
        ),
        ("Tom From spoke. “From now on, fares rise,” Ana Ruiz said.", "From now", "Ana Ruiz"),
        (
            "Tom From spoke. From Kelp to Brevik, the ferry was “a lifeline,” Ana Ruiz said.",
            "a lifeline",
            "Ana Ruiz",
        ),
        (
            "Tom From spoke first. From the start, Ana Ruiz called the levy “a trap.”",
            "a trap",
            "Ana Ruiz",
        ),
        ("Tom From spoke first. “It is sad,” said Ana Ruiz, from Kelp.", "It is", "Ana Ruiz"),
        (
            "Tom From spoke first. “It is sad,” said Ana Ruiz, who came from Kelp.",
            "It is",
            "Ana Ruiz",
        ),
        ("Tom From spoke first. “It is sad,” said a man from Kelp.", "It is", None),
    ],
)
def test_function_surname_more_near_misses(text: str, prefix: str, speaker: str | None) -> None:
    """Near misses of a function-word surname."""
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    "text",
    ["“It is a gift,” said Tom From. Critics from Kelp disagreed.", "“It is sad,” Tom From said."],
)
def test_function_word_surname_after_given_name(text: str) -> None:
    assert _speaker(text, "It is") == "Tom From"
