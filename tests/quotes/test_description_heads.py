"""A description's head names its speaker; a cue verb's own phrases stay off it (invented)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text

HEAD = "Harbour desk\n"


def _quote(body: str, quote: str) -> tuple[str | None, str | None]:
    q = by_text(HEAD + body)[quote]
    return q.speaker_surface, q.speaker


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "Prime Minister Jo Roe faced the chamber on Tuesday.\n\n"
            "“We stand firm,” said the prime minister in the Commons.",
            "We stand firm,",
            "Jo Roe",
        ),
    ],
)
def test_a_long_description_resolves_by_its_head(body: str, quote: str, speaker: str) -> None:
    assert _quote(body, quote)[1] == speaker


@pytest.mark.parametrize(
    ("body", "quote", "surface"),
    [
        (
            "“It was a fair trial,” said the judge in the case against Tom Reyes.",
            "It was a fair trial,",
            "the judge in the case",  # the phrase that tells which judge, not the name after it
        ),
        (
            "“We had no warning,” said the owner of the bakery on Kelp Street.",
            "We had no warning,",
            "the owner of the bakery",
        ),
    ],
)
def test_a_name_inside_a_modifier_is_no_speaker(body: str, quote: str, surface: str) -> None:
    assert _quote(body, quote) == (surface, None)


@pytest.mark.parametrize(
    ("body", "quote", "surface"),
    [
        (
            "“The bill is dead,” said the minister in parliament.",
            "The bill is dead,",
            "the minister",
        ),
        (
            "“Talks have stalled,” said a senior official on condition of anonymity.",
            "Talks have stalled,",
            "a senior official",
        ),
        (
            "“We were robbed,” said the coach of the home side from the touchline.",
            "We were robbed,",
            "the coach of the home side",
        ),
        (
            "“A deal is near,” said an aide to the premier on the sidelines of the summit.",
            "A deal is near,",
            "an aide to the premier",
        ),
        (
            "“It was awful,” said a witness to the crash with tears.",
            "It was awful,",
            "a witness to the crash",
        ),
        (
            "“Shipping is stuck,” said a U.S. Navy officer aboard the Kelp.",
            "Shipping is stuck,",
            "a U.S. Navy officer",
        ),
        (
            "“The fleet is ready,” said the admiral on board the Nordstjerne.",
            "The fleet is ready,",
            "the admiral",
        ),
    ],
)
def test_a_cue_verbs_phrase_stays_off_the_speaker(body: str, quote: str, surface: str) -> None:
    assert _quote(body, quote)[0] == surface


@pytest.mark.parametrize(
    ("body", "quote", "surface", "speaker"),
    [
        (  # a naming phrase without a name keeps the whole description
            "“Lie down,” said a gunman known as the Butcher.",
            "Lie down,",
            "a gunman known as the Butcher",
            None,
        ),
        (  # someone else's name after 'known as' is no name given
            "“We lost the boat,” said a sailor known as Tom Reyes’ cousin.",
            "We lost the boat,",
            "a sailor known as Tom Reyes’ cousin",
            None,
        ),
        (
            "“They came at night,” said a farmer calling himself a victim of the war.",
            "They came at night,",
            "a farmer calling himself a victim of the war",
            None,
        ),
        (  # guard: a name given after a phrase of the verb still counts
            "“He never paid,” said a supplier known in the trade as Big Tom.",
            "He never paid,",
            "Big Tom",
            "Big Tom",
        ),
    ],
)
def test_names_given_and_guards(body: str, quote: str, surface: str, speaker: str | None) -> None:
    assert _quote(body, quote) == (surface, speaker)


def test_heads_are_kept_per_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents read in parallel threads resolve each description by its own head."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from presswatch.quotes import describing, extract

    noted: list[dict[tuple[int, int], tuple[int, bool]]] = []
    forget = extract.forget_heads  # heads are dropped when a document is done: look before
    monkeypatch.setattr(
        extract,
        "forget_heads",
        lambda: noted.append(getattr(describing._READ, "heads", {})) or forget(),
    )

    names = ["Jo Roe", "Ana Ruiz", "Tom Reyes", "Ivo Brandt", "Mara Quist", "Ola Dahl"]
    bodies = [
        f"Judge {name} sat.\n\n"
        f"“The ruling on item {k} stands,” said the judge of the court of appeals for the district."
        for k, name in enumerate(names)
    ]

    def speaker(k: int) -> tuple[str | None, str | None]:
        return _quote(bodies[k], f"The ruling on item {k} stands,")

    expected = [speaker(k) for k in range(len(names))]
    assert all(surface for surface, _ in expected)
    assert any(noted)  # the sentence notes a head, so threads could mix them up
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(max_workers=6) as pool:
            got = list(pool.map(speaker, [k % 6 for k in range(240)]))
    finally:
        sys.setswitchinterval(old)
    assert got == [expected[k % 6] for k in range(240)]
