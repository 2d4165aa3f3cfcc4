"""Topic classifier: output shape, obvious cases, garbage handling and robustness."""

from __future__ import annotations

import math

import pytest

from presswatch.records import TopicResult
from presswatch.topics import DEFAULT_THRESHOLD, QCODES, TOPICS, UNCLASSIFIED, classify
from presswatch.topics.evaluate import predict

OBVIOUS = {
    "sport": "The striker scored twice in the second half as the home side won the derby 3-1, "
    "and the manager praised his defence after a clean sheet.",
    "politics": "The prime minister faced a rebellion from backbench MPs over the bill, and the "
    "opposition leader called for a vote in parliament.",
    "economy, business and finance": "Shares in the bank rose 5% after it reported record annual "
    "profits, and analysts raised their forecasts for the company's earnings.",
    "science and technology": "Researchers have developed a faster computer chip, and the "
    "software firm said the new processor would ship in laptops next year.",
    "arts, culture, entertainment and media": "The film won best picture at the awards, and its "
    "star thanked the director and the cast in an emotional speech.",
    "crime, law and justice": "The man was found guilty of murder by the jury and the judge "
    "sentenced him to life in prison.",
    "health": "Doctors say the new drug cut the risk of heart attack in patients, and hospitals "
    "will offer it from next year.",
    "weather": "Forecasters expect heavy snow and freezing temperatures tonight, with icy roads "
    "and strong winds tomorrow.",
    "religion": "The pope led prayers for peace at the Vatican in front of thousands of "
    "pilgrims on Easter Sunday.",
}


def test_topics_are_the_17_iptc_names() -> None:
    assert len(TOPICS) == 17
    assert len(set(TOPICS)) == 17
    assert "economy, business and finance" in TOPICS
    assert "labour" in TOPICS  # en-GB spelling
    assert QCODES["sport"] == "medtop:15000000"


def test_scores_are_a_distribution_over_all_topics() -> None:
    for res in classify([*OBVIOUS.values(), "", "Markets"]):
        assert isinstance(res, TopicResult)
        assert set(res.scores) == set(TOPICS)
        assert math.isclose(sum(res.scores.values()), 1.0, abs_tol=1e-5)
        assert all(0.0 <= v <= 1.0 for v in res.scores.values())
        assert math.isclose(res.confidence, max(res.scores.values()), abs_tol=1e-9)


@pytest.mark.parametrize("topic", sorted(OBVIOUS))
def test_obvious_texts_land_on_their_topic(topic: str) -> None:
    [res] = classify([OBVIOUS[topic]])
    assert res.label == topic, (res.label, res.confidence)
    assert res.confidence >= DEFAULT_THRESHOLD


def test_short_headlines() -> None:
    labels = [
        r.label
        for r in classify(
            [
                "Striker's late goal wins the cup final",
                "Central bank raises interest rates",
                "Election: party leader launches manifesto",
            ]
        )
    ]
    assert labels == ["sport", "economy, business and finance", "politics"]


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\t", "1234 5678 90", "!!! ??? ...", "zxqv kjhgf wpqlm", "🙂🙂🙂"]
)
def test_empty_and_garbage_are_unclassified(text: str) -> None:
    [res] = classify([text])
    assert res.label == UNCLASSIFIED
    assert math.isclose(sum(res.scores.values()), 1.0, abs_tol=1e-5)


def test_threshold_controls_the_label() -> None:
    text = OBVIOUS["sport"]
    assert classify([text], threshold=0.0)[0].label == "sport"
    assert classify([text], threshold=1.01)[0].label == UNCLASSIFIED


def test_batch_equals_single() -> None:
    texts = [*OBVIOUS.values(), "", "Short one", "Ünïcödé tëxt wïth ãccents"]
    batch = classify(texts)
    for text, res in zip(texts, batch, strict=True):
        [single] = classify([text])
        assert single.label == res.label
        assert single.scores == pytest.approx(res.scores, abs=1e-6)


def test_never_raises_on_odd_unicode() -> None:
    odd = [
        "\ud800 lone surrogate",
        "\x00\x01\x02 control chars",
        "Ελληνικά κείμενο για την οικονομία",
        "中文新闻标题 经济增长",
        "مرحبا بالعالم",
        "a" * 10_000,
        "word " * 20_000,
        "’’’ ''' don’t won’t",
        "\u200b\u200d\ufeff",
        "Ǆ ǅ ǆ ﬁ ﬂ Å Ω ẞ",
    ]
    results = classify(odd)
    assert len(results) == len(odd)
    assert classify([]) == []


def test_eval_adapter_format() -> None:
    pred = predict({"id": "x1", "text": OBVIOUS["sport"], "title": "Cup final"})
    assert pred["id"] == "x1"
    assert pred["iptc"] == "sport"
    assert set(pred["scores"]) == set(TOPICS)
    assert predict({"id": "x2", "title": "Cup final"}, field="title")["id"] == "x2"


def test_import_is_lazy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, presswatch.topics as t; "
        "assert 'presswatch.topics.model' not in sys.modules; "
        "print(len(t.TOPICS))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "17"


def test_training_data_covers_every_topic() -> None:
    from presswatch.topics.trainset import FILES, PRIOR, read_examples

    assert sorted(FILES.values()) == sorted(TOPICS)
    assert set(PRIOR) == set(TOPICS)
    texts, labels = read_examples()
    assert len(texts) == len(labels) > 17 * 20
    for topic in TOPICS:
        assert labels.count(topic) >= 20, topic


def test_headline_data_is_read_with_its_own_weight() -> None:
    from presswatch.topics.train import HEADLINE_WEIGHT
    from presswatch.topics.trainset import DATA, FILES, read_examples

    folder = DATA / "headlines"
    assert {p.stem for p in folder.glob("*.txt")} <= set(FILES)
    texts, labels = read_examples(folder)
    assert len(texts) == len(labels) >= 1000
    assert not {t.lower() for t in texts} & {t.lower() for t in read_examples()[0]}
    assert 0 < HEADLINE_WEIGHT <= 1
    assert read_examples(folder / "missing") == ([], [])
