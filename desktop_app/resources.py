"""Find the files in ``resources/`` the same way from source and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    """Dealbook's compiled translations (``dealbook_<lang>.qm``); Qt's own for the languages
    Dealbook speaks are in its ``qt`` folder in a bundle (see ``installers/dealbook.spec``)."""
    return resources_dir() / "translations"
