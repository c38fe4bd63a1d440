"""The offline licence: a signed key, checked locally, that never holds data back.

* :mod:`keyfile`: what a key says (:class:`Licence`), its text form and Ed25519 signature;
* :mod:`public_key`: the public keys the app carries (no private key is ever shipped);
* :mod:`status`: the installed licence's state for this version, installing a new key;
* :mod:`describe` / :mod:`words`: its sentences.

No network, no activation, no machine fingerprint: see ``docs/licence.md``.
"""

from desktop_app.licensing.keyfile import Licence, sign, verify
from desktop_app.licensing.status import (
    LicenceState,
    Status,
    current,
    install,
    is_evaluation_copy,
    licence_path,
)
from desktop_app.licensing.words import LicenceError

__all__ = [
    "Licence",
    "LicenceError",
    "LicenceState",
    "Status",
    "current",
    "install",
    "is_evaluation_copy",
    "licence_path",
    "sign",
    "verify",
]
