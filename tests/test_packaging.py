"""A built wheel carries the SQL, the flows, the report declaration and the rule files."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT


def test_wheel_contains_package_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("presswatch-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for sql in (ROOT / "sql").rglob("*.sql"):
        assert f"presswatch/sql/{sql.relative_to(ROOT / 'sql').as_posix()}" in names
    assert "presswatch/flows/pipeline.py" in names
    assert "presswatch/dashboards/report.toml" in names
    rules = {n for n in names if n.startswith("presswatch/rules/")}
    assert any(n.endswith("README.md") for n in rules)
    assert not any("/build/" in n or n.endswith(".pyc") for n in names)
