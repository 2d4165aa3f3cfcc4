"""Prepare ingest batches in worker processes while the writer stores the previous ones.

Results come back in submission order, so a run gives the same rows whatever the worker count. The
pool starts only when a second batch exists (a one-batch run never pays its start-up), at most
workers + AHEAD batches are in flight (memory stays flat), and workers are forked from a forkserver
that has imported the analysis code once.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presswatch.actors import Registry
    from presswatch.prepare import Prepared
    from presswatch.segment import OutletMemory
    from presswatch.sources.base import RawDocument

_STATE: dict[str, Any] = {}  # a worker's registry and outlet names, set once by _init
# A worker's cyclic GC: the objects it starts with (modules, registry, topic model) are frozen out
# of every collection, and the youngest generation is collected every 50,000 allocations instead
# of 700 (a batch's objects are short-lived and hold few cycles): ≈ 4% of a worker's CPU
WORKER_GC_THRESHOLD = (50_000, 20, 100)
# At most workers + AHEAD batches in flight: while the writer stores one, each worker has one and
# one more waits, so a worker that finishes while the writer checkpoints (≈ 1 s every 10,000
# articles at 100k) takes it instead of idling
AHEAD = 2


def resolve_workers(workers: int | None) -> int:
    """Return the worker count: 0 or None means one per CPU (PRESSWATCH_WORKERS overrides)."""
    if workers:
        return max(1, workers)
    env = os.environ.get("PRESSWATCH_WORKERS", "")
    return max(1, int(env)) if env.isdigit() and int(env) else max(1, os.cpu_count() or 1)


def _init(
    registries: Sequence[str],
    outlet_names: Mapping[str, str] | None,
    writer: tuple[int, str],
    topic_model: str,
    memory: OutletMemory | None = None,
) -> None:
    from presswatch.actors import load_registry
    from presswatch.topics.model import pin_model

    pin_model(Path(topic_model))
    _STATE["registry"] = load_registry([Path(r) for r in registries])
    _STATE["outlets"] = outlet_names
    _STATE["memory"] = memory
    threading.Thread(target=_exit_with_writer, args=writer, daemon=True).start()
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)


def _process_start(pid: int) -> str | None:
    """Return a process's start time from /proc (None when it is gone or a zombie)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return None if fields[0] == "Z" else fields[19]


def _exit_with_writer(pid: int, started: str) -> None:
    """Exit this worker once the writer that started the pool is gone (even by SIGKILL)."""
    # the worker would otherwise wait for work forever, and keep the forkserver alive with it
    while _process_start(pid) == started:
        time.sleep(0.5)
    os._exit(1)


def _prepare(docs: list[RawDocument], analyze: bool) -> Prepared:
    from presswatch.prepare import prepare_batch

    return prepare_batch(
        docs, _STATE["registry"], _STATE["outlets"], analyze, memory=_STATE["memory"]
    )


def prepared_batches(
    batches: Iterable[tuple[Any, list[RawDocument]]],
    registry: Registry,
    registries: Sequence[Path | str],
    outlet_names: Mapping[str, str] | None,
    analyze: bool,
    workers: int,
    idle: Callable[[], AbstractContextManager[Any]] = nullcontext,
    memory: OutletMemory | None = None,
) -> Iterator[tuple[Any, Prepared]]:
    """Yield (tag, prepared batch) for every (tag, new documents) in order."""
    # With one worker, or a single batch, everything runs in this process. `idle` wraps the time
    # spent preparing or waiting for a batch (the writer lets readers in meanwhile). Workers score
    # topics with the model PRESSWATCH_TOPIC_MODEL names in this process when the run starts.
    from presswatch.prepare import prepare_batch
    from presswatch.topics.model import configured_path

    # resolved here, before any batch: a bad path fails the run at once, and workers use the
    # model this process would use, not the one in the environment the forkserver started with
    topic_model = configured_path() if analyze else None
    it = iter(batches)
    # look ahead one batch (a single batch never starts the pool); one worker never looks ahead,
    # so each batch is sorted out after the previous one is stored, as it always was
    head = list(islice(it, 2)) if workers > 1 and analyze else []
    if len(head) < 2:
        for tag, docs in chain(head, it):
            with idle():
                prepared = prepare_batch(docs, registry, outlet_names, analyze, memory=memory)
            yield tag, prepared
        return
    context = multiprocessing.get_context("forkserver")
    # pyarrow imports pandas on its first array (≈ 0.3 CPU-s) and the topic model takes ≈ 0.17:
    # once in the server, not per worker
    context.set_forkserver_preload(["presswatch.prepare", "pandas", "presswatch.warm"])
    writer = (os.getpid(), _process_start(os.getpid()))
    args = ([str(r) for r in registries], dict(outlet_names or {}), writer, str(topic_model),
            memory)  # fmt: skip
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init,
                             initargs=args) as pool:  # fmt: skip
        pending: deque[tuple[Any, Future]] = deque()
        for tag, docs in chain(head, it):  # lazily: a batch is read when a slot frees
            pending.append((tag, pool.submit(_prepare, docs, analyze)))
            while len(pending) >= workers + AHEAD:
                tag_done, future = pending.popleft()
                with idle():
                    prepared = future.result()
                yield tag_done, prepared
        while pending:
            tag_done, future = pending.popleft()
            with idle():
                prepared = future.result()
            yield tag_done, prepared
