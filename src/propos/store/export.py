"""Export a stored table as JSON lines, CSV or Parquet, streaming rows so a large store fits in memory."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from sqlalchemy import select

from propos.store import tables

EXPORTABLE = {"articles": tables.articles, "actors": tables.actors, **{t.name: t for t in tables.CHILD_TABLES.values()}}
_BATCH = 10_000


def _rows(store, name: str):
    table = EXPORTABLE[name]
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(
            select(table).order_by(*table.primary_key.columns))
        for row in result.mappings():
            yield {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}


def _flat(row: dict) -> dict:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v for k, v in row.items()}


def export_rows(store, name: str, fmt: str, output: Path | None) -> int:
    count = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        columns = [c.name for c in EXPORTABLE[name].columns]
        writer = None
        batch: list[dict] = []
        for row in _rows(store, name):
            batch.append(_flat(row))
            count += 1
            if len(batch) == _BATCH:
                writer = _write_batch(pa, pq, writer, batch, columns, output)
                batch = []
        writer = _write_batch(pa, pq, writer, batch, columns, output, force=writer is None)
        if writer is not None:
            writer.close()
        return count
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        writer = None
        for row in _rows(store, name):
            count += 1
            if fmt == "jsonl":
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                continue
            if writer is None:
                writer = csv.DictWriter(stream, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(_flat(row))
    finally:
        if output:
            stream.close()
    return count


def _write_batch(pa, pq, writer, batch, columns, output, force=False):
    if not batch and not force:
        return writer
    table = pa.Table.from_pylist(batch) if batch else pa.table({c: pa.array([], pa.string()) for c in columns})
    if writer is None:
        writer = pq.ParquetWriter(str(output), table.schema)
    writer.write_table(table.cast(writer.schema) if table.schema != writer.schema else table)
    return writer
