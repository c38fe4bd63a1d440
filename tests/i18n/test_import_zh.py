"""The import's refusals and its rejected rows in Chinese on the command line; the JSON report
keeps its English reason keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _import(language: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(
        DEALBOOK_LANGUAGE=language,
        LANG="en_US.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    db = tmp_path / "book.sqlite"
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "import", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("zh_CN", "此文件是空的；请重新导出数据，并选择一个含有数据行的文件。"),
        ("zh_TW", "此檔案是空的；請重新匯出資料，並選擇一個含有資料列的檔案。"),
        ("en", "This file is empty; export the data again and choose a file with rows."),
    ],
)
def test_an_empty_file_is_refused_in_the_chosen_language(tmp_path, language, sentence):
    empty = tmp_path / "deals.csv"
    empty.write_bytes(b"\n \n")
    out = _import(language, tmp_path, "--kind", "deals", str(empty))
    assert out.returncode == 1, out.stdout
    assert sentence in out.stderr
    assert "Traceback" not in out.stderr


def test_a_binary_file_is_refused_in_chinese(tmp_path):
    binary = tmp_path / "deals.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    out = _import("zh_CN", tmp_path, "--kind", "deals", str(binary))
    assert out.returncode == 1, out.stdout
    assert "此文件看起来是二进制文件，而不是 CSV 或 Excel 表格" in out.stderr


def test_a_file_of_another_kind_is_refused_in_chinese_naming_that_kind(tmp_path):
    spend = tmp_path / "spend.csv"
    spend.write_text(
        "spent_on,amount,currency,category,source\n"
        "2025-01-02,100,USD,marketing,Web\n"
        "2025-01-03,200,USD,marketing,Web\n",
        encoding="utf-8",
    )
    out = _import("zh_TW", tmp_path, "--kind", "nps", "--dry-run", str(spend))
    assert out.returncode == 1, out.stdout
    assert (
        "此檔案中沒有任何欄可用作 nps 的回覆日期、評分；它的欄屬於行銷支出：請以 spend 類型匯入。"
        in (out.stderr)
    )


def test_a_rejected_rows_reason_is_shown_in_chinese_and_kept_in_json(tmp_path):
    deals = tmp_path / "deals.csv"
    good = "".join(f"A{i},Deal {i},won,{i}200,USD,2025-03-0{i}\n" for i in range(1, 9))
    deals.write_text(
        "external_id,title,status,amount,currency,closed_on\n"
        + good
        + "B1,Beta,won,-50,USD,2025-03-02\n"
        + "B2,Gamma,won,abc,USD,2025-03-03\n",
        encoding="utf-8",
    )
    out = _import("zh_CN", tmp_path, "--kind", "deals", "--dry-run", str(deals))
    assert out.returncode == 0, out.stderr
    assert "negative amount" not in out.stdout
    assert "第 9 行（文件第 10 行）：金额为负" in out.stdout, out.stdout
    assert "第 10 行（文件第 11 行）：不是数字" in out.stdout, out.stdout
    report = _import("zh_CN", tmp_path, "--kind", "deals", "--dry-run", "--json", str(deals))
    reasons = {r["reason"] for r in json.loads(report.stdout)["rejects"]}
    assert reasons == {"negative amount", "not a number"}


def test_every_reason_a_row_can_be_rejected_for_is_worded_for_translation():
    """The reasons validate.py builds from the declarations ("missing <field>", "negative
    <field>") and the fixed ones are all in the list lupdate collects."""
    from desktop_app.importing.fields import KINDS
    from desktop_app.store.kinds import KINDS as DECLARED
    from desktop_app.ui.i18n import IMPORT_REASONS

    wanted = {"wrong number of fields", "repeated record id", "unknown deal"}
    for kind, fields in KINDS.items():
        for f in fields:
            if f.required:
                what = "name" if f.name in ("title", "name") else f.name.replace("_", " ")
                wanted.add(f"missing {what}")
        for d in DECLARED[kind].fields if kind in DECLARED else ():
            if d.type == "number" and d.minimum is not None:
                wanted.add(f"negative {d.name}")
    assert wanted <= set(IMPORT_REASONS), sorted(wanted - set(IMPORT_REASONS))
