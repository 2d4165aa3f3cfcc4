"""SQL is parameterised (f-strings only splice in identifiers or our own SQL files); no secrets."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SQL_METHODS = {"execute", "executemany", "sql", "query", "from_query"}
# What an f-string SQL may splice in: table/column names that are module constants, and the
# text of the project's own .sql files (models, checks). Never a value from the data or a user.
IDENTIFIERS = {"table", "using", "file.stem", "body", "sql", "name", "column", "view"}


def sql_calls(path: Path) -> list[tuple[int, ast.expr]]:
    """Return (line, first argument) of every DuckDB execute/sql call in a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_METHODS
            and node.args
        ):
            calls.append((node.lineno, node.args[0]))
    return calls


def problems(arg: ast.expr) -> list[str]:
    """Return why an SQL argument is not parameterised ('' list when it is fine)."""
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Mod):
        return ["%-formatting"]
    if (
        isinstance(arg, ast.Call)
        and isinstance(arg.func, ast.Attribute)
        and arg.func.attr == "format"
    ):
        return [".format()"]
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Add):
        return problems(arg.left) + problems(arg.right)
    if isinstance(arg, ast.JoinedStr):
        spliced = [ast.unparse(v.value) for v in arg.values if isinstance(v, ast.FormattedValue)]
        return [f"f-string splices {s!r}" for s in spliced if s not in IDENTIFIERS]
    return []


def test_sql_is_always_parameterised() -> None:
    found = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        for line, arg in sql_calls(path):
            found += [f"{path.relative_to(ROOT)}:{line}: {p}" for p in problems(arg)]
    assert not found, "bind values as $params:\n" + "\n".join(found)


def test_the_sql_checker_catches_a_spliced_value() -> None:
    bad = ast.parse("con.execute(f\"select * from t where outlet = '{outlet}'\")").body[0]
    assert problems(bad.value.args[0]) == ["f-string splices 'outlet'"]  # type: ignore[attr-defined]
    ok = ast.parse('con.execute("select * from t where outlet = $o", {"o": outlet})').body[0]
    assert problems(ok.value.args[0]) == []  # type: ignore[attr-defined]


# Key-like strings: cloud keys, tokens, private keys, and `secret = "long literal"` assignments.
SECRET_PATTERNS = {
    "AWS access key": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "Slack token": re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}\b"),
    "Google API key": re.compile(r"\bAIza[0-9A-Za-z_\-]{35}\b"),
    "OpenAI-style key": re.compile(r"\bsk-[A-Za-z0-9_\-]{32,}\b"),
    "private key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY"),
    "assigned secret": re.compile(
        r"(?i)\b(?:api[_-]?key|secret|token|passw(?:or)?d)\w*\s*[:=]\s*[\"'][A-Za-z0-9/+_\-]{20,}[\"']"
    ),
}
BINARY_SUFFIXES = {".npz", ".png", ".gz", ".duckdb", ".parquet", ".warc", ".ico", ".jpg", ".pdf"}


def tracked_text_files() -> list[Path]:
    """Return the repository's tracked and new (not ignored) text files."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    files = [ROOT / p for p in out.decode().split("\0") if p]
    return [f for f in files if f.is_file() and f.suffix.lower() not in BINARY_SUFFIXES]


def find_secrets(text: str) -> list[str]:
    """Return the kinds of key-like strings in a text."""
    return [kind for kind, pattern in SECRET_PATTERNS.items() if pattern.search(text)]


def test_no_secrets_in_the_repository() -> None:
    found = []
    for path in tracked_text_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if path == Path(__file__):
            continue  # this file spells the patterns
        found += [f"{path.relative_to(ROOT)}: {kind}" for kind in find_secrets(text)]
    assert not found, found


def test_the_secret_scanner_finds_planted_keys() -> None:
    planted = "AKIA" + "ABCDEFGHIJKLMNOP"
    assert find_secrets(f"aws = '{planted}'") == ["AWS access key"]
    assert find_secrets('API_KEY = "' + "x" * 24 + '"') == ["assigned secret"]
    assert find_secrets("-----BEGIN " + "PRIVATE KEY-----") == ["private key"]
    assert find_secrets("token = os.environ['TOKEN']") == []
