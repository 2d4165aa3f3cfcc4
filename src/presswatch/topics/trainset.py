"""The topic model's training data: example files, their IPTC labels, the prior and augmentation."""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SEED = 20261127

# examples/<file>.txt -> IPTC top-level en-GB name
FILES = {
    "arts": "arts, culture, entertainment and media",
    "conflict": "conflict, war and peace",
    "crime": "crime, law and justice",
    "disaster": "disaster, accident and emergency incident",
    "economy": "economy, business and finance",
    "education": "education",
    "environment": "environment",
    "health": "health",
    "human_interest": "human interest",
    "labour": "labour",
    "lifestyle": "lifestyle and leisure",
    "politics": "politics",
    "religion": "religion",
    "scitech": "science and technology",
    "society": "society",
    "sport": "sport",
    "weather": "weather",
}

# A rough share of each topic in general news, set by hand (not fitted to any evaluation set).
# Added as log prior to the logits of a class-balanced model.
PRIOR = {
    "politics": 0.14,
    "economy, business and finance": 0.14,
    "sport": 0.14,
    "arts, culture, entertainment and media": 0.10,
    "crime, law and justice": 0.09,
    "conflict, war and peace": 0.07,
    "science and technology": 0.07,
    "health": 0.05,
    "disaster, accident and emergency incident": 0.04,
    "society": 0.04,
    "lifestyle and leisure": 0.04,
    "environment": 0.03,
    "education": 0.02,
    "labour": 0.02,
    "human interest": 0.02,
    "religion": 0.015,
    "weather": 0.03,  # daily forecasts and warnings in every outlet (0.01 until round 5)
}

AUG_PER_TOPIC = 200  # synthetic "articles" per topic, each 3-8 example sentences joined
AUG_SENTENCES = (3, 8)


def read_examples(folder: Path = DATA / "examples") -> tuple[list[str], list[str]]:
    """Return (texts, topic names) from <folder>/<file>.txt, one example a line."""
    texts, labels = [], []
    for stem, topic in FILES.items():
        path = folder / f"{stem}.txt"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                texts.append(line)
                labels.append(topic)
    return texts, labels


def augment(texts: list[str], labels: list[str], seed: int = SEED) -> tuple[list, list]:
    """Return synthetic article-length texts: random same-topic examples joined together."""
    rng = random.Random(seed)
    by_topic: dict[str, list[str]] = {}
    for t, y in zip(texts, labels, strict=True):
        by_topic.setdefault(y, []).append(t)
    out_x, out_y = [], []
    for topic in sorted(by_topic):
        pool = by_topic[topic]
        for _ in range(AUG_PER_TOPIC):
            k = rng.randint(*AUG_SENTENCES)
            out_x.append(" ".join(rng.choice(pool).rstrip(".") + "." for _ in range(k)))
            out_y.append(topic)
    return out_x, out_y
