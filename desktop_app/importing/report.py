"""The report of one import: design.md's JSON object plus a few extra keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    file: str
    kind: str
    preset: str
    encoding: str | None
    delimiter: str | None
    rows_read: int = 0
    imported: int = 0
    updated: int = 0
    duplicates: int = 0
    rejected: int = 0
    rejects: list[dict] = field(default_factory=list)
    warnings: dict[str, int] = field(default_factory=dict)
    status_counts: dict[str, int] = field(default_factory=lambda: {"open": 0, "won": 0, "lost": 0})
    won_amount: float | None = 0.0
    won_amount_by_currency: dict[str, float] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    #: what the import wrote (``desktop_app.store.changes.Changes``); None for a dry run
    changes: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """design.md's JSON object, contract keys first, then the extra keys."""
        d = {
            "file": self.file,
            "kind": self.kind,
            "preset": self.preset,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "rows_read": self.rows_read,
            "imported": self.imported,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "rejects": self.rejects,
            "warnings": self.warnings,
            "status_counts": self.status_counts,
            "won_amount": self.won_amount,
            "won_amount_by_currency": self.won_amount_by_currency,
        }
        d.update({k: v for k, v in self.extra.items() if k not in d})
        return d
