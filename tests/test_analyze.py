"""Analysis of a batch: editorial masking, topic units, outlet furniture learnt in the batch."""

from __future__ import annotations

from presswatch.analyze import analyze_batch, editorial_mask, topic_units
from presswatch.parse import Article, parse
from presswatch.records import Block
from presswatch.sources import RawDocument

FURNITURE = "Support independent local journalism today"


WORDS = ("roads", "schools", "parks", "harbours", "libraries", "bridges", "ferries", "clinics")


def article(i: int, outlet: str = "Harbour Post") -> Article:
    topic = WORDS[i]
    text = (
        f"Council approves budget for {topic}\n"
        f"The council approved its budget on Tuesday after a long debate about {topic}.\n"
        f"{FURNITURE}\n"
        f"“We listened to every resident,” council leader Mira Olsen said of the {topic}.\n"
    )
    parsed = parse(RawDocument(f"{i}.txt", "txt", text.encode(), outlet))
    assert isinstance(parsed, Article)
    return parsed


def kind_of_line(analysis, line: str) -> str:
    text = analysis.article.text
    start = text.index(line)
    return next(b.kind for b in analysis.blocks if b.start <= start < b.end)


def test_a_line_recurring_in_an_outlets_batch_is_furniture() -> None:
    analyses, _ = analyze_batch([article(i) for i in range(3)])
    assert all(kind_of_line(a, FURNITURE) not in ("headline", "body") for a in analyses)
    assert all(kind_of_line(a, "The council approved") == "body" for a in analyses)


def test_furniture_is_per_outlet_and_needs_three_articles() -> None:
    batch = [article(0), article(1), article(2, outlet="Other")]
    analyses, _ = analyze_batch(batch)
    assert all(kind_of_line(a, FURNITURE) == "body" for a in analyses)


def test_editorial_mask_blanks_junk_and_keeps_offsets() -> None:
    text = "Head\nBody text.\nBuy now!\n"
    blocks = [Block(0, 5, "headline"), Block(5, 16, "body"), Block(16, 25, "ad")]
    masked = editorial_mask(text, blocks)
    assert len(masked) == len(text) and masked.endswith(" " * 8 + "\n")
    units = topic_units(text, blocks)
    assert [(u.unit_no, u.group, u.text) for u in units] == [
        (0, "editorial", "Head\nBody text."),
        (3, "ad_teaser", "Buy now!"),
    ]


def test_quotes_and_topics_come_back_for_each_unit() -> None:
    analyses, topics = analyze_batch([article(7)])
    (analysis,) = analyses
    assert [q.speaker for q in analysis.quotes if q.kind == "direct"] == ["Mira Olsen"]
    assert len(topics) == len(analysis.units)
    assert abs(sum(topics[0].scores.values()) - 1) < 1e-6


def test_a_sentence_repeated_across_updates_stays_editorial() -> None:
    updates = [parse(RawDocument(f"u{i}.txt", "txt", (
        f"Ferry service resumes, update {WORDS[i]}\n"
        "The ferry to the islands sailed again on Monday after the storm.\n"
        f"Officials said {WORDS[i]} would reopen later in the week.\n").encode(), "Wire"))
        for i in range(3)]  # fmt: skip
    analyses, _ = analyze_batch(updates)  # type: ignore[arg-type]
    assert all(kind_of_line(a, "The ferry to the islands") == "body" for a in analyses)


def test_an_article_whose_analysis_raises_is_quarantined_and_the_batch_goes_on(
    tmp_path, monkeypatch
) -> None:
    import presswatch.analyze as analyze
    from presswatch.db import connect
    from presswatch.ingest import ingest_paths

    real = analyze.extract_quotes

    def fragile(text: str):
        if "POISON" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text)

    monkeypatch.setattr(analyze, "extract_quotes", fragile)
    folder = tmp_path / "in" / "wire"
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text("Dock reopens\n“We are back,” Ana Ruiz said on Monday.\n")
    (folder / "bad.txt").write_text(
        "Port closes\nThe POISON body of a page the stage cannot take, officials said.\n"
    )
    db = tmp_path / "w.duckdb"
    stats = ingest_paths([tmp_path / "in"], db)
    assert (stats.new, stats.quarantined) == (1, 1)
    with connect(db, read_only=True) as con:
        (reason, detail) = con.execute("select reason, detail from quarantine").fetchone()
        assert con.execute("select count(*) from articles").fetchone()[0] == 1
    assert reason == "analysis failed" and detail.startswith("RecursionError")


def test_editorial_mask_blanks_each_character_of_a_junk_run_but_newlines() -> None:
    text = "Body line.\nAd: café ☕\r\n\nΣ 中文 x\nEnd.\n"
    start, end = text.index("Ad"), text.index("End")
    blocks = [Block(0, start, "body"), Block(start, end, "ad"), Block(end, len(text), "body")]
    masked = editorial_mask(text, blocks)
    expected = text[:start] + "".join(c if c == "\n" else " " for c in text[start:end])
    assert masked == expected + text[end:]
    assert [u.group for u in topic_units(text, blocks)] == ["editorial", "ad_teaser"]
