"""The forkserver's warm-up module: loads the configured topic model, never fails the import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = (
    "import presswatch.warm\n"
    "from presswatch.topics import model\n"
    "print(sorted(str(p) for p in model._MODELS))\n"
)


def _probe(tmp_path: Path, setting: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PRESSWATCH_TOPIC_MODEL"}
    if setting is not None:
        env["PRESSWATCH_TOPIC_MODEL"] = setting
    return subprocess.run(
        [sys.executable, "-c", PROBE], env=env, cwd=tmp_path, capture_output=True, text=True
    )


def test_warm_loads_the_configured_model(tmp_path: Path) -> None:
    from presswatch.topics.model import configured_path

    run = _probe(tmp_path, None)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str([str(configured_path())])


def test_a_bad_model_setting_does_not_stop_the_import(tmp_path: Path) -> None:
    run = _probe(tmp_path, str(tmp_path / "nowhere"))
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"  # nothing loaded: the workers meet the error themselves
