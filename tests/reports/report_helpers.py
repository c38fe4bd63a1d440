"""Helpers shared by the report tests (a module name no other test folder uses)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

PDFTOTEXT = shutil.which("pdftotext")


def pdf_text(path: Path) -> str:
    """The text of a PDF as ``pdftotext -layout`` reads it (pages split by form feeds)."""
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: cannot read the PDF back")
    out = subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return out.stdout
