"""The importing API used by the command line and the import wizard.

``run_import`` reads, maps, validates and writes one file in one transaction and returns an
``ImportReport`` whose ``to_dict()`` is design.md's JSON object (plus a few extra keys) and
whose ``changes`` is the store's ``Changes``. ``analyse`` gives the wizard its live preview
without writing anything. Every read and write of the database goes through
``desktop_app.store.import_batches`` (the bulk writer lives in the store).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pandas as pd

from desktop_app.errors import UserError
from desktop_app.importing import batches, fit
from desktop_app.importing.fields import KINDS
from desktop_app.importing.mapping import (
    DEFAULT_PIPELINE,
    ColumnMapping,
    StageRule,
    adoptable_stages,
    map_columns,
    map_stages,
    map_table,
)
from desktop_app.importing.presets import PRESET_NAMES, detect_preset
from desktop_app.importing.reader import RawTable, read_table
from desktop_app.importing.report import ImportReport
from desktop_app.importing.validate import Prepared, prepare
from desktop_app.importing.values import map_unique
from desktop_app.store import import_batches as store_imports
from desktop_app.store.bulk_write import Plan
from desktop_app.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desktop_app.store.engine import Engine

#: every import, newest first (``desktop_app.store.import_batches.list_imports``)
list_imports = store_imports.list_imports
#: take one import back; returns the store's ``Changes`` (``deleted`` rows removed,
#: ``updated`` rows restored)
undo_import = store_imports.undo_import


class ImportCancelled(UserError):
    """The user cancelled the import; nothing was written."""


class State(Protocol):
    """What a caller may pass to follow and cancel an import."""

    def progress(self, fraction: float, text: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


@dataclass
class ImportOptions:
    """Choices that override what Dealbook detects."""

    date_order: str | None = None  # "dmy" | "mdy"
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | None = None  # 1-based physical line / sheet row of the header
    columns: dict[str, str] | None = None  # header -> field ("" ignores the column)
    stages: dict[str, dict] | None = None  # crm stage -> {"status": .., "stage": ..}
    adopt_stages: bool = False
    save_mapping_as: str | None = None
    use_saved_mapping: bool = True
    today: dt.date | None = None


@dataclass
class Analysis:
    """Everything detected about a file, for previews and for the import itself."""

    table: RawTable
    kind: str
    preset: str
    confidence: float
    columns: dict[str, str]
    stage_rules: dict[str, StageRule]
    pipeline: list[tuple[str, float]]
    prepared: Prepared
    saved_mapping: str | None = None
    adopt: list[tuple[str, float]] = field(default_factory=list)
    mapping: ColumnMapping | None = None  # which column became which field, and why

    def preview(self, limit: int = 50) -> list[dict[str, Any]]:
        """The first ``limit`` accepted rows as they will be stored (JSON-ready)."""
        fr = self.prepared.frame.head(limit)
        names = [f.name for f in KINDS[self.kind] if f.stored]
        out = []
        for rec in fr[["row", *names]].to_dict("records"):
            out.append(
                {
                    k: (
                        v.isoformat()
                        if isinstance(v, dt.date)
                        else (None if isinstance(v, float) and v != v else v)
                    )
                    for k, v in rec.items()
                }
            )
        return out

    def examples(self, limit: int = 3) -> dict[str, list[str]]:
        """Up to ``limit`` distinct non-empty raw values per column, from the first rows."""
        out: dict[str, list[str]] = {h: [] for h in self.table.headers}
        for rec in self.table.records[:200]:
            for h, v in zip(self.table.headers, rec, strict=False):
                v = v.strip()
                if v and len(out[h]) < limit and v not in out[h]:
                    out[h].append(v[:60])
        return out

    def to_dict(self) -> dict[str, Any]:
        t = self.table
        return {
            "kind": self.kind,
            "preset": self.preset,
            "preset_confidence": self.confidence,
            "encoding": t.encoding,
            "delimiter": t.delimiter,
            "sheet": t.sheet,
            "sheets": t.sheets,
            "header_row": t.header_line,
            "headers": t.headers,
            "columns": self.columns,
            "ignored_columns": [h for h in t.headers if h not in self.columns],
            "mapping": mapping_report(self),
            "left_out": dict(self.mapping.notes) if self.mapping else {},
            "stages": {k: v.to_dict() for k, v in self.stage_rules.items()},
            "pipeline": [list(p) for p in self.pipeline],
            "date_order": self.prepared.date_order,
            "saved_mapping": self.saved_mapping,
            "preview": self.preview(),
            "examples": self.examples(),
        }


def _check_kind_preset(kind: str, preset: str) -> None:
    if kind not in KINDS:
        raise UserError(
            translate("import", "'{0}' is not a kind Dealbook imports; use one of: {1}.").format(
                kind, ", ".join(KINDS)
            )
        )
    if preset not in PRESET_NAMES:
        raise UserError(
            translate("import", "'{0}' is not a known preset; use one of: {1}.").format(
                preset, ", ".join(PRESET_NAMES)
            )
        )


def _analyse(
    path: Path,
    kind: str,
    preset: str,
    options: ImportOptions,
    engine: Engine | None,
    pipeline: list[tuple[str, float]] | None,
    workspace_empty: bool,
    base_currency: str | None = None,
) -> Analysis:
    _check_kind_preset(kind, preset)

    def score(fields: Any) -> int:
        return len(map_columns([str(f) for f in fields if str(f).strip()], kind, fuzzy=False))

    table = read_table(
        Path(path), options.encoding, options.delimiter, options.sheet, score, options.header_row
    )
    saved = batches.find_mapping(engine, kind, table.headers) if options.use_saved_mapping else None
    if preset == "auto":
        chosen, conf = (
            (saved["preset"], 1.0)
            if saved and saved.get("preset")
            else detect_preset(table.headers, kind)
        )
    else:
        chosen, conf = preset, 1.0
    col_over = dict((saved or {}).get("columns") or {})
    col_over.update(options.columns or {})
    absent = [h for h in (options.columns or {}) if h not in table.headers]
    if absent:
        raise UserError(
            translate("import", "This file has no column '{0}'; its columns are: {1}.").format(
                absent[0], ", ".join(table.headers[:40])
            )
        )
    mapped = map_table(table.headers, table.column, kind, chosen, col_over)
    columns = mapped.columns
    required = [f.name for f in KINDS[kind] if f.required]
    missing = [f for f in required if f not in columns.values()]
    if (
        kind == "deals"
        and missing == ["title"]
        and {"external_id", "account", "product"} & set(columns.values())
    ):
        missing = []  # the name is made from the record id, or account and product
    lifeless = kind == "deals" and fit.not_deals(columns, table.headers)
    if missing or not columns or lifeless:
        other = (
            fit.better_sheet(
                path,
                table.sheets,
                table.sheet,
                kind,
                lambda p, s: read_table(p, options.encoding, None, s, score).headers,
            )
            if options.sheet is None and len(table.sheets) > 1
            else None
        )
        if other is not None:  # the first sheet is not the records: read the one that is
            again = replace(options, sheet=other)
            return _analyse(
                path, kind, preset, again, engine, pipeline, workspace_empty, base_currency
            )
        if not (missing or not columns):
            raise UserError(fit.no_deal_life_sentence(table.headers, kind))
        raise UserError(fit.no_column_sentence(missing, table.headers, kind))
    pipe = list(pipeline or DEFAULT_PIPELINE)
    rules: dict[str, StageRule] = {}
    adopt: list[tuple[str, float]] = []
    if kind == "deals" and "stage" in columns.values():
        h_stage = next(h for h, f in columns.items() if f == "stage")
        pos = table.headers.index(h_stage)
        good = table.field_counts() == len(table.headers)
        stages = pd.Series(table.column(pos), dtype=object).where(good, None)
        stages = map_unique(stages, lambda x: x.strip() or None)
        probs = None
        if "probability" in columns.values():
            h_p = next(h for h, f in columns.items() if f == "probability")
            pp = table.headers.index(h_p)
            probs = pd.to_numeric(
                pd.Series(table.column(pp), dtype=object)
                .where(good, None)
                .astype("string")
                .str.replace("%", "")
                .str.strip(),
                errors="coerce",
            )
        st_over = dict((saved or {}).get("stages") or {})
        st_over.update(options.stages or {})
        if options.adopt_stages and workspace_empty:
            first = map_stages(stages, probs, chosen, pipe, st_over)
            adopt = adoptable_stages(first, chosen)
            if adopt:
                pipe = adopt
        rules = map_stages(stages, probs, chosen, pipe, st_over)
    prepared = prepare(
        table, kind, columns, rules, pipe, options.date_order, options.today, release=True
    )
    fr = prepared.frame
    if "currency" in fr and kind in ("deals", "spend") and len(fr):
        first = fr["currency"].dropna()
        base = base_currency or (str(first.iat[0]) if len(first) else "USD")
        fr["currency"] = fr["currency"].where(fr["currency"].notna(), base)
    return Analysis(
        table,
        kind,
        chosen,
        conf,
        columns,
        rules,
        pipe,
        prepared,
        (saved or {}).get("name"),
        adopt,
        mapped,
    )


def _workspace(engine: Engine) -> tuple[list[tuple[str, float]], bool, str | None]:
    """(pipeline in percent, has no deals, stored base currency) of the workspace."""
    ws = store_imports.workspace(engine)
    return list(ws.pipeline), ws.empty, ws.base_currency


def analyse(
    path: str | Path,
    kind: str = "deals",
    preset: str = "auto",
    options: ImportOptions | None = None,
    engine: Engine | None = None,
) -> dict[str, Any]:
    """Detected settings, mapping, stage mapping, a 50-row preview and dry-run counts."""
    options = options or ImportOptions()
    pipeline, empty, base = None, True, None
    if engine is not None:
        pipeline, empty, base = _workspace(engine)
    a = _analyse(Path(path), kind, preset, options, engine, pipeline, empty, base)
    out = a.to_dict()
    if engine is not None:
        pl = store_imports.plan_import(engine, kind, a.prepared.frame)
        out["report"] = _report(a, Path(path), pl, None).to_dict()
    else:
        out["report"] = _report(a, Path(path), None, None).to_dict()
    return out


def mapping_report(a: Analysis) -> dict[str, dict[str, Any]]:
    """field -> {"column", "reason"}: which column became which field and why."""
    out = dict(a.mapping.reasons) if a.mapping is not None else {}
    if a.kind == "deals" and "title" not in out:
        by = {f: h for h, f in a.columns.items()}
        if "external_id" in by:
            out["title"] = {
                "column": None,
                "reason": translate(
                    "import", "no name column: the name is the record id ('{0}')"
                ).format(by["external_id"]),
            }
        elif "account" in by or "product" in by:
            if "account" in by and "product" in by:
                made = translate("import", "no name column: made from '{0}' and '{1}'").format(
                    by["account"], by["product"]
                )
            else:
                made = translate("import", "no name column: made from '{0}'").format(
                    by.get("account", by.get("product"))
                )
            out["title"] = {"column": None, "reason": made}
    return out


def outcome_warnings(counts: dict[str, int]) -> dict[str, int]:
    """Closed deals of which none is lost; every deal open (a column may tell otherwise)."""
    out: dict[str, int] = {}
    total = sum(counts.values())
    if counts.get("won", 0) and not counts.get("lost", 0):
        out["no_lost_deals"] = counts["won"]
    if total and counts.get("open", 0) == total:
        out["all_deals_open"] = total
    return out


def _report(a: Analysis, path: Path, pl: Plan | None, batch_id: int | None) -> ImportReport:
    t, p = a.table, a.prepared
    fr = p.frame
    rejects = list(p.rejects)
    accepted = pd.Series(True, index=fr.index)
    if pl is not None and len(fr):
        rep = pl.repeated.to_numpy(dtype=bool)
        for i in rep.nonzero()[0]:
            rejects.append(
                {
                    "row": int(fr["row"].iat[i]),
                    "line": int(fr["line"].iat[i]),
                    "reason": "repeated record id",
                    "detail": translate(
                        "import",
                        "Record id {0} appears again later in the file; the later row is used.",
                    ).format(fr["external_id"].iat[i]),
                }
            )
        if len(pl.unknown_deal):
            for i in pl.unknown_deal.nonzero()[0]:
                rejects.append(
                    {
                        "row": int(fr["row"].iat[i]),
                        "line": int(fr["line"].iat[i]),
                        "reason": "unknown deal",
                        "detail": translate(
                            "import", "No deal has the record id {0}; import the deals first."
                        ).format(fr["deal_external_id"].iat[i]),
                    }
                )
            rep = rep | pl.unknown_deal
        rejects.sort(key=lambda r: r["row"])
        accepted = pd.Series(~rep, index=fr.index)
    r = ImportReport(str(path), a.kind, a.preset, t.encoding, t.delimiter)
    r.rows_read = t.n_records
    r.imported = int(pl.new.sum()) if pl is not None else int(accepted.sum())
    r.updated = int(pl.changed.sum()) if pl is not None else 0
    r.duplicates = p.duplicates
    r.rejected = len(rejects)
    r.rejects = rejects
    r.warnings = dict(p.warnings)
    if a.mapping is not None:
        r.warnings.update(a.mapping.warnings)
    if a.kind == "deals" and len(fr):
        acc = fr[["status", "currency", "amount"]]
        acc = acc if accepted.all() else acc[accepted.to_numpy()]
        counts = acc["status"].value_counts()
        r.status_counts = {s: int(counts.get(s, 0)) for s in ("open", "won", "lost")}
        won = acc[acc["status"] == "won"]
        by = won.assign(c=won["currency"].fillna("")).groupby("c")["amount"].sum(min_count=0)
        r.won_amount_by_currency = {(k or "unknown"): float(v) for k, v in by.items()}
        vals = list(r.won_amount_by_currency.values())
        r.won_amount = None if len(vals) > 1 else float(vals[0]) if vals else 0.0
        r.warnings.update(outcome_warnings(r.status_counts))
    r.extra = {
        "preset_confidence": a.confidence,
        "date_order": p.date_order,
        "decimal_marks": p.decimal_marks,
        "sheet": t.sheet,
        "header_row": t.header_line,
        "footer_lines": t.footer_lines,
        "columns": a.columns,
        "mapping": mapping_report(a),
        "left_out": dict(a.mapping.notes) if a.mapping is not None else {},
        "stages": {k: v.to_dict() for k, v in a.stage_rules.items()},
        "batch_id": batch_id,
        "dry_run": batch_id is None,
        "already_there": int((pl.unchanged & accepted.to_numpy()).sum()) if pl is not None else 0,
        "nothing_new": r.imported == 0 and r.updated == 0,
    }
    if a.adopt:
        r.extra["adopted_stages"] = [list(s) for s in a.adopt]
    return r


def run_import(
    engine: Engine,
    path: str | Path,
    kind: str = "deals",
    preset: str = "auto",
    dry_run: bool = False,
    options: ImportOptions | None = None,
    state: State | None = None,
) -> ImportReport:
    """Import one file in one transaction (or, with ``dry_run``, only count what would be).

    A file that brings nothing new or changed writes nothing and records no import (the
    report's ``nothing_new`` is true and its ``batch_id`` null).
    """
    options = options or ImportOptions()

    def tick(f: float, text: str) -> None:
        if state is not None:
            if state.cancelled:
                raise ImportCancelled(
                    translate("import", "The import was cancelled; nothing was written.")
                )
            state.progress(f, translate("import", text))

    tick(0.0, QT_TRANSLATE_NOOP("import", "Reading the file"))
    pipeline, empty, base = _workspace(engine)
    a = _analyse(Path(path), kind, preset, options, engine, pipeline, empty, base)
    tick(0.3, QT_TRANSLATE_NOOP("import", "Checking rows"))
    return _write(engine, a, Path(path), dry_run, options, empty, tick, state)


def _write(
    engine: Engine,
    a: Analysis,
    path: Path,
    dry_run: bool,
    options: ImportOptions,
    empty: bool,
    tick: Callable[[float, str], None],
    state: State | None = None,
    new_database: bool = False,
) -> ImportReport:
    """Write an analysed file in one transaction; nothing when nothing is new or changed.

    Into empty tables (deals into a workspace without deals, any kind but stage history
    into a database this import creates) every row whose record id does not come again is
    new, so the plan that would say "nothing new" is not worked out before the write."""
    kind = a.kind
    today = options.today or dt.date.today()
    fr = a.prepared.frame
    if dry_run:
        return _report(a, Path(path), store_imports.plan_import(engine, kind, fr), None)
    all_new = (kind == "deals" and empty) or (new_database and kind != "stage_history")
    pl = None if all_new else store_imports.plan_import(engine, kind, fr)
    if not len(fr) or (pl is not None and not (pl.new.any() or pl.changed.any())):
        report = _report(a, Path(path), pl, None)  # nothing to write: no import is recorded
        report.extra.update(dry_run=False, nothing_new=True)
        tick(1.0, QT_TRANSLATE_NOOP("import", "Done"))
        return report
    first = kind == "deals" and empty
    currencies = fr["currency"].dropna() if first else pd.Series(dtype=object)
    tick(0.4, QT_TRANSLATE_NOOP("import", "Writing"))
    report, changes = store_imports.write_import(
        engine,
        kind,
        fr,
        file_name=Path(path).name,
        preset=a.preset,
        today=today,
        describe=lambda pl, batch_id: _report(a, Path(path), pl, batch_id),
        first_import=first,
        first_currency=str(currencies.iat[0]) if len(currencies) else None,
        adopt_stages=a.adopt if first else None,
        progress=lambda f: tick(0.4 + 0.55 * f, QT_TRANSLATE_NOOP("import", "Writing")),
    )
    if state is not None:  # written and committed: too late to cancel
        state.progress(0.99, translate("import", "Saving"))
    report.changes = changes
    if options.save_mapping_as:
        batches.save_mapping(
            engine,
            options.save_mapping_as,
            kind,
            a.table.headers,
            {
                "preset": a.preset,
                "columns": a.columns,
                "stages": {
                    k: {"status": v.status, "stage": v.stage} for k, v in a.stage_rules.items()
                },
            },
        )
    tick(1.0, QT_TRANSLATE_NOOP("import", "Done"))
    return report


def run_import_at(
    db_path: str | Path,
    path: str | Path,
    kind: str = "deals",
    preset: str = "auto",
    dry_run: bool = False,
    options: ImportOptions | None = None,
    state: State | None = None,
) -> ImportReport:
    """``run_import`` into the database file at ``db_path``.

    A database that does not exist yet is created only when the file has rows to write: a
    dry run, a file that cannot be read and a file with no acceptable row leave no file.
    """
    from desktop_app.store.engine import open_database
    from desktop_app.store.location import is_server_url

    options = options or ImportOptions()
    if isinstance(db_path, str) and is_server_url(db_path):  # a team database: it is there
        engine = open_database(db_path, create=False)
        try:
            return run_import(engine, path, kind, preset, dry_run, options, state)
        finally:
            engine.dispose()
    db = Path(db_path).expanduser()
    if db.exists():
        engine = open_database(db, create=False)
        try:
            return run_import(engine, path, kind, preset, dry_run, options, state)
        finally:
            engine.dispose()

    def tick(f: float, text: str) -> None:
        if state is not None:
            if state.cancelled:
                raise ImportCancelled(
                    translate("import", "The import was cancelled; nothing was written.")
                )
            state.progress(f, translate("import", text))

    tick(0.0, QT_TRANSLATE_NOOP("import", "Reading the file"))
    a = _analyse(Path(path), kind, preset, options, None, None, True, None)
    tick(0.3, QT_TRANSLATE_NOOP("import", "Checking rows"))
    if dry_run or not len(a.prepared.frame):
        report = _report(a, Path(path), None, None)
        report.extra.update(dry_run=dry_run, nothing_new=not dry_run)
        return report
    engine = open_database(db, create=True)
    try:
        return _write(engine, a, Path(path), False, options, True, tick, state, new_database=True)
    except BaseException:
        engine.dispose()
        for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            p.unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()


def save_rejected_rows(
    path: str | Path,
    report: dict[str, Any],
    out_path: str | Path,
    options: ImportOptions | None = None,
) -> int:
    """Write an import's rejected rows (original fields plus reason) to a CSV file."""
    options = options or ImportOptions()
    kind = report.get("kind", "deals")

    def score(fields: Any) -> int:
        return len(map_columns([str(f) for f in fields if str(f).strip()], kind, fuzzy=False))

    def reader(p: str) -> RawTable:
        o = replace(options, sheet=options.sheet or report.get("sheet"))
        return read_table(
            Path(p), o.encoding, o.delimiter, o.sheet, score, o.header_row, fast=False
        )

    return batches.save_rejected_rows(str(path), report.get("rejects", []), str(out_path), reader)
