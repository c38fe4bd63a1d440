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
