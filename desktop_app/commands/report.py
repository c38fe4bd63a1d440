"""``dealbook report``: write the sales review of a period as PDF, HTML or XLSX.

    dealbook report [--db PATH] (--period 2025|2025-Q1|2025-03 | --from DATE --to DATE)
                    [--owner NAME] [--source NAME] [--product NAME] [--paper a4|letter]
                    --out FILE.pdf|.html|.xlsx

Prints the path written and its page count (PDF) or sheet count (XLSX).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
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
from desktop_app.translation import translate


def register(subparsers: Any) -> None:
    """Add the ``report`` subcommand."""
    parser = subparsers.add_parser(
        "report",
        help=translate("cli", "write the sales review of a period as PDF, HTML or XLSX"),
        description=translate("cli", "Write the sales review of a period as PDF, HTML or XLSX."),
    )
    add_db_option(parser)
    parser.add_argument(
        "--period", help=translate("cli", "a year (2025), quarter (2025-Q1) or month (2025-03)")
    )
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help=translate("cli", "first day (YYYY-MM-DD)")
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", help=translate("cli", "last day (YYYY-MM-DD)")
    )
    parser.add_argument("--owner", help=translate("cli", "only this rep"))
    parser.add_argument("--source", help=translate("cli", "only this lead source"))
    parser.add_argument("--product", help=translate("cli", "only this product"))
    parser.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=translate("cli", "paper size of a PDF (default: the one usual where you are)"),
    )
    parser.add_argument(
        "--out", required=True, metavar="FILE", help=translate("cli", "FILE.pdf, .html or .xlsx")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print the result as JSON")
    )
    parser.set_defaults(func=run)


def _date(text: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            translate("cli", "{0} {1} is not a date: write it as YYYY-MM-DD.").format(
                flag, repr(text)
            )
        ) from None


def period_from_args(args: argparse.Namespace) -> Any:
    """The ``kpi_core`` period of ``--period`` or ``--from``/``--to``."""
    from kpi_core.periods import custom_period, parse_period

    if args.period and (args.date_from or args.date_to):
        raise UserError(translate("cli", "Give either --period or --from and --to, not both."))
    if args.period:
        try:
            return parse_period(args.period)
        except ValueError as exc:
            raise period_refusal(exc, args.period) from None
    if args.date_from and args.date_to:
        try:
            return custom_period(_date(args.date_from, "--from"), _date(args.date_to, "--to"))
        except ValueError as exc:
            raise period_refusal(exc) from None
    raise UserError(
        translate("cli", "Say which period to report: --period 2025-Q1, or --from DATE --to DATE.")
    )


def ensure_gui_application() -> Any:
    """A QApplication for painting and the charts' views (offscreen without a display)."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["dealbook"])
        from desktop_app.ui.i18n import install

        install()  # the review's words in the user's language
    return app


def run(args: argparse.Namespace) -> int:
    """Build the review and write it; prints the output path and page count."""
    from desktop_app.reports.output import check_output_path, review_from_engine, write_document
    from desktop_app.store.engine import open_database
    from kpi_core.filters import Filters

    kind = check_output_path(args.out)
    period = period_from_args(args)
    check_period(period)
    db_path = existing_db(db_arg(args))
    if kind in ("PDF", "HTML"):
        ensure_gui_application()
    if kind == "PDF":
        from desktop_app.reports.fonts import missing_notice

        notice = missing_notice()  # Chinese without a Chinese font: say so, once
        if notice:
            print(notice, file=sys.stderr)
    started = time.perf_counter()
    engine = open_database(db_path, create=False)
    try:
        filters = Filters(owner=args.owner, source=args.source, product=args.product)
        doc = review_from_engine(engine, period, filters)
        written = write_document(doc, args.out, args.paper)
    finally:
        engine.dispose()
    seconds = time.perf_counter() - started
    if args.json:
        print_json(
            {
                "out": str(written.path),
                "format": written.format,
                "pages": written.pages,
                "sheets": written.sheets,
                "seconds": round(seconds, 2),
            }
        )
    elif written.pages is not None:
        count = written.pages
        pages = translate("cli", "%Ln page(s)", None, count)
        print(f"{written.path} ({pages})")
    elif written.sheets is not None:
        count = written.sheets
        sheets = translate("cli", "%Ln sheet(s)", None, count)
        print(f"{written.path} ({sheets})")
    else:
        print(str(written.path))
    return 0
