"""Past imports, taking one back, and user-saved column/stage mappings.

Undo removes the rows the batch added (and their stage history), restores the rows it
updated from ``import_changes``, removes lookups, pipeline stages and settings it created
(when nothing else uses them), and marks the batch undone. Undoing twice is refused.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Engine

from desktop_app.errors import UserError
from desktop_app.importing.mapping import header_signature

FACT_TABLES = (
    "stage_history",
    "deals",
    "leads",
    "spend",
    "nps",
    "quotas",
    "forecasts",
    "rates",
    "accounts",
)
#: who refers to a lookup row (table, column)
_REFS = {
    "accounts": [("deals", "account_id"), ("leads", "account_id"), ("nps", "account_id")],
    "reps": [
        ("deals", "owner_id"),
        ("leads", "owner_id"),
        ("quotas", "owner_id"),
        ("forecasts", "owner_id"),
    ],
    "sources": [("deals", "source_id"), ("leads", "source_id"), ("spend", "source_id")],
    "products": [("deals", "product_id")],
    "pipeline_stages": [],
}


def list_imports(engine: Engine) -> list[dict[str, Any]]:
    """Every import batch, newest first, with its stored report."""
    out: list[dict[str, Any]] = []
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        rows = cur.execute(
            "SELECT id, kind, file_name, preset, started_at, report_json, undone_at "
            "FROM import_batches ORDER BY id DESC"
        ).fetchall()
    for bid, kind, fname, preset, started, rep, undone in rows:
        report = json.loads(rep) if rep else None
        out.append(
            {
                "id": bid,
                "kind": kind,
                "file": fname,
                "preset": preset,
                "started_at": str(started) if started else None,
                "undone_at": str(undone) if undone else None,
                "imported": (report or {}).get("imported"),
                "updated": (report or {}).get("updated"),
                "rejected": (report or {}).get("rejected"),
                "report": report,
            }
        )
    return out


def _later_batch_touching(cur: Any, batch_id: int) -> int | None:
    """A later, still active import that updated rows this one added or updated."""
    mine = "SELECT table_name, row_id FROM import_changes WHERE batch_id = ?"
    added = " UNION ".join(f"SELECT '{t}', id FROM {t} WHERE batch_id = ?" for t in FACT_TABLES[1:])
    row = cur.execute(
        "SELECT c.batch_id FROM import_changes c JOIN import_batches b ON b.id = c.batch_id "
        "WHERE c.batch_id > ? AND b.undone_at IS NULL AND c.before_json != 'null' "
        f"AND (c.table_name, c.row_id) IN ({mine} UNION {added}) ORDER BY c.batch_id DESC "
        "LIMIT 1",
        (batch_id, batch_id, *([batch_id] * (len(FACT_TABLES) - 1))),
    ).fetchone()
    return int(row[0]) if row else None


def undo_import(engine: Engine, batch_id: int) -> dict[str, int]:
    """Take back one import; returns ``{"removed": n, "restored": m}``."""
    with engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()
        row = cur.execute(
            "SELECT undone_at FROM import_batches WHERE id = ?", (batch_id,)
        ).fetchone()
        if row is None:
            raise UserError(
                f"There is no import number {batch_id}; run 'dealbook imports' to see the imports."
            )
        if row[0] is not None:
            raise UserError(f"Import {batch_id} was already undone on {str(row[0])[:16]}.")
        later = _later_batch_touching(cur, batch_id)
        if later is not None:
            raise UserError(
                f"Import {later} changed rows that import {batch_id} brought in; "
                f"undo import {later} first."
            )
        removed = restored = 0
        changes = cur.execute(
            "SELECT table_name, row_id, before_json FROM import_changes WHERE batch_id = ? "
            "ORDER BY id DESC",
            (batch_id,),
        ).fetchall()
        cur.execute(
            "DELETE FROM stage_history WHERE batch_id = ? OR deal_id IN "
            "(SELECT id FROM deals WHERE batch_id = ?)",
            (batch_id, batch_id),
        )
        for table in FACT_TABLES[1:]:
            keep = ""
            if table == "accounts":  # accounts that rows of other imports use stay
                keep = " AND " + " AND ".join(
                    f"id NOT IN (SELECT {c} FROM {t} WHERE {c} IS NOT NULL)"
                    for t, c in _REFS["accounts"]
                )
            cur.execute(f"DELETE FROM {table} WHERE batch_id = ?{keep}", (batch_id,))
            removed += cur.rowcount
        for table, rid, before_json in changes:
            before = json.loads(before_json)
            if before is None:
                used = any(
                    cur.execute(f"SELECT 1 FROM {t} WHERE {c} = ? LIMIT 1", (rid,)).fetchone()
                    for t, c in _REFS.get(table, [])
                )
                if not used:
                    cur.execute(f"DELETE FROM {table} WHERE id = ?", (rid,))
            elif "__setting__" in before:
                cur.execute("DELETE FROM settings WHERE key = ?", (before["__setting__"],))
            elif before.pop("__deleted__", False):
                cols = list(before)
                cur.execute(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [before[c] for c in cols],
                )
            else:
                cols = [c for c in before if c != "id"]
                cur.execute(
                    f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                    [before[c] for c in cols] + [rid],
                )
                restored += 1
        cur.execute(
            "UPDATE import_batches SET undone_at = ? WHERE id = ?",
            (
                dt.datetime.now(dt.UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f"),
                batch_id,
            ),
        )
    return {"removed": removed, "restored": restored}


def save_mapping(
    engine: Engine, name: str, kind: str, headers: list[str], mapping: dict[str, Any]
) -> int:
    """Save a column/stage mapping for files with these headers; returns its id."""
    sig = header_signature(headers)
    with engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()
        cur.execute(
            "DELETE FROM mapping_presets WHERE header_signature = ? AND kind = ?", (sig, kind)
        )
        cur.execute(
            "INSERT INTO mapping_presets (name, kind, header_signature, mapping_json, created_at) "
            "VALUES (?,?,?,?,?)",
            (
                name,
                kind,
                sig,
                json.dumps(mapping, ensure_ascii=False),
                dt.datetime.now(dt.UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f"),
            ),
        )
        return int(cur.lastrowid)


def find_mapping(engine: Engine | None, kind: str, headers: list[str]) -> dict[str, Any] | None:
    """The saved mapping for files with these headers, if any (the newest)."""
    if engine is None:
        return None
    sig = header_signature(headers)
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        row = cur.execute(
            "SELECT name, mapping_json FROM mapping_presets WHERE header_signature = ? "
            "AND kind = ? ORDER BY id DESC LIMIT 1",
            (sig, kind),
        ).fetchone()
    if row is None:
        return None
    data = json.loads(row[1])
    data["name"] = row[0]
    return data


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
