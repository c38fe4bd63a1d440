"""``dealbook licence show`` and ``dealbook licence install FILE``: the licence, scriptable.

    dealbook licence show [--json]            who this copy is licensed to (or: evaluation)
    dealbook licence install FILE [--json]    check a key file and install it (``-``: stdin)

The check is offline: the key's signature against the public keys the app carries. A key
that does not check out is one sentence and exit status 1, and the licence installed before
stays. ``--json`` keys (stable, English): status, name, email, edition, seats, issued,
updates_until, version_covered.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.commands._common import print_json
from desktop_app.licensing import status as licensing
from desktop_app.licensing.describe import describe
from desktop_app.translation import translate


def register(subparsers: Any) -> None:
    """Add ``licence show`` and ``licence install``."""
    parser = subparsers.add_parser(
        "licence",
        help="show or install the licence",
        description=(
            "Show who this copy of Dealbook is licensed to, or install a licence key. "
            "Without a licence everything works; printed reviews say 'Evaluation copy'."
        ),
    )
    sub = parser.add_subparsers(dest="licence_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="who this copy is licensed to")
    show.add_argument("--json", action="store_true", help="print the licence as JSON")
    show.set_defaults(func=run_show)
    install = sub.add_parser(
        "install",
        help="check a licence key file and install it",
        description="Check a licence key (a file, or - to read it from stdin) and install it.",
    )
    install.add_argument("file", metavar="FILE", help="the key file, or - for stdin")
    install.add_argument("--json", action="store_true", help="print the licence as JSON")
    install.set_defaults(func=run_install)


def _print(state: licensing.LicenceState, as_json: bool) -> None:
    if as_json:
        print_json(state.to_json())
    else:
        print("\n".join(describe(state)))


def run_show(args: argparse.Namespace) -> int:
    """Print the installed licence (or that this is an evaluation copy)."""
    _print(licensing.current(), args.json)
    return 0


def read_key(name: str) -> str:
    """The text of key file ``name`` (``-``: stdin); one sentence when it cannot be read."""
    if name == "-":
        return licensing.decode_key(sys.stdin.buffer.read(licensing.MAX_KEY_BYTES + 1))
    return licensing.read_key_file(Path(name).expanduser())


def run_install(args: argparse.Namespace) -> int:
    """Check the key and install it; print whom it is licensed to."""
    state = licensing.install(read_key(args.file))
    if not args.json:
        print(translate("licence", "Licence installed."))
    _print(state, args.json)
    return 0
