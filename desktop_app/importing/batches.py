"""Saved column/stage mappings (by header signature) and the rejected rows of an import.

The store keeps the mappings (``desktop_app.store.import_batches``); this module turns a
file's headers into the signature they are saved under. Listing and undoing imports are
the store's too (``desktop_app.importing.api.list_imports`` / ``undo_import``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.importing.mapping import header_signature
from desktop_app.store import import_batches as store_imports

if TYPE_CHECKING:
    from desktop_app.store.engine import Engine


def save_mapping(
    engine: Engine, name: str, kind: str, headers: list[str], mapping: dict[str, Any]
) -> int:
    """Save a column/stage mapping for files with these headers; returns its id."""
    return store_imports.save_mapping(engine, name, kind, header_signature(headers), mapping)


def find_mapping(engine: Engine | None, kind: str, headers: list[str]) -> dict[str, Any] | None:
    """The saved mapping for files with these headers, if any (the newest)."""
    if engine is None:
        return None
    return store_imports.find_mapping(engine, kind, header_signature(headers))


def _escape_cell(value: str) -> str:
    """Neutralise text a spreadsheet would evaluate (design.md: escape on write)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t") else value


def save_rejected_rows(
    path: str, rejects: list[dict[str, Any]], out_path: str, table_reader: Any
) -> int:
    """Write the rejected records of ``path`` with their reasons to the CSV ``out_path``.

    ``table_reader(path)`` returns the file's ``RawTable`` (the same reading the import
    used). Returns the number of rows written.
    """
    import csv

    table = table_reader(path)
    by_row = dict(zip(table.rows, table.records, strict=True))
    with open(out_path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["row", "line", "reason", "detail", *table.headers])
        for r in rejects:
            rec = by_row.get(int(r["row"]), [])
            w.writerow(
                [
                    r["row"],
                    r["line"],
                    r["reason"],
                    _escape_cell(str(r["detail"])),
                    *(_escape_cell(str(v)) for v in rec),
                ]
            )
    return len(rejects)
