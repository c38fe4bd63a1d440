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


def _helper_context(func: ast.FunctionDef) -> str | tuple[int, int] | None:
    """What a translation helper translates: the context of ``def h(text): return
    QCoreApplication.translate("ctx", text)``, or the positions of the context and text
    parameters of ``def h(context, text, n): … QCoreApplication.translate(context, text, …)``."""
    params = [a.arg for a in func.args.args]
    if not params:
        return None
    for node in ast.walk(func):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else None
        if name != "translate":
            continue
        first, second = node.args[0], node.args[1]
        if not (isinstance(second, ast.Name) and second.id in params):
            continue
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value if second.id == params[0] else None
        if isinstance(first, ast.Name) and first.id in params:
            return params.index(first.id), params.index(second.id)
    return None


def _literal(args: list[ast.expr], index: int) -> str | None:
    if index < len(args) and isinstance(args[index], ast.Constant):
        value = args[index].value
        return value if isinstance(value, str) else None
    return None


def helper_calls(root: Path) -> list[tuple[str, str, str]]:
    """(context, text, file) of every literal text given to a translation helper."""
    trees = {}
    for path in sorted(root.rglob("*.py")):
        trees[_module_name(path, root)] = (path, ast.parse(path.read_text(encoding="utf-8")))
    helpers: dict[str, dict[str, str | tuple[int, int]]] = {}
    for module, (_path, tree) in trees.items():
        for node in ast.walk(tree):  # module-level helpers and local ones (``def t(text)``)
            if isinstance(node, ast.FunctionDef) and (ctx := _helper_context(node)):
                helpers.setdefault(module, {})[node.name] = ctx
    found: list[tuple[str, str, str]] = []
    for module, (path, tree) in trees.items():
        names: dict[str, str | tuple[int, int]] = dict(helpers.get(module, {}))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in helpers:
                for alias in node.names:
                    if alias.name in helpers[node.module]:
                        names[alias.asname or alias.name] = helpers[node.module][alias.name]
        if not names:
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            helper = names.get(node.func.id)
            if helper is None:
                continue
            if isinstance(helper, str):
                context, text = helper, _literal(node.args, 0)
            else:
                context, text = _literal(node.args, helper[0]), _literal(node.args, helper[1])
            if context is not None and text is not None:
                found.append((context, text, str(path)))
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
