"""Every text the window, the charts and the reports show goes through a translation."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.i18n.unwrapped import _text_of, unwrapped_texts

ROOT = Path(__file__).resolve().parents[2]
#: literals that are no words to translate: file-type filters, names
ALLOWED = {"*.sqlite"}


def test_no_user_visible_literal_escapes_translation():
    found = []
    for folder in ("ui", "reports", "charts"):
        found += unwrapped_texts(ROOT / "desktop_app" / folder, ALLOWED)
    assert not found, "wrap these in self.tr()/translate():\n" + "\n".join(found)


def test_the_scan_finds_a_plain_literal(tmp_path):
    (tmp_path / "page.py").write_text(
        "def build(self, n):\n"
        "    QLabel('Pipeline stages', self)\n"
        "    self.button.setText(f'{n} deals')\n"
        "    self.box.setTitle(self.tr('Money'))\n"
        "    combo.addItem(self.tr('Won'), 'won')\n"
        "    log.warning('background task: %s', n)\n",
        encoding="utf-8",
    )
    found = unwrapped_texts(tmp_path, set())
    assert [f.split(": ", 1)[1] for f in found] == ["'Pipeline stages'", "' deals'"]


def test_command_line_sentences_are_wrapped():
    """print() and UserError() in the commands take translate(...) or a variable, not a
    literal sentence (an f-string of values and spaces only is fine)."""
    found = []
    for path in sorted((ROOT / "desktop_app" / "commands").glob("*.py")) + [
        ROOT / "desktop_app" / "cli.py"
    ]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in ("print", "UserError", "ArgumentError")
                and node.args
                and re.search(r"[A-Za-z]{2,}", _text_of(node.args[0]) or "")
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert not found, found
