"""Write the words passed to the modules' one-line translation helpers as lupdate can read them.

Several modules translate through a small helper (``def _tr(text): return
QCoreApplication.translate("charts", text)``, ``desktop_app.reports.i18n.tr``). Qt's
``pyside6-lupdate`` only sees calls whose context is written at the call, so this script finds
every such helper, every call of it with a literal text, and prints
``QCoreApplication.translate("<context>", "<text>")`` lines that
``scripts/update_translations.sh`` gives lupdate along with the sources.

    python scripts/tr_helpers.py desktop_app > /tmp/helpers.py
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path


def _module_name(path: Path, root: Path) -> str:
    rel = path.relative_to(root.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _helper_context(func: ast.FunctionDef) -> str | None:
    """The context of ``def h(text): return QCoreApplication.translate("ctx", text)``."""
    if not func.args.args:
        return None
    param = func.args.args[0].arg
    for node in func.body:
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Call):
            call = node.value
            name = call.func.attr if isinstance(call.func, ast.Attribute) else None
            if (
                name == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == param
            ):
                return call.args[0].value
    return None


def helper_calls(root: Path) -> list[tuple[str, str, str]]:
    """(context, text, file) of every literal text given to a translation helper."""
    trees = {}
    for path in sorted(root.rglob("*.py")):
        trees[_module_name(path, root)] = (path, ast.parse(path.read_text(encoding="utf-8")))
    helpers: dict[str, dict[str, str]] = {}
    for module, (_path, tree) in trees.items():
        for node in ast.walk(tree):  # module-level helpers and local ones (``def t(text)``)
            if isinstance(node, ast.FunctionDef) and (ctx := _helper_context(node)):
                helpers.setdefault(module, {})[node.name] = ctx
    found: list[tuple[str, str, str]] = []
    for module, (path, tree) in trees.items():
        names = dict(helpers.get(module, {}))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in helpers:
                for alias in node.names:
                    if alias.name in helpers[node.module]:
                        names[alias.asname or alias.name] = helpers[node.module][alias.name]
        if not names:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in names
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((names[node.func.id], node.args[0].value, str(path)))
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else "desktop_app").resolve()
    print("from PySide6.QtCore import QCoreApplication\n")
    for context, text, _file in helper_calls(root):
        print(
            f"QCoreApplication.translate({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
