"""Every view and report is documented: a header comment and an entry in docs/metrics.md."""

from __future__ import annotations

import re

import pytest

from presswatch.resources import sql_dir

from .conftest import ROOT

METRICS = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
MODELS = sorted((sql_dir() / "models").glob("*.sql"))
REPORTS = sorted((sql_dir() / "reports").glob("*.sql"))


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.stem)
def test_model_states_grain_and_definition(path) -> None:
    header = path.read_text(encoding="utf-8").split("\n", 3)
    assert header[0].startswith("-- grain: one row per"), path.name
    assert header[1].startswith("-- definition: "), path.name


@pytest.mark.parametrize("path", MODELS + REPORTS, ids=lambda p: p.stem)
def test_documented_in_metrics_md(path) -> None:
    assert f"`{path.stem}`" in METRICS, f"{path.stem} is missing from docs/metrics.md"


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_report_has_a_comment_and_no_string_building(path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("-- "), path.name
    assert not re.search(r"\{[a-z_]+\}|%s|%\(", text), "report queries bind $params"


def test_sql_keywords_are_lower_case() -> None:
    for path in sorted(sql_dir().rglob("*.sql")):
        code = "\n".join(line.split("--", 1)[0] for line in path.read_text().splitlines())
        upper = re.findall(r"\b(SELECT|FROM|WHERE|GROUP BY|ORDER BY|JOIN|WITH|CREATE)\b", code)
        assert not upper, f"{path.name}: {upper}"
