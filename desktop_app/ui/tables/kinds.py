"""Which columns and filters each kind's table shows.

The columns are the kind's declared fields (``desktop_app.store.kinds``) after the row id,
with the declared labels (translated in the ``"fields"`` context), shown or hidden as
declared; a table adds only how it searches, filters and sorts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop_app.store.kinds import Field
from desktop_app.store.kinds import kind as declared
from desktop_app.ui.tables.model import DATE, INT, MONEY, NUMBER, PERCENT, TEXT, Column


def _t(text: str) -> str:
    return QCoreApplication.translate("tables", text)


def _label(text: str) -> str:
    return QCoreApplication.translate("fields", text)


@dataclass(frozen=True)
class TableSpec:
    """A kind's table: columns, searchable columns, filter combos, the period's date."""

    kind: str
    columns: list[Column]
    search: tuple[str, ...]
    #: column -> filter combo title
    combos: dict[str, str]
    date_column: str | tuple[str, ...] | None
    #: the database tables a change to which makes this table reload
    tables: frozenset[str]
    #: the column shown sorted at first (newest first for dates)
    default_sort: str | None = None


_COLUMN_KIND = {"money": MONEY, "number": NUMBER, "percent": PERCENT, "int": INT, "date": DATE}

#: kind -> (searched columns, filter combos, date column(s) of the period, first sort)
_LAYOUT: dict[str, tuple[tuple[str, ...], tuple[str, ...], str | tuple[str, ...] | None, str]] = {
    "deals": (
        ("title", "account", "owner", "source", "product", "stage", "external_id"),
        ("status", "owner", "source"),
        ("created_on", "closed_on"),
        "created_on",
    ),
    "leads": (
        ("name", "account", "source", "owner", "external_id"),
        ("owner", "source"),
        "created_on",
        "created_on",
    ),
    "spend": (("source", "category", "note"), ("source", "category"), "spent_on", "spent_on"),
    "nps": (("account", "comment"), ("account",), "responded_on", "responded_on"),
    "quotas": (("owner",), ("owner",), "period_start", "period_start"),
    "forecasts": (("owner",), ("owner",), "period_start", "period_start"),
    "accounts": (("name",), (), "created_on", "name"),
    "rates": (("currency",), (), None, "valid_from"),
    "activities": (
        ("owner", "type", "account", "deal_external_id", "note"),
        ("owner", "type"),
        "done_on",
        "done_on",
    ),
}


def _column(f: Field) -> Column:
    labels = tuple((value, _label(text)) for value, text in f.choices)
    return Column(f.name, _label(f.label), _COLUMN_KIND.get(f.type, TEXT), f.shown, labels)


def table_spec(kind: str) -> TableSpec:
    """The table of ``kind`` (titles translated now)."""
    decl = declared(kind)
    if not decl.editable or kind not in _LAYOUT:
        raise ValueError(f"unknown kind {kind!r}")
    search, combos, date_column, first = _LAYOUT[kind]
    columns = [Column("id", _t("ID"), INT, False), *(_column(f) for f in decl.fields)]
    titles = {c.key: c.title for c in columns}
    return TableSpec(
        kind,
        columns,
        search,
        {key: titles[key] for key in combos},
        date_column,
        decl.tables,
        first,
    )
