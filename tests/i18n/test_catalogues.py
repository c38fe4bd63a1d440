"""The Chinese catalogues: complete, current with the sources, compiled, in the glossary's words."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW")
BIN = Path(sys.executable).parent
_CJK = re.compile(r"[\u3400-\u9fff]")
_PLACEHOLDER = re.compile(r"\{\d\}|%L?n|%\d")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(FOLDER / f"dealbook_{language}.ts")
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    found = messages(language)
    assert len(found) > 900
    problems = []
    for context, source, message in found:
        translation = message.find("translation")
        kind = translation.get("type")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
            continue
        for form in forms:
            if sorted(_PLACEHOLDER.findall(form)) != sorted(_PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_lrelease_finds_nothing_unfinished(language, tmp_path):
    out = subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            str(FOLDER / f"dealbook_{language}.ts"),
            "-qm",
            str(tmp_path / "x.qm"),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(
        r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", out
    )
    assert match, out
    assert int(match.group(1)) == int(match.group(2)) and match.group(3) == "0", out
    assert "ignored" not in out.lower(), out


def test_catalogues_hold_every_string_of_the_sources_and_their_compiled_files(tmp_path):
    """Collecting the strings again (scripts/update_translations.sh) changes neither the .ts
    nor the committed .qm files: every string of the code is in the catalogues, translated,
    and the .qm files are compiled from the current .ts files."""
    for language in LANGUAGES:
        shutil.copy(FOLDER / f"dealbook_{language}.ts", tmp_path)
    subprocess.run(
        ["bash", "scripts/update_translations.sh"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env={
            "PATH": f"{BIN}:/usr/bin:/bin",
            "DEALBOOK_TS_DIR": str(tmp_path),
            "DEALBOOK_BIN": str(BIN),
        },
    )
    for language in LANGUAGES:
        name = f"dealbook_{language}"
        fresh = (tmp_path / f"{name}.ts").read_text(encoding="utf-8")
        committed = (FOLDER / f"{name}.ts").read_text(encoding="utf-8")
        assert fresh == committed, (
            f"{name}.ts is behind the code: run scripts/update_translations.sh and translate "
            "the new strings"
        )
        assert (tmp_path / f"{name}.qm").read_bytes() == (FOLDER / f"{name}.qm").read_bytes(), (
            f"{name}.qm is not compiled from {name}.ts: run scripts/update_translations.sh"
        )


def _glossary() -> list[tuple[str, str, str]]:
    """(id, Simplified, Traditional) of the glossary rows that name one KPI or breakdown."""
    text = ROOT.parent / "shared" / "glossary_zh.md"
    if not text.exists():
        text = ROOT / "docs" / "glossary_zh.md"
    rows = []
    for line in text.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"[a-z_]+", cells[0]):
            rows.append((cells[0], cells[2], cells[3]))
    return rows


@pytest.mark.parametrize("language", LANGUAGES)
def test_kpi_labels_use_the_glossary_terms(language, qapp):
    from desktop_app.presentation.breakdown_table import BREAKDOWNS
    from desktop_app.presentation.kpi_table import KPIS, label
    from desktop_app.ui import i18n

    rows = [r for r in _glossary() if r[0] in KPIS or r[0] in BREAKDOWNS]
    assert len(rows) >= 40
    assert i18n.install(language) == language
    wrong = []
    for kpi_id, simplified, traditional in rows:
        term = simplified if language == "zh_CN" else traditional
        # the glossary's term, with or without its abbreviations in brackets
        shown = re.sub(r"\s*\([A-Z]+\)", "", label(kpi_id))
        if re.sub(r"\s*\([A-Z]+\)", "", term) not in shown:
            wrong.append(f"{kpi_id}: {shown!r}, glossary {term!r}")
    assert not wrong, "\n".join(wrong)
