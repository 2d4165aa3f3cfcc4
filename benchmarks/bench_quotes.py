"""Quote extraction speed: words per CPU-second on one core (target: at least 200k).

Usage: .venv/bin/python benchmarks/bench_quotes.py [--articles N] [--seed S] [--repeat R]
                                                  [--polnear PATH] [--no-polnear] [--corpus N]

Generates a seeded synthetic corpus of invented news paragraphs (about 45% carry one of the
quote patterns the extractor handles: cue before and after, inverted cues, partial quotes,
continued paragraphs, pronouns, indirect speech, titles in quotes; the rest is plain prose),
times `extract_quotes` over it with `time.process_time` (CPU time of this single-threaded
process), and prints one JSON line. When ../shared/eval/quotes/polnear_train.jsonl exists (or
--polnear is given) it is timed as well; --corpus N also times the first N text articles of
benchmarks/corpus.py (the articles the end-to-end ingest benchmark reads).
Exit status 1 when the synthetic rate misses the target.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

TARGET = 200_000
ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train.jsonl"

FIRST = ["Ilse", "Tomas", "Amara", "Dmytro", "Keiko", "Rafael", "Nadia", "Oskar", "Lena", "Yusuf"]
LAST = ["Brandt", "Volkanov", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Halvorsen", "Quispe"]
ROLES = [
    "the mayor",
    "a spokesperson for the ministry",
    "the union leader",
    "the regional governor",
]
VERBS = ["said", "told reporters", "added", "insisted", "warned", "admitted", "denied", "wrote"]
ORGS = ["the Harbour Authority", "the River Council", "the transport ministry", "the Kremlin"]
CLAUSES = [
    "the plan will cost more than expected",
    "the bridge must close for repairs next spring",
    "nobody was told about the delay in advance",
    "the talks will resume once both sides agree on a date",
    "prices for water and power will rise by the end of the year",
    "the report leaves out the most important figures",
]
FILLER = [
    "The vote is expected later this month after a long public consultation.",
    "Officials met in the town hall on Tuesday to discuss the budget for the coming year.",
    "The project has been delayed twice since it was first announced three years ago.",
    "Residents have complained about noise and traffic near the construction site.",
]


def _quote(rng: random.Random) -> str:
    words = rng.choice(CLAUSES).capitalize()
    return words + rng.choice([".", ",", ", and that is final."])


def _paragraph(rng: random.Random, name: str) -> str:
    """Return one invented paragraph with one of the quote patterns (or none)."""
    verb, org, role = rng.choice(VERBS), rng.choice(ORGS), rng.choice(ROLES)
    surname = name.split()[-1]
    q, q2 = _quote(rng).rstrip(".,") + ",", _quote(rng)
    patterns = [
        f"“{q}” {name}, {role}, {verb}. “{q2}”",
        f"{name} {verb}: “{q2}”",
        f"“{q}” {verb} {surname}.",
        f"{org} said that {rng.choice(CLAUSES)}.",
        f"According to {name}, {rng.choice(CLAUSES)}.",
        f"{surname} called the proposal “{rng.choice(['reckless', 'a good start', 'unfair'])}.”",
        f"“{q}” she said, adding that {rng.choice(CLAUSES)}.",
        f"The film “{rng.choice(['Harbour Lights', 'Cold Water'])}” opens on Friday.",
        f"“{q2}",
    ]
    filler = " ".join(rng.choice(FILLER) for _ in range(rng.randint(1, 3)))
    # about 45% of paragraphs carry a quote pattern, as in wire copy; the rest is plain prose
    return f"{rng.choice(patterns)} {filler}" if rng.random() < 0.45 else filler


def synthetic(n: int, seed: int) -> list[str]:
    """Return n invented articles (headline plus 6-20 paragraphs), reproducible from the seed."""
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
        paras = [f"{rng.choice(LAST)} says {rng.choice(CLAUSES)}"]
        paras += [_paragraph(rng, rng.choice(names)) for _ in range(rng.randint(6, 20))]
        docs.append("\n\n".join(paras))
    return docs


def rate(texts: list[str], repeat: int) -> dict:
    """Return words, quotes, CPU seconds and words per CPU-second of extracting all texts."""
    from presswatch.quotes import extract_quotes

    words = sum(len(t.split()) for t in texts) * repeat
    extract_quotes(texts[0])  # word lists load once per process: not part of the rate
    quotes = 0
    started = time.process_time()
    for _ in range(repeat):
        for text in texts:
            quotes += len(extract_quotes(text))
    cpu = time.process_time() - started
    return {"words": words, "quotes": quotes, "cpu_s": round(cpu, 3),
            "words_per_cpu_s": round(words / cpu) if cpu else None}  # fmt: skip


def main() -> int:
    """Print one JSON line with the rates; exit 1 when the synthetic rate misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--polnear", type=Path, default=POLNEAR)
    parser.add_argument("--no-polnear", action="store_true")
    parser.add_argument("--corpus", type=int, default=0, help="also time N corpus.py articles")
    args = parser.parse_args()
    out = {"bench": "quotes", "target_words_per_cpu_s": TARGET, "seed": args.seed}
    out["synthetic"] = rate(synthetic(args.articles, args.seed), args.repeat)
    if not args.no_polnear and args.polnear.is_file():
        with args.polnear.open(encoding="utf-8") as fh:
            out["polnear_train"] = rate([json.loads(line)["text"] for line in fh], 1)
    if args.corpus:
        sys.path.insert(0, str(ROOT))  # run as a script: make the benchmarks package importable
        from benchmarks.corpus import records

        out["corpus"] = rate([r["text"] for r in records(args.corpus)], 1)
    out["ok"] = (out["synthetic"]["words_per_cpu_s"] or 0) >= TARGET
    print(json.dumps(out))
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
