"""Only desktop_app.store touches the database: the import-linter contract holds, and no
module outside the store imports sqlite3, SQLAlchemy or Alembic (not even for typing)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATABASE_MODULES = {"sqlite3", "sqlalchemy", "alembic"}


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_outside_the_store_imports_the_database() -> None:
    offenders = []
    for package in ("desktop_app", "kpi_core"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.is_relative_to(ROOT / "desktop_app" / "store"):
                continue
            if _imported(path) & DATABASE_MODULES:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_import_linter_contract_holds() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--contract", "store-owns-the-database"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout
