"""The import wizard on exports of other CRMs and languages, with no manual mapping."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.ui.import_wizard import ImportWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import crm_fixtures3 as C  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    return C.build(tmp_path_factory.mktemp("wizard-real-exports"))


def _run_through(qtbot, wiz: ImportWizard) -> None:
    """Next, next ... as a user who accepts every detected setting, then import."""
    for _ in range(6):
        if wiz.currentId() == wiz.DRY_RUN:
            break
        wiz.next()
        qtbot.waitUntil(lambda: not wiz.busy, timeout=30000)
    assert wiz.currentId() == wiz.DRY_RUN
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.RESULT, timeout=60000)


@pytest.mark.parametrize(
    "name,warning",
    [
        ("sales_pipeline.csv", "named by their record id"),
        ("german.csv", None),
        ("chinese_jdy.csv", None),
        ("dynamics_labels.xls", None),
        ("italian.ods", None),
    ],
)
def test_wizard_imports_other_crms_without_manual_mapping(qtbot, ctx, exports, name, warning):
    wiz = ImportWizard(ctx, str(exports / name))
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.analysis is not None or wiz.error is not None, timeout=60000)
    assert wiz.error is None and wiz.settings_page.isComplete()
    assert wiz.settings_page.error_label.isHidden()
    _run_through(qtbot, wiz)
    rep = wiz.report
    assert rep["imported"] == 8 and rep["rejected"] == 0
    assert rep["status_counts"] == C.EXPECTED["status_counts"]
    assert rep["won_amount"] == C.EXPECTED["won_amount"]
    if warning:
        assert warning in wiz.result_page.summary.text()
    with ctx.engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        assert cur.execute("SELECT COUNT(*) FROM deals").fetchone()[0] == 8


def test_reimport_in_the_wizard_says_nothing_new(qtbot, ctx, exports):
    for _attempt in range(2):
        wiz = ImportWizard(ctx, str(exports / "german.csv"))
        qtbot.addWidget(wiz)
        wiz.show()
        qtbot.waitUntil(lambda w=wiz: w.analysis is not None, timeout=60000)
        _run_through(qtbot, wiz)
    assert wiz.report["nothing_new"] is True and wiz.report["batch_id"] is None
    assert "Nothing new in german.csv" in wiz.result_page.subTitle()
    assert not wiz.result_page.undo_button.isEnabled()
    with ctx.engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        assert cur.execute("SELECT COUNT(*) FROM import_batches").fetchone()[0] == 1
