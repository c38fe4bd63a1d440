"""Name -> id lookups for accounts, reps, sources and products, created on first use."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table, insert, select

from desktop_app.store.models import Account, Product, Rep, Source

LOOKUP_TABLES: dict[str, Table] = {
    "accounts": Account.__table__,
    "reps": Rep.__table__,
    "sources": Source.__table__,
    "products": Product.__table__,
}


def clean_name(value: object) -> str | None:
    """Trimmed text, or None for empty / missing values."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    text = str(value).strip()
    return text or None


def ensure_ids(conn: Connection, table: str, names: Iterable[object]) -> dict[str, int]:
    """Map every non-empty name to its row id in ``table``, inserting the new ones.

    Runs inside the caller's transaction; names are matched exactly after trimming.
    """
    wanted = {n for n in (clean_name(v) for v in names) if n is not None}
    if not wanted:
        return {}
    tbl = LOOKUP_TABLES[table]
    found: dict[str, int] = {}
    chunk = sorted(wanted)
    for i in range(0, len(chunk), 500):
        part = chunk[i : i + 500]
        for row in conn.execute(select(tbl.c.name, tbl.c.id).where(tbl.c.name.in_(part))):
            found[row.name] = row.id
    missing = [n for n in chunk if n not in found]
    if missing:
        conn.execute(insert(tbl), [{"name": n} for n in missing])
        for i in range(0, len(missing), 500):
            part = missing[i : i + 500]
            for row in conn.execute(select(tbl.c.name, tbl.c.id).where(tbl.c.name.in_(part))):
                found[row.name] = row.id
    return found
