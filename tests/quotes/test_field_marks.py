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


def test_lower_case_roles_joined_by_and_belong_to_the_subject_after_the_quote() -> None:
    text = (
        HEAD + "Berlin-based startup Vokalis raised $40 million on Tuesday.\n"
        "“We want to make language a non-issue,” co-founder and CEO Lena Hoffmann-Yilmaz "
        "said in an interview.\n"
    )
    assert by_text(text)["We want to make language a non-issue,"].speaker == (
        "Lena Hoffmann-Yilmaz"
    )


def test_a_quoted_title_in_the_headline_is_no_pronoun_antecedent() -> None:
    text = (
        "Folk singer Moira Keane, voice of 'The Lough Shore', dies at 84\n"
        "Her son said she died peacefully at home on Sunday.\n"
        "“Mam sang to the very end,” he said.\n"
    )
    assert by_text(text)["Mam sang to the very end,"].speaker != "Lough Shore'"


def test_a_name_after_a_title_of_two_joined_domains_starts_at_the_given_name() -> None:
    text = (
        HEAD + "The Minister of Transport and Infrastructure Kemal Aydın opened the road.\n"
        "Governor Ayşe Nur Demirci thanked the state.\n"
        "“The tests will start in the spring,” he stated.\n"
    )
    assert by_text(text)["The tests will start in the spring,"].speaker == "Kemal Aydın"


def test_a_wire_dateline_does_not_hide_the_subject_of_the_lede() -> None:
    for dateline in (
        "LISBON (Reuters) - ",
        "KAUNAS, Lithuania (Reuters) — ",
        "SEOUL, Nov. 12 (Yonhap) -- ",
        "BRUSSELS — ",
    ):
        text = (
            HEAD + f"{dateline}President Jane Roe on Friday vetoed a housing law, saying it "
            "went “too far” in limiting property rights.\n"
        )
        assert by_text(text)["too far"].speaker == "Jane Roe", dateline


def test_a_clause_after_a_partial_quote_does_not_take_it_and_an_org_keeps_its_of() -> None:
    text = (
        HEAD + "The National Confederation of Industry said the reform would “unlock "
        "investment”, while retailers warned of higher prices.\n"
    )
    quote = by_text(text)["unlock investment"]
    assert quote.speaker == "the National Confederation of Industry"
