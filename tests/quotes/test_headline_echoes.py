"""Headline quotes in single marks that a body quote repeats: speech, by the body's speaker."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import headline_speakers

FIXED = [
    (  # title case: the capitals say nothing of a title; the headline's verb names the speaker
        "Merrow Tells Crowded Ohio Gym ‘We Are Still Standing’ as Primary Nears\n"
        "COLUMBUS — Dana Merrow stood on a folding chair in a school gym on Friday night.\n"
        "“They wrote us off in March, so you tell them we are still standing,” Merrow told "
        "about four hundred supporters.",
        "We Are Still Standing",
        "Dana Merrow",
    ),
    (  # short and cue-less: kept with the body's speaker
        "Shopkeepers fear ‘dead high street’ as Pellbury approves bus lane\n"
        "Shops in Pellbury say trade will suffer after councillors approved a bus lane.\n"
        "Ivor Quennell, who runs a hardware shop, said afterwards: “It will be a dead high "
        "street by spring. My regulars are not going to walk from the ring road.”",
        "dead high street",
        "Ivor Quennell",
    ),
    (
        "Tenants ‘stonewalled’ as landlord firm raises rents by a fifth\n"
        "Tenants in the Ashgrove estate say they have been ignored for months.\n"
        "“We have written eleven letters and got nothing back. We feel completely "
        "stonewalled,” said Pia Renner, who chairs the residents' association.",
        "stonewalled",
        "Pia Renner",
    ),
    (  # a headline noun that is no one ('Budget report') gives way to the body's speaker
        "Budget report finds councils ‘running on fumes’ as reserves fall\n"
        "Councils in England are using up their reserves, a study has found.\n"
        "In its summary, the Lanwick Trust said councils were “running on fumes” and called "
        "for a new settlement.",
        "running on fumes",
        "the Lanwick Trust",
    ),
    (  # the headline inflects the body's word otherwise
        "Did Rents Really ‘Double’ Under the Mayor's Watch?\n"
        "The claim: Councillor Rhys Galloway said last week that rents in the city had "
        "“doubled in just five years” under the mayor.",
        "Double",
        "Rhys Galloway",
    ),
    (  # a colon label that is a description, not a name
        "The last clockmaker on the coast: ‘Every spring keeps its own time’\n"
        "Wenna Polkinghorne opened her workshop in 1987.\n"
        "“I have learned that every spring keeps its own time. It took me years,” "
        "Polkinghorne said.",
        "Every spring keeps its own time",
        "Wenna Polkinghorne",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), FIXED)
def test_headline_quote_echoed_in_the_body_takes_its_speaker(
    text: str, quote: str, speaker: str
) -> None:
    heads = headline_speakers(text)
    assert heads == {quote: speaker}


GUARDS = [
    (  # a quoted title, which the body quotes as a title too
        "Netflix Renews ‘The Harbour Years’ for Third Season\n"
        "The streaming service said on Monday that the drama “The Harbour Years” would return.\n"
        "“We are thrilled,” said Mara Lindqvist, the show's creator.",
        {},
    ),
    (  # the body's speaker names the title with its capitals: a title, not their words
        "Streamer Renews ‘The Harbour Years’ for a Third Season\n"
        "“Fans of The Harbour Years have waited long enough,” said Mara Lindqvist, its creator.",
        {},
    ),
    (  # a place name in the body's quote, not speech
        "Minister Defends ‘Ravensholt’ Plan\n"
        "“We will not abandon the families of Ravensholt,” said Minister Iona Pryce.",
        {},
    ),
    (  # no body echo: main's rule (a title-case span is a title)
        "Senator Vows ‘No Surrender’ in Budget Fight\n"
        "Senator Hal Brevik spoke to reporters on Monday.\n"
        "“We will hold the line until the last vote,” Brevik said.",
        {},
    ),
    (  # apostrophes are no quote marks
        "Ruiz's Rock ‘n’ Roll Diner Closes After Forty Years\n"
        "“We served rock ‘n’ roll with every plate,” said owner Lupe Ruiz.",
        {},
    ),
    (  # the headline's own named speaker stays, whoever else repeats the words
        "Okafor says budget is ‘a bridge too far’\n"
        "Finance spokesman Tunde Okafor spoke on Monday.\n"
        "“This is a bridge too far,” said Okafor's rival, Greta Lind.",
        {"a bridge too far": "Tunde Okafor"},
    ),
    (  # two body speakers repeat the words: no speaker from the echo
        "Residents fear ‘total gridlock’ as bridge shuts\n"
        "“It will be total gridlock,” said Ana Pires. “Total gridlock, every day,” said Rob Lyle.",
        {},
    ),
    (  # the body speaker gives the words to someone else ('He says he …')
        "Mayor ‘deeply regrets the delay’ on ring road\n"
        "Councillor Ada Voss said: “He says he deeply regrets the delay. I will believe it when "
        "the diggers arrive.”",
        {},
    ),
    (  # an unnamed body speaker ('a kind of world') gives none
        "Astronomers spot ‘ice giant’ near a young star\n"
        "The team described the planet in a paper as a likely “ice giant”, a kind of world "
        "often found far from its star.",
        {},
    ),
]


@pytest.mark.parametrize(("text", "heads"), GUARDS)
def test_headline_guards(text: str, heads: dict[str, str]) -> None:
    assert headline_speakers(text) == heads
