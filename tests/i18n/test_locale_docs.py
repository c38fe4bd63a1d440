"""The Chinese guide cannot drift from the app: docs/zh-CN/kpis.md holds every KPI of the
presentation table with its Simplified Chinese name and formula exactly as the app shows them
(the zh_CN translation of the table's words), and README.md links the Chinese README.

Regenerate the table after a change of the KPI table or its translations with
``python -m tests.i18n.test_locale_docs`` (it rewrites the table between the markers)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QTranslator

from desktop_app.presentation import units as u
from desktop_app.presentation.kpi_table import KPIS
from desktop_app.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
KPI_DOC = ROOT / "docs" / "zh-CN" / "kpis.md"
BEGIN = "<!-- KPI table: generated from desktop_app/presentation/kpi_table.py -->"
END = "<!-- end of the KPI table -->"

#: how each unit reads in the table's last column
UNIT_WORDS = {
    u.MONEY: "金额",
    u.MONEY_PER_DAY: "金额 / 天",
    u.MONEY_PER_30_DAYS: "金额 / 30 天",
    u.RATE: "百分比",
    u.GROWTH: "增长率（带正负号）",
    u.DAYS: "天",
    u.HOURS: "小时",
    u.SCORE: "分数",
    u.COUNT: "个数",
    u.RATIO: "倍数",
    u.DECIMAL: "数值",
    u.MONTHS: "月数",
    u.DATE: "日期",
    u.NUMBER: "数值",
}


def _translator() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "dealbook_zh_CN.qm")))
    return translator


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def kpi_rows() -> list[str]:
    """One Markdown row per KPI of the presentation table, in its order."""
    translator = _translator()
    rows = ["| 指标 | 编号 | 公式 | 单位 |", "|---|---|---|---|"]
    for kpi_id, entry in KPIS.items():
        name = translator.translate("kpi", str(entry.label)) or str(entry.label)
        formula = translator.translate("kpi", str(entry.formula)) or str(entry.formula)
        unit = UNIT_WORDS.get(entry.unit, entry.unit)
        rows.append(f"| {_cell(name)} | `{kpi_id}` | {_cell(formula)} | {unit} |")
    return rows


def test_every_kpi_of_the_table_is_in_the_chinese_guide(qapp):
    text = KPI_DOC.read_text(encoding="utf-8")
    table = text.split(BEGIN)[1].split(END)[0]
    documented = re.findall(r"`([a-z0-9_]+)`", table)
    assert documented == list(KPIS), "docs/zh-CN/kpis.md lists other KPIs than the app"
    assert table.strip().splitlines() == kpi_rows(), (
        "docs/zh-CN/kpis.md no longer matches the app's words: regenerate it with "
        "python -m tests.i18n.test_locale_docs"
    )


def test_readme_links_the_chinese_readme_and_guides():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "README.zh-CN.md" in readme.split("\n## ")[0]  # at the top
    chinese = (ROOT / "README.zh-CN.md").read_text(encoding="utf-8")
    for command in ("bash scripts/setup.sh", "bash scripts/test.sh"):
        assert f"```\n{command}\n```" in readme and f"```\n{command}\n```" in chinese
    for link in re.findall(r"\]\(([^)#]+)\)", chinese):
        if not link.startswith("http"):
            assert (ROOT / link).exists(), f"README.zh-CN.md links a missing {link}"


def _rewrite() -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - the translator's
    text = KPI_DOC.read_text(encoding="utf-8")
    before, rest = text.split(BEGIN)
    after = rest.split(END)[1]
    KPI_DOC.write_text(
        before + BEGIN + "\n" + "\n".join(kpi_rows()) + "\n" + END + after, encoding="utf-8"
    )


if __name__ == "__main__":
    _rewrite()
