"""``dealbook kpi``: every KPI of a period, as a readable table or as JSON.

    dealbook kpi [--db PATH] [--period 2025|2025-Q1|2025-03 | --from DATE [--to DATE]]
                 [--owner NAME] [--source NAME] [--product NAME] [--json]

Without a period, the last full calendar month (complete figures, compared with the month
before). ``--from`` without ``--to`` runs to today. ``--json`` prints exactly the object of
``kpi_spec.md``. The command never creates a database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata
from typing import Any

from desktop_app.commands._common import (
    add_db_option,
    check_period,
    db_arg,
    existing_db,
    period_refusal,
    print_json,
)
from desktop_app.errors import UserError
from desktop_app.presentation import format as fmt
from desktop_app.presentation import locale
from desktop_app.presentation.breakdown_table import BREAKDOWNS, NO_KEY
from desktop_app.presentation.i18n import tr
from desktop_app.presentation.kpi_table import label
from desktop_app.translation import QT_TRANSLATE_NOOP, translate
from kpi_core.types import KpiResult

NULL = fmt.NULL
#: the filters' names in the heading of the table
_FILTER_WORDS = {
    "owner": QT_TRANSLATE_NOOP("cli", "rep"),
    "source": QT_TRANSLATE_NOOP("cli", "source"),
    "product": QT_TRANSLATE_NOOP("cli", "product"),
}


def register(subparsers: Any) -> None:
    """Add the ``kpi`` subcommand."""
    parser = subparsers.add_parser(
        "kpi",
        help=translate("cli", "compute every KPI of a period"),
        description=(
            translate(
                "cli",
                "Compute every KPI of a period (default: the last full calendar month) and print "
                "them as a table, or as JSON with --json.",
            )
        ),
    )
    add_db_option(parser)
    parser.add_argument(
        "--period", help=translate("cli", "a year (2025), quarter (2025-Q1) or month (2025-03)")
    )
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help=translate("cli", "first day (YYYY-MM-DD)")
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", help=translate("cli", "last day (default: today)")
    )
    parser.add_argument("--owner", metavar="NAME", help=translate("cli", "only this rep"))
    parser.add_argument("--source", metavar="NAME", help=translate("cli", "only this lead source"))
    parser.add_argument("--product", metavar="NAME", help=translate("cli", "only this product"))
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print the KPI object as JSON")
    )
    parser.set_defaults(func=run)


def last_full_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the calendar month before ``today``'s."""
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def _date(value: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(
            translate("cli", "{0} {1} is not a date. Write it as YYYY-MM-DD.").format(
                flag, repr(value)
            )
        ) from None


def period_of(args: argparse.Namespace, today: dt.date | None = None) -> Any:
    """The ``kpi_core`` period asked for (see the module docstring for the default)."""
    from kpi_core.periods import custom_period, parse_period

    today = today or dt.date.today()
    if args.period and (args.date_from or args.date_to):
        raise UserError(translate("cli", "Give either --period or --from/--to, not both."))
    try:
        if args.period:
            return parse_period(args.period)
        if args.date_to and not args.date_from:
            raise UserError(
                translate("cli", "--to needs --from: give the first day of the period too.")
            )
        if args.date_from:
            end = _date(args.date_to, "--to") if args.date_to else today
            return custom_period(_date(args.date_from, "--from"), end)
        start, end = last_full_month(today)
        return custom_period(start, end)
    except ValueError as exc:
        raise period_refusal(exc, args.period) from None


_UNKNOWN = {
    "rep": (
        QT_TRANSLATE_NOOP("cli", "There is no rep named {0} ({1}). Known reps: {2}."),
        QT_TRANSLATE_NOOP("cli", "There is no rep named {0} ({1}). This database has no rep yet."),
    ),
    "source": (
        QT_TRANSLATE_NOOP("cli", "There is no source named {0} ({1}). Known sources: {2}."),
        QT_TRANSLATE_NOOP(
            "cli", "There is no source named {0} ({1}). This database has no source yet."
        ),
    ),
    "product": (
        QT_TRANSLATE_NOOP("cli", "There is no product named {0} ({1}). Known products: {2}."),
        QT_TRANSLATE_NOOP(
            "cli", "There is no product named {0} ({1}). This database has no product yet."
        ),
    ),
}


def _check_filter(value: str | None, known: set[str], what: str, flag: str) -> None:
    if value is None or value in known:
        return
    names = sorted(known)
    listed = ", ".join(names[:12]) + (", …" if len(names) > 12 else "")
    with_names, without = _UNKNOWN[what]
    sentence = translate("cli", with_names if names else without)
    raise UserError(sentence.format(repr(value), flag, listed))


def _names(*columns: Any) -> set[str]:
    out: set[str] = set()
    for column in columns:
        out.update(v for v in column.dropna().unique() if isinstance(v, str))
    return out


def run(args: argparse.Namespace) -> int:
    """Load the database, compute the KPIs, print them."""
    from desktop_app.store.engine import open_database
    from desktop_app.store.loader import load_dataset, load_kpi_settings
    from kpi_core.engine import compute_kpis
    from kpi_core.filters import Filters
    from kpi_core.periods import previous_period

    period = period_of(args)
    check_period(period)  # dates pandas can hold, the comparison period's too
    path = existing_db(db_arg(args))
    engine = open_database(path, create=False)
    try:
        dataset = load_dataset(engine)
        settings = load_kpi_settings(engine)
    finally:
        engine.dispose()
    d = dataset
    _check_filter(
        args.owner, _names(d.deals["owner"], d.quotas["owner"], d.leads["owner"]), "rep", "--owner"
    )
    _check_filter(
        args.source,
        _names(d.deals["source"], d.spend["source"], d.leads["source"]),
        "source",
        "--source",
    )
    _check_filter(args.product, _names(d.deals["product"]), "product", "--product")
    filters = Filters(owner=args.owner, source=args.source, product=args.product)
    result = compute_kpis(dataset, period, filters, settings)
    if args.json:
        print_json(result)
    else:
        previous = compute_kpis(dataset, previous_period(period), filters, settings)
        print(render_table(result, period, previous))
    return 0


# --- the readable table ------------------------------------------------------------------


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * max(0, width - _width(text))
    return space + text if right else text + space


def _columns(rows: list[list[str]], header: list[str]) -> list[str]:
    """Aligned text lines: the first column left-aligned, the others right-aligned."""
    widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        parts = [
            _pad(c, w, right=bool(i)) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return ("  " + "  ".join(parts)).rstrip()

    return [line(header), *(line(r) for r in rows)]


def render_table(result: KpiResult, period: Any, previous: KpiResult | None = None) -> str:
    """The KPI object as aligned text, worded and written as the window and the printed
    review show it: each figure with its previous value and change, then each breakdown."""
    cur = result.get("currency") or ""
    p = result["period"]
    f = {k: v for k, v in (result.get("filters") or {}).items() if v}
    title = translate("cli", "KPIs for {0} ({1} to {2}), compared with {3} to {4}")
    only = ", ".join(
        translate("cli", "{0} {1}").format(translate("cli", _FILTER_WORDS.get(k, k)), v)
        for k, v in f.items()
    )
    lines = [
        title.format(
            locale.period_label(period),
            *(
                # Chinese readers get 2026年3月4日; English keeps ISO days, which scripts read
                locale.date_text(dt.date.fromisoformat(str(day))) if locale.is_chinese() else day
                for day in (p["start"], p["end"], p["previous_start"], p["previous_end"])
            ),
        ),
        (
            translate("cli", "Currency {0}; only {1}").format(cur, only)
            if f
            else translate("cli", "Currency {0}").format(cur)
        ),
        "",
    ]
    before = previous["kpis"] if previous else {}
    rows = [
        [
            label(k),
            fmt.value_text(k, v, cur),
            fmt.value_text(k, before.get(k), cur),
            fmt.change(k, v, before.get(k), cur).text,
        ]
        for k, v in result["kpis"].items()
    ]
    header = [
        translate("cli", "Figure"),
        translate("cli", "This period"),
        translate("cli", "Previous period"),
        translate("cli", "Change"),
    ]
    lines += _columns(rows, header)
    excluded = int(result.get("excluded_missing_rate") or 0)
    if excluded:
        left_out = translate(
            "cli",
            "%Ln deal(s) left out of money KPIs: no exchange rate for their currency.",
            None,
            excluded,
        )
        lines += ["", f"  {left_out}"]
    for bid, items in result.get("breakdowns", {}).items():
        lines += ["", f"{label(bid)}:"]
        if not items:
            lines.append(f"  {NULL}")
            continue
        words = BREAKDOWNS.get(bid)
        if words is None:  # a breakdown the presentation table does not know yet
            names = [n for n in items[0] if n != "key"]
            table = [[str(r.get("key")), *(str(r.get(n)) for n in names)] for r in items]
            lines += _columns(table, ["", *names])
            continue
        table = [
            [str(row.get("key")) if row.get("key") is not None else tr(NO_KEY)]
            + [fmt.format_value(row.get(c.name), c.unit, cur) for c in words.fields]
            for row in items
        ]
        lines += _columns(table, [tr(words.key_label), *(tr(c.label) for c in words.fields)])
    return "\n".join(lines)
