"""Reads and writes the window needs, one place for all of them (widgets never see a session).

Records cross this boundary as plain dicts keyed like the design's native columns, with
names (not ids) for account, owner, source and product. Every write can be taken back: the
window snapshots the rows before and after (:func:`snapshot`) and undo/redo put a snapshot
back with :func:`restore` — a deleted row comes back with the same id and stage history.

Every write returns a :class:`desktop_app.store.changes.Changes` (the tables it touched and
how many rows it created, updated or deleted); the window's change signal carries it. The
kinds, their fields, lookups and required fields come from ``desktop_app.store.kinds``.

No lost update: a record read here carries its ``version``; saving it back names that
version (``UPDATE ... WHERE id = :id AND version = :version``) and, when someone else saved
first, nothing is written and :class:`desktop_app.store.conflicts.EditConflict` says what
they changed. On a team database the server decides who may change what (roles and
row-level security): a refused write raises ``NotAllowed``, a lost server ``ServerAway``
(``desktop_app.store.conflicts``); a write is all or nothing on both engines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, RowMapping, Table, delete, func, insert, select, update

from desktop_app.errors import UserError
from desktop_app.store import conflicts
from desktop_app.store import kinds as declared
from desktop_app.store import models as m
from desktop_app.store.changes import Changes
from desktop_app.store.lookups import LOOKUP_TABLES, clean_name, ensure_ids


@dataclass(frozen=True)
class Kind:
    """One kind of record the window edits, as the repository needs it (made from
    ``desktop_app.store.kinds``): its table and its name lookups."""

    name: str
    table: Table
    #: record field -> (foreign-key column, lookup table)
    lookups: dict[str, tuple[str, str]] = field(default_factory=dict)
    dates: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    decl: declared.Kind | None = None


def _from_declaration(decl: declared.Kind) -> Kind:
    return Kind(
        decl.name, m.Base.metadata.tables[decl.table], decl.lookups, decl.dates, decl.required, decl
    )


KINDS: dict[str, Kind] = {
    name: _from_declaration(decl) for name, decl in declared.KINDS.items() if decl.editable
}

#: a snapshot of rows: row id -> raw column values (plus "_history" for deals), None = absent
Snapshot = dict[int, dict[str, Any] | None]

_INTERNAL = {
    "id",
    "batch_id",
    "content_hash",
    "updated_at",
    "version",
    "created_by",
    "updated_by",
}
#: kinds whose rows belong to a rep (the team database lets a rep change only their own)
_OWNED = ("deals", "leads", "activities")


_refusals = conflicts.refusals  # a refused or lost write as NotAllowed / ServerAway


def kind(name: str) -> Kind:
    """The repository's view of an editable kind; ``ValueError`` for any other name."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown kind {name!r}") from None


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _check_value(decl: declared.Field, value: Any) -> None:
    """Refuse a value outside the field's choices or bounds, in one plain sentence."""
    label = decl.label or decl.name.replace("_", " ").capitalize()
    if decl.type == "choice" and value is not None and value not in decl.choice_values:
        allowed = ", ".join(decl.choice_values)
        raise UserError(f"{label} must be one of: {allowed}.")
    if value is None or decl.type not in ("money", "number", "percent", "int"):
        return
    if decl.minimum is not None and value < decl.minimum:
        raise UserError(f"{label} must be {decl.minimum:g} or more.")
    if decl.maximum is not None and value > decl.maximum:
        raise UserError(f"{label} must be {decl.maximum:g} or less.")


def _row_values(conn: Any, spec: Kind, record: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for ``record`` (names resolved to ids, created on first use).

    Only declared fields are written; an empty choice takes the field's default; a value
    outside its choices or bounds raises ``UserError``.
    """
    assert spec.decl is not None
    fields = {f.name: f for f in spec.decl.fields}
    values: dict[str, Any] = {}
    for key, value in record.items():
        decl = fields.get(key)
        if decl is None or key in _INTERNAL:
            continue
        if key in spec.lookups:
            fk, table = spec.lookups[key]
            name = clean_name(value)
            values[fk] = ensure_ids(conn, table, [name])[name] if name else None
            continue
        if key in spec.dates:
            value = _as_date(value)
        elif isinstance(value, str):
            value = value.strip() or None
        elif isinstance(value, float) and value != value:  # NaN: unknown
            value = None
        if value is None and decl.default is not None:
            value = decl.default
        _check_value(decl, value)
        values[key] = value
    return values


def _record(conn: Any, spec: Kind, row: RowMapping) -> dict[str, Any]:
    """A record dict from a raw row: ids replaced by names."""
    out = {k: v for k, v in row.items() if k not in ("content_hash", "updated_at")}
    for key, (fk, table) in spec.lookups.items():
        ident = out.pop(fk, None)
        out[key] = None
        if ident is not None:
            tbl = LOOKUP_TABLES[table]
            out[key] = conn.execute(select(tbl.c.name).where(tbl.c.id == ident)).scalar()
    return out


# --- reads -----------------------------------------------------------------------------


def get_record(engine: Engine, kind_name: str, row_id: int) -> dict[str, Any] | None:
    """One record by id, with names for its lookups; None when it does not exist."""
    spec = kind(kind_name)
    with _refusals(kind_name), engine.connect() as conn:
        row = conn.execute(select(spec.table).where(spec.table.c.id == row_id)).mappings().first()
        return _record(conn, spec, row) if row is not None else None


def stage_history(engine: Engine, deal_id: int) -> list[tuple[str, dt.date]]:
    """The stages a deal entered, oldest first."""
    sh = m.StageHistory.__table__
    with engine.connect() as conn:
        rows = conn.execute(
            select(sh.c.stage, sh.c.entered_on)
            .where(sh.c.deal_id == deal_id)
            .order_by(sh.c.entered_on, sh.c.id)
        )
        return [(r.stage, r.entered_on) for r in rows]


def lookup_names(engine: Engine, table: str) -> list[str]:
    """Sorted names of accounts, reps, sources or products (for completers and filters)."""
    tbl = LOOKUP_TABLES[table]
    with engine.connect() as conn:
        return list(conn.execute(select(tbl.c.name).order_by(tbl.c.name)).scalars())


def distinct_values(engine: Engine, kind_name: str, column: str) -> list[str]:
    """Sorted distinct non-empty values of a text column (product types, currencies…)."""
    col = kind(kind_name).table.c[column]
    with engine.connect() as conn:
        rows = conn.execute(select(col).where(col.is_not(None)).distinct().order_by(col))
        return [str(v) for v in rows.scalars() if str(v).strip()]


def counts(engine: Engine) -> dict[str, int]:
    """Row counts of every kind (the status bar and the welcome page)."""
    out: dict[str, int] = {}
    with engine.connect() as conn:
        for name, spec in KINDS.items():
            out[name] = conn.execute(select(func.count()).select_from(spec.table)).scalar_one()
    return out


# --- writes ----------------------------------------------------------------------------


def _check_required(spec: Kind, record: Mapping[str, Any], partial: bool = False) -> None:
    assert spec.decl is not None
    for key in spec.required:
        if partial and key not in record:
            continue
        value = record.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            label = spec.decl.field(key).label or key.replace("_", " ").capitalize()
            raise UserError(f"{label} is required.")


def create_record(
    engine: Engine, kind_name: str, record: Mapping[str, Any], today: dt.date | None = None
) -> Changes:
    """Insert a record; ``Changes.id`` is its id. A deal with a stage starts its history."""
    spec = kind(kind_name)
    _check_required(spec, record)
    with _refusals(kind_name), engine.begin() as conn:
        values = _row_values(conn, spec, record)
        key = conn.execute(insert(spec.table).values(**values)).inserted_primary_key
        if key is None:
            raise RuntimeError(f"the database gave no id for the new {kind_name} row")
        row_id = int(key[0])
        if kind_name == "deals" and values.get("stage"):
            entered = values.get("created_on") or today or dt.date.today()
            conn.execute(
                insert(m.StageHistory.__table__).values(
                    deal_id=row_id, stage=values["stage"], entered_on=entered
                )
            )
    return Changes.of_kind(kind_name, created=1, ids=[int(row_id)])


def update_records(
    engine: Engine,
    kind_name: str,
    ids: Iterable[int],
    changes: Mapping[str, Any],
    today: dt.date | None = None,
    *,
    version: int | None = None,
    started_from: Mapping[str, Any] | None = None,
) -> Changes:
    """Apply ``changes`` to every row in ``ids``; a deal whose stage changes records it.

    All or nothing: when a row is not written (someone else saved it since ``version``,
    deleted it, or the team database does not let this user change it) nothing is, and
    ``EditConflict``, ``RecordGone`` or ``NotAllowed`` says why. ``started_from`` (the
    record as the form read it) names the fields someone else changed.
    """
    spec = kind(kind_name)
    ids = list(ids)
    with _refusals(kind_name), engine.begin() as conn:
        values = _row_values(conn, spec, changes)
        if not values or not ids:
            return Changes()
        new_stage = values.get("stage") if kind_name == "deals" else None
        moved: list[int] = []
        if new_stage:
            tbl = spec.table
            rows = conn.execute(select(tbl.c.id, tbl.c.stage).where(tbl.c.id.in_(ids)))
            moved = [r.id for r in rows if r.stage != new_stage]
        stmt = update(spec.table).where(spec.table.c.id.in_(ids))
        if version is not None and "version" in spec.table.c and len(ids) == 1:
            stmt = stmt.where(spec.table.c.version == int(version))
        n = conn.execute(stmt.values(**values))
        if n.rowcount < len(ids):
            _refuse(conn, spec, ids, version, started_from or changes)
        if moved:
            entered = today or dt.date.today()
            conn.execute(
                insert(m.StageHistory.__table__),
                [{"deal_id": i, "stage": new_stage, "entered_on": entered} for i in moved],
            )
    return Changes.of_kind(kind_name, updated=int(n.rowcount), ids=ids)


def update_record(
    engine: Engine,
    kind_name: str,
    row_id: int,
    record: Mapping[str, Any],
    today: dt.date | None = None,
    *,
    started_from: Mapping[str, Any] | None = None,
) -> Changes:
    """Replace the editable values of one record.

    ``record["version"]`` (or ``started_from["version"]``), the version the form read, makes
    the save refuse someone else's newer save (``EditConflict``) instead of overwriting it;
    ``started_from`` (the record as the form read it) names what they changed.
    """
    _check_required(kind(kind_name), record, partial=True)
    version = record.get("version")
    if version is None and started_from is not None:
        version = started_from.get("version")
    return update_records(
        engine,
        kind_name,
        [row_id],
        record,
        today,
        version=None if version is None else int(version),
        started_from=started_from,
    )


def _owner_name(conn: Any, row: RowMapping) -> str | None:
    owner = row.get("owner_id")
    if owner is None:
        return None
    reps = LOOKUP_TABLES["reps"]
    name = conn.execute(select(reps.c.name).where(reps.c.id == owner)).scalar()
    return None if name is None else str(name)


def _refuse(
    conn: Any,
    spec: Kind,
    ids: list[int],
    version: int | None,
    started_from: Mapping[str, Any],
) -> None:
    """Say why some of ``ids`` were not written (the caller's transaction rolls back)."""
    rows = {
        int(r["id"]): r
        for r in conn.execute(select(spec.table).where(spec.table.c.id.in_(ids))).mappings()
    }
    for row_id in ids:
        row = rows.get(row_id)
        if row is None:
            raise conflicts.RecordGone(spec.name, row_id)
    row_id = ids[0]
    row = rows[row_id]
    if version is not None and "version" in row and row["version"] != version:
        theirs = _record(conn, spec, row)
        raise conflicts.EditConflict(
            spec.name, row_id, theirs, conflicts.changed_fields(theirs, started_from)
        )
    # visible but not written: the team database's policies hide it from this user's writes
    raise _not_allowed(conn, spec, row)


def _not_allowed(conn: Any, spec: Kind, row: RowMapping) -> conflicts.NotAllowed:
    if spec.name in _OWNED:
        return conflicts.NotAllowed.not_yours(spec.name, _owner_name(conn, row))
    return conflicts.NotAllowed.manager_only(spec.name)


def _references(conn: Any, kind_name: str, ids: list[int]) -> int:
    if kind_name != "accounts":
        return 0
    n = 0
    for decl in declared.KINDS.values():
        if "account" in decl.lookups:
            tbl = m.Base.metadata.tables[decl.table]
            n += conn.execute(
                select(func.count()).select_from(tbl).where(tbl.c.account_id.in_(ids))
            ).scalar()
    return int(n)


def delete_records(engine: Engine, kind_name: str, ids: Iterable[int]) -> Changes:
    """Delete rows (a deal's stage history goes with it)."""
    spec = kind(kind_name)
    ids = list(ids)
    with _refusals(kind_name), engine.begin() as conn:
        used = _references(conn, kind_name, ids)
        if used:
            raise UserError(
                f"These accounts are used by {used} deals, leads, NPS answers or activities; "
                "change or delete those first."
            )
        if kind_name == "deals":
            sh = m.StageHistory.__table__
            conn.execute(delete(sh).where(sh.c.deal_id.in_(ids)))
        present = [
            int(i)
            for i in conn.execute(select(spec.table.c.id).where(spec.table.c.id.in_(ids))).scalars()
        ]
        n = conn.execute(delete(spec.table).where(spec.table.c.id.in_(ids))).rowcount
        if n < len(present):  # visible, not deleted: the team database refused it
            left = conn.execute(select(spec.table).where(spec.table.c.id.in_(present)))
            row = left.mappings().first()
            if row is not None:
                raise _not_allowed(conn, spec, row)
    return Changes.of_kind(kind_name, deleted=int(n), ids=ids)


# --- snapshots for undo ----------------------------------------------------------------


def snapshot(engine: Engine, kind_name: str, ids: Iterable[int]) -> Snapshot:
    """The raw rows (and a deal's stage history) of ``ids``; absent ids map to None."""
    spec = kind(kind_name)
    ids = list(ids)
    out: Snapshot = dict.fromkeys(ids)
    with _refusals(kind_name), engine.connect() as conn:
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            rows = conn.execute(select(spec.table).where(spec.table.c.id.in_(part))).mappings()
            for row in rows:
                out[row["id"]] = dict(row)
            if kind_name == "deals":
                sh = m.StageHistory.__table__
                hist = conn.execute(
                    select(sh).where(sh.c.deal_id.in_(part)).order_by(sh.c.id)
                ).mappings()
                for h in hist:
                    entry = out.get(h["deal_id"])
                    if entry is not None:
                        entry.setdefault("_history", []).append(dict(h))
    return out


def restore(engine: Engine, kind_name: str, snap: Snapshot) -> Changes:
    """Put rows back exactly as in ``snap``: present rows replaced, None rows deleted."""
    spec = kind(kind_name)
    ids = list(snap)
    if not ids:
        return Changes()
    sh = m.StageHistory.__table__
    with _refusals(kind_name), engine.begin() as conn:
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            if kind_name == "deals":
                conn.execute(delete(sh).where(sh.c.deal_id.in_(part)))
            conn.execute(delete(spec.table).where(spec.table.c.id.in_(part)))
        rows = [{k: v for k, v in r.items() if k != "_history"} for r in snap.values() if r]
        if rows:
            conn.execute(insert(spec.table), rows)
        history = [h for r in snap.values() if r for h in r.get("_history", [])]
        if history:
            conn.execute(insert(sh), history)
    present = sum(1 for r in snap.values() if r)
    return Changes.of_kind(kind_name, updated=present, deleted=len(ids) - present, ids=ids)


def rep_summary(engine: Engine) -> list[dict[str, Any]]:
    """Every rep with their deal counts by status and their number of quota rows."""
    reps, deals, quotas = m.Rep.__table__, m.Deal.__table__, m.Quota.__table__
    out: dict[int, dict[str, Any]] = {}
    with engine.connect() as conn:
        for row in conn.execute(
            select(reps.c.id, reps.c.name, reps.c.active).order_by(reps.c.name)
        ):
            out[row.id] = {"name": row.name, "active": bool(row.active), "open": 0, "won": 0}
            out[row.id].update({"lost": 0, "quotas": 0})
        counted = conn.execute(
            select(deals.c.owner_id, deals.c.status, func.count())
            .where(deals.c.owner_id.is_not(None))
            .group_by(deals.c.owner_id, deals.c.status)
        )
        for owner, status, n in counted:
            if owner in out and status in ("open", "won", "lost"):
                out[owner][status] = int(n)
        for owner, n in conn.execute(
            select(quotas.c.owner_id, func.count()).group_by(quotas.c.owner_id)
        ):
            if owner in out:
                out[owner]["quotas"] = int(n)
    return list(out.values())


def deal_choices(engine: Engine) -> list[tuple[str, str]]:
    """(CRM id, "title (CRM id)") of every deal that has a CRM id, by title: the deals a
    lead can name as the deal it became."""
    deals = m.Deal.__table__
    with engine.connect() as conn:
        rows = conn.execute(
            select(deals.c.external_id, deals.c.title)
            .where(deals.c.external_id.is_not(None), deals.c.external_id != "")
            .order_by(deals.c.title, deals.c.external_id)
        )
        return [(str(e), f"{t or e} ({e})") for e, t in rows]
