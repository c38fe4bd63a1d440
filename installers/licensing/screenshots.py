"""Screenshots of Help ▸ Enter licence… and the About box, for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python installers/licensing/screenshots.py

Runs each language (``en``, ``zh_CN``) in its own process, in a private data folder, with a
throwaway key pair made for the pictures (``DEALBOOK_LICENCE_PUBLIC_KEYS``: the shipped
private key is not at hand, and the pictures must not show a real buyer). Saves, for each
window size set, ``licence-evaluation.png``, ``licence-refused.png`` (one character of the
key changed), ``licence-installed.png``, ``about.png`` / ``about-evaluation.png`` (no
licence) and ``about-licensed.png`` under ``docs/screenshots/<en|zh-CN>/<W>x<H>/``.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
LANGS = {"en": "en", "zh_CN": "zh-CN"}
SIZES = ("1024x700", "1920x1080")


def pump(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def shoot(lang: str) -> int:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    home = Path(tempfile.mkdtemp(prefix="dealbook-licence-shots-"))
    os.environ["DEALBOOK_HOME"] = str(home)
    os.environ["DEALBOOK_LANGUAGE"] = lang
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    os.environ["DEALBOOK_LICENCE_PUBLIC_KEYS"] = base64.urlsafe_b64encode(raw).decode().rstrip("=")

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))
    from desktop_app.licensing import Licence, sign
    from desktop_app.ui.help_dialogs import AboutDialog
    from desktop_app.ui.launch import make_application
    from desktop_app.ui.licence_dialog import LicenceDialog

    make_application()
    chinese = lang.startswith("zh")
    licence = Licence(
        name="李安娜" if chinese else "Ana Li",
        email="ana@northwind.example",
        edition="标准" if chinese else "Standard",
        seats=3,
        issued=dt.date(2026, 11, 30),
        updates_until=dt.date(2027, 11, 30),
    )
    text = sign(licence, key)
    pictures: dict[str, object] = {}

    def grab(widget, name: str) -> None:  # noqa: ANN001
        widget.show()
        widget.raise_()
        pump(0.6)
        pictures[name] = widget.grab()

    about = AboutDialog(home / "dealbook.sqlite")
    grab(about, "about-evaluation")
    pictures["about"] = pictures["about-evaluation"]
    about.close()
    dialog = LicenceDialog()
    grab(dialog, "licence-evaluation")
    i = text.index("\n", 40) - 7
    dialog.text.setPlainText(text[:i] + ("Q" if text[i] != "Q" else "R") + text[i + 1 :])
    dialog.install()
    grab(dialog, "licence-refused")
    dialog.text.setPlainText(text)
    if not dialog.install():
        raise SystemExit("the picture's key was refused")
    grab(dialog, "licence-installed")
    dialog.close()
    about = AboutDialog(home / "dealbook.sqlite")
    grab(about, "about-licensed")
    about.close()
    for size in SIZES:
        folder = ROOT / "docs" / "screenshots" / LANGS[lang] / size
        folder.mkdir(parents=True, exist_ok=True)
        for name, picture in pictures.items():
            path = folder / f"{name}.png"
            if not picture.save(str(path)):  # type: ignore[attr-defined]
                raise SystemExit(f"could not save {path}")
            print(f"saved {path}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=sorted(LANGS))
    args = parser.parse_args()
    if args.lang:
        return shoot(args.lang)
    return max(subprocess.call([sys.executable, __file__, "--lang", lang]) for lang in LANGS)


if __name__ == "__main__":
    sys.exit(main())
