"""What the import says about a file in Chinese: every rejected row's detail, the mapping's
notes, the progress steps; the reason keys stay English (the JSON report's contract)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from desktop_app.commands.import_file import _summary
from desktop_app.importing.api import run_import_at
from desktop_app.store.kinds import KINDS as DECLARED
from desktop_app.ui import i18n
from desktop_app.ui.i18n import IMPORT_REASONS

ROOT = Path(__file__).resolve().parents[2]
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z_]+")
#: words a Chinese detail keeps: codes and the values a file must hold (activity types)
KEPT = {"NPS", "USD", "EUR", "IsWon", "Won", "Lost", "Open", "Dealbook"}
KEPT |= set(DECLARED["activities"].field("type").choice_values)

DEALS = (
    "Deal Name,Amount,Currency,Status,Close Date,Probability\n"
    "Alpha,1200,USD,won,2025-03-02,50\n"  # fine
    "Beta,-50,USD,won,2025-03-02,50\n"  # negative amount
    "Gamma,abc,USD,won,2025-03-03,50\n"  # not a number
    ",300,USD,won,2025-03-04,50\n"  # missing name
    "Delta,400,USD,won,,50\n"  # missing close date (won)
    "Epsilon,500,USD,lost,,50\n"  # missing close date (lost)
    "Zeta,600,USD,won,2099-01-01,50\n"  # close date in the future
    "Eta,700,USD,won,2025-03-05,150\n"  # probability out of range
    "Theta,EUR 800,USD,won,2025-03-06,50\n"  # currency differs
    "Iota,900,USD,won,2025-03-07,50,extra\n"  # wrong number of fields
    "Kappa,900,USD,won,2025-13-45,50\n"  # unreadable date
    "Lambda,1e30,USD,won,2025-03-08,50\n"  # number out of range
)
NPS = "responded_on,score\n2025-03-01,9\n2025-03-02,11\n2025-03-03,7\n"
ACTIVITIES = (
    "done_on,type,owner,hours\n"
    "2025-03-01,call,Ann,1\n"
    "2025-03-02,juggling,Ann,1\n"
    "2025-03-03,email,Ann,-2\n"
)
QUOTAS = "owner,period_start,period_end,amount\nAnn,2025-03-01,2025-02-01,1000\n"


def _english_left(detail: str, values: list[str]) -> list[str]:
    """The English words of ``detail`` once the file's own text (headers, values) is taken
    out."""
    for v in sorted(values, key=len, reverse=True):
        if v:
            detail = detail.replace(v, " ")
    return [w for w in _WORD.findall(detail) if w not in KEPT]


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
@pytest.mark.parametrize(
    ("kind", "text", "reasons"),
    [
        (
            "deals",
            DEALS,
            {
                "negative amount",
                "not a number",
                "missing name",
                "missing close date",
                "close date in the future",
                "probability out of range",
                "currency differs",
                "wrong number of fields",
                "unreadable date",
                "number out of range",
            },
        ),
        ("nps", NPS, {"score out of range"}),
        ("activities", ACTIVITIES, {"unknown activity type", "negative hours"}),
        ("quotas", QUOTAS, {"period ends before it starts"}),
    ],
)
def test_every_rejected_rows_detail_is_chinese(tmp_path, language, kind, text, reasons):
    i18n.install(language)
    path = tmp_path / f"{kind}.csv"
    path.write_text(text, encoding="utf-8")
    report = run_import_at(tmp_path / "book.sqlite", path, kind, "auto", True).to_dict()
    assert not (tmp_path / "book.sqlite").exists()  # a dry run creates nothing
    seen = {r["reason"] for r in report["rejects"]}
    assert reasons <= seen, (reasons - seen, report["rejects"])
    words = set(re.split(r"[,\n]", text))
    for r in report["rejects"]:
        assert r["reason"] in IMPORT_REASONS  # the key stays English
        assert _CJK.search(r["detail"]), r
        left = _english_left(r["detail"], list(words))
        assert not left, f"{r['reason']}: {r['detail']!r} keeps English {left}"


@pytest.mark.parametrize(
    ("language", "note", "step"),
    [
        ("zh_CN", "注意：没有名称列：名称取自记录 ID", "正在读取文件"),
        ("zh_TW", "注意：沒有名稱欄", "正在讀取檔案"),
    ],
)
def test_the_mapping_note_and_the_progress_steps_are_chinese(tmp_path, language, note, step):
    i18n.install(language)
    path = tmp_path / "opps.csv"
    path.write_text(
        "Opportunity ID,Amount,Stage,Close Date\n"
        "006A,100,Closed Won,2025-01-02\n"
        "006B,200,Closed Lost,2025-02-02\n",
        encoding="utf-8",
    )
    steps: list[str] = []

    class State:
        cancelled = False

        def progress(self, fraction: float, text: str = "") -> None:
            steps.append(text)

    report = run_import_at(tmp_path / "book.sqlite", path, "deals", "auto", False, state=State())
    summary = _summary(report.to_dict())
    assert note in summary, summary
    assert not re.search(r"no name column|record id", summary), summary
    assert step in steps and all(_CJK.search(s) for s in steps), steps


def _literal_words(node: ast.expr | None) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) + _literal_words(node.right)
    return ""


def test_import_and_store_sentences_go_through_translation():
    """A refusal (``UserError``/``ImportRefused``/``ImportCancelled``) or a rejected row's
    detail (``rej.add(mask, reason, detail)``) written as a plain English literal would reach
    a Chinese user in English."""
    files = sorted((ROOT / "desktop_app" / "importing").glob("*.py")) + [
        ROOT / "desktop_app" / "output_files.py",
        *(ROOT / "desktop_app" / "store" / f for f in ("backup.py", "demo.py", "export.py")),
        ROOT / "desktop_app" / "store" / "import_batches.py",
    ]
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("UserError", "ImportRefused", "ImportCancelled") and node.args:
                text = _literal_words(node.args[0])
            elif name == "add" and len(node.args) >= 3:
                text = _literal_words(node.args[2])
            else:
                continue
            if re.search(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}", text):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert not found, "wrap these in translate(...):\n" + "\n".join(found)


#: every warning key the import writes (validate.py, mapping.py, api.py)
WARNINGS = (
    "missing_amount",
    "formula_like_text",
    "ambiguous_date_order",
    "ambiguous_thousands",
    "unmapped_stage",
    "no_lost_deals",
    "all_deals_open",
    "close_before_created",
    "unused_status_column",
    "unused_amount_column",
    "name_from_record_id",
    "name_from_account_product",
)


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_warning_is_a_chinese_sentence_on_the_command_line_and_in_the_wizard(language):
    from desktop_app.commands.import_file import warning_sentence
    from desktop_app.ui.import_wizard.labels import warning_text

    i18n.install(language)
    for key in WARNINGS:
        for sentence in (warning_sentence(key, 3), warning_text(key, 3)):
            assert _CJK.search(sentence) and "_" not in sentence, (key, sentence)


def test_the_date_order_line_is_chinese(tmp_path):
    i18n.install("zh_CN")
    path = tmp_path / "deals.csv"
    path.write_text(
        "Deal;Amount;Status;Close Date\nA;1,5;won;03/04/2025\nB;2,5;lost;04/05/2025\n",
        encoding="utf-8",
    )
    report = run_import_at(tmp_path / "book.sqlite", path, "deals", "auto", True).to_dict()
    summary = _summary(report)
    assert "已按 日在前（DMY） 读取（根据文件的数字格式）" in summary, summary
