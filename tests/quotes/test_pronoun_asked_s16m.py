"""Review fixes to the s16j pronoun rules: who is asked, whose he/she, headline names (invented)."""

from __future__ import annotations

from tests.quotes.helpers import quote_starting

# -- M1: a place or an office asked 'whether she …' is no antecedent


def test_office_asked_whether_she_is_no_person() -> None:
    text = (
        "Council Leader Under Fire\n"
        "The council leader, Nora Blythe, faces a confidence vote. Journalists asked County Hall "
        "whether she would quit.\n"
        "“I am staying put,” she said.\n"
    )
    assert quote_starting(text, "I am staying").speaker == "Nora Blythe"


def test_street_asked_whether_he_is_no_person() -> None:
    text = (
        "Budget Leak Row\n"
        "The chancellor, Felix Garrow, was abroad. Reporters asked Whitmore Street whether he "
        "knew of the leak.\n"
        "“I knew nothing,” he said.\n"
    )
    assert quote_starting(text, "I knew nothing").speaker == "Felix Garrow"


def test_named_person_asked_whether_she_still_noted() -> None:  # near miss: a person is asked
    text = (
        "Market Permits\n"
        "Inspectors asked Hana Vellacott whether she held a licence. She did not.\n"
        "“Nobody told me,” she said.\n"
    )
    assert quote_starting(text, "Nobody told").speaker == "Hana Vellacott"


# -- M2: no ask verb before the name, so the she stays the surname's own gender evidence


def test_declined_to_say_day_whether_she_keeps_her_gender() -> None:
    text = (
        "Ward Count\n"
        "Alex Vell, a ward clerk, oversaw the tally. Vell declined to say Friday whether she "
        "would stand again.\n"
        "Later Vell's aide, Rory Platt, spoke.\n"
        "“The tally was fair,” he said.\n"
        "“I am pleased with it,” she said.\n"
    )
    assert quote_starting(text, "The tally").speaker == "Rory Platt"
    assert quote_starting(text, "I am pleased").speaker == "Alex Vell"


def test_would_not_tell_outlet_whether_she_keeps_her_gender() -> None:
    text = (
        "Quarry Plan\n"
        "Alex Vell runs the quarry trust. Vell would not tell the Gazette whether she backs the "
        "expansion.\n"
        "Later Vell's deputy, Rory Platt, spoke.\n"
        "“The site is safe,” he said.\n"
        "“We will decide in May,” she said.\n"
    )
    assert quote_starting(text, "We will decide").speaker == "Alex Vell"


# -- L3: a headline name led by a known given name stays an antecedent


def test_given_name_headline_profile_takes_the_she() -> None:
    text = (
        "Rita Quarles, Harbourmaster\n"
        "She has run the port since 2015 and has doubled its berths.\n"
        "“Ships come first,” she said.\n"
    )
    assert quote_starting(text, "Ships come").speaker == "Rita Quarles"


def test_title_case_headline_run_without_given_name_is_no_one() -> None:  # near miss
    text = (
        "Harbour Board Fumes Over Quarles Plan\n"
        "She has run the port since 2015 and has doubled its berths.\n"
        "“Ships come first,” she said.\n"
    )
    assert quote_starting(text, "Ships come").speaker is None


def test_byline_name_is_no_headline() -> None:  # guard: a byline is no title-case headline
    text = (
        "By Tessa Quill\n"
        "DOVER — Port director Owen Marsh defended the berth fees on Monday.\n"
        "“They pay for dredging,” he said.\n"
    )
    assert quote_starting(text, "They pay").speaker == "Owen Marsh"
