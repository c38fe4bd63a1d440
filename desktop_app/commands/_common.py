"""Helpers shared by the subcommands: the --db/--json options, JSON printing, safe outputs.

* :func:`print_json` never prints ``Infinity`` or ``NaN`` (not JSON): a value that is not a
  finite number is written as ``null``, whatever the database holds.
* outputs are written whole or not at all by :func:`desktop_app.output_files.output_file`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from desktop_app.errors import UserError, as_user_error
from desktop_app.finite import finite
from desktop_app.translation import translate


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        dest="sub_db",
        metavar="PATH|URL",
        help=(
            translate(
                "cli",
                "database file or team database URL (postgresql://user@host/db; default: "
                "DEALBOOK_DB, else the workspace the window opened last, else dealbook.sqlite in "
                "your data folder)",
            )
        ),
    )


def db_arg(args: argparse.Namespace) -> str | None:
    """``--db`` given after the subcommand wins over one given before it.

    An empty ``--db ""`` is an error (a script's unset variable), not the default database.
    """
    for name in ("sub_db", "db"):
        value = getattr(args, name, None)
        if value is None:
            continue
        if not str(value).strip():
            raise UserError(
                translate(
                    "cli", "--db is empty: give the path of a database file, or leave --db out."
                )
            )
        return str(value)
    return None


def _server_target(arg: str | None) -> str | None:
    """The team database's URL ``--db`` names (or, without ``--db``, ``DEALBOOK_DB``)."""
    from desktop_app.store.location import is_server_url

    named = arg if arg is not None else os.environ.get("DEALBOOK_DB")
    return named.strip() if named is not None and is_server_url(named) else None


def workspace_target(arg: str | None) -> Path | str:
    """Where ``--db`` (or the default) points: a file path, or a team database's URL
    (``postgresql://user@host/db``, also from ``DEALBOOK_DB``) as given."""
    from desktop_app.paths import resolve_db

    return _server_target(arg) or resolve_db(arg)


def shown(target: Path | str) -> str:
    """``target`` as a person may see it: a team database's URL without its password."""
    from desktop_app.store.location import safe_display

    return safe_display(target)


def existing_db(arg: str | None) -> Path | str:
    """The database path of ``--db`` (or the default); ``UserError`` when there is none.

    A team database's URL is returned as given (opening it says whether it is there).
    Without ``--db``, before any data of one's own, the demo company the window showed
    (:func:`desktop_app.paths.reading_db`), with a note on stderr.
    """
    from desktop_app.paths import reading_db

    server = _server_target(arg)
    if server is not None:
        return server

    path, is_demo = reading_db(arg)
    if is_demo:
        sys.stderr.write(
            translate(
                "cli",
                "No data of your own yet: reading the demo company ({0}). "
                "Import a file or give --db to read another database.",
            ).format(path)
            + "\n"
        )
    try:
        found = path.exists()
    except OSError as exc:
        raise as_user_error(exc, path) or UserError(
            translate("cli", "Dealbook cannot read {0}.").format(path)
        ) from exc
    if not found:
        raise UserError(no_database(path))
    return path


def no_database(path: Any) -> str:
    """The sentence for a database file that does not exist."""
    return translate(
        "cli", "No database at {0}. Create one with `dealbook demo --db {0}` or import a file."
    ).format(path)


def print_json(obj: Any) -> None:
    """``obj`` as indented JSON on stdout; non-finite numbers are written as null."""
    sys.stdout.write(json.dumps(finite(obj), ensure_ascii=False, indent=2, allow_nan=False))
    sys.stdout.write("\n")
    sys.stdout.flush()


#: the dates KPIs are computed for: pandas' datetimes end in 1677 and 2262, and a period
#: is compared with the one before it and set beside the year before
FIRST_DAY = dt.date(1700, 1, 1)
LAST_DAY = dt.date(2250, 12, 31)
_PANDAS_FIRST = dt.date(1678, 1, 1)


def check_period(period: Any) -> None:
    """Refuse a period whose dates (or its comparison period's) pandas cannot hold."""
    from kpi_core.periods import previous_period

    if period.start < FIRST_DAY or period.end > LAST_DAY:
        raise UserError(
            translate(
                "cli",
                "Dealbook computes KPIs for dates from {0} to {1}: "
                "choose a period inside those dates (not {2} to {3}).",
            ).format(FIRST_DAY, LAST_DAY, period.start, period.end)
        )
    try:
        before = previous_period(period)
    except (ValueError, OverflowError):
        before = None
    if before is None or before.start < _PANDAS_FIRST:
        raise UserError(
            translate(
                "cli",
                "The period {0} to {1} is too long: the period just before it, which it is "
                "compared with, would start before {2}. Choose a shorter period.",
            ).format(period.start, period.end, _PANDAS_FIRST.year)
        )


def period_refusal(exc: ValueError, text: str | None = None) -> UserError:
    """``kpi_core``'s refusal of a period (``--period TEXT`` or ``--from``/``--to``) as one
    sentence in the user's language; kpi_core words it in English only."""
    said = str(exc)
    shown = repr(text.strip()) if isinstance(text, str) else ""
    if "is not a valid year" in said:
        return UserError(translate("cli", "{0} is not a valid year.").format(shown))
    if "is not a valid month" in said:
        return UserError(
            translate("cli", "{0} is not a valid month: use 01 to 12, as in 2025-03.").format(shown)
        )
    if "is not a period" in said or "A period is written" in said:
        return UserError(
            translate(
                "cli",
                "{0} is not a period. Write a year (2025), a quarter (2025-Q1) or a month "
                "(2025-03).",
            ).format(shown)
        )
    if m := re.search(r"ends \((\S+)\) before it starts \((\S+)\)", said):
        return UserError(
            translate(
                "cli", "The period ends ({0}) before it starts ({1}): give --from before --to."
            ).format(m.group(1), m.group(2))
        )
    return UserError(said)
