"""Social-media handles as cue subjects and the speakers they name (invented text)."""

from __future__ import annotations

import pytest

from presswatch.quotes.handles import handle_after, handle_at, handle_before
from tests.quotes.helpers import quote_starting, quotes_of

_TWO = "Sen. Ann Roe and Mayor Tom Bell clashed over the dredging plan. Bell spoke last.\n\n"


@pytest.mark.parametrize(
    ("text", "prefix", "speaker", "surface"),
    [
        (  # the handle's letters hold one named person's surname: that person
            _TWO + "“Our harbor deserves better than this plan,” @SenAnnRoe wrote.",
            "Our harbor",
            "Ann Roe",
            "@SenAnnRoe",
        ),
        (  # after its verb; the registry lists the handle as an alias
            "The port deal was signed on Friday.\n\n"
            "“The port deal is a total disaster!” tweeted @realDonaldTrump on Monday.",
            "The port deal",
            "Donald Trump",
            "@realDonaldTrump",
        ),
        (  # a handle and a colon before the quote; the handle given in apposition earlier
            "Sen. Ann Roe (@SenAnnRoe) voted no. Mayor Tom Bell voted yes.\n\n"
            "@SenAnnRoe posted: “We will fight for every job on the quay.”",
            "We will fight",
            "Ann Roe",
            "@SenAnnRoe",
        ),
        (  # no one the article names: the handle itself
            "The dredging starts in May.\n\n"
            "“Stop the dredging before the bay dies,” @harborwatch said in a post.",
            "Stop the dredging",
            "@harborwatch",
            "@harborwatch",
        ),
        (
            "The dredging starts in May.\n\n"
            "According to @harborwatch, “the bay will not survive another summer of this.”",
            "the bay will not",
            "@harborwatch",
            "@harborwatch",
        ),
        (  # two Roes: the one whose given name the handle holds too
            "Sen. Ann Roe and Rep. Joe Roe disagree on the port. Joe Roe spoke last.\n\n"
            "“The harbor plan is a serious mistake for us,” @SenAnnRoe wrote.",
            "The harbor plan",
            "Ann Roe",
            "@SenAnnRoe",
        ),
        (  # underscores and digits
            "The council met on Monday. Tom Bell spoke first. Ines Lund spoke next.\n\n"
            "“The bay is dying and nobody on the council cares,” @tom_bell_2024 posted.",
            "The bay is dying",
            "Tom Bell",
            "@tom_bell_2024",
        ),
    ],
)
def test_handle_speaker(text: str, prefix: str, speaker: str, surface: str) -> None:
    q = quote_starting(text, prefix)
    assert (q.speaker, q.speaker_surface) == (speaker, surface)


def test_handle_of_two_surnames_is_itself() -> None:
    text = _TWO + "“Both of them failed this harbor and its workers,” @RoeBellWatch wrote."
    assert quote_starting(text, "Both of them").speaker == "@RoeBellWatch"


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        # the handle is the object of the verb, or no subject at all
        ("“We are listening to the whole harbor district,” Bell replied to @harborwatch.", "We"),
        ("“We are listening to the whole harbor district,” Bell tagged @harborwatch.", "We"),
        ("“Follow @harborwatch for more news on the harbor,” Bell said.", "Follow"),
        ("“Tag @bellformayor on Instagram to win a free ticket,” Bell said.", "Tag"),
        # an e-mail address or a URL holds no handle
        ("“We are listening to the whole harbor district,” wrote press@harborwatch.org.", "We"),
        ("“We are listening to the whole harbor district,” said x.com/@harborwatch today.", "We"),
    ],
)
def test_no_handle_speaker(text: str, prefix: str) -> None:
    q = quote_starting("Mayor Tom Bell spoke on Monday.\n\n" + text, prefix)
    assert "@" not in (q.speaker or "") and "@" not in (q.speaker_surface or "")


def test_handle_spans() -> None:
    text = "mail press@acme.org or @acme.org, x.com/@acme, @acme_2 wrote, follow @acme"
    assert handle_at(text, text.index("@acme.org"), len(text)) is None
    assert handle_at(text, text.index("@acme,"), len(text)) is None  # after a slash: a URL
    assert handle_at(text, text.index("@", 8), len(text)) is None  # inside the e-mail address
    at = text.index("@acme_2")
    assert handle_before(text, 0, at + 7) == (at, at + 7)
    assert handle_before(text, 0, len(text)) is None  # 'follow @acme': an object
    assert handle_after(text, at - 1, len(text)) == (at, at + 7)


def test_surname_inside_a_word_names_no_one() -> None:
    text = (
        "Ann Lee chairs the board. Tom Bell spoke next.\n\n"
        "“The fleet is rotting in the harbor this winter,” @fleetwatch wrote."
    )
    assert quote_starting(text, "The fleet").speaker == "@fleetwatch"  # 'fLEEtwatch': not Lee


_FERRY = "“The ferry sails at dawn again,”"


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        # a handle that opens a longer phrase modifies it: the person named after it speaks
        (_FERRY + " said @quaysidenews's Pia Lund.", "The ferry", "Pia Lund"),
        (_FERRY + " tweeted @quaysidenews editor Pia Lund.", "The ferry", "Pia Lund"),
        (_FERRY + " @quaysidenews reporter Pia Lund wrote.", "The ferry", "Pia Lund"),
        (_FERRY + " said @DockRadio host Ivo Brandt.", "The ferry", "Ivo Brandt"),
        (
            "According to @quaysidenews editor Pia Lund, “the ferry sails at dawn.”",
            "the",
            "Pia Lund",
        ),
        (
            "Gov. Ada Kerr lost the vote.\n\n“We will try again in spring,” @GovAdaKerr aide"
            " Rafe Okoro wrote.",
            "We will",
            "Rafe Okoro",
        ),
        (  # the letters of an organisation the article names
            "The Quay Authority shut the slipway.\n\n“It opens again on Friday,” @QuayAuthority"
            " posted.",
            "It opens",
            "the Quay Authority",
        ),
    ],
)
def test_handle_modifies_a_longer_phrase(text: str, prefix: str, speaker: str) -> None:
    assert quote_starting(text, prefix).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a possessive handle: the holder's office or staff, never the holder by the handle
        # (the first falls back to the sentence before, as 'wrote Ada Kerr's chief …' does)
        "Gov. Ada Kerr lost the vote.\n“We will try again in spring,” wrote @GovAdaKerr's chief"
        " of staff, Rafe Okoro.",
        "Gov. Ada Kerr lost the vote. According to @GovAdaKerr's office, “the governor will run.”",
    ],
)
def test_possessive_handle_is_not_its_holder(text: str) -> None:
    assert [q.speaker_surface for q in quotes_of(text) if "@" in (q.speaker_surface or "")] == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        # the handle's letters must spell the name itself, not merely start or hold it
        ("Tom Kerr runs the Kerrville ferry. “Boats run,” @kerrvillepd posted.", "@kerrvillepd"),
        ("Ada Lund owns the farm shop. “Eggs are back,” @lundgrenfarm wrote.", "@lundgrenfarm"),
        (
            "Ivo Brandt attended the fair. “Tickets are gone,” @brandtsidenews wrote.",
            "@brandtsidenews",
        ),
        ("Ivo Brandt left the club. “I am leaving today,” @IvoBrandtner wrote.", "@IvoBrandtner"),
        ("Gov. Ada Kerr spoke first. “My sister is wrong,” @BenKerr wrote.", "@BenKerr"),
        ("Ada Lund chairs the board. “Delays reached four hours,” @lundsnews wrote.", "@lundsnews"),
    ],
)
def test_handle_that_only_holds_a_surname_is_itself(text: str, handle: str) -> None:
    assert quote_starting(text, text.split("“")[1][:4]).speaker == handle


@pytest.mark.parametrize(
    ("handle", "speaker"),
    [
        ("@IvoBrandt", "Ivo Brandt"),  # given name and surname
        ("@ibrandt_24", "Ivo Brandt"),  # initial and surname, a number after
        ("@brandt", "Ivo Brandt"),  # the surname alone
        ("@MayorBrandt2026", "Ivo Brandt"),  # a title before, a year after
        ("@Kerr", "@Kerr"),  # two Kerrs: either
    ],
)
def test_handle_that_spells_a_name(handle: str, speaker: str) -> None:
    text = (
        "Mayor Ivo Brandt and Gov. Ada Kerr met Ben Kerr at the quay.\n\n"
        f"“The quay needs a new crane this winter,” {handle} wrote on Monday."
    )
    assert quote_starting(text, "The quay").speaker == speaker
