"""A built wheel carries the SQL, the flows, the report declaration and the rule files."""

from __future__ import annotations

from .conftest import ROOT


def test_wheel_contains_package_data(wheel_names: set[str]) -> None:
    names = wheel_names
    for sql in (ROOT / "sql").rglob("*.sql"):
        assert f"presswatch/sql/{sql.relative_to(ROOT / 'sql').as_posix()}" in names
    assert "presswatch/flows/pipeline.py" in names
    assert "presswatch/dashboards/report.toml" in names
    rules = {n for n in names if n.startswith("presswatch/rules/")}
    assert any(n.endswith("README.md") for n in rules)
    assert not any("/build/" in n or n.endswith(".pyc") for n in names)
