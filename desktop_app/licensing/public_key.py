"""The public keys a licence key is checked against: the app carries these, never a private key.

Each entry is an Ed25519 public key (32 bytes, base64url without padding) with the name the
vendor gave it. A key signed by any of them is accepted, so a new key pair can be added
(rotation) while the keys sold under the old one keep working. The private halves are kept
offline by the vendor, outside the source repository (``installers/licensing/README.md``).

``DEALBOOK_LICENCE_PUBLIC_KEYS`` (comma-separated keys in the same form) replaces the list
when Dealbook runs from source: the tests sign with a key pair they generate. The installed
(frozen) application ignores it and trusts only :data:`PUBLIC_KEYS`.
"""

from __future__ import annotations

import base64
import binascii
import os
import sys

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

# (name, public key), oldest first
PUBLIC_KEYS: tuple[tuple[str, str], ...] = (
    ("dealbook-2026-11", "xSjWwQnchagfyvjvzPdfgnrcSI-3RztUaLoyuof1tWA"),
)

# the environment variable that replaces :data:`PUBLIC_KEYS` (tests)
OVERRIDE_ENV = "DEALBOOK_LICENCE_PUBLIC_KEYS"


def decode_public_key(text: str) -> Ed25519PublicKey:
    """A raw Ed25519 public key from its base64url text; ``ValueError`` when it is not one."""
    clean = "".join(text.split())
    try:
        raw = base64.urlsafe_b64decode(clean + "=" * (-len(clean) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"not a base64url public key: {text!r}") from exc
    if len(raw) != 32:
        raise ValueError(f"a public key has 32 bytes, this one {len(raw)}")
    return Ed25519PublicKey.from_public_bytes(raw)


def trusted_keys() -> list[Ed25519PublicKey]:
    """The public keys licence keys are checked against (the override when it is set)."""
    frozen = bool(getattr(sys, "frozen", False))  # the installed app: shipped keys only
    override = "" if frozen else os.environ.get(OVERRIDE_ENV, "").strip()
    texts = (
        [t for t in override.split(",") if t.strip()]
        if override
        else [key for _name, key in PUBLIC_KEYS]
    )
    return [decode_public_key(t) for t in texts]
