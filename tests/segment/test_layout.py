"""Tests for the text path's layout rules: comment threads, inline boxes, tables, CJK prose."""

from __future__ import annotations

import importlib.util
import json

import pytest

from presswatch.records import Block
from presswatch.segment import segment_text
from presswatch.segment.evaluate import predict_text
from tests.conftest import SHARED, needs_shared

COMMENTS = [
    "Lovely piece, thank you. We visited the harbour last spring and the pier was already closed.",
    "I grew up in Eastwick and my grandfather fished from that pier for forty years, so good news.",
    "Does anyone know whether the ferry will call at the town again once the work is finished?",
]


def kinds_of(text: str, blocks: list[Block]) -> dict[str, str]:
    """Return the block kind of every non-blank line of text."""
    out = {}
    for block in blocks:
        for line in text[block.start : block.end].split("\n"):
            if line.strip():
                out[line.strip()] = block.kind
    return out


def thread(signature: str = "{} says:") -> list[str]:
    lines = []
    for n, comment in enumerate(COMMENTS):
        lines += [signature.format(f"Reader {n}"), f"July {n + 1}, 2025 at 10:0{n} AM", comment]
        lines.append("Reply")
    return lines


@pytest.mark.parametrize("heading", [[], ["3 Comments"], ["Leave a Reply", "Name *", "Email *"]])
def test_comment_thread_ends_the_body(body_lines: list[str], heading: list[str]) -> None:
    text = "\n".join([*body_lines, *heading, *thread()])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)
    for line in COMMENTS:
        assert kinds[line] == "comments"
    assert kinds["Reader 0 says:"] == "comments"


def test_one_says_line_in_an_article_is_not_a_thread(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines[:2], "The harbour master says:", *body_lines[2:]])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)


def test_post_list_above_the_body_is_not_a_thread(body_lines: list[str]) -> None:
    posts = [
        "Ann Lee | July 1, 2025",
        "Harbour fees rise",
        "Bo Chan | July 2, 2025",
        "New bus route",
    ]
    text = "\n".join([*posts, *body_lines])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)


def test_inline_related_box_does_not_end_the_body(body_lines: list[str]) -> None:
    more = [line.replace("Eastwick", "Westwick") for line in body_lines[:3]]
    box = ["Related articles", "Ten quiet beaches to visit", "Why fish prices keep rising"]
    text = "\n".join([*body_lines, *box, *more, "Related", "Five more harbour towns"])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in [*body_lines, *more]] == ["body"] * (len(body_lines) + 3)
    assert kinds["Related articles"] == "recommendation"
    assert kinds["Ten quiet beaches to visit"] == "teaser"
    assert kinds["Five more harbour towns"] == "teaser"


def test_one_paragraph_after_a_trailer_heading_stays_junk(body_lines: list[str]) -> None:
    box = ["Related articles", "Ten quiet beaches to visit"]
    text = "\n".join([*body_lines, *box, body_lines[0].replace("Eastwick", "Westwick")])
    assert segment_text(text)[-1].group != "editorial"


def standings(rows: int) -> list[str]:
    table = ["Pos", "Driver", "Points"]
    for n in range(rows):
        table += [str(n + 1), f"Driver {chr(65 + n)}. Example", str(2400 - 37 * n)]
    return table


@pytest.mark.parametrize("where", ["before", "between"])
def test_table_next_to_prose_is_body(body_lines: list[str], where: str) -> None:
    table = standings(8)
    lead = body_lines[:1] if where == "between" else []
    text = "\n".join(["Menu", "Home", *lead, *table, *body_lines[1:]])
    kinds = kinds_of(text, segment_text(text))
    assert kinds["Driver C. Example"] == "body"
    assert kinds["2326"] == "body"
    assert [kinds[line] for line in [*lead, *body_lines[1:]]] == ["body"] * (len(lead) + 4)


def test_menu_of_short_words_is_not_a_table(body_lines: list[str]) -> None:
    menu = ["News", "Sport", "Weather", "Travel", "Culture", "Food", "Music", "Film", "Books"]
    text = "\n".join([*menu, *menu, *body_lines])
    kinds = kinds_of(text, segment_text(text))
    assert kinds["Weather"] != "body"


def test_japanese_sentences_are_prose() -> None:
    body = [
        "港町の議会は火曜日、古い桟橋を建て直すことを決めた。",
        "議長は、漁業者の家族との約束を果たしたと述べた。",
        "反対派は、その予算を防潮堤の修理に使うべきだと主張していた。",
        "新しい桟橋は来年の夏までに完成する予定だという。",
    ]
    text = "\n".join(["ホーム", "ニュース", *body, "関連記事", "ほかの記事を読む"])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body] == ["body"] * len(body)


def test_caption_ending_in_its_credit_is_a_caption(body_lines: list[str]) -> None:
    caption = "The old ferry pier at low tide on Tuesday (Image: Jon Tarn/Harbour Post)"
    text = "\n".join([*body_lines[:2], caption, *body_lines[2:]])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[caption] == "caption"
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)


def test_author_bio_after_the_last_paragraph_is_not_body(body_lines: list[str]) -> None:
    bio = (
        "Mara Quill is a freelance writer who covers the coast and lives in Eastwick with her dog."
    )
    text = "\n".join([*body_lines, bio])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[bio] != "body"
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)


def test_sentence_about_a_person_in_the_body_stays_body(body_lines: list[str]) -> None:
    line = (
        "Mara Quill is a former harbour pilot, and she has led the council since the spring floods."
    )
    text = "\n".join([*body_lines, line])
    assert kinds_of(text, segment_text(text))[line] == "body"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared()
def test_seed_article_is_exactly_right() -> None:
    path = SHARED / "eval" / "segments" / "seed.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    preds = {g["id"]: predict_text(g) for g in gold}
    result = _scorer().score_segments(gold, preds)["text"]
    assert result["junk_lines"]["f1"] == 1.0
    assert result["editorial_recall"] == 1.0
    assert result["end_accuracy"] == 1.0
