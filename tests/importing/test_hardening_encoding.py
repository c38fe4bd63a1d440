"""Encodings are decided from the whole file; mixtures and undecidable files are refused.

A UTF-8 export with one row pasted from a Windows-1252 file was once read as GB18030 and
imported "Caf茅 Deal" without a word; Shift-JIS was read as GB18030 and KOI8-R as Big5.
"""

from __future__ import annotations

import json

import pytest

from desktop_app import cli
from desktop_app.commands import import_file
from desktop_app.errors import UserError
from desktop_app.importing import sniff
from desktop_app.importing.api import ImportOptions, analyse, run_import
from tests.importing.conftest import TODAY, dump

HEAD = "Deal Name,Amount,Deal Stage,Close Date,Deal owner\n"


def rows(names: list[str]) -> str:
    return "".join(
        f"{n},{100 + i},Closed Won,2025-01-{i + 5:02d},Ann\n" for i, n in enumerate(names)
    )


def test_utf8_file_with_one_cp1252_row_is_refused_with_its_line(tmp_path, engine):
    good = rows(["Müller GmbH", "Zoë Ltd", "Straße AG"]).encode("utf-8")
    odd = rows(["Café Deal"]).encode("cp1252")
    p = tmp_path / "mixed.csv"
    p.write_bytes(HEAD.encode() + good + odd + rows(["Last"]).encode())
    before = dump(engine)
    with pytest.raises(UserError) as err:
        run_import(engine, p, options=ImportOptions(today=TODAY))
    msg = str(err.value)
    assert "Line 5" in msg and "encoding" in msg and "--encoding" in msg
    assert dump(engine) == before


def test_mixture_with_bom_is_refused(tmp_path):
    p = tmp_path / "bom.csv"
    p.write_bytes(
        b"\xef\xbb\xbf"
        + (HEAD + rows(["Müller"])).encode()
        + rows(["Société Générale"]).encode("cp1252")
    )
    with pytest.raises(UserError, match="Line 3"):
        analyse(p)


def test_mixture_reads_when_the_user_chooses_the_encoding(tmp_path, engine):
    p = tmp_path / "mixed.csv"
    p.write_bytes(HEAD.encode() + rows(["Café Deal", "Société Générale"]).encode("cp1252"))
    rep = run_import(engine, p, options=ImportOptions(today=TODAY, encoding="cp1252"))
    assert rep.imported == 2
    out = analyse(p, options=ImportOptions(encoding="cp1252"))
    assert [r["title"] for r in out["preview"]] == ["Café Deal", "Société Générale"]
    # a chosen encoding that cannot read a byte is refused with its line
    with pytest.raises(UserError, match="Line 2"):
        analyse(p, options=ImportOptions(encoding="utf-8"))
    with pytest.raises(UserError, match="not a text encoding"):
        analyse(p, options=ImportOptions(encoding="klingon-8"))


def test_cp1252_file_is_not_read_as_gb18030(tmp_path):
    p = tmp_path / "western.csv"
    p.write_bytes((HEAD + rows(["Café Deal", "Société Générale", "Müller"])).encode("cp1252"))
    out = analyse(p)
    assert out["encoding"] == "cp1252"
    assert [r["title"] for r in out["preview"]] == ["Café Deal", "Société Générale", "Müller"]


def test_gb18030_file_with_one_utf8_row_is_refused(tmp_path):
    cn = rows(["华东项目 新客户", "华北系统 维护合同", "深圳科技 年度合同"]).encode("gb18030")
    p = tmp_path / "cn_mixed.csv"
    p.write_bytes(HEAD.encode() + cn + rows(["Société Générale"]).encode("utf-8"))
    with pytest.raises(UserError, match="Line 5"):
        analyse(p)


ASIAN_AND_CYRILLIC = {
    "shift_jis": (["東京商事 新規案件", "大阪システム 保守契約", "カフェ・ド・パリ"], "cp932"),
    "euc_kr": (["서울상사 신규", "부산시스템 유지보수", "대구 물류센터"], "cp949"),
    "koi8_r": (["ООО Ромашка поставка", "ЗАО Север сервис", "Иванов и партнёры"], "koi8_r"),
    "cp1251": (["ООО Ромашка поставка", "ЗАО Север сервис", "Иванов и партнёры"], "cp1251"),
    "big5": (["台北貿易 新案", "高雄系統 維護合約", "新竹科技 年度合約"], "big5"),
    "gb18030": (["华东项目 新客户", "华北系统 维护合同", "深圳科技 年度合同"], "gb18030"),
    "cp1250": (["Łódź Spółka z o.o.", "Przedsiębiorstwo Żółć", "Paweł i Wspólnicy"], "cp1250"),
}


@pytest.mark.parametrize("written", list(ASIAN_AND_CYRILLIC))
def test_code_pages_are_told_apart(tmp_path, written):
    names, codec = ASIAN_AND_CYRILLIC[written]
    p = tmp_path / f"{written}.csv"
    p.write_bytes((HEAD + rows(names)).encode(written))
    out = analyse(p)
    assert out["encoding"] == codec
    assert [r["title"] for r in out["preview"]] == names


@pytest.mark.parametrize(
    "written,names",
    [
        ("cp1253", ["Αθήνα Εμπορική", "Παπαδόπουλος ΑΕ"]),
        ("cp1254", ["İstanbul Ticaret Şirketi", "Çağlar Öztürk"]),
    ],
)
def test_undecidable_code_pages_are_refused_or_read_right(tmp_path, written, names):
    p = tmp_path / f"{written}.csv"
    p.write_bytes((HEAD + rows(names)).encode(written))
    try:
        out = analyse(p)
    except UserError as exc:
        assert "cannot tell" in str(exc) and "--encoding" in str(exc)
        return
    assert [r["title"] for r in out["preview"]] == names


def test_sniff_still_reads_the_plain_cases():
    text = "Deal Name,Amount\nMüller,1\n"
    assert sniff.detect_encoding(text.encode("utf-8")) == "utf-8"
    assert sniff.detect_encoding(text.encode("utf-16")) == "utf-16"
    assert sniff.detect_encoding(b"Deal Name,Amount\nA,1\n") == "utf-8"


def test_cli_encoding_option(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, "COMMAND_MODULES", (import_file,))
    p = tmp_path / "mixed.csv"
    p.write_bytes(HEAD.encode() + rows(["Müller"]).encode() + rows(["Café"]).encode("cp1252"))
    db = str(tmp_path / "cli.sqlite")
    assert cli.main(["import", str(p), "--db", db, "--json"]) == 1
    assert "Line 3" in capsys.readouterr().err
    args = ["import", str(p), "--db", db, "--json", "--encoding", "cp1252"]
    assert cli.main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["encoding"] == "cp1252" and out["imported"] == 2


def test_wizard_encoding_option_reads_a_mixture(qtbot, tmp_path):
    """The wizard shows the refusal, and its Text encoding choice then reads the file."""
    from desktop_app.store.engine import open_database
    from desktop_app.ui.import_wizard import ImportWizard
    from desktop_app.ui.tasks import wait_for_all

    class Ctx:
        def __init__(self) -> None:
            self.db_path = tmp_path / "wiz.sqlite"
            self.engine = open_database(self.db_path)

        def notify_changed(self, changes: object) -> None:
            pass

    ctx = Ctx()
    p = tmp_path / "mixed.csv"
    p.write_bytes(HEAD.encode() + rows(["Müller"]).encode() + rows(["Café"]).encode("cp1252"))
    try:
        wiz = ImportWizard(ctx, str(p))
        qtbot.addWidget(wiz)
        wiz.show()
        qtbot.waitUntil(lambda: wiz.error is not None or wiz.analysis is not None, timeout=60000)
        assert wiz.analysis is None and "Line 3" in wiz.error
        page = wiz.currentPage()
        combo = page.encoding_combo
        combo.setCurrentIndex(combo.findData("cp1252"))
        qtbot.waitUntil(lambda: wiz.analysis is not None, timeout=60000)
        assert wiz.analysis["encoding"] == "cp1252"
        assert [r["title"] for r in wiz.analysis["preview"]] == ["MÃ¼ller", "Café"]
    finally:
        wait_for_all()
        ctx.engine.dispose()
