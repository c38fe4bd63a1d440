"""The command line's human output in Chinese (the system's language), JSON unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    out = _dealbook("en_US.UTF-8", "demo", "--db", str(path), "--deals", "150", "--seed", "5")
    assert out.returncode == 0, out.stderr
    return path


def _dealbook(lang: str, *args: str, home: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.pop("DEALBOOK_LANGUAGE", None)
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen")
    if home is not None:
        env["XDG_CONFIG_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "zh_CN.UTF-8",
            [
                "指标",
                "本期",
                "上期",
                "总销售额",
                "赢单率",
                "销售周期",
                "客户流失率",
                "净推荐值 (NPS)",
                "获客成本 (CAC)",
                "币种",
            ],
        ),
        (
            "zh_TW.UTF-8",
            [
                "指標",
                "本期",
                "總銷售額",
                "贏單率",
                "銷售週期長度",
                "客戶流失率",
                "淨推薦值 (NPS)",
                "客戶獲取成本 (CAC)",
                "幣別",
            ],
        ),
        ("en_US.UTF-8", ["Figure", "This period", "Revenue", "Win rate", "Sales cycle"]),
    ],
)
def test_kpi_table_in_the_systems_language(demo_db, tmp_path, lang, words):
    out = _dealbook(lang, "kpi", "--db", str(demo_db), "--period", "2025", home=tmp_path)
    assert out.returncode == 0, out.stderr
    missing = [w for w in words if w not in out.stdout]
    assert not missing, f"{missing} not in:\n{out.stdout[:1500]}"


def test_json_stays_english(demo_db, tmp_path):
    out = _dealbook(
        "zh_CN.UTF-8", "kpi", "--db", str(demo_db), "--period", "2025", "--json", home=tmp_path
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert "revenue" in data["kpis"] and "win_rate" in data["kpis"]
    assert "总销售额" not in out.stdout


def test_errors_are_one_chinese_sentence(tmp_path):
    missing = tmp_path / "none.sqlite"
    out = _dealbook("zh_CN.UTF-8", "kpi", "--db", str(missing), home=tmp_path)
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.strip() == (
        f"{missing} 处没有数据库。请用 `dealbook demo --db {missing}` 创建一个，或导入文件。"
    )
    out = _dealbook("zh_TW.UTF-8", "kpi", "--period", "2025", "--from", "2025-01-01", home=tmp_path)
    assert out.returncode == 1
    assert out.stderr.strip() == "請給出 --period 或 --from/--to，不能同時給出。"


def test_the_choice_saved_in_settings_wins_over_the_system(demo_db, tmp_path):
    conf = tmp_path / "Dealbook" / "Dealbook.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[General]\nlanguage=zh_TW\n", encoding="utf-8")
    out = _dealbook("en_US.UTF-8", "kpi", "--db", str(demo_db), "--period", "2025", home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "總銷售額" in out.stdout and "Revenue" not in out.stdout


def test_english_counts_read_singular_and_plural():
    from desktop_app.translation import translate

    assert translate("cli", "%Ln row(s) removed", None, 1) == "1 row removed"
    assert translate("cli", "%Ln row(s) removed", None, 12000) == "12,000 rows removed"


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (
            ["kpi", "--period", "20x5"],
            "'20x5' 不是期间。请写年份（2025）、季度（2025-Q1）或月份（2025-03）。",
        ),
        (
            ["kpi", "--period", "2025-13"],
            "'2025-13' 不是有效的月份：请使用 01 到 12，例如 2025-03。",
        ),
        (
            ["kpi", "--from", "2025-03-01", "--to", "2025-02-01"],
            "期间的结束日期（2025-02-01）早于开始日期（2025-03-01）：--from 须早于 --to。",
        ),
        (
            ["report", "--period", "2025", "--out", "review.doc"],
            "Dealbook 无法将报告写为 .doc：请将输出文件命名为 .pdf、.html 或 .xlsx。",
        ),
        (["undo-import", "999"], "没有编号为 999 的导入；请运行 'dealbook imports' 查看各次导入。"),
        (
            ["export", "--kind", "deals", "--out", "deals.txt"],
            "--out deals.txt 必须以 .csv 或 .xlsx 结尾。",
        ),
    ],
)
def test_refusals_of_each_command_are_chinese(demo_db, tmp_path, args, sentence):
    out = _dealbook("zh_CN.UTF-8", *args, "--db", str(demo_db), home=tmp_path)
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.strip() == sentence


def test_the_xlsx_review_of_the_command_line_is_chinese(demo_db, tmp_path):
    """``dealbook report --out x.xlsx`` runs without a window: its words still come from the
    catalogue (sheet names, titles, headers)."""
    from openpyxl import load_workbook

    target = tmp_path / "review.xlsx"
    out = _dealbook(
        "zh_CN.UTF-8", "report", "--db", str(demo_db), "--period", "2025", "--out", str(target)
    )
    assert out.returncode == 0, out.stderr
    book = load_workbook(target, read_only=True)
    assert book.sheetnames[:3] == ["报告", "摘要", "漏斗"], book.sheetnames
    first = [c for row in book["摘要"].iter_rows(max_row=6, values_only=True) for c in row if c]
    assert "指标" in first and "Figure" not in first, first


def test_help_is_chinese(tmp_path):
    """argparse's own words and every option's help of ``dealbook import --help``."""
    out = _dealbook("zh_CN.UTF-8", "import", "--help", home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("用法：dealbook import"), out.stdout[:200]
    for words in ("位置参数", "选项", "显示此帮助信息并退出", "要导入的文件", "只检查和计数"):
        assert words in out.stdout, words
    for english in ("usage:", "options:", "show this help", "the file to import"):
        assert english not in out.stdout, english


HELPED = ("backup", "demo", "export", "import_file", "imports", "kpi", "report", "undo_import")


@pytest.mark.parametrize("module", HELPED)
def test_every_help_and_description_is_translated(module):
    """``help=`` and ``description=`` of the parsers take ``translate("cli", ...)``, not a
    literal that would stay English."""
    import ast

    found = []
    path = ROOT / "desktop_app" / "commands" / f"{module}.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        for kw in node.keywords if isinstance(node, ast.Call) else []:
            if kw.arg in ("help", "description") and isinstance(kw.value, ast.Constant):
                found.append(f"{path.name}:{node.lineno}: {kw.value.value!r}")
    assert not found, found


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["kpi", "--period"], "dealbook kpi：--period 需要一个值。请参阅 `dealbook kpi --help`。"),
        (
            ["kpi", "--json=3"],
            "dealbook kpi：--json 不接受值，不能写 '3'。请参阅 `dealbook kpi --help`。",
        ),
    ],
)
def test_argparse_refusals_are_chinese(tmp_path, args, sentence):
    out = _dealbook("zh_CN.UTF-8", *args, home=tmp_path)
    assert out.returncode == 1 and out.stderr.strip() == sentence
