"""A prepared batch travels between processes in a compact form and comes back unchanged."""

from __future__ import annotations

import pickle

import pyarrow as pa

from presswatch.prepare import Prepared

DOC = "d41c" * 16  # a document id as long as a sha256 hex digest


def _round_trip(tables: dict[str, pa.Table]) -> tuple[Prepared, int]:
    """Return the unpickled batch of the given tables and the size of its pickle."""
    data = pickle.dumps(Prepared(tables))
    return pickle.loads(data), len(data)


def test_repeated_ids_and_labels_travel_once_per_batch() -> None:
    rows = 4000
    table = pa.table({
        "doc_id": pa.array([DOC] * rows, pa.string()),
        "topic": pa.array(["weather and climate", "sport"] * (rows // 2), pa.string()),
        "block_no": pa.array(range(rows), pa.int64()),
    })  # fmt: skip
    back, size = _round_trip({"topic_scores": table})
    assert back.tables["topic_scores"].equals(table, check_metadata=True)
    # 4,000 x 64 id bytes alone would be 256 kB; indices and 4-byte numbers are ≈ 40 kB
    assert size < 60_000


def test_near_misses_come_back_exactly() -> None:
    table = pa.table({
        "doc_id": pa.array([DOC, None, "short", DOC], pa.string()),
        "start_char": pa.array([0, 2**31, -1, 7], pa.int64()),  # one beyond int32: kept int64
        "text": pa.array(["Rain fell on the fair.", "", None, "Rain fell on the fair."]),
        "minhash": pa.array([b"\x00\x01", None, b"", b"\x00\x01"], pa.binary()),
        "prob": pa.array([0.5, 1e-300, None, 0.25], pa.float64()),
        "n_chars": pa.array([1, None, 3, 4], pa.int64()),
    })  # fmt: skip
    two_chunks = pa.concat_tables([table.slice(0, 2), table.slice(2)])
    empty = pa.Table.from_pylist([])
    data, schema = Prepared({"blocks": two_chunks}).__getstate__()["tables"]["blocks"]
    wire = pa.ipc.open_stream(data).read_all().schema
    assert schema == two_chunks.schema
    assert [str(t) for t in wire.types] == [
        "dictionary<values=string, indices=int32, ordered=0>",
        "int64",
        "string",
        "binary",
        "double",
        "int32",
    ]
    back, _ = _round_trip({"blocks": two_chunks, "doc_meta": empty})
    assert back.tables["blocks"].equals(two_chunks, check_metadata=True)
    assert back.tables["blocks"].schema == two_chunks.schema
    assert back.tables["doc_meta"].num_rows == 0 and back.tables["doc_meta"].num_columns == 0
