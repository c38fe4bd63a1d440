"""``dealbook licence show`` / ``install``: a key made by the vendor's script unlocks the app
offline; a changed key is one sentence and exit 1; a key that predates a version explains
itself there while the version it covers stays licensed."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app
from desktop_app import cli
from desktop_app.licensing import status as licensing
from desktop_app.licensing.words import not_a_key, not_genuine

from .conftest import ROOT

ISSUE = ROOT / "installers" / "licensing" / "issue_key.py"


def issue_key(vendor_key, tmp_path, *extra: str, env: dict | None = None) -> str:
    """A key file made by the vendor's script (the private key given as a file path)."""
    out = tmp_path / "ana.licence.txt"
    args = [sys.executable, str(ISSUE), "--name", "Ana Li", "--email", "ana@example.com"]
    args += ["--edition", "Standard", "--seats", "3", "--issued", "2026-11-01", "-o", str(out)]
    if env is None:
        args += ["--private-key", str(vendor_key.pem_path)]
    subprocess.run([*args, *extra], check=True, capture_output=True, text=True, env=env)
    return str(out)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def show_json(capsys) -> dict:
    code, out, _ = run(capsys, "licence", "show", "--json")
    assert code == 0
    return json.loads(out)


def test_without_a_key_it_is_an_evaluation_copy(capsys, vendor_key):
    code, out, err = run(capsys, "licence", "show")
    assert code == 0 and err == ""
    assert out.startswith("Evaluation copy: everything works and nothing is locked")
    assert show_json(capsys) == {
        "status": "evaluation",
        "name": None,
        "email": None,
        "edition": None,
        "seats": None,
        "issued": None,
        "updates_until": None,
        "version_covered": None,
    }


def test_a_key_made_by_the_script_unlocks_the_app_offline(capsys, vendor_key, tmp_path, no_network):
    key = issue_key(vendor_key, tmp_path, "--updates-until", "2027-10-31")
    code, out, err = run(capsys, "licence", "install", key)
    assert (code, err) == (0, "")
    assert out.splitlines()[:3] == [
        "Licence installed.",
        "Licensed to Ana Li <ana@example.com>.",
        "Standard edition, 3 seats; updates until 2027-10-31.",
    ]
    assert show_json(capsys) == {
        "status": "licensed",
        "name": "Ana Li",
        "email": "ana@example.com",
        "edition": "Standard",
        "seats": 3,
        "issued": "2026-11-01",
        "updates_until": "2027-10-31",
        "version_covered": desktop_app.__version__,
    }
    saved = licensing.licence_path()
    assert saved.parent == licensing.paths.data_dir() and saved.read_text().startswith("-----BEGIN")
    assert not [p for p in saved.parent.iterdir() if ".partial" in p.name]


def test_the_private_key_may_come_from_the_environment(capsys, vendor_key, tmp_path):
    pem = vendor_key.pem_path.read_text()
    for value in (pem, str(vendor_key.pem_path)):  # the PEM text, or the file's path
        env = {"PATH": "/usr/bin:/bin", "DEALBOOK_LICENCE_PRIVATE_KEY": value}
        key = issue_key(vendor_key, tmp_path, env=env)
        assert run(capsys, "licence", "install", key)[0] == 0
        assert show_json(capsys)["status"] == "licensed"


def test_the_script_refuses_without_a_private_key(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ISSUE), "--name", "Ana", "--email", "a@b.c"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("No private key: give --private-key PATH")


def test_a_key_from_stdin(capsys, vendor_key, tmp_path, monkeypatch):
    text = Path(issue_key(vendor_key, tmp_path)).read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    assert run(capsys, "licence", "install", "-")[0] == 0
    assert show_json(capsys)["name"] == "Ana Li"


def test_a_changed_character_is_one_sentence_and_keeps_the_licence(capsys, vendor_key, tmp_path):
    good = issue_key(vendor_key, tmp_path)
    assert run(capsys, "licence", "install", good)[0] == 0
    before = licensing.licence_path().read_bytes()
    text = Path(good).read_text(encoding="utf-8")
    body_line = text.splitlines()[3]
    i = text.index(body_line) + 10
    tampered = tmp_path / "tampered.txt"
    tampered.write_text(text[:i] + ("B" if text[i] != "B" else "C") + text[i + 1 :])
    code, out, err = run(capsys, "licence", "install", str(tampered))
    assert (code, out) == (1, "")
    assert err == not_genuine() + "\n"
    assert licensing.licence_path().read_bytes() == before  # the licence stays as it was
    assert show_json(capsys)["status"] == "licensed"


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"", "No licence key was given"),
        (b"Dear Ana,\nthank you for your order.\n", "This is not a Dealbook licence key"),
        (b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "This is not a Dealbook licence key"),
    ],
)
def test_not_a_key_file(capsys, vendor_key, tmp_path, content, sentence):
    path = tmp_path / "file.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, "licence", "install", str(path))
    assert (code, out) == (1, "")
    assert err.startswith(sentence) and err.count("\n") == 1
    assert not licensing.licence_path().exists()


def test_a_missing_file(capsys, vendor_key, tmp_path):
    code, _, err = run(capsys, "licence", "install", str(tmp_path / "nope.txt"))
    assert code == 1
    assert err == f"No file at {tmp_path / 'nope.txt'}: check the name of the key file.\n"


def test_an_edited_installed_licence_says_so_and_nothing_is_locked(capsys, vendor_key, tmp_path):
    assert run(capsys, "licence", "install", issue_key(vendor_key, tmp_path))[0] == 0
    path = licensing.licence_path()
    path.write_text(path.read_text().replace("eyJ", "eyK", 1))
    code, out, _ = run(capsys, "licence", "show")
    assert code == 0
    assert out.startswith(f"The licence saved in {path} does not check out")
    assert show_json(capsys)["status"] == "damaged"
    assert licensing.is_evaluation_copy()


def test_a_key_whose_updates_ended_before_a_newer_version(
    capsys, vendor_key, tmp_path, monkeypatch
):
    """Bought with version 0.1.0 (released 2026-11-30), updates until 2027-10-31: version
    0.3.0 (2028-02-01) explains; 0.1.0 and 0.2.0 (2027-06-01) stay licensed."""
    key = issue_key(vendor_key, tmp_path, "--updates-until", "2027-10-31")
    releases = (("0.1.0", "2026-11-30"), ("0.2.0", "2027-06-01"), ("0.3.0", "2028-02-01"))
    monkeypatch.setattr(desktop_app, "RELEASES", releases)
    monkeypatch.setattr(desktop_app, "__version__", "0.3.0")
    monkeypatch.setattr(desktop_app, "RELEASE_DATE", "2028-02-01")
    code, out, err = run(capsys, "licence", "install", key)
    assert (code, err) == (0, "")  # the key is genuine: it is kept
    assert out.splitlines()[1:] == [
        "Licensed to Ana Li <ana@example.com>.",
        "Standard edition, 3 seats; updates until 2027-10-31.",
        "Your key predates this version: Dealbook 0.3.0 was released on 2028-02-01, after "
        "its updates ended (2027-10-31).",
        "The version you bought, Dealbook 0.2.0, keeps working with this key for good.",
        "This version runs as an evaluation copy: everything works; printed reviews carry an "
        "“Evaluation copy” line. A key with updates until 2028-02-01 or later covers it.",
    ]
    state = show_json(capsys)
    assert (state["status"], state["version_covered"]) == ("updates_ended", "0.2.0")
    assert licensing.is_evaluation_copy()

    for version, day in releases[:2]:  # the older versions keep working, for good
        monkeypatch.setattr(desktop_app, "__version__", version)
        monkeypatch.setattr(desktop_app, "RELEASE_DATE", day)
        state = show_json(capsys)
        assert (state["status"], state["version_covered"]) == ("licensed", version)
        assert not licensing.is_evaluation_copy()


def test_the_computer_clock_never_expires_a_key(capsys, vendor_key, tmp_path, monkeypatch):
    """Perpetual: the check reads no clock, so a key works in 2090 as on the first day."""
    import datetime as dt

    class Far(dt.date):
        @classmethod
        def today(cls):
            return cls(2090, 1, 1)

    assert run(capsys, "licence", "install", issue_key(vendor_key, tmp_path))[0] == 0
    monkeypatch.setattr(dt, "date", Far)
    assert show_json(capsys)["status"] == "licensed"


def test_the_shipped_public_key_is_real_and_refuses_test_keys(
    capsys, vendor_key, tmp_path, monkeypatch
):
    """Without the tests' override the app trusts only its own public key(s)."""
    from desktop_app.licensing import public_key

    key = issue_key(vendor_key, tmp_path)
    monkeypatch.delenv(public_key.OVERRIDE_ENV)
    assert len(public_key.trusted_keys()) == len(public_key.PUBLIC_KEYS) >= 1
    code, _, err = run(capsys, "licence", "install", key)
    assert code == 1 and err == not_genuine() + "\n"


def test_no_private_key_is_in_the_repository():
    """The signing key stays with the vendor: no tracked file holds a PEM private key."""
    pem = re.compile(rb"-----BEGIN [A-Z ]*PRIVATE KEY-----\s+[A-Za-z0-9+/=\s]{40,}-----END")
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    files = [ROOT / name.decode() for name in tracked if name]
    found = [
        str(path)
        for path in files
        if path.is_file() and path.stat().st_size < 2_000_000 and pem.search(path.read_bytes())
    ]
    assert found == []


def test_not_a_key_sentence_is_plain():
    assert not_a_key().endswith("and try again.")
