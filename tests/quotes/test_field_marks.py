"""Speech marked by dialogue dashes, translated cue verbs and Philippine names (invented text)."""

from __future__ import annotations

from tests.quotes.helpers import by_text, quotes_of

HEAD = "Regional heating season to start on time\n"


def test_a_dialogue_dash_paragraph_closed_by_a_dash_and_a_cue_is_direct_speech() -> None:
    text = (
        HEAD + "Governor Oksana Hrytsenko spoke at the briefing on Monday.\n"
        "— All boiler houses are ready for the winter, — emphasized Oksana Hrytsenko.\n"
    )
    quote = by_text(text)["All boiler houses are ready for the winter,"]
    assert quote.speaker == "Oksana Hrytsenko"
    assert quote.cue == "emphasized"


def test_a_dialogue_dash_before_a_pronoun_cue_is_direct_speech() -> None:
    text = (
        HEAD + "Deputy mayor Andriy Lysenko visited the plant.\n"
        "— We will finish the repairs this month, — he assured.\n"
    )
    assert "We will finish the repairs this month," in by_text(text)


def test_a_dashed_list_item_without_a_cue_is_not_speech() -> None:
    text = (
        HEAD + "The plan has three parts:\n"
        "— new boilers in 14 schools, — and the rest next year.\n"
        "— reserve generators in hospitals.\n"
    )
    assert quotes_of(text) == []


def test_assured_and_informed_are_cues() -> None:
    text = (
        HEAD + "«The tests will start in the spring», assured Minister Kemal Aydın.\n"
        "«The line opens in summer», informed the ministry.\n"
    )
    found = by_text(text)
    assert found["The tests will start in the spring"].speaker == "Kemal Aydın"
    assert found["The line opens in summer"].cue == "informed"


def test_an_abbreviated_given_name_opens_the_name() -> None:
    text = (
        HEAD + "“Families should already be in evacuation centers,” said Ma. Theresa Dela Cruz, "
        "spokesperson of the Office of Civil Defense.\n"
    )
    speaker = by_text(text)["Families should already be in evacuation centers,"].speaker
    assert speaker is not None and speaker.endswith("Theresa Dela Cruz")
