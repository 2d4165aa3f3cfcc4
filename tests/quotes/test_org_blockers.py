"""Organisation descriptions that must stay as written when another organisation may be meant,
and names cut at 'and' and sentence adverbs (a reviewer's invented probes, issue #3)."""

from __future__ import annotations

import pytest

from presswatch.quotes import orgrefs
from tests.quotes.helpers import by_text

QUOTE = "We have done what we could"


def _speaker(lead: str, cue: str) -> str | None:
    return by_text(f"{lead} “{QUOTE},” {cue}.")[QUOTE + ","].speaker


@pytest.mark.parametrize(
    ("lead", "cue"),
    [
        (  # the only bank named is no subject; another organisation is
            "HSBC reported a 9 percent rise in profit on Tuesday, helped by higher interest"
            " rates set by the Bank of England.",
            "the bank said",
        ),
        (
            "Amazon agreed to buy Whole Foods Market Inc. for $13.7 billion, Amazon said on"
            " Friday.",
            "the company said",
        ),
        (
            "Unite, Britain's largest trade union, called a strike at the plant. Talks with the"
            " European Union over tariffs have stalled.",
            "the union said",
        ),
        (  # a later subject between the mention and the description
            "Tata Group shares rose on Monday. Separately, Hamas released two hostages, the Red"
            " Cross said.",
            "the group said",
        ),
        (  # an earlier subject of no known kind in the same paragraph
            "Elliott Management, the activist investor, built a stake in the firm. The"
            " International Monetary Fund warned about leverage last week.",
            "the fund said",
        ),
        ("Arsenal beat Chelsea FC 2-0 on Saturday.", "the club said"),
        (
            "The club's chairman, Tom Reyes, said Ivesk United would appeal. Brenholm Rovers"
            " welcomed the ruling.",
            "the club said",
        ),
        (  # a nearer lower-case organisation of the kind
            "Norvik Fisheries Group cut its quota. The trade group for the coastal fleets"
            " answered on Friday.",
            "the group wrote",
        ),
        (
            "A strong earthquake struck the north on Monday, the Japan Meteorological Agency"
            " said. Three people were injured, Kyodo news agency reported.",
            "the agency said",
        ),
    ],
)
def test_another_organisation_leaves_the_description(lead: str, cue: str) -> None:
    assert _speaker(lead, cue) == cue.rsplit(" ", 1)[0]


@pytest.mark.parametrize(
    ("lead", "cue", "name"),
    [
        (  # a sentence adverb is no part of the name
            "The Interior Ministry said 40 people were detained. Later the Foreign Ministry"
            " summoned the ambassador.",
            "the ministry said",
            "the Foreign Ministry",
        ),
        (  # a person between is no other organisation
            "Kessler Maschinenbau AG reported record orders. Its chief executive Jana Roth said"
            " demand from Asia was strong.",
            "the company said",
            "Kessler Maschinenbau AG",
        ),
        (
            "Chelsea Football Club sacked their manager on Sunday after defeat to Arsenal.",
            "the club said",
            "Chelsea Football Club",
        ),
        (
            "The prosecutor's office in Milan opened an investigation into the Juventus Football"
            " Club accounts.",
            "the club said",
            "the Juventus Football Club",
        ),
        (
            "Harlow Town Council and Essex County Council both objected. Essex County Council"
            " said the road was unsafe.",
            "the council said",
            "Essex County Council",
        ),
        (  # names in the apposition, a funding round and an unnamed investor do not count
            "Berlin-based startup Vokalis, the maker of the translation app Lumen, has raised"
            " $40 million in a Series B round led by a US venture firm.",
            "the company said",
            "Vokalis",
        ),
        (  # the club named again as a subject after the other one
            "Tarvik United drew with Lisk Rovers. Rovers, who sit bottom, had a man sent off."
            " Tarvik United said the pitch was poor.",
            "the club said",
            "Tarvik United",
        ),
        (  # an organisation of another kind is no other candidate
            "The International Monetary Fund cut its forecast on Tuesday. Separately, the World"
            " Bank said lending would rise.",
            "the fund said",
            "the International Monetary Fund",
        ),
        (  # a river is no organisation
            "The Harbour Agency raised its warning along the Oranne river. The Oranne rose"
            " overnight.",
            "the agency said",
            "the Harbour Agency",
        ),
    ],
)
def test_the_organisation_meant_is_still_taken(lead: str, cue: str, name: str) -> None:
    assert _speaker(lead, cue) == name


def test_and_between_two_named_companies_splits_them() -> None:
    text = "Halvorsen Shipping Ltd and Brevik Marine Ltd both bid for the ferry contract."
    names = [m.name for m in orgrefs.scan(text)]
    assert names == ["Halvorsen Shipping Ltd", "Brevik Marine Ltd"]


def test_and_inside_one_name_stays() -> None:
    text = "The Department of Health and Social Care said beds were short."
    assert [m.name for m in orgrefs.scan(text)] == ["the Department of Health and Social Care"]
