"""The import wizard on files shaped like a public CRM data set, with no manual mapping."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.ui.import_wizard import ImportWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import real_shaped as R  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return R.build(tmp_path_factory.mktemp("wizard-real-shaped"))


def _open(qtbot, ctx, path: Path) -> ImportWizard:
    wiz = ImportWizard(ctx, str(path))
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.analysis is not None or wiz.error is not None, timeout=60000)
    return wiz


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


@pytest.mark.parametrize("name", ["sales_pipeline_mdy.csv", "data_model.xlsx"])
def test_wizard_imports_the_data_set_as_is(qtbot, ctx, files, name):
    wiz = _open(qtbot, ctx, files / name)
    assert wiz.error is None and wiz.settings_page.isComplete()
    if name.endswith(".xlsx"):  # the teams come first; the deals sheet is read and shown
        assert wiz.analysis["sheet"] == "sales_pipeline"
        assert wiz.settings_page.sheet_combo.currentData() == "sales_pipeline"
    _run_through(qtbot, wiz)
    rep = wiz.report
    assert rep["imported"] == 14 and rep["rejected"] == 0
    assert rep["status_counts"] == R.ANALYTICS_EXPECTED["status_counts"]
    assert rep["won_amount"] == R.ANALYTICS_EXPECTED["won_amount"]
    assert "named by their record id" in wiz.result_page.summary.text()


def test_wizard_shows_why_an_account_table_is_not_deals(qtbot, ctx, files):
    wiz = _open(qtbot, ctx, files / "accounts.csv")
    assert wiz.analysis is None
    assert "no deal stage, status or date column" in wiz.error
    assert not wiz.settings_page.isComplete()
    assert not wiz.settings_page.error_label.isHidden()
