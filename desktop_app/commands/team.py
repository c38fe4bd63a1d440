"""``dealbook team ...``: set up a shared PostgreSQL database for a team and move in.

    dealbook team init URL                          schema, roles and privileges
    dealbook team push FILE.sqlite URL [--json]     move a workspace file in, whole
    dealbook team add-user LOGIN --role manager|rep [--rep "Rep name"] [--password-stdin]
                           --db URL                 let a person log in
    dealbook team status URL [--json]               who am I, my role, what I see
    dealbook team set URL --reps-see-only-own yes|no

``init``, ``push`` and ``add-user`` are run by the server's administrator (docs/team.md).
A password is read from the terminal without echo, or from standard input with
``--password-stdin`` (never from the command line, where other users could read it).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from desktop_app.commands._common import db_arg, print_json
from desktop_app.errors import UserError
from desktop_app.translation import translate


def register(subparsers: Any) -> None:
    """Add ``team`` and its subcommands."""
    parser = subparsers.add_parser(
        "team",
        help=translate("cli", "set up a shared team database on a PostgreSQL server"),
        description=translate(
            "cli",
            "Set up a team database on a PostgreSQL server, move a workspace into it and "
            "let people log in (see docs/team.md).",
        ),
    )
    team = parser.add_subparsers(dest="team_command", metavar="ACTION")
    team.required = True

    init = team.add_parser(
        "init",
        help=translate(
            "cli", "give an empty PostgreSQL database Dealbook's schema, roles and privileges"
        ),
        description=translate(
            "cli",
            "Create Dealbook's tables, the roles dealbook_manager and dealbook_rep and their "
            "privileges in a PostgreSQL database. Run it as the server's administrator; "
            "running it again renews the privileges and changes no data.",
        ),
    )
    init.add_argument(
        "url", metavar="URL", help=translate("cli", "postgresql://admin@server/database")
    )
    init.set_defaults(func=run_init)

    push = team.add_parser(
        "push",
        help=translate("cli", "move a workspace file into a new, empty team database"),
        description=translate(
            "cli",
            "Copy every table of a workspace file into an empty team database in one "
            "transaction, and check that each table has as many rows on both sides.",
        ),
    )
    push.add_argument("file", metavar="FILE", help=translate("cli", "the workspace file (.sqlite)"))
    push.add_argument(
        "url", metavar="URL", help=translate("cli", "postgresql://admin@server/database")
    )
    push.add_argument(
        "--json", action="store_true", help=translate("cli", "print the counts as JSON")
    )
    push.set_defaults(func=run_push)

    add = team.add_parser(
        "add-user",
        help=translate("cli", "let a person log in to the team database as a manager or a rep"),
        description=translate(
            "cli",
            "Create a login on the server (or change its password and role) and say which "
            "rep it is. A manager sees and changes everything; a rep changes only their "
            "own deals, leads and activities.",
        ),
    )
    add.add_argument(
        "login", metavar="LOGIN", help=translate("cli", "the person's login name (lowercase)")
    )
    add.add_argument(
        "--role", required=True, choices=("manager", "rep"), help=translate("cli", "manager or rep")
    )
    add.add_argument(
        "--rep", metavar="NAME", help=translate("cli", "the rep this login is (required for a rep)")
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli", "read the login's password from the first line of standard input"),
    )
    add.add_argument(
        "--db",
        dest="sub_db",
        metavar="URL",
        help=translate("cli", "the team database (postgresql://...)"),
    )
    add.set_defaults(func=run_add_user)

    status = team.add_parser(
        "status",
        help=translate("cli", "who you are on the team database, your role and what you see"),
        description=translate(
            "cli", "Show your login, role and rep on the team database and what you see."
        ),
    )
    status.add_argument(
        "url", metavar="URL", help=translate("cli", "postgresql://you@server/database")
    )
    status.add_argument(
        "--json", action="store_true", help=translate("cli", "print the status as JSON")
    )
    status.set_defaults(func=run_status)

    setting = team.add_parser(
        "set",
        help=translate("cli", "change a team setting"),
        description=translate(
            "cli", "Change a setting of the team database (a manager or the administrator)."
        ),
    )
    setting.add_argument(
        "url", metavar="URL", help=translate("cli", "postgresql://manager@server/database")
    )
    setting.add_argument(
        "--reps-see-only-own",
        required=True,
        choices=("yes", "no"),
        help=translate(
            "cli", "yes: a rep sees only their own deals, leads and activities; no: everything"
        ),
    )
    setting.set_defaults(func=run_set)


def run_init(args: argparse.Namespace) -> int:
    """Set the team database up."""
    from desktop_app.store.location import safe_display
    from desktop_app.store.team_admin import init_team

    init_team(args.url)
    print(
        translate(
            "cli",
            "{0} is ready for a team. Next: move your workspace in with `dealbook team push`, "
            "then add each person with `dealbook team add-user`.",
        ).format(safe_display(args.url))
    )
    return 0


def run_push(args: argparse.Namespace) -> int:
    """Move the workspace file in and print each table's rows."""
    from desktop_app.store.location import safe_display
    from desktop_app.store.team_push import push_workspace

    counts = push_workspace(args.file, args.url)
    if args.json:
        print_json({"file": str(args.file), "db": safe_display(args.url), "tables": counts})
        return 0
    width = max(len(t) for t in counts)
    for table, rows in counts.items():
        print(f"  {table:<{width}}  {rows:>10,}")
    print(
        translate(
            "cli",
            "Moved {0} into {1}: every table has the same number of rows in both.",
        ).format(args.file, safe_display(args.url))
    )
    return 0


def _password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UserError(
                translate("cli", "No password on standard input: write it on the first line.")
            )
        return line
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(translate("cli", "Password for {0}: ").format(args.login))
    if not first:
        return None
    again = getpass.getpass(translate("cli", "The same password again: "))
    if first != again:
        raise UserError(translate("cli", "The two passwords differ: nothing was changed."))
    return first


def run_add_user(args: argparse.Namespace) -> int:
    """Create or change the login and its membership."""
    from desktop_app.store.location import is_server_url, safe_display
    from desktop_app.store.team_admin import add_user

    url = db_arg(args)
    if url is None or not is_server_url(url):
        raise UserError(
            translate(
                "cli",
                "Give the team database with --db postgresql://admin@server/database.",
            )
        )
    add_user(url, args.login, args.role, args.rep, password=_password(args))
    if args.role == "rep":
        said = translate("cli", "{0} can now log in to {1} as the rep {2}.")
        print(said.format(args.login, safe_display(url), args.rep))
    else:
        said = translate("cli", "{0} can now log in to {1} as a manager.")
        print(said.format(args.login, safe_display(url)))
    return 0


def run_status(args: argparse.Namespace) -> int:
    """Print who the login is and what it sees."""
    from desktop_app.store.team_admin import COUNTED, team_status

    status = team_status(args.url)
    if args.json:
        print_json(
            {
                "login": status.login,
                "role": status.role,
                "rep": status.rep,
                "database": status.database,
                "host": status.host,
                "reps_see_only_own": status.reps_see_only_own,
                "counts": status.counts,
            }
        )
        return 0
    roles = {
        "manager": translate("cli", "manager"),
        "rep": translate("cli", "rep"),
        "administrator": translate("cli", "administrator"),
        "none": translate("cli", "not a member of the team"),
    }
    print(
        translate("cli", "Team database: {0} on {1} as {2} ({3}).").format(
            status.database, status.host, status.login, roles[status.role]
        )
    )
    if status.rep:
        print(translate("cli", "Rep: {0}").format(status.rep))
    seen = (
        translate("cli", "Reps see only their own deals, leads and activities.")
        if status.reps_see_only_own
        else translate("cli", "Reps see every record and change only their own.")
    )
    print(seen)
    print(
        translate(
            "cli", "You see {0} deals, {1} leads, {2} activities, {3} accounts and {4} reps."
        ).format(*(f"{status.counts[t]:,}" for t in COUNTED))
    )
    return 0


def run_set(args: argparse.Namespace) -> int:
    """Change the team setting."""
    from desktop_app.store.team_admin import set_reps_see_only_own

    only_own = args.reps_see_only_own == "yes"
    set_reps_see_only_own(args.url, only_own)
    print(
        translate("cli", "Reps now see only their own deals, leads and activities.")
        if only_own
        else translate("cli", "Reps now see every record and change only their own.")
    )
    return 0
