"""The topic model ships with the Llama 2 licence, its attribution notice, both in the wheel."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOPICS_DIR = ROOT / "src" / "presswatch" / "topics"
LICENCE_FILES = ("LICENSE-LLAMA2", "LICENSE-WORDLLAMA", "NOTICE")


def _recorded_sha256() -> str:
    """Return the SHA-256 of LICENSE-LLAMA2 as recorded in MODEL.md."""
    text = (TOPICS_DIR / "MODEL.md").read_text(encoding="utf-8")
    m = re.search(r"LICENSE-LLAMA2.*?sha256 `([0-9a-f]{64})`", text, re.S)
    assert m, "MODEL.md must record the SHA-256 of LICENSE-LLAMA2"
    return m.group(1)


def test_llama2_licence_is_the_recorded_copy() -> None:
    data = (TOPICS_DIR / "LICENSE-LLAMA2").read_bytes()
    assert hashlib.sha256(data).hexdigest() == _recorded_sha256()
    text = data.decode("utf-8")
    assert text.startswith("LLAMA 2 COMMUNITY LICENSE AGREEMENT")
    assert "700 million monthly active users" in text
    assert "ai.meta.com/llama/use-policy" in text


def test_notice_carries_the_attribution_the_licence_requires() -> None:
    licence = (TOPICS_DIR / "LICENSE-LLAMA2").read_text(encoding="utf-8")
    # 1.b.iii quotes the notice to keep; it is wrapped over two lines in the licence text
    m = re.search(r'such copies: "(Llama 2 is licensed.*?Reserved\.)"', licence, re.S)
    assert m
    required = " ".join(m.group(1).split())
    notice = " ".join((TOPICS_DIR / "NOTICE").read_text(encoding="utf-8").split())
    assert required in notice
    assert "LICENSE-LLAMA2" in notice
    assert "use-policy" in notice


def test_wordllama_licence_is_mit() -> None:
    text = (TOPICS_DIR / "LICENSE-WORDLLAMA").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Lee Miller" in text


def test_wheel_ships_licence_beside_the_model(wheel_names: set[str]) -> None:
    names = wheel_names
    assert "presswatch/topics/data/model.npz" in names
    for name in LICENCE_FILES:
        assert f"presswatch/topics/{name}" in names
        assert any(n.endswith(f".dist-info/licenses/src/presswatch/topics/{name}") for n in names)
