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
from typing import Any

from desktop_app import formatting as fmt
from desktop_app.commands._common import add_db_option, db_arg, print_json
from desktop_app.errors import UserError

NULL = "—"

#: breakdown -> field -> unit (fields not listed are shown as plain numbers)
BREAKDOWN_UNITS: dict[str, dict[str, str]] = {
    **{
        f"revenue_by_{k}": {"value": "money", "share": "rate"}
        for k in ("source", "owner", "product", "product_type", "month")
    },
    "win_rate_by_source": {"value": "rate"},
    "win_rate_by_owner": {"value": "rate"},
    "attainment_by_rep": {"value": "rate"},
    "quota_consistency": {"value": "months"},
    "nps_by_month": {"value": "score"},
    "monthly_sales_growth": {"value": "rate"},
    "time_in_stage_days": {"value": "days"},
    "funnel": {"count": "count", "conversion": "rate"},
    "roi_by_source": {
        "value": "rate",
        "spend": "money",
        "revenue": "money",
        "return_on_spend": "rate",
    },
    "cac_by_source": {"value": "money", "spend": "money", "new_customers": "count"},
    "rep_table": {
        "deals_won": "count",
        "revenue": "money",
        "win_rate": "rate",
        "sales_cycle_days": "days",
        "quota": "money",
        "attainment": "rate",
    },
}


def register(subparsers: Any) -> None:
    """Add the ``kpi`` subcommand."""
    parser = subparsers.add_parser(
        "kpi",
        help="compute every KPI of a period",
        description=(
            "Compute every KPI of a period (default: the last full calendar month) and print "
            "them as a table, or as JSON with --json."
        ),
    )
    add_db_option(parser)
    parser.add_argument("--period", help="a year (2025), quarter (2025-Q1) or month (2025-03)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day (default: today)")
    parser.add_argument("--owner", metavar="NAME", help="only this rep")
    parser.add_argument("--source", metavar="NAME", help="only this lead source")
    parser.add_argument("--product", metavar="NAME", help="only this product")
    parser.add_argument("--json", action="store_true", help="print the KPI object as JSON")
    parser.set_defaults(func=run)


def last_full_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the calendar month before ``today``'s."""
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def _date(value: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(f"{flag} {value!r} is not a date. Write it as YYYY-MM-DD.") from None


def period_of(args: argparse.Namespace, today: dt.date | None = None) -> Any:
    """The ``kpi_core`` period asked for (see the module docstring for the default)."""
    from kpi_core.periods import custom_period, parse_period

    today = today or dt.date.today()
    if args.period and (args.date_from or args.date_to):
        raise UserError("Give either --period or --from/--to, not both.")
    try:
        if args.period:
            return parse_period(args.period)
        if args.date_to and not args.date_from:
            raise UserError("--to needs --from: give the first day of the period too.")
        if args.date_from:
            end = _date(args.date_to, "--to") if args.date_to else today
            return custom_period(_date(args.date_from, "--from"), end)
        start, end = last_full_month(today)
        return custom_period(start, end)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def _check_filter(value: str | None, known: set[str], what: str, flag: str) -> None:
    if value is None or value in known:
        return
    names = sorted(known)
    listed = ", ".join(names[:12]) + (", …" if len(names) > 12 else "")
    hint = f" Known {what}s: {listed}." if names else f" This database has no {what} yet."
    raise UserError(f"There is no {what} named {value!r} ({flag}).{hint}")


def _names(*columns: Any) -> set[str]:
    out: set[str] = set()
    for column in columns:
        out.update(v for v in column.dropna().unique() if isinstance(v, str))
    return out


def run(args: argparse.Namespace) -> int:
    """Load the database, compute the KPIs, print them."""
    from desktop_app.paths import resolve_db
    from desktop_app.store.engine import open_database
    from desktop_app.store.loader import load_dataset, load_kpi_settings
    from kpi_core.engine import compute_kpis
    from kpi_core.filters import Filters

    period = period_of(args)
    path = resolve_db(db_arg(args))
    if not path.exists():
        raise UserError(
            f"No database at {path}. Create one with `dealbook demo --db {path}` or import a file."
        )
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
        print(render_table(result, period))
    return 0


# --- the readable table ------------------------------------------------------------------


def format_value(value: Any, unit: str, currency: str) -> str:
    """One value for people, written exactly as the window and the printed review write it."""
    if isinstance(value, bool) or (value is not None and not isinstance(value, int | float)):
        return str(value)
    kind = {"money_per_30_days": fmt.MONEY}.get(unit, unit)
    if kind not in _KINDS:
        kind = fmt.NUMBER
    return fmt.format_value(value, kind, currency)


_KINDS = {
    fmt.MONEY,
    fmt.MONEY_PER_DAY,
    fmt.RATE,
    fmt.DAYS,
    fmt.SCORE,
    fmt.COUNT,
    fmt.RATIO,
    fmt.MONTHS,
}


def _labels() -> tuple[dict[str, str], dict[str, str]]:
    try:
        from kpi_core.explain import LABELS, UNITS
    except ImportError:  # pragma: no cover - older kpi_core
        return {}, {}
    return dict(LABELS), dict(UNITS)


def _title(kpi_id: str, labels: dict[str, str]) -> str:
    return labels.get(kpi_id) or kpi_id.replace("_", " ").capitalize()


def render_table(result: dict, period: Any) -> str:
    """The KPI object as aligned text: scalars first, then each breakdown compactly."""
    labels, units = _labels()
    cur = result.get("currency") or ""
    p = result["period"]
    f = {k: v for k, v in (result.get("filters") or {}).items() if v}
    lines = [
        f"KPIs for {getattr(period, 'human_label', period)} ({p['start']} to {p['end']}), "
        f"compared with {p['previous_start']} to {p['previous_end']}",
        f"Currency {cur}" + (f"; only {', '.join(f'{k} {v}' for k, v in f.items())}" if f else ""),
        "",
    ]
    rows = [
        (_title(k, labels), format_value(v, units.get(k, ""), cur))
        for k, v in result["kpis"].items()
    ]
    width = max((len(label) for label, _ in rows), default=10)
    vwidth = max((len(value) for _, value in rows), default=10)
    lines += [f"  {label:<{width}}  {value:>{vwidth}}" for label, value in rows]
    excluded = result.get("excluded_missing_rate") or 0
    if excluded:
        lines += [
            "",
            f"  {excluded:,} deals left out of money KPIs: no exchange rate for their currency.",
        ]
    for bid, items in result.get("breakdowns", {}).items():
        lines += ["", f"{_title(bid, labels)}:"]
        if not items:
            lines.append(f"  {NULL}")
            continue
        fields = BREAKDOWN_UNITS.get(bid, {})
        table = [
            [str(row.get("key") if row.get("key") is not None else NULL)]
            + [format_value(row.get(name), unit, cur) for name, unit in fields.items()]
            for row in items
        ]
        header = ["", *fields]
        widths = [max(len(r[i]) for r in [header, *table]) for i in range(len(header))]
        if len(fields) > 1:
            lines.append(
                "  "
                + "  ".join(
                    h.rjust(w) if i else h.ljust(w)
                    for i, (h, w) in enumerate(zip(header, widths, strict=True))
                ).rstrip()
            )
        for r in table:
            lines.append(
                "  "
                + "  ".join(
                    c.rjust(w) if i else c.ljust(w)
                    for i, (c, w) in enumerate(zip(r, widths, strict=True))
                )
            )
    return "\n".join(lines)
