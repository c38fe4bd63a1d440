"""``dealbook undo-import ID``: take one import back."""

from __future__ import annotations

import argparse

from desktop_app.commands import _common
from desktop_app.translation import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("undo-import", help=translate("cli", "take one import back"))
    p.add_argument(
        "batch_id", metavar="ID", type=int, help=translate("cli", "the import number (see imports)")
    )
    _common.add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.importing.api import undo_import
    from desktop_app.store.engine import open_database

    engine = open_database(_common.workspace_target(_common.db_arg(args)), create=False)
    try:
        res = undo_import(engine, args.batch_id)
    finally:
        engine.dispose()
    deleted, updated = res.deleted, res.updated
    removed = translate("cli", "%Ln row(s) removed", None, deleted)
    restored = translate("cli", "%Ln row(s) restored", None, updated)
    print(translate("cli", "Import {0} undone: {1}, {2}.").format(args.batch_id, removed, restored))
    return 0
