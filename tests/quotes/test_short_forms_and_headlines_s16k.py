"""Company short forms, possessed statements and title-case headline runs as speakers."""

from __future__ import annotations

from tests.quotes.helpers import speakers_of


def test_bare_first_word_speaks_as_the_one_company_name() -> None:
    text = (
        "The state sued Larkmoor Data Systems on Monday, accusing it of selling location data.\n"
        "Larkmoor, in a statement, said it “rejects every claim in the filing.”"
    )
    assert speakers_of(text) == ["Larkmoor Data Systems"]


def test_bare_first_word_of_a_lab_company() -> None:
    text = (
        "Regulators paused a trial run by Quillon Therapeutics in March.\n"
        "“Patient safety comes first,” Quillon said in a statement."
    )
    assert speakers_of(text) == ["Quillon Therapeutics"]


def test_two_company_names_with_the_word_leave_it_bare() -> None:
    text = (
        "Larkmoor Data Systems and Larkmoor Energy share an owner.\n"
        "Larkmoor said it “will fight the ruling.”"
    )
    assert speakers_of(text) == ["Larkmoor"]


def test_person_with_a_known_given_name_is_no_company() -> None:
    text = (
        "Maria Castellane Research was the title of the exhibit.\n“I never planned it,” Maria said."
    )
    assert speakers_of(text) != ["Maria Castellane Research"]


def test_longer_name_only_after_the_quote_is_not_used() -> None:
    text = (
        "“We will appeal,” Tarrow said on Monday.\n"
        "Tarrow Aerospace employs 900 people in the valley."
    )
    assert speakers_of(text) == ["Tarrow"]


def test_possessed_statement_speaks_as_its_owner() -> None:
    text = (
        "The Coastal Nurses Federation, the region's largest nurses' union, met on Monday.\n"
        "The union's statement called the plan “an insult to every ward” and promised a fight."
    )
    assert speakers_of(text) == ["Coastal Nurses Federation"]


def test_possessed_statement_of_a_named_person() -> None:
    text = (
        "Senator Hilde Varrow left the chamber early.\n"
        "Varrow's statement called the vote “a betrayal of the harbour towns.”"
    )
    assert speakers_of(text) == ["Hilde Varrow"]


def test_title_case_headline_run_is_no_pronoun_antecedent() -> None:
    text = (
        "Norwegian Leader Says Fishing Pact Could ‘Sink Down’ Cod Fleet Ahead of Bergen Talks\n"
        "TROMSO — Norway's prime minister said on Tuesday that his government would not sign a "
        "proposed fishing pact with its neighbours in its current form, setting up a clash at "
        "talks in Bergen next week.\n"
        "The premier, Tadhg Ó Corrain, told lawmakers that the pact would flood Norwegian ports "
        "with cheaper catch. “We cannot ask our crews to follow the strictest rules and then let "
        "in fish caught under none,” he said. “That is not fair trade.”"
    )
    assert speakers_of(text) == ["Tadhg Ó Corrain", "Tadhg Ó Corrain"]


def test_headline_run_guard_with_a_known_given_name() -> None:
    text = (
        "Danish Leader Warns Tax Plan Could ‘Drive Away’ Shipping Firms Before Vote\n"
        "COPENHAGEN — Denmark's prime minister said on Tuesday that her government would "
        "oppose the plan.\n"
        "The premier, Aino Vesterlund, told lawmakers the plan was rushed. “Our harbours would "
        "empty within a year,” she said."
    )
    assert speakers_of(text) == ["Aino Vesterlund"]


def test_title_case_headline_possessive_run_is_no_speaker() -> None:
    text = (
        "Critics Fume Over Halvard's Budget Triumph, and It's Sweet\n"
        "The budget passed on Tuesday after a long night.\n"
        "Halvard, unbothered, spoke to donors. “This was about families,” he said."
    )
    assert "Budget Triumph" not in speakers_of(text)


def test_headline_name_label_with_a_given_name_still_counts() -> None:
    text = (
        "Tom Ferris: Buses Will Run Faster\n"
        "The city will add lanes next year.\n"
        "“People are tired of waiting,” Ferris said."
    )
    assert speakers_of(text) == ["Tom Ferris"]


def test_headline_surname_the_body_repeats_still_counts() -> None:
    text = (
        "Okonkwo-Reyes Defends Port Deal Before Council Vote\n"
        "The port deal goes to a vote on Friday.\n"
        "“It is a fair price,” Okonkwo-Reyes said."
    )
    assert speakers_of(text) == ["Okonkwo-Reyes"]


def test_sentence_case_first_line_keeps_its_name() -> None:
    text = (
        "Orvell Tamsin chaired the harbour panel on Monday, the board said\n"
        "“We are ready for the winter storms,” Tamsin said."
    )
    assert speakers_of(text) == ["Orvell Tamsin"]
