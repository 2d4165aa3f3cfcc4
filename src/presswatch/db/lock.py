"""The single-writer lock: an fcntl lock on `<db>.lock` that names its holder inside the file."""

from __future__ import annotations

import fcntl
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_TIMEOUT_S = 30.0
POLL_S = 0.1

# Re-entrant within one process: flows nest writers (pipeline -> ingest -> store), and threads of
# one flow run share the lock that the run took. path -> [file descriptor, depth]
_held: dict[str, list[int]] = {}
_guard = threading.RLock()


class WriterBusy(RuntimeError):
    """Another process held the writer lock for the whole timeout."""


def lock_path(db: Path | str) -> Path:
    """Return the lock file of a warehouse: the warehouse path with `.lock` appended."""
    db = Path(db)
    return db.with_name(db.name + ".lock")


def lock_timeout() -> float:
    """Return the wait for the writer lock in seconds: $PRESSWATCH_LOCK_TIMEOUT or 30."""
    return float(os.environ.get("PRESSWATCH_LOCK_TIMEOUT", DEFAULT_TIMEOUT_S))


def holder(db: Path | str) -> str:
    """Return the holder line written in the lock file ('' when there is none)."""
    try:
        return lock_path(db).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""


@contextmanager
def writer_lock(
    db: Path | str, timeout_s: float | None = None, command: str | None = None
) -> Iterator[Path]:
    """Hold the warehouse's writer lock for the block, waiting up to timeout_s for it."""
    path = Path(os.path.abspath(lock_path(db)))
    key = str(path)
    with _guard:
        if key in _held:
            _held[key][1] += 1
            reentered = True
        else:
            reentered = False
    if not reentered:
        fd = _acquire(path, lock_timeout() if timeout_s is None else timeout_s, command)
        with _guard:
            _held[key] = [fd, 1]
    try:
        yield path
    finally:
        with _guard:
            _held[key][1] -= 1
            if _held[key][1] == 0:
                fd = _held.pop(key)[0]
                os.ftruncate(fd, 0)
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)


def _acquire(path: Path, timeout_s: float, command: str | None) -> int:
    """Return an open descriptor of the lock file once this process holds its exclusive lock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                who = holder(path.with_suffix("")) or "an unknown process"
                raise WriterBusy(
                    f"{path.with_suffix('')} is being written by another process "
                    f"({who}); gave up after {timeout_s:g} s"
                ) from None
            time.sleep(POLL_S)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    what = command or " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:300]
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}: {what}, since {started}\n".encode(), 0)
    os.fsync(fd)
    return fd
