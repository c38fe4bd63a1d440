"""Output files written whole or not at all (reports, exports).

:func:`output_file` hands out a temporary path next to the target, keeping its extension
(writers choose the format by it). When the writer returns, the file is checked (not
empty; a PDF must end with its ``%%EOF`` trailer, since Qt's PDF writer reports no write
error), flushed to disk with ``fsync``, then renamed over the target with ``os.replace``. A
full disk, a read-only folder or any other error removes the temporary file, leaves the
old target (or none) untouched, and becomes one sentence naming the target.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from desktop_app.errors import FOLDER, UserError, as_user_error, fault_sentence
from desktop_app.translation import translate


def check_output_target(path: Path) -> None:
    """Refuse an output path that is a folder or whose folder does not exist."""
    try:
        if path.is_dir():
            raise UserError(str(fault_sentence(FOLDER, path)))
        if not path.parent.is_dir():
            raise UserError(
                translate(
                    "errors", "The folder {0} does not exist: create it or choose another."
                ).format(path.parent)
            )
    except OSError as exc:
        raise as_user_error(exc, path) or UserError(
            translate("errors", "Dealbook cannot write {0}.").format(path)
        ) from exc


def _looks_whole(path: Path) -> bool:
    """False for an empty file, or a PDF without its ``%%EOF`` trailer."""
    size = path.stat().st_size
    if size == 0:
        return False
    if path.suffix.lower() == ".pdf":
        with open(path, "rb") as fh:
            fh.seek(max(0, size - 1024))
            return b"%%EOF" in fh.read()
    return True


def _not_written(target: Path) -> UserError:
    return UserError(
        translate(
            "errors",
            "{0} could not be written whole (is the disk full?). Nothing was saved: free "
            "some disk space, then try again.",
        ).format(target)
    )


def _new_temporary(target: Path) -> Path:
    """A new empty file next to ``target`` (mode 0666 less the umask, like any new file)."""
    for _ in range(20):
        tmp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.partial{target.suffix}")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as exc:
            raise as_user_error(exc, target) or UserError(
                translate("errors", "Dealbook cannot write {0} ({1}).").format(target, exc.strerror)
            ) from exc
        return tmp
    raise UserError(
        translate(
            "errors", "Dealbook cannot write {0}: its folder is crowded with temporary files."
        ).format(target)
    )


@contextlib.contextmanager
def output_file(target: Path) -> Iterator[Path]:
    """A temporary path next to ``target`` to write into; moved over ``target`` on success."""
    target = Path(target)
    check_output_target(target)
    tmp = _new_temporary(target)
    try:
        yield tmp
        if not _looks_whole(tmp):
            raise _not_written(target)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        try:
            os.replace(tmp, target)
        except PermissionError as exc:  # Windows: the old file is open in Excel, say
            raise UserError(
                translate(
                    "errors",
                    "{0} cannot be replaced: it is read-only or open in another program. "
                    "Close it there, or choose another file name.",
                ).format(target)
            ) from exc
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            mapped = as_user_error(exc, target)
            if mapped is not None:
                raise mapped from exc
        raise
