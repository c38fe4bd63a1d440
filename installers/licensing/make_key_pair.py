"""Make a new Ed25519 key pair for signing Dealbook licence keys (the vendor's side).

    python installers/licensing/make_key_pair.py PRIVATE_KEY.pem [--name dealbook-2027-01]

Writes the private key (PEM, mode 0600, refused if the file exists) to a path that must be
outside the repository (offline storage, see README.md), and prints the line to add to
``PUBLIC_KEYS`` in ``desktop_app/licensing/public_key.py``.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Make a licence signing key pair.")
    p.add_argument("private_key", metavar="PRIVATE_KEY.pem", help="where to write the private key")
    p.add_argument("--name", default=f"dealbook-{dt.date.today():%Y-%m}", help="the key's name")
    args = p.parse_args(argv)
    target = Path(args.private_key).expanduser().resolve()
    if target.is_relative_to(ROOT):
        print(
            f"{target} is inside the repository: keep the private key outside it.", file=sys.stderr
        )
        return 1
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        print(f"{target} exists already: choose a new file for a new key.", file=sys.stderr)
        return 1
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    public = base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
    print(f"Private key written to {target} (keep it offline; back it up).")
    print("Add this line to PUBLIC_KEYS in desktop_app/licensing/public_key.py:")
    print(f'    ("{args.name}", "{public}"),')
    return 0


if __name__ == "__main__":
    sys.exit(main())
