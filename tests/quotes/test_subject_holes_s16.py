"""Small subject holes: '-es' plural groups, bare groups with a post-modifier after the verb,
possessive agent descriptions, titled surnames as antecedents, state-tied titles and party
descriptions (invented copy; each fix test fails without its rule, guards are near misses)."""

from __future__ import annotations

from tests.quotes.helpers import attributions_of, last_speaker, quotes_of

_HEAD = "Dock blaze\n\nA blaze broke out at the Kelp Street depot on Friday.\n\n"
_TAIL = "\n\nNo one was hurt."


def _one(sentence: str, kind: str = "direct", lead: str = "") -> tuple[str | None, str | None]:
    """Return (speaker, surface) of the only quote of one kind in an invented article."""
    found = attributions_of(_HEAD + lead + sentence + _TAIL, kind)
    assert len(found) == 1
    return found[0]


def _last(text: str) -> str | None:
    """Return the speaker of the last direct quote of an invented article."""
    return last_speaker(_HEAD + text + _TAIL)


# '-es' plurals of people nouns are groups after an inverted cue


def test_an_es_plural_group_after_the_verb_speaks() -> None:
    assert _one("“The roof fell in,” said witnesses.")[1] == "witnesses"


def test_another_es_plural_group_after_the_verb_speaks() -> None:
    assert _one("“We trained all week,” said coaches.")[1] == "coaches"


def test_an_es_plural_that_names_no_people_is_no_group() -> None:
    assert quotes_of(_HEAD + "“Too late,” said boxes." + _TAIL) == []


# a bare group and its post-modifier after the verb


def test_a_bare_group_close_to_a_name_after_the_verb() -> None:
    assert _one("“He will run again,” said sources close to Ivo Brandt.") == (
        None,
        "sources close to Ivo Brandt",
    )


def test_a_bare_group_familiar_with_a_plan_after_the_verb() -> None:
    assert _one("“It is a bad deal,” said officials familiar with the plan.")[1] == (
        "officials familiar with the plan"
    )


def test_the_person_a_group_is_close_to_is_no_speaker() -> None:
    speaker, _ = _one("“He will run again,” said people close to Ivo Brandt.")
    assert speaker != "Ivo Brandt"


def test_a_group_closing_its_clause_is_unchanged() -> None:
    assert _one("“It was loud,” said residents.")[1] == "residents"


# a possessive agent description


def test_a_possessive_representative_to_a_body_before_the_verb() -> None:
    got = _one("“We ask for calm,” Nordland's representative to the Harbour Council said.")
    assert got == (
        "Nordland's representative to the Harbour Council",
        "Nordland's representative to the Harbour Council",
    )


def test_a_possessive_representative_after_the_verb_keeps_its_object() -> None:
    got = _one("“We ask for calm,” said Nordland's representative to the Harbour Council.")
    assert got[1] == "Nordland's representative to the Harbour Council"


def test_a_possessive_representative_of_an_indirect_tail() -> None:
    got = _one(
        "The depot will reopen, Nordland's envoy said.", "indirect"
    )  # no agent noun: the old shape
    assert got[1] == "Nordland's envoy"
    got = _one("The depot will reopen, Nordland's representative to the UN said.", "indirect")
    assert got[0] == "Nordland's representative to the UN"


def test_the_body_a_representative_is_sent_to_is_no_speaker() -> None:
    speaker, _ = _one("“We ask for calm,” Nordland's representative to the United Nations said.")
    assert speaker not in ("United Nations", "the United Nations")


def test_an_aide_to_a_titled_name_is_the_description() -> None:
    assert _one("“It is over,” an aide to Mayor Ivo Brandt said.")[0] == (
        "an aide to Mayor Ivo Brandt"
    )


def test_an_agent_description_after_a_clause_reports_it() -> None:
    got = _one("The depot will reopen, an aide to Ivo Brandt said.", "indirect")
    assert got[0] == "an aide to Ivo Brandt"


def test_an_apposed_name_before_an_agent_description_still_wins() -> None:
    got = _one("The depot will reopen, Tom Reyes, an aide to Ivo Brandt, said.", "indirect")
    assert got[0] == "Tom Reyes"


# a title and surname open a sentence: a pronoun antecedent


def test_a_titled_surname_is_a_pronoun_antecedent() -> None:
    assert _last("Mrs. Okafor did not back down. “We will stay,” she said.") == "Okafor"


def test_another_titled_surname_is_a_pronoun_antecedent() -> None:
    assert _last("Mr. Lindqvist was not moved. “We will stay,” he said.") == "Lindqvist"


def test_a_titled_surname_takes_the_full_name_given_before() -> None:
    text = "Ada Okafor toured the depot.\n\nDr. Okafor did not back down. “We stay,” she said."
    assert _last(text) == "Ada Okafor"


def test_a_bare_capitalised_word_is_no_antecedent() -> None:
    assert _last("Okafor did not back down. “We will stay,” she said.") is None


# a state the text ties to one titled person


def test_a_state_after_a_titled_name_ties_the_state_title() -> None:
    text = (
        "Sen. Ada Okafor of Vermont and Sen. Ivo Brandt of Nevada met on Friday.\n"
        "“We will stay,” the Vermont senator said."
    )
    assert _last(text) == "Ada Okafor"


def test_a_party_tag_ties_the_state_title() -> None:
    text = "Sen. Ada Okafor (D-Vt.) toured the depot.\n“We will stay,” the Vermont senator said."
    assert _last(text) == "Ada Okafor"


def test_two_people_tied_to_one_state_leave_it_unresolved() -> None:
    text = (
        "Sen. Ada Okafor of Vermont and Sen. Ivo Brandt of Vermont met on Friday.\n"
        "“We will stay,” the Vermont senator said."
    )
    assert _last(text) is None


def test_a_state_word_inside_a_body_name_ties_nothing() -> None:
    text = (
        "Sen. Ada Okafor of Vermont State College toured the depot on Friday.\n"
        "“We will stay,” the Vermont senator said."
    )
    assert _last(text) is None


def test_a_titled_name_with_no_state_is_not_tied_by_knowledge() -> None:
    text = "Sen. Ada Okafor toured the depot on Friday.\n“We will stay,” the Vermont senator said."
    assert _last(text) is None


# a party description opening a sentence is no name


def test_a_tied_party_description_subject_is_the_antecedent() -> None:
    text = (
        "Ada Okafor, a Democrat from Vermont, toured the depot on Friday.\n\n"
        "The Vermont Democrat was not moved. “We will stay,” she said."
    )
    assert _last(text) == "Ada Okafor"


def test_an_untied_party_description_is_no_name() -> None:
    assert _last("The Vermont Democrat was not moved. “We will stay,” she said.") is None
