"""``dealbook backup`` and ``dealbook restore BACKUP``: the window's File menu, scriptable.

    dealbook backup  [--db PATH] [--json]           copy the database now (the backup folder)
    dealbook restore BACKUP [--db PATH] [--json]    put a backup's data back

Both work while the window has the database open: the copy is read through SQLite, and a
restore writes the backup's pages into the open database as one change the window shows.
The data a restore replaces is kept as a backup first.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.commands._common import add_db_option, db_arg, existing_db, print_json
from desktop_app.translation import translate


def register(subparsers: Any) -> None:
    """Add the ``backup`` and ``restore`` subcommands."""
    parser = subparsers.add_parser(
        "backup",
        help=translate("cli", "copy the database to the backup folder now"),
        description=translate(
            "cli", "Copy the database to its backup folder now (the newest 10 are kept)."
        ),
    )
    add_db_option(parser)
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print the result as JSON")
    )
    parser.set_defaults(func=run_backup)

    parser = subparsers.add_parser(
        "restore",
        help=translate("cli", "put a backup's data back into the database"),
        description=(
            translate(
                "cli",
                "Replace the database's data with a backup's. The data it replaces is kept as "
                "a backup first.",
            )
        ),
    )
    parser.add_argument(
        "backup", metavar="BACKUP", help=translate("cli", "the backup file (.sqlite)")
    )
    add_db_option(parser)
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print the result as JSON")
    )
    parser.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    """Back the database up and print where the copy went."""
    from desktop_app.store import backup
    from desktop_app.store.engine import open_database

    path = existing_db(db_arg(args))
    open_database(path, create=False).dispose()  # a Dealbook database, whole, up to date
    target = backup.backup_now(path)
    if args.json:
        print_json({"db": str(path), "backup": str(target)})
    else:
        print(translate("cli", "Backed up {0} to {1}").format(path, target))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Restore the backup and print where the replaced data was kept."""
    from desktop_app.paths import resolve_db
    from desktop_app.store import backup
    from desktop_app.store.engine import open_database

    path = resolve_db(db_arg(args))
    source = Path(args.backup).expanduser()
    kept = backup.restore(source, path)
    open_database(path, create=False).dispose()  # brings an older backup's schema up to date
    if args.json:
        print_json({"db": str(path), "restored": str(source), "kept": str(kept)})
    else:
        print(
            translate("cli", "Restored {0} into {1}. The data it replaced is kept as {2}.").format(
                source.name, path, kept
            )
        )
    return 0
