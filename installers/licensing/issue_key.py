"""Sign a Dealbook licence key (the vendor's side; never shipped with the app).

    python installers/licensing/issue_key.py --private-key PATH \\
        --name "Ana Li" --email ana@example.com [--edition Standard] [--seats 1] \\
        [--issued 2026-11-30] [--updates-until 2027-11-30 | --update-years 1] [-o FILE]

The private key is a PEM file (``make_key_pair.py``) given with ``--private-key`` or, when
that is left out, in the environment: ``DEALBOOK_LICENCE_PRIVATE_KEY`` holds the PEM text
itself or the path of the PEM file. It is never in the repository (README.md). The key is
printed (or written to ``-o FILE``) with a readable line above it, ready to paste into an
e-mail; the app reads it with ``dealbook licence install FILE`` or Help ▸ Enter licence….
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop_app.licensing.keyfile import Licence, sign, verify  # noqa: E402

ENV = "DEALBOOK_LICENCE_PRIVATE_KEY"


class Refusal(Exception):
    """A sentence for the vendor: what is wrong and what to do."""


def load_private_key(path: str | None) -> Ed25519PrivateKey:
    """The signing key from ``path``, else from ``DEALBOOK_LICENCE_PRIVATE_KEY``."""
    if path:
        try:
            pem = Path(path).expanduser().read_bytes()
        except OSError as exc:
            raise Refusal(f"Cannot read the private key {path}: {exc.strerror}.") from exc
        where = path
    else:
        value = os.environ.get(ENV, "").strip()
        if not value:
            raise Refusal(
                f"No private key: give --private-key PATH or set {ENV} to the PEM text or its "
                "path (the key is kept offline, never in the repository)."
            )
        if "BEGIN" in value:
            pem, where = value.encode("ascii"), ENV
        else:
            try:
                pem, where = Path(value).expanduser().read_bytes(), value
            except OSError as exc:
                raise Refusal(
                    f"Cannot read the private key {value} ({ENV}): {exc.strerror}."
                ) from exc
    try:
        key = load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise Refusal(f"{where} is not an unencrypted PEM private key.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise Refusal(f"{where} is not an Ed25519 key: make one with make_key_pair.py.")
    return key


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def issue(args: argparse.Namespace) -> str:
    """The key text (with its readable line) for the licence the arguments describe."""
    if args.seats < 1:
        raise Refusal("--seats must be 1 or more.")
    if not args.name.strip() or "@" not in args.email:
        raise Refusal("Give the buyer's --name and --email (an address with @).")
    until = args.updates_until or add_years(args.issued, args.update_years)
    if until < args.issued:
        raise Refusal("--updates-until must not be before --issued.")
    licence = Licence(
        name=args.name.strip(),
        email=args.email.strip(),
        edition=args.edition.strip(),
        seats=args.seats,
        issued=args.issued,
        updates_until=until,
    )
    key = load_private_key(args.private_key)
    text = sign(licence, key)
    assert verify(text, [key.public_key()]) == licence  # the key reads back as issued
    intro = (
        f"Dealbook licence for {licence.name} <{licence.email}>: {licence.edition} edition, "
        f"{licence.seats} seat{'' if licence.seats == 1 else 's'}, updates until {until.isoformat()}."
    )
    return f"{intro}\n{text}"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description="Sign a Dealbook licence key.")
    p.add_argument("--private-key", metavar="PATH", help=f"PEM private key (else ${ENV})")
    p.add_argument("--name", required=True, help="the buyer's name, as the About box shows it")
    p.add_argument("--email", required=True, help="the buyer's e-mail address")
    p.add_argument("--edition", default="Standard", help="edition name (default: Standard)")
    p.add_argument("--seats", type=int, default=1, help="number of seats (default: 1)")
    p.add_argument("--issued", type=_date, default=dt.date.today(), help="YYYY-MM-DD (today)")
    p.add_argument("--updates-until", type=_date, help="YYYY-MM-DD: last day of updates")
    p.add_argument("--update-years", type=int, default=1, help="else years of updates (1)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the key here (else stdout)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        text = issue(args)
    except Refusal as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.output:
        target = Path(args.output)
        tmp = target.with_name(target.name + ".partial")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
