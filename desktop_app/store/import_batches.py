"""Imports as the store keeps them: writing one, listing them, taking one back, saved mappings.

:func:`write_import` writes a whole import in **one transaction** (the batch row, the rows,
the stage history, lookups, a first base currency or an adopted pipeline, the report) and
returns the :class:`~desktop_app.store.changes.Changes` it made; if anything raises midway
(a cancelled import included) nothing is written.

Undo removes the rows the batch added (and their stage history), restores the rows it
updated from ``import_changes``, removes lookups, pipeline stages and settings it created
(when nothing else uses them), and marks the batch undone. Undoing twice is refused.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import pandas as pd
from sqlalchemy import Engine

from desktop_app.errors import UserError
from desktop_app.store import bulk_write, conflicts
from desktop_app.store.bulk_write import Plan, count_rows, raw_cursor
from desktop_app.store.changes import Changes
from desktop_app.store.kinds import KINDS, LOOKUPS
from desktop_app.translation import translate
from kpi_core.dataset import DEFAULT_STAGES

#: tables whose rows carry the batch that wrote them (stage history first: it refers to deals)
FACT_TABLES: tuple[str, ...] = (
    "stage_history",
    *(k.table for k in KINDS.values() if k.table not in ("stage_history", "accounts")),
    "accounts",
)
#: who refers to a lookup row (table, column)
_REFS: dict[str, list[tuple[str, str]]] = {
    table: [
        (k.table, f.column)
        for k in KINDS.values()
        for f in k.fields
        if f.type == "lookup" and f.lookup == table
    ]
    for table in LOOKUPS
}
_REFS["pipeline_stages"] = []
#: what every import writes beside its kind's tables
_BOOKKEEPING = frozenset({"import_batches", "import_changes"})


class Report(Protocol):
    """What :func:`write_import` stores as the batch's report."""

    def to_dict(self) -> dict[str, Any]: ...


#: the caller's own report type, handed back as it was made
ReportT = TypeVar("ReportT", bound=Report)


@dataclass(frozen=True)
class Workspace:
    """What an import needs to know of the workspace before it reads a file."""

    #: the pipeline in order as (name, default probability in percent), as the
    #: ``pipeline_stages`` table and the import files write it (a ``Stage`` is a fraction)
    pipeline: tuple[tuple[str, float], ...]
    empty: bool  # no deal yet
    base_currency: str | None  # the stored setting, None when not set


def workspace(engine: Engine) -> Workspace:
    """The pipeline, whether there is any deal, and the stored base currency."""
    with engine.connect() as conn:
        cur = raw_cursor(conn)
        rows = cur.execute(
            "SELECT name, probability FROM pipeline_stages ORDER BY position, id"
        ).fetchall()
        pipeline = tuple((str(r[0]), float(r[1] or 0.0)) for r in rows) or tuple(
            (s.name, round(s.probability * 100.0, 6)) for s in DEFAULT_STAGES
        )
        empty = count_rows(conn, "deals") == 0
        row = cur.execute("SELECT value FROM settings WHERE key = 'base_currency'").fetchone()
    base = None
    if row is not None:
        try:
            value = json.loads(row[0])
        except (TypeError, ValueError):
            value = row[0]
        base = str(value) if value else None
    return Workspace(pipeline, empty, base)


def plan_import(engine: Engine, kind: str, frame: pd.DataFrame) -> Plan:
    """Which rows of ``frame`` would be new, changed or already there (writes nothing)."""
    with engine.connect() as conn:
        return bulk_write.plan(conn, kind, frame)


def write_import(
    engine: Engine,
    kind: str,
    frame: pd.DataFrame,
    *,
    file_name: str,
    preset: str | None,
    today: dt.date,
    describe: Callable[[Plan, int], ReportT],
    first_import: bool = False,
    first_currency: str | None = None,
    adopt_stages: list[tuple[str, float]] | None = None,
    progress: Callable[[float], None] | None = None,
) -> tuple[ReportT, Changes]:
    """Write one import in one transaction; return its report and what it changed.

    ``describe(plan, batch_id)`` builds the report stored with the batch. With
    ``first_import`` (deals into a workspace without deals) a workspace without a base
    currency gets ``first_currency`` (USD when None); ``adopt_stages`` (name, percent) replaces the pipeline. ``progress`` gets the written share
    0..1 and may raise to cancel: the transaction is then rolled back.
    """
    tables = {KINDS[kind].table, *KINDS[kind].tables, *_BOOKKEEPING}
    with conflicts.refusals(kind, importing=True), engine.begin() as conn:
        cur = raw_cursor(conn)
        cur.execute(
            "INSERT INTO import_batches (kind, file_name, preset, started_at) VALUES (?,?,?,?)",
            (kind, file_name, preset, bulk_write.now_text()),
        )
        batch_id = int(cur.lastrowid)
        pl = bulk_write.plan(conn, kind, frame)
        new_base = first_import and bulk_write.set_base_currency_if_new(
            conn, batch_id, first_currency
        )
        if new_base:
            tables.add("settings")
        if adopt_stages:
            bulk_write.adopt_pipeline(conn, batch_id, adopt_stages)
            tables.add("pipeline_stages")
        bulk_write.write(conn, kind, frame, pl, batch_id, today, progress)
        report = describe(pl, batch_id)
        cur.execute(
            "UPDATE import_batches SET report_json = ? WHERE id = ?",
            (json.dumps(report.to_dict(), ensure_ascii=False, default=str), batch_id),
        )
    changes = Changes(
        frozenset(tables), created=int(pl.new.sum()), updated=int(pl.changed.sum()), ids=()
    )
    return report, changes


def list_imports(engine: Engine) -> list[dict[str, Any]]:
    """Every import batch, newest first, with its stored report."""
    out: list[dict[str, Any]] = []
    with engine.connect() as conn:
        rows = (
            raw_cursor(conn)
            .execute(
                "SELECT id, kind, file_name, preset, started_at, report_json, undone_at "
                "FROM import_batches ORDER BY id DESC"
            )
            .fetchall()
        )
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


def undo_import(engine: Engine, batch_id: int) -> Changes:
    """Take back one import; ``deleted`` counts the rows removed, ``updated`` those restored."""
    tables: set[str] = set(_BOOKKEEPING)
    with conflicts.refusals(importing=True), engine.begin() as conn:
        cur = raw_cursor(conn)
        row = cur.execute(
            "SELECT undone_at FROM import_batches WHERE id = ?", (batch_id,)
        ).fetchone()
        if row is None:
            raise UserError(
                translate(
                    "errors",
                    "There is no import number {0}; run 'dealbook imports' to see the imports.",
                ).format(batch_id)
            )
        if row[0] is not None:
            raise UserError(
                translate("errors", "Import {0} was already undone on {1}.").format(
                    batch_id, str(row[0])[:16]
                )
            )
        later = _later_batch_touching(cur, batch_id)
        if later is not None:
            raise UserError(
                translate(
                    "errors",
                    "Import {0} changed rows that import {1} brought in; undo import {0} first.",
                ).format(later, batch_id)
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
        if cur.rowcount:
            tables.add("stage_history")
        for table in FACT_TABLES[1:]:
            keep = ""
            if table == "accounts":  # accounts that rows of other imports use stay
                keep = " AND " + " AND ".join(
                    f"id NOT IN (SELECT {c} FROM {t} WHERE {c} IS NOT NULL)"
                    for t, c in _REFS["accounts"]
                )
            cur.execute(f"DELETE FROM {table} WHERE batch_id = ?{keep}", (batch_id,))
            removed += cur.rowcount
            if cur.rowcount:
                tables.add(table)
        for table, rid, before_json in changes:
            tables.add(table)
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
            (bulk_write.now_text(), batch_id),
        )
    return Changes(frozenset(tables), updated=restored, deleted=removed)


def save_mapping(
    engine: Engine, name: str, kind: str, signature: str, mapping: dict[str, Any]
) -> int:
    """Save a column/stage mapping for files whose headers have ``signature``; its id."""
    with engine.begin() as conn:
        cur = raw_cursor(conn)
        cur.execute(
            "DELETE FROM mapping_presets WHERE header_signature = ? AND kind = ?",
            (signature, kind),
        )
        cur.execute(
            "INSERT INTO mapping_presets (name, kind, header_signature, mapping_json, created_at) "
            "VALUES (?,?,?,?,?)",
            (name, kind, signature, json.dumps(mapping, ensure_ascii=False), bulk_write.now_text()),
        )
        return int(cur.lastrowid)


def find_mapping(engine: Engine, kind: str, signature: str) -> dict[str, Any] | None:
    """The newest saved mapping for files whose headers have ``signature``, if any."""
    with engine.connect() as conn:
        row = (
            raw_cursor(conn)
            .execute(
                "SELECT name, mapping_json FROM mapping_presets WHERE header_signature = ? "
                "AND kind = ? ORDER BY id DESC LIMIT 1",
                (signature, kind),
            )
            .fetchone()
        )
    if row is None:
        return None
    data: dict[str, Any] = json.loads(row[1])
    data["name"] = row[0]
    return data
