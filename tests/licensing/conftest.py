"""Fixtures of the licence tests: a vendor key pair made here, a private data folder, and a
machine without network."""

from __future__ import annotations

import base64
import datetime as dt
import socket
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.licensing.keyfile import Licence
from desktop_app.licensing.public_key import OVERRIDE_ENV

ROOT = Path(__file__).resolve().parents[2]


def public_text(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class VendorKey:
    """The vendor's private key and the PEM file it is kept in (outside the repository)."""

    key: Ed25519PrivateKey
    pem_path: Path


@pytest.fixture
def vendor_key(tmp_path, monkeypatch, dealbook_home):
    """A key pair made for this test; the app trusts its public half (and only it)."""
    key = Ed25519PrivateKey.generate()
    pem = tmp_path / "vendor-private.pem"
    pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    monkeypatch.setenv(OVERRIDE_ENV, public_text(key))
    return VendorKey(key, pem)


@pytest.fixture
def licence():
    return Licence(
        name="Ana Li",
        email="ana@example.com",
        edition="Standard",
        seats=3,
        issued=dt.date(2026, 11, 1),
        updates_until=dt.date(2027, 10, 31),
    )


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Every way out of the machine fails loudly: a licence check must not need one."""

    def refuse(*_args, **_kwargs):
        raise NetworkUsed("the licence check tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
