"""What a write changed: every write of the store returns one :class:`Changes`.

The window's one change signal carries it, so no caller lists tables by hand: a page asks
``changes.touches("deals")`` (a kind or a table name) and reloads when it says yes.
Changes add up with ``|`` (an undo step that restores rows of several writes, say).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.store.kinds import KINDS, kinds_of_tables, tables_of


@dataclass(frozen=True)
class Changes:
    """The tables a write changed and how many rows it created, updated and deleted.

    ``ids`` are the row ids of the kind the write was about (the new id of a created
    record is ``ids[0]``). Counts cover that kind's own rows, not lookups created on the
    way.
    """

    tables: frozenset[str] = frozenset()
    created: int = 0
    updated: int = 0
    deleted: int = 0
    ids: tuple[int, ...] = ()

    @classmethod
    def of_kind(
        cls,
        kind: str,
        *,
        created: int = 0,
        updated: int = 0,
        deleted: int = 0,
        ids: Iterable[int] = (),
    ) -> Changes:
        """A write of one kind: its table, its lookups and what else it writes."""
        return cls(tables_of(kind), created, updated, deleted, tuple(int(i) for i in ids))

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        """A change to named tables (settings, pipeline_stages, ...), no row counts."""
        return cls(frozenset(tables))

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds of record whose table changed."""
        return kinds_of_tables(self.tables)

    @property
    def id(self) -> int:
        """The id of the one record this write created or changed."""
        if len(self.ids) != 1:
            raise ValueError(f"the write touched {len(self.ids)} records, not one")
        return self.ids[0]

    @property
    def empty(self) -> bool:
        return not self.tables

    def touches(self, *names: str) -> bool:
        """Whether the write changed any of ``names`` (kinds or table names)."""
        wanted: set[str] = set()
        for name in names:
            wanted |= {KINDS[name].table} if name in KINDS else {name}
        return bool(self.tables & wanted)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.tables | other.tables,
            self.created + other.created,
            self.updated + other.updated,
            self.deleted + other.deleted,
            tuple(dict.fromkeys((*self.ids, *other.ids))),
        )


#: the tables whose change alters how KPIs are computed
SETTINGS_TABLES = frozenset({"settings", "pipeline_stages", "rates"})
