"""Near misses of the unnamed-speaker, indefinite-name and adjunct rules (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = "Ferry fares rise again on the Skjold line\n\n"
MAYOR = "Mayor Edvin Strand defended the fares. “They are fair,” Strand said.\n\n"


def _speaker(text: str, prefix: str) -> tuple[str | None, str | None]:
    found = [q for q in quotes_of(HEAD + text) if q.text.startswith(prefix)]
    assert found, prefix
    return found[0].speaker, found[0].speaker_surface


# -- he/she after an unnamed description: another subject or name in between keeps the name


@pytest.mark.parametrize(
    "middle",
    [
        "said a retired skipper. The mayor, who took office in 2020, shrugged.",
        "said a retired skipper.\n\nThe mayor shrugged.",
        "a retired skipper told the meeting, before the mayor cut in.",
        "said a retired skipper. “We cannot cut them,” the mayor insisted.",
        "said a retired skipper. Strand's deputy nodded.",
        "said a retired skipper. Strand’s office sent a note.",
    ],
)
def test_pronoun_skips_no_later_subject(middle: str) -> None:
    text = MAYOR + f"“It is robbery,” {middle} “We will not lower them,” he said.\n"
    assert _speaker(text, "We will not lower")[0] == "Edvin Strand"


@pytest.mark.parametrize(
    "cue",
    [
        "“Will you cut the fares, mayor?” said a reporter from the Skjold Post.",
        "“What about the pensioners?” one reporter said.",
        "One reporter said, “Is that your last word?”",
    ],
)
def test_pronoun_after_a_question_is_the_one_asked(cue: str) -> None:
    text = MAYOR + f"{cue} “We will see,” he said.\n"
    assert _speaker(text, "We will see")[0] == "Edvin Strand"


def test_pronoun_after_unnamed_description_still_takes_it() -> None:
    text = MAYOR + "“It is robbery,” said a retired skipper. “We pay twice,” he said.\n"
    assert _speaker(text, "We pay twice") == (None, "a retired skipper")


def test_pronoun_after_a_spokeswoman_takes_her() -> None:
    text = (
        "Minister Ragna Holt opened the quay. “It is a good day,” Holt said.\n\n"
        "“The crews are tired,” said a spokeswoman for the crews. “They need rest,” she said.\n"
    )
    spokeswoman = "a spokeswoman for the crews"  # the description speaks (agent descriptions)
    assert _speaker(text, "They need rest") == (spokeswoman, spokeswoman)


# -- a name after an indefinite description needs a person's given name, title or clause


@pytest.mark.parametrize(
    "cue",
    [
        "said a deckhand, Skjold Ferries.",
        "said a ticket clerk, Nordvik Transit Group.",
        "said a passenger, West Harbour.",
        "said another commuter, New Bergen.",
        "said a tourist, Midsummer Eve.",
        "said a mechanic, Blue Anchor Works.",
        "said a member of the crew, Sjø Union.",
        "said an aide to the mayor, Edvin Strand.",
        "said a spokesman for the minister, Ragna Holt.",
    ],
)
def test_no_speaker_from_a_non_person_after_indefinite(cue: str) -> None:
    speaker, surface = _speaker(f"“The fares are too high,” {cue}\n", "The fares")
    assert speaker is None or speaker == surface
    assert surface is not None and surface.lower().startswith(("a ", "an ", "another "))


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("said a deckhand, Nils Brekke.", "Nils Brekke"),
        ("said a passenger, Mrs. Inga Vold.", "Inga Vold"),
        ("said a local official, Mayor Edvin Strand.", "Edvin Strand"),
        ("said one commuter, Tor Rud, who crosses daily.", "Tor Rud"),
    ],
)
def test_person_after_indefinite_description(cue: str, name: str) -> None:
    assert _speaker(f"“The fares are too high,” {cue}\n", "The fares")[0] == name


# -- a time phrase between subject and verb: no adverb and no inner name becomes the subject


@pytest.mark.parametrize(
    "opener", ["Separately", "Additionally", "Elsewhere", "Likewise", "Passengers"]
)
def test_adverb_before_time_phrase_keeps_the_name(opener: str) -> None:
    text = f"{opener} on Friday Skjold Ferries said “We will review the fares.”\n"
    assert _speaker(text, "We will review")[0] == "Skjold Ferries"


def test_adverb_before_place_phrase_is_no_speaker() -> None:
    text = "Elsewhere in the harbour police said “Keep clear of the quay.”\n"
    speaker, surface = _speaker(text, "Keep clear")
    assert "Elsewhere" not in (speaker, surface)


def test_inner_name_before_place_phrase_is_no_speaker() -> None:
    text = "Supporters of Skjold Athletic in the east stand sang “We never sink.”\n"
    found = [q.speaker for q in quotes_of(HEAD + text)]
    assert "Skjold Athletic" not in found


def test_pronoun_chain_in_one_paragraph_keeps_the_description() -> None:
    text = MAYOR + (
        "“It is robbery,” said a retired skipper. He added that he had sold his boat. "
        "“Nobody can afford it,” he said.\n"
    )
    assert _speaker(text, "Nobody can afford") == (None, "a retired skipper")


def test_pronoun_chain_across_paragraphs_keeps_the_name() -> None:
    text = MAYOR + (
        "Asked about the queues, a retired skipper said: “They are endless.” He added that "
        "he had sold his boat.\n\n“We will add a ferry,” he told the council.\n"
    )
    assert _speaker(text, "We will add") == ("Edvin Strand", "he")
