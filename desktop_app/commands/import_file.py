"""``dealbook import FILE``: bring a CRM export or a native file into the workspace.

``--map FIELD=COLUMN`` (repeatable) says which column holds a field; ``--mapping FILE.json``
reads the object the import wizard saves (``{"preset": ..., "columns": {column: field},
"stages": {crm stage: {"status": ..., "stage": ...}}}``). ``--dry-run --json`` prints the
mapping it would use (``mapping``: field -> column and reason). A database that does not
exist yet is created only when the file has rows to write.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.commands import _common
from desktop_app.errors import UserError
from desktop_app.importing.fields import KINDS
from desktop_app.importing.presets import PRESET_NAMES
from desktop_app.translation import QT_TRANSLATE_NOOP, translate


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help=translate(
            "cli", "import a CSV/XLSX/XLS/ODS export of your CRM or a native Dealbook file"
        ),
        description=translate(
            "cli",
            "Import a CSV, TSV, XLSX, XLS or ODS file. Rows that break the rules are "
            "listed, the rest imports; importing the same file again adds nothing.",
        ),
    )
    p.add_argument("file", metavar="FILE", help=translate("cli", "the file to import"))
    _common.add_db_option(p)
    p.add_argument(
        "--kind", choices=list(KINDS), default="deals", help=translate("cli", "what the file holds")
    )
    p.add_argument(
        "--preset",
        choices=list(PRESET_NAMES),
        default="auto",
        help=translate("cli", "the CRM that wrote the file (default: detect it)"),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "check and count, write nothing")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print the report as JSON"))
    p.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        default=None,
        help=translate("cli", "day/month order for date columns that cannot tell"),
    )
    p.add_argument(
        "--sheet",
        default=None,
        help=translate("cli", "the workbook sheet to read (default: the first)"),
    )
    p.add_argument(
        "--encoding",
        default=None,
        metavar="NAME",
        help=translate(
            "cli",
            "the text encoding of a CSV file (e.g. utf-8, cp1252, gb18030, shift_jis); "
            "default: detect it from the whole file",
        ),
    )
    p.add_argument(
        "--adopt-stages",
        action="store_true",
        help=translate("cli", "first import into an empty workspace: use the CRM's open stages"),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=translate("cli", "use COLUMN for FIELD (repeatable), e.g. --map title=opportunity_id"),
    )
    p.add_argument(
        "--mapping",
        metavar="FILE.json",
        default=None,
        help=translate(
            "cli", "a saved mapping: {'preset', 'columns': {column: field}, 'stages': {...}}"
        ),
    )
    p.set_defaults(func=run)


def parse_maps(items: list[str], kind: str) -> dict[str, str]:
    """``{column: field}`` from ``FIELD=COLUMN`` items; a plain sentence when one is wrong."""
    names = [f.name for f in KINDS[kind]]
    out: dict[str, str] = {}
    for item in items:
        field, sep, column = item.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not field or not column:
            raise UserError(
                translate(
                    "cli", "--map '{0}' is not FIELD=COLUMN; write e.g. --map title=Name."
                ).format(item)
            )
        if field not in names:
            raise UserError(
                translate("cli", "--map: '{0}' is not a field of {1}; use one of: {2}.").format(
                    field, kind, ", ".join(names)
                )
            )
        out = {c: f for c, f in out.items() if f != field}
        out[column] = field
    return out


def read_mapping(path: str, kind: str) -> dict[str, Any]:
    """The mapping object of ``--mapping FILE.json``, checked."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise UserError(
            translate("cli", "The mapping file {0} does not exist; check its name.").format(path)
        ) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(
            translate(
                "cli",
                "The mapping file {0} is not a JSON object of columns and stages; "
                "save the mapping again from the import wizard.",
            ).format(path)
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
        raise UserError(
            translate(
                "cli", "The mapping file {0} has no 'columns' object; it should look like {1}."
            ).format(path, '{"columns": {"Column in the file": "field"}}')
        )
    names = {f.name for f in KINDS[kind]}
    for column, field in (data.get("columns") or {}).items():
        if field and field not in names:
            raise UserError(
                translate(
                    "cli", "The mapping file maps '{0}' to '{1}', which is not a field of {2}."
                ).format(column, field, kind)
            )
    stages = data.get("stages") or {}
    if not isinstance(stages, dict) or not all(isinstance(v, dict) for v in stages.values()):
        raise UserError(
            translate(
                "cli", "The mapping file {0} has a 'stages' entry that is not an object."
            ).format(path)
        )
    preset = data.get("preset")
    if preset is not None and preset not in PRESET_NAMES:
        raise UserError(
            translate("cli", "The mapping file names the unknown preset '{0}'.").format(preset)
        )
    return data


def _summary(d: dict) -> str:
    rows_read = int(d["rows_read"])
    counts = translate(
        "cli", "Imported {0}, updated {1}, already there {2}, duplicates {3}, rejected {4}."
    ).format(d["imported"], d["updated"], d.get("already_there", 0), d["duplicates"], d["rejected"])
    if d.get("dry_run"):
        counts += "  " + translate("cli", "(dry run: nothing written)")
    lines = [
        translate("cli", "{0}: {1} ({2}), %Ln row(s) read.", None, rows_read).format(
            d["file"], d["kind"], d["preset"]
        ),
        counts,
    ]
    if not d.get("dry_run") and d.get("nothing_new"):
        lines.append(
            translate(
                "cli",
                "Nothing new in this file: the database is unchanged and no import is recorded.",
            )
        )
    for m in (d.get("mapping") or {}).values():
        if m.get("column") is None:
            lines.append(translate("cli", "Note: {0}.").format(m["reason"]))
    for r in d["rejects"][:20]:
        why = str(r["reason"])  # an English key of the JSON report, worded in ui.i18n
        lines.append(
            "  "
            + translate("cli", "row {0} (line {1}): {2} - {3}").format(
                r["row"], r["line"], translate("import", why), r["detail"]
            )
        )
    more = len(d["rejects"]) - 20
    if more > 0:
        lines.append("  " + translate("cli", "... and %Ln more (use --json for all)", None, more))
    for k, v in d["warnings"].items():
        lines.append(translate("cli", "Warning: {0}").format(warning_sentence(k, int(v))))
    for col, o in (d.get("date_order") or {}).items():
        if o["decided_by"] not in ("values", "not needed", "option"):
            lines.append(
                translate(
                    "cli",
                    "Dates in '{0}' could be read either way; read as {1} ({2}). "
                    "Use --date-order to change.",
                ).format(col, _order_words(o["order"]), _decided_words(o["decided_by"]))
            )
    if d["kind"] == "deals":
        sc = d["status_counts"]
        lines.append(
            translate("cli", "Deals: {0} open, {1} won, {2} lost.").format(
                sc["open"], sc["won"], sc["lost"]
            )
        )
    if d.get("batch_id"):
        lines.append(
            translate("cli", "Import {0}; take it back with: dealbook undo-import {0}").format(
                d["batch_id"]
            )
        )
    return "\n".join(lines)


_WARNINGS = {
    "missing_amount": QT_TRANSLATE_NOOP(
        "cli", "{0} deals have no amount; they are imported without one."
    ),
    "formula_like_text": QT_TRANSLATE_NOOP(
        "cli", "{0} rows have text starting with = + - or @; it is kept as plain text."
    ),
    "ambiguous_date_order": QT_TRANSLATE_NOOP(
        "cli", "{0} date columns could be day-first or month-first (see below)."
    ),
    "unmapped_stage": QT_TRANSLATE_NOOP(
        "cli",
        "{0} deals have a stage that matches no pipeline stage; they go to the first stage.",
    ),
    "no_lost_deals": QT_TRANSLATE_NOOP(
        "cli",
        "{0} deals are won and none is lost: if your CRM records lost deals in a "
        "column Dealbook did not use, map it (--map status=COLUMN).",
    ),
    "all_deals_open": QT_TRANSLATE_NOOP(
        "cli",
        "all {0} deals are open: if the file says which are won or lost in a "
        "column Dealbook did not use, map it (--map status=COLUMN).",
    ),
    "close_before_created": QT_TRANSLATE_NOOP(
        "cli", "{0} deals close before they were created; check the date columns."
    ),
    "unused_status_column": QT_TRANSLATE_NOOP(
        "cli",
        "{0} columns look like won/lost statuses but were not used; "
        "map one with --map status=COLUMN.",
    ),
    "unused_amount_column": QT_TRANSLATE_NOOP(
        "cli",
        "{0} columns look like amounts but were not used; map one with --map amount=COLUMN.",
    ),
    "name_from_record_id": QT_TRANSLATE_NOOP(
        "cli", "the file has no name column: {0} deals are named by their record id."
    ),
    "name_from_account_product": QT_TRANSLATE_NOOP(
        "cli",
        "the file has no name column: {0} deals are named by their account and product.",
    ),
    "ambiguous_thousands": QT_TRANSLATE_NOOP(
        "cli",
        "{0} numbers like 1.234 could be thousands or decimals; they are read with their "
        "column's decimal mark: check them.",
    ),
}


_DECIDED = {
    "other column": QT_TRANSLATE_NOOP("cli", "as the file's other date columns"),
    "number format": QT_TRANSLATE_NOOP("cli", "from the file's number format"),
    "default": QT_TRANSLATE_NOOP("cli", "the default"),
}


def _order_words(order: str) -> str:
    """``dmy`` / ``mdy`` in words."""
    if order == "dmy":
        return translate("cli", "day first (DMY)")
    return translate("cli", "month first (MDY)")


def _decided_words(decided_by: str) -> str:
    """How a date column's day/month order was decided, in words."""
    return translate("cli", _DECIDED[decided_by]) if decided_by in _DECIDED else decided_by


def warning_sentence(key: str, count: int) -> str:
    """One sentence for a report warning."""
    if key in _WARNINGS:
        return translate("cli", _WARNINGS[key]).format(count)
    return f"{key.replace('_', ' ')}: {count}"


def run(args: argparse.Namespace) -> int:
    from desktop_app.importing.api import ImportOptions, run_import_at

    columns: dict[str, str] = {}
    stages: dict[str, dict] | None = None
    preset = args.preset
    if args.mapping:
        saved = read_mapping(args.mapping, args.kind)
        columns.update({c: f or "" for c, f in (saved.get("columns") or {}).items()})
        stages = saved.get("stages") or None
        if preset == "auto" and saved.get("preset"):
            preset = saved["preset"]
    for column, field in parse_maps(args.map, args.kind).items():
        columns = {c: f for c, f in columns.items() if f != field}
        columns[column] = field
    opts = ImportOptions(
        date_order=args.date_order,
        sheet=args.sheet,
        encoding=args.encoding,
        adopt_stages=args.adopt_stages,
        columns=columns or None,
        stages=stages,
    )
    db = _common.workspace_target(_common.db_arg(args))
    if isinstance(db, Path) and db.is_dir():
        raise UserError(
            translate("cli", "{0} is a folder, not a database file. Choose a .sqlite file.").format(
                db
            )
        )
    report = run_import_at(db, args.file, args.kind, preset, args.dry_run, opts)
    d = report.to_dict()
    if args.json:
        _common.print_json(d)
    else:
        print(_summary(d))
    return 0
