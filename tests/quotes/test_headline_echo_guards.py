"""Headline quotes a body quote repeats that stay with the headline's own speaker, or none."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import headline_speakers

MAYOR = "Mayor Lina Okoye spoke in Harrow on Tuesday.\n"

GUARDS = [
    (  # the headline's subject before its verb: an echo by someone else gives it nothing
        "Okoye Slams ‘Careless’ Budget\n" + MAYOR + "“This budget is careless,” said councillor "
        "Piet Varga. Okoye said: “We can do far better.”",
        {},
    ),
    (  # a name label before a colon is the headline's speaker
        "Okoye: ‘We Will Not Bend’\n" + MAYOR + "“We will not bend,” said her opponent, Piet "
        "Varga, laughing at the slogan.",
        {},
    ),
    (  # a description before a cue verb is the headline's speaker too
        "Profits fall as chairman warns of ‘lean months’\n"
        "Chairman Odile Brandt wrote to shareholders on Monday.\n"
        "“It will be lean months for the whole trade,” said broker Sami Rahn.",
        {},
    ),
    (
        "Doctors warn of ‘summer of strikes’\n"
        "The doctors' union said talks had failed.\n"
        "“We face a summer of strikes,” said minister Odo Lamb, blaming the doctors.",
        {},
    ),
    (  # a headline verb of reply names its own subject ('rebuffs')
        "Harrow's new mayor rebuffs council on ‘fair share’\nThe mayor met councillors on Monday.\n"
        "“We only want a fair share of the money,” said Piet Varga, the council leader.",
        {"fair share": None},
    ),
    (  # a speaker a cue verb gave is never replaced
        "Nurses say walkout ‘unavoidable’\n"
        "The nurses' union said on Friday that a walkout was now certain.\n"
        "“A walkout is unavoidable,” said MP Gordon Pell, a critic of the union.",
        {"unavoidable": "Nurses"},
    ),
    (  # a first paragraph that is a sentence is no headline
        "‘We are not done,’ said a fan outside the stadium on Saturday, as the whistle blew.\n"
        "“We are not done,” said coach Ria Solberg afterwards.",
        {"We are not done,": None},  # as on main; never the body's coach
    ),
    (  # titles: after a word that introduces a work, or written with its capitals
        "Channel Renews ‘The Salt Roads’ for Second Series\n"
        "“The salt roads were hard on all of us,” said Ines Varo, who wrote it.",
        {},
    ),
    (
        "Studio Renews ‘Song of the Marsh’\n"
        "“Fans of Song of the Marsh waited two years,” said Ines Varo, who wrote it.",
        {},
    ),
    (
        "Review: ‘Ash and Honey’ is a patient, lovely film\n"
        "“My grandmother lived on ash and honey,” director Elin Moss said.",
        {},
    ),
    (
        "Podcast ‘Late Shift’ Tops Charts\n"
        "Host Ada Kunz said: “We record on the late shift when the ward is quiet.”",
        {},
    ),
    (
        "Council Unveils ‘Blue Loop’ Scheme\n"
        "“The blue loop will link the two parks,” said council leader Oli Mertz.",
        {},
    ),
    (
        "Supporters Back ‘Project Lantern’\n"
        "“This project, lantern or not, will save the club,” said chairman Ravi Desai.",
        {},
    ),
    (
        "Minister Defends ‘Kelmarsh’ Plan\n"
        "“We will not abandon kelmarsh,” said Minister Tove Lund.",
        {},
    ),
    (  # mentions: 'so-called', 'call it', 'dub', 'what is', the words as the subject of 'is'
        "Residents reject so-called ‘dead zone’ label\n"
        "“Some people call it a dead zone, but I don't,” said grocer Nia Pole.",
        {},
    ),
    (
        "Critics dub plan a ‘dead zone’ blueprint\n"
        "“Nobody will live in a dead zone, that is a silly phrase,” said planner Ravi Desai.",
        {},
    ),
    (
        "What is ‘soft saving’ and why do banks care?\n"
        "“Soft saving is just spending with a plan,” said economist Juno Park.",
        {},
    ),
    (
        "Team’s ‘Apology’ Falls Flat\n“Apology is not the word for it,” said supporter Kai Lenz.",
        {},
    ),
    (
        "Okoye’s ‘Last Word’ Dismissed by Union\n" + MAYOR + "“Her so-called last word is a "
        "bluff,” said union chief Dan Firth.",
        {},
    ),
    (
        "Lawmakers Wary of ‘Poison Pill’\n“The poison pill is a last resort,” said Sen. Ruth Abel.",
        {},
    ),
    (  # a cue verb of the lexicon gives the words to someone else ('insists', 'calling it')
        "Senator Insists Bill Is ‘Going Nowhere’\nSen. Ola Dahl spoke on Tuesday.\n"
        "“Dahl insists it is going nowhere. We disagree,” said Rep. Iva Kerr.",
        {},
    ),
    (
        "Senator Calls Bill ‘Dead in the Water’\nSen. Ola Dahl spoke on Tuesday.\n"
        "“People keep calling it dead in the water. It isn't,” said Rep. Iva Kerr.",
        {},
    ),
    (  # a mention by a second speaker makes the echo ambiguous
        "Drivers ‘Livid’ Over Tolls\n"
        "“I'm livid,” said driver Amy Voss. “Livid is an understatement,” said Rolf Voss.",
        {},
    ),
    (  # a body speaker named in the headline itself is no echo
        "Potter’s ‘Secret Glaze’ Goes to Auction\n“There's no secret glaze, just patience,” "
        "laughed potter Ines Holt.",
        {},
    ),
]


@pytest.mark.parametrize(("text", "heads"), GUARDS)
def test_headline_echo_guards(text: str, heads: dict[str, str]) -> None:
    assert headline_speakers(text) == heads


def test_a_name_label_confirmed_by_its_own_body_quote() -> None:
    text = "Okoye: Tunnel Will Open ‘One Way or Another’\n" + MAYOR
    text += "“The tunnel will open one way or another,” Okoye told reporters."
    heads = headline_speakers(text)
    assert heads == {"One Way or Another": "Lina Okoye"}
