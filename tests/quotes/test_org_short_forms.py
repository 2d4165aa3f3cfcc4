"""A shortened organisation name speaks as the one longer name the article gave it."""

from __future__ import annotations

from tests.quotes.helpers import speakers_of


def test_short_form_takes_the_one_longer_name_before_it() -> None:
    text = (
        "The Norvik Food Authority inspected 40 farms on Monday.\n"
        "“No farm was closed,” the Food Authority said."
    )
    assert speakers_of(text) == ["the Norvik Food Authority"]


def test_statement_issuer_takes_the_longer_name_too() -> None:
    text = (
        "The UN Security Council met on Friday. In a statement, the Security Council said the "
        "ceasefire must hold.\n“We call on all sides to stop the shelling,” the statement read."
    )
    assert speakers_of(text) == ["the UN Security Council"]


def test_two_longer_names_leave_the_short_form() -> None:
    text = (
        "The Russian Foreign Ministry and the Chinese Foreign Ministry both issued statements.\n"
        "“This is unacceptable,” the Foreign Ministry said."
    )
    assert speakers_of(text) == ["the Foreign Ministry"]


def test_a_longer_name_only_after_the_quote_is_not_used() -> None:
    text = (
        "“The port stays shut,” the Harbour Board said.\n"
        "The Ivesk Harbour Board meets again on Friday."
    )
    assert speakers_of(text) == ["the Harbour Board"]
