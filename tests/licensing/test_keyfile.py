"""The licence key's text form: signed, readable back after an e-mail, refused when changed."""

from __future__ import annotations

import datetime as dt
import json
import textwrap

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.licensing.keyfile import BEGIN, END, WIDTH, Licence, _b64, sign, verify
from desktop_app.licensing.words import LicenceError, not_a_key, not_genuine, unknown_format

KEY = Ed25519PrivateKey.generate()
PUBLIC = [KEY.public_key()]


def body_of(text: str) -> str:
    lines = text.strip().splitlines()
    assert lines[0] == BEGIN and lines[-1] == END
    return "".join(lines[1:-1])


def test_a_signed_key_reads_back_and_is_wrapped_at_64_columns(licence):
    text = sign(licence, KEY)
    assert verify(text, PUBLIC) == licence
    lines = text.strip().splitlines()
    assert all(len(line) <= WIDTH for line in lines[1:-1])
    assert all(len(line) == WIDTH for line in lines[1:-2])
    payload = body_of(text).split(".")[0]
    data = json.loads(_unpad(payload))
    assert sorted(data) == [
        "edition", "email", "format", "issued", "name", "product", "seats", "updates_until",
    ]  # fmt: skip
    assert data["updates_until"] == "2027-10-31" and data["seats"] == 3


def _unpad(text: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def test_what_mail_clients_do_to_a_key_is_tolerated(licence):
    text = sign(licence, KEY)
    quoted = "> " + text.replace("\n", "\r\n> ")  # a reply quotes it, with CRLF
    indented = textwrap.indent(text, "    ")  # pasted inside an indented block
    rewrapped = "\n".join([BEGIN, *textwrap.wrap(body_of(text), 40), END])  # wrapped at 40
    unwrapped = f"{BEGIN} {body_of(text)} {END}"  # line breaks lost
    spaced = text.replace("\n", " \t\n\n")  # blank lines and trailing spaces
    surrounded = f"Hello Ana,\n\nhere is your key:\n\n{text}\n-- \nThe Dealbook team\n"
    bare = body_of(text)  # only the body, without the armour
    for mangled in (quoted, indented, rewrapped, unwrapped, spaced, surrounded, bare):
        assert verify(mangled, PUBLIC) == licence


def test_every_changed_character_is_refused(licence):
    """Any character of the key, armour lines included, changed: refused, and the sentence
    says what to do. A line break changed may only be read as what mail clients add (a
    ``>`` quote mark, text after the END line): then the licence is the same one."""
    text = sign(licence, KEY)
    refused = 0
    for i, original in enumerate(text):
        for replacement in {"A", "z", "0", "-", "_", ".", ">", original.swapcase()} - {original}:
            if original.isspace() and replacement.isspace():
                continue
            changed = text[:i] + replacement + text[i + 1 :]
            if original.isspace():
                try:
                    assert verify(changed, PUBLIC) == licence
                except LicenceError:
                    refused += 1
                continue
            with pytest.raises(LicenceError) as caught:
                verify(changed, PUBLIC)
            assert str(caught.value) in (not_genuine(), not_a_key())
            refused += 1
    assert refused > len(text) * 5


def test_a_key_signed_by_another_key_pair_is_refused(licence):
    forged = sign(licence, Ed25519PrivateKey.generate())
    with pytest.raises(LicenceError, match="does not check out"):
        verify(forged, PUBLIC)


def test_any_of_several_public_keys_may_have_signed_it(licence):
    """Rotation: the app carries the old and the new public key; both keys' licences work."""
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    both = [old.public_key(), new.public_key()]
    assert verify(sign(licence, old), both) == licence
    assert verify(sign(licence, new), both) == licence


def test_not_a_key_is_one_sentence():
    for text in ("", "hello", "Dear Ana, your key follows.", "-----BEGIN DEALBOOK LICENCE-----"):
        with pytest.raises(LicenceError) as caught:
            verify(text, PUBLIC)
        assert str(caught.value) == not_a_key()


def _signed_payload(data: dict) -> str:
    payload = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    return f"{BEGIN}\n{_b64(payload)}.{_b64(KEY.sign(payload))}\n{END}\n"


def test_a_signed_key_of_another_format_asks_for_a_new_key(licence):
    data = json.loads(licence.payload())
    with pytest.raises(LicenceError) as caught:
        verify(_signed_payload({**data, "format": 2}), PUBLIC)
    assert str(caught.value) == unknown_format()
    with pytest.raises(LicenceError):
        verify(_signed_payload({**data, "seats": 0}), PUBLIC)
    with pytest.raises(LicenceError):  # another product's key signed with the same pair
        verify(_signed_payload({**data, "product": "Other"}), PUBLIC)


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(min_size=1, max_size=60).filter(str.strip),
    email=st.emails(),
    edition=st.text(max_size=20),
    seats=st.integers(1, 10_000),
    issued=st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)),
    term=st.integers(0, 3650),
)
def test_any_licence_round_trips(name, email, edition, seats, issued, term):
    licence = Licence(name, email, edition, seats, issued, issued + dt.timedelta(days=term))
    text = sign(licence, KEY)
    assert verify(text, PUBLIC) == licence
    assert verify(text.replace("\n", "\r\n"), PUBLIC) == licence


SIGNED = sign(
    Licence(
        "Ana Li", "ana@example.com", "Standard", 3, dt.date(2026, 11, 1), dt.date(2027, 10, 31)
    ),
    KEY,
)


@settings(max_examples=200, deadline=None)
@given(
    breaks=st.lists(
        st.tuples(
            st.integers(0, 10_000), st.sampled_from(["\n", " ", "\t", "\r\n", "\n> ", "\n>> "])
        ),
        max_size=30,
    )
)
def test_line_breaks_spaces_and_quote_marks_anywhere_in_the_body_are_tolerated(breaks):
    """What a mail client may add inside the body (breaks, spaces, quote marks after a break)
    never changes the licence read."""
    body = body_of(SIGNED)
    for position, blank in sorted(breaks, reverse=True):
        at = position % (len(body) + 1)
        body = body[:at] + blank + body[at:]
    assert verify(f"{BEGIN}\n{body}\n{END}\n", PUBLIC) == verify(SIGNED, PUBLIC)
