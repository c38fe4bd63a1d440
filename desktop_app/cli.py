"""The ``dealbook`` command line.

``dealbook`` alone opens the window; each subcommand lives in its own module under
``desktop_app.commands`` and registers itself here. Every error is one plain sentence on
stderr and exit status 1, never a traceback or a usage block:

* an argument the parser refuses, and an empty value (``--db ""``, ``--period ""``: a
  script's unset variable must not silently mean "the default");
* what the user can fix (``UserError``);
* the machine's faults, named with the file: read-only, full disk, another Dealbook
  writing, a path too long, a damaged file (:mod:`desktop_app.errors`);
* a reader that stops early (``dealbook kpi --json | head -1``): quietly, status 1.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import warnings
from types import ModuleType
from typing import Any, NoReturn

from desktop_app import __version__
from desktop_app.commands import (
    backup,
    demo,
    export,
    import_file,
    imports,
    kpi,
    licence,
    report,
    team,
    undo_import,
)
from desktop_app.errors import UserError, as_user_error
from desktop_app.translation import translate

#: subcommand modules, in the order ``--help`` lists them
COMMAND_MODULES: tuple[ModuleType, ...] = (
    demo,
    import_file,
    imports,
    undo_import,
    kpi,
    report,
    export,
    backup,
    team,
    licence,
)

log = logging.getLogger("dealbook")


class ArgumentError(UserError):
    """The command line itself is wrong (an unknown option, a missing or empty value)."""


def plain(message: str) -> str:
    """argparse's message in plainer words (the option first, then what it must be)."""
    text = message.strip().rstrip(".")
    if text.startswith("argument "):
        text = text[len("argument ") :]
    if m := re.fullmatch(r"(\S+): invalid choice: '(.*)' \(choose from (.*)\)", text):
        choices = m.group(3).replace("'", "")
        return translate("cli", "{0} cannot be {1}: choose one of {2}").format(
            m.group(1), repr(m.group(2)), choices
        )
    if m := re.fullmatch(r"(\S+): invalid (int|float) value: '(.*)'", text):
        return translate("cli", "{0} must be a number, not {1}").format(
            m.group(1), repr(m.group(3))
        )
    if m := re.fullmatch(r"the following arguments are required: (.*)", text):
        if "," in m.group(1):
            return translate("cli", "{0} are required").format(m.group(1))
        return translate("cli", "{0} is required").format(m.group(1))
    if m := re.fullmatch(r"(\S+): expected (?:one argument|at least one argument)", text):
        return translate("cli", "{0} needs a value").format(m.group(1))
    if m := re.fullmatch(r"(\S+): ignored explicit argument '(.*)'", text):
        return translate("cli", "{0} takes no value, not {1}").format(m.group(1), repr(m.group(2)))
    if m := re.fullmatch(r"unrecognized arguments: (.*)", text):
        return translate("cli", "Dealbook does not know {0}").format(m.group(1))
    return text[:1].upper() + text[1:]


class _Formatter(argparse.HelpFormatter):
    """argparse's help, its "usage:" in the user's language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one sentence (exit 1), not a usage block, and whose
    ``--help`` is in the user's language (argparse's own words included)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=translate("cli", "show this help message and exit"),
        )

    def error(self, message: str) -> NoReturn:
        _speak()
        raise ArgumentError(
            translate("cli", "{0}: {1}. See `{0} --help`.").format(self.prog, plain(message))
        )


def _speak() -> None:
    """The command's sentences in the user's language (Settings' choice, else the system's):
    Qt's translator in a windowless application. English when Qt cannot load."""
    try:
        from desktop_app.ui.i18n import install_for_command_line

        install_for_command_line()
    except Exception:  # noqa: BLE001 - a command still runs, in English
        log.info("translations not loaded", exc_info=True)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="dealbook",
        description=translate(
            "cli", "Dealbook: the offline sales-KPI desk. Without a command, opens the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Dealbook {__version__}",
        help=translate("cli", "show the version number and exit"),
    )
    parser.add_argument(
        "--db", help=translate("cli", "database file (default: your Dealbook data folder)")
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("cli", "check this installation end to end in a temporary folder and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _option_names(parser: argparse.ArgumentParser) -> dict[str, str]:
    """dest -> how the user wrote it (``--period``, ``FILE``), over every subcommand."""
    names: dict[str, str] = {}
    stack = [parser]
    while stack:
        current = stack.pop()
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                stack.extend(action.choices.values())
            elif action.dest not in names:
                flag = max(action.option_strings, key=len) if action.option_strings else None
                names[action.dest] = flag or str(action.metavar or action.dest).upper()
    return names


def refuse_empty(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """An empty or blank value given on the command line is an error, not the default."""
    names = _option_names(parser)
    for dest, value in vars(args).items():
        if isinstance(value, str) and not value.strip():
            name = names.get(dest, dest)
            raise ArgumentError(
                translate("cli", "{0} is empty: give a value, or leave {0} out.").format(name)
            )


def _db_for_messages(args: argparse.Namespace | None) -> Any:
    """The database a command works on, to name it in a sentence about a fault."""
    if args is None:
        return None
    value = getattr(args, "sub_db", None) or getattr(args, "db", None)
    try:
        from desktop_app.paths import resolve_db

        return resolve_db(value)
    except Exception:  # noqa: BLE001 - only used to word a message
        return value


def _stdout_gone() -> int:
    """The reader of stdout went away (``| head``): stop quietly, no message, status 1."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 1


def main(argv: list[str] | None = None) -> int:
    args: argparse.Namespace | None = None
    # numpy's overflow warnings are not for the user: a sum that overflowed is shown as
    # "no value" (null, "—"), never as inf, and stderr stays one sentence or nothing
    warnings.filterwarnings(
        "ignore", r"(overflow|invalid value|divide by zero) encountered", RuntimeWarning
    )
    try:
        _speak()  # before the parser: its --help is in the user's language too
        parser = build_parser()
        args = parser.parse_args(argv)
        refuse_empty(args, parser)
        if args.self_test:
            from desktop_app.selftest import run_self_test

            return run_self_test()
        if not args.command:
            from desktop_app.ui.launch import launch

            return launch(args.db)
        code = int(args.func(args) or 0)
        sys.stdout.flush()
        return code
    except UserError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return _stdout_gone()
    except KeyboardInterrupt:
        print(translate("cli", "Stopped."), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        mapped = as_user_error(exc, _db_for_messages(args))
        if mapped is not None:
            log.info("machine fault: %r", exc)
            print(str(mapped), file=sys.stderr)
            return 1
        log.exception("unexpected error")
        print(
            translate(
                "cli",
                "Dealbook stopped on an unexpected error ({0}: {1}). "
                "Please report this message; the log file has the details.",
            ).format(type(exc).__name__, exc),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
