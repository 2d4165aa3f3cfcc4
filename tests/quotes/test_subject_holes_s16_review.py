"""Review guards for the s16 subject holes: a title opens a person antecedent only as a
courtesy or abbreviated title and one surname, 'did' notes a person only, a name apposed after
a possessive agent description wins, a pronoun ends a post-modifier, state ties read past
'former' and not into a body's name (invented copy; each test fails without its fix but
the three marked guards, near misses that hold)."""

from __future__ import annotations

from tests.quotes.helpers import attributions_of, last_speaker

_HEAD = "Mill fire\n\nSmoke rose over the Ostby flour mill late on Sunday.\n\n"
_TAIL = "\n\nThe mill stays shut until spring."


def _first(sentence: str) -> tuple[str | None, str | None]:
    """Return (speaker, surface) of the first direct quote of an invented article."""
    return attributions_of(_HEAD + sentence + _TAIL)[0]


def _last(text: str) -> str | None:
    """Return the speaker of the last direct quote of an invented article."""
    return last_speaker(_HEAD + text + _TAIL)


# H1: a wide title word opening a sentence makes no person antecedent


def test_a_company_named_with_a_title_word_keeps_the_earlier_speaker() -> None:
    text = "Lena Vogt spoke first.\n\nGeneral Foods did not reply. “We will rebuild,” she said."
    assert _last(text) == "Lena Vogt"


def test_a_hotel_named_with_a_title_word_keeps_the_earlier_speaker() -> None:
    text = "Ivo Brandt spoke first.\n\nPresident Inn did not reopen. “We will rebuild,” he said."
    assert _last(text) == "Ivo Brandt"


def test_a_service_named_with_a_title_word_is_no_antecedent() -> None:
    assert _last("Prime Freight did not comment. “We will rebuild,” he said.") is None


def test_a_town_named_with_a_title_word_is_no_antecedent() -> None:
    assert _last("Bishop Lydford was flooded. “We will rebuild,” she said.") is None


def test_a_courtesy_title_and_surname_is_still_an_antecedent() -> None:  # guard
    assert _last("Ms. Halvorsen was not moved. “We will rebuild,” she said.") == "Halvorsen"


# M1: 'did' notes a person's name only


def test_a_street_before_did_keeps_the_earlier_speaker() -> None:
    text = "Ivo Brandt spoke first.\n\nKing Lane did not flood. “We will rebuild,” he said."
    assert _last(text) == "Ivo Brandt"


def test_a_given_name_before_did_is_an_antecedent() -> None:  # guard
    assert _last("Ada Okafor did not back down. “We will rebuild,” she said.") == "Ada Okafor"


# M2: a name apposed after a possessive agent description after the verb


def test_a_name_after_a_possessive_representative_to_a_body_is_the_speaker() -> None:
    got = _first(
        "“We ask for patience,” said Veldria's representative to the Arctic Council, Mara Solheim."
    )
    assert got[0] == "Mara Solheim"


def test_a_name_after_a_possessive_adviser_and_a_time_is_the_speaker() -> None:
    got = _first(
        "“We ask for patience,” said Ostmark's adviser to the league, Jon Pike, on Monday."
    )
    assert got[0] == "Jon Pike"


# M3: a pronoun ends a post-modifier; a participle post-modifier joins


def test_a_bare_group_close_to_a_pronoun_is_a_description() -> None:
    assert _first("“He will quit,” said sources close to him.") == (None, "sources close to him")


def test_a_group_close_to_her_family_keeps_the_family() -> None:  # guard
    got = _first("“He will quit,” said a source close to her family.")
    assert got[1] == "a source close to her family"


def test_a_bare_group_briefed_on_talks_is_the_whole_description() -> None:
    got = _first("“The pact is off,” said diplomats briefed on the negotiations in Oslo.")
    assert got[0] is None
    assert (got[1] or "").startswith("diplomats briefed on the negotiations")


# L1, L2: state ties


def test_a_state_opening_a_body_name_ties_nothing() -> None:
    text = (
        "Prof. Ada Okafor of New Mexico Tech and Sen. Ivo Brandt of Nevada met on Friday.\n"
        "“We will rebuild,” the New Mexico professor said."
    )
    assert _last(text) is None


def test_a_former_senator_of_a_state_ties_the_state_title() -> None:
    text = (
        "Former Sen. Ada Okafor of Vermont and Sen. Ivo Brandt of Nevada met on Friday.\n"
        "“We will rebuild,” the Vermont senator said."
    )
    assert _last(text) == "Ada Okafor"
