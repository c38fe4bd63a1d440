"""The licence key: what it says, how it is written as text, and its signature.

A licence is a few facts (:class:`Licence`) written as canonical JSON (keys sorted, no
spaces, UTF-8) and signed with Ed25519. The key a person receives is plain text::

    Dealbook licence for Ana Li <ana@example.com> (optional lines before BEGIN are ignored)
    -----BEGIN DEALBOOK LICENCE-----
    eyJlZGl0aW9uIjoiU3RhbmRhcmQiLCJlbWFpbCI6ImFuYUBleGFtcGxlLmNvbSIs
    ...base64url of the JSON, a dot, base64url of the 64-byte signature...
    -----END DEALBOOK LICENCE-----

wrapped at 64 columns. Reading it is tolerant of what mail clients do: line breaks, spaces,
tabs, ``>`` quote marks at line starts, text before and after the armour, CRLF. Every other
change (one character) makes the signature fail. See ``docs/licence.md``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.licensing.words import LicenceError, not_a_key, not_genuine, unknown_format

BEGIN = "-----BEGIN DEALBOOK LICENCE-----"
END = "-----END DEALBOOK LICENCE-----"
WIDTH = 64
FORMAT = 1
PRODUCT = "Dealbook"
# the JSON keys of a format-1 licence, all required
FIELDS = ("format", "product", "name", "email", "edition", "seats", "issued", "updates_until")

_BEGIN = re.compile(r"-----BEGIN\s+DEALBOOK\s+LICENCE-----")
_END = re.compile(r"-----END\s+DEALBOOK\s+LICENCE-----")
_BODY = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Licence:
    """Who bought Dealbook, which edition for how many seats, and until when updates come."""

    name: str
    email: str
    edition: str
    seats: int
    issued: dt.date
    updates_until: dt.date

    def payload(self) -> bytes:
        """The signed bytes: canonical JSON (sorted keys, no spaces, UTF-8)."""
        data = {
            "format": FORMAT,
            "product": PRODUCT,
            "name": self.name,
            "email": self.email,
            "edition": self.edition,
            "seats": self.seats,
            "issued": self.issued.isoformat(),
            "updates_until": self.updates_until.isoformat(),
        }
        return canonical_json(data)


def canonical_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(licence: Licence, private_key: Ed25519PrivateKey) -> str:
    """The licence key text of ``licence`` signed with ``private_key`` (the vendor's side)."""
    payload = licence.payload()
    body = f"{_b64(payload)}.{_b64(private_key.sign(payload))}"
    lines = textwrap.wrap(body, WIDTH, break_on_hyphens=False)
    return "\n".join([BEGIN, *lines, END]) + "\n"


def armoured(text: str) -> str:
    """The key of ``text`` as the app stores it: only the armour and its body, re-wrapped."""
    body = _body(text)
    return "\n".join([BEGIN, *textwrap.wrap(body, WIDTH, break_on_hyphens=False), END]) + "\n"


def _body(text: str) -> str:
    """The base64url body between the armour lines, without what mail clients added."""
    begin = _BEGIN.search(text)
    if begin is not None:
        text = text[begin.end() :]
        end = _END.search(text)
        if end is not None:
            text = text[: end.start()]
    lines = [line.strip().lstrip("> \t") for line in text.splitlines()]
    body = "".join("".join(lines).split())
    if not _BODY.fullmatch(body):
        raise LicenceError(not_a_key())
    return body


def verify(text: str, keys: Iterable[Ed25519PublicKey]) -> Licence:
    """The licence in key ``text`` when one of ``keys`` signed it; else :class:`LicenceError`
    with one sentence (not a key; changed or mistyped; a format this version cannot read)."""
    payload_text, signature_text = _body(text).split(".")
    try:
        payload, signature = _unb64(payload_text), _unb64(signature_text)
    except (binascii.Error, ValueError) as exc:
        raise LicenceError(not_genuine()) from exc
    # base64's last character may carry unused bits: a key is read only as it was written
    if _b64(payload) != payload_text or _b64(signature) != signature_text:
        raise LicenceError(not_genuine())
    if len(signature) != 64 or not _signed_by_any(payload, signature, keys):
        raise LicenceError(not_genuine())
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise LicenceError(not_genuine()) from exc
    if not isinstance(data, dict) or data.get("product") != PRODUCT:
        raise LicenceError(not_genuine())
    if data.get("format") != FORMAT:
        raise LicenceError(unknown_format())
    return _licence(data)


def _signed_by_any(payload: bytes, signature: bytes, keys: Iterable[Ed25519PublicKey]) -> bool:
    for key in keys:
        try:
            key.verify(signature, payload)
        except InvalidSignature:
            continue
        return True
    return False


def _licence(data: dict[str, Any]) -> Licence:
    """The facts of a signed payload; a signed payload the vendor got wrong is refused too."""
    try:
        licence = Licence(
            name=str(data["name"]),
            email=str(data["email"]),
            edition=str(data["edition"]),
            seats=int(data["seats"]),
            issued=dt.date.fromisoformat(data["issued"]),
            updates_until=dt.date.fromisoformat(data["updates_until"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LicenceError(unknown_format()) from exc
    if licence.seats < 1 or not licence.name.strip() or licence.updates_until < licence.issued:
        raise LicenceError(unknown_format())
    return licence
