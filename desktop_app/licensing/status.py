"""Which licence this copy of Dealbook runs under, and installing a new one.

Perpetual with updates for a term: a key works forever for every version released on or
before its ``updates_until`` date (:data:`desktop_app.RELEASE_DATE` is this version's). The
check is offline and local: the installed key file, the public keys the app carries, this
version's release date. The computer's clock is never consulted, so a key never expires.

Without a licence (or with a key that predates this version) Dealbook is an *evaluation
copy*: everything works, nothing is locked or held back; printed reviews carry an
"Evaluation copy" line (``desktop_app.reports.document``) and the About box says so.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

import desktop_app
from desktop_app import paths
from desktop_app.errors import UserError, as_user_error
from desktop_app.licensing.keyfile import Licence, armoured, verify
from desktop_app.licensing.public_key import trusted_keys
from desktop_app.licensing.words import LicenceError, damaged_installed, no_key_given, not_a_key
from desktop_app.output_files import output_file
from desktop_app.translation import translate

# the installed licence key, in the user's data folder
LICENCE_FILE = "licence.txt"
# a licence key is a few hundred characters; a bigger file is something else
MAX_KEY_BYTES = 64 * 1024


class Status(enum.StrEnum):
    """The ``status`` of ``dealbook licence show --json``."""

    EVALUATION = "evaluation"  # no licence installed
    LICENSED = "licensed"  # a genuine key whose updates include this version
    UPDATES_ENDED = "updates_ended"  # a genuine key that predates this version
    DAMAGED = "damaged"  # the installed file does not check out (edited, cut short)


@dataclass(frozen=True)
class LicenceState:
    """The licence (if any) and what it means for this version."""

    status: Status
    licence: Licence | None = None
    version: str = desktop_app.__version__
    release_date: dt.date = dt.date.fromisoformat(desktop_app.RELEASE_DATE)
    releases: tuple[tuple[str, str], ...] = desktop_app.RELEASES
    path: Path | None = None

    @property
    def evaluation(self) -> bool:
        """True unless a licence covers this version: printed reviews say "Evaluation copy"."""
        return self.status is not Status.LICENSED

    @property
    def version_covered(self) -> str | None:
        """The newest version the licence covers (of the releases this version knows)."""
        if self.licence is None:
            return None
        if self.status is Status.LICENSED:
            return self.version
        covered = [
            v
            for v, day in self.releases
            if dt.date.fromisoformat(day) <= self.licence.updates_until
        ]
        return covered[-1] if covered else None

    def to_json(self) -> dict[str, Any]:
        """The stable English keys of ``dealbook licence show --json``."""
        lic = self.licence
        return {
            "status": str(self.status),
            "name": lic.name if lic else None,
            "email": lic.email if lic else None,
            "edition": lic.edition if lic else None,
            "seats": lic.seats if lic else None,
            "issued": lic.issued.isoformat() if lic else None,
            "updates_until": lic.updates_until.isoformat() if lic else None,
            "version_covered": self.version_covered,
        }


def licence_path() -> Path:
    """Where the installed licence key lives: ``licence.txt`` in the user's data folder."""
    return paths.data_dir() / LICENCE_FILE


def release_date() -> dt.date:
    """This version's release date (read at call time, so a test can move it)."""
    return dt.date.fromisoformat(desktop_app.RELEASE_DATE)


def _this_version() -> dict[str, Any]:
    return {
        "version": desktop_app.__version__,
        "release_date": release_date(),
        "releases": desktop_app.RELEASES,
    }


def state_of(licence: Licence | None) -> LicenceState:
    """What ``licence`` means for this version."""
    if licence is None:
        return LicenceState(Status.EVALUATION, **_this_version())
    covered = release_date() <= licence.updates_until
    status = Status.LICENSED if covered else Status.UPDATES_ENDED
    return LicenceState(status, licence, **_this_version())


def current(keys: Iterable[Ed25519PublicKey] | None = None) -> LicenceState:
    """The installed licence's state; :attr:`Status.EVALUATION` when none is installed."""
    path = licence_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return state_of(None)
    except (OSError, UnicodeDecodeError):
        return LicenceState(Status.DAMAGED, path=path, **_this_version())
    try:
        licence = verify(text, trusted_keys() if keys is None else keys)
    except LicenceError:
        return LicenceState(Status.DAMAGED, path=path, **_this_version())
    return state_of(licence)


def is_evaluation_copy() -> bool:
    """True unless a licence covering this version is installed (never raises)."""
    try:
        return current().evaluation
    except Exception:  # noqa: BLE001 - the evaluation line never stops a review
        return True


def check(text: str, keys: Iterable[Ed25519PublicKey] | None = None) -> Licence:
    """The licence of key ``text``; :class:`LicenceError` (one sentence) when it is not one."""
    if not text.strip():
        raise LicenceError(no_key_given())
    return verify(text, trusted_keys() if keys is None else keys)


def install(text: str, keys: Iterable[Ed25519PublicKey] | None = None) -> LicenceState:
    """Check key ``text`` and save it in the data folder (whole or not at all).

    A key that does not check out is refused with one sentence and the licence installed
    before stays as it was. A genuine key that predates this version is installed too: it
    names the version it covers.
    """
    licence = check(text, keys)
    target = licence_path()
    try:
        with output_file(target) as tmp:
            tmp.write_text(armoured(text), encoding="utf-8")
    except OSError as exc:
        raise as_user_error(exc, target) or UserError(
            translate("licence", "Dealbook cannot save the licence in {0}.").format(target)
        ) from exc
    return state_of(licence)


def decode_key(data: bytes) -> str:
    """The text of a key file's bytes; :class:`LicenceError` when it cannot be a key."""
    if len(data) > MAX_KEY_BYTES:
        raise LicenceError(not_a_key())
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LicenceError(not_a_key()) from exc


def read_key_file(path: Path) -> str:
    """The text of key file ``path``; one sentence when it cannot be read or is no key."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_KEY_BYTES + 1)
    except FileNotFoundError as exc:
        raise UserError(
            translate("licence", "No file at {0}: check the name of the key file.").format(path)
        ) from exc
    except OSError as exc:
        raise as_user_error(exc, path) or UserError(
            translate("licence", "Dealbook cannot read {0}.").format(path)
        ) from exc
    return decode_key(data)


def damaged_sentence(state: LicenceState) -> str:
    return damaged_installed(os.fspath(state.path or licence_path()))
