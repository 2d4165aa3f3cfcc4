"""The multi-process profile report puts each py-spy sample on the writer's or the workers' side."""

from __future__ import annotations

from benchmarks.profile import split_report

WRITER = 'process 10:"python -m benchmarks.worker ingest"'
FORKSERVER = 'process 11:"python -c from multiprocessing.forkserver import main; main(3, 4)"'
WORKER = 'process 12:"python -c from multiprocessing.forkserver import main; main(3, 4)"'
FOLDED = "\n".join([
    f"{WRITER};main (benchmarks/worker.py:1);store_prepared (src/presswatch/writer.py:9) 30",
    f"{WRITER};main (benchmarks/worker.py:1);insert (src/presswatch/db/load.py:5) 10",
    f"{WRITER};{FORKSERVER};main (forkserver.py:2) 5",
    f"{WRITER};{FORKSERVER};{WORKER};_call (<frozen importlib>);prepare_batch (prepare.py:3) 55",
])  # fmt: skip
RESULT = {"ingest_cpu_s": 1.0, "worker_cpu_s": 3.0, "workers": 2, "ingest_wall_s": 2.5}


def test_samples_are_split_into_writer_and_workers() -> None:
    report = split_report(FOLDED, RESULT, n=1000)
    writer, workers = report.split("== workers")
    assert "1000 articles, 2 workers" in report and "250 articles per CPU-s" in report
    assert "1.00 CPU-s (1.000 ms/article), 40 samples" in writer
    assert "75.0%  store_prepared (writer.py)" in writer
    assert "25.0%  insert (load.py)" in writer
    assert "3.00 CPU-s (3.000 ms/article), 60 samples" in workers
    assert "91.7%  prepare_batch (prepare.py)" in workers and "store_prepared" not in workers
    assert "frozen" not in report and "main(3, 4)" not in report
