"""Files shaped like public CRM exports and data sets: exact outcomes, revenue and mapping,
and the tables of such an export folder that are not deals refused with what to do.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop_app import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import real_shaped as R  # noqa: E402


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return R.build(tmp_path_factory.mktemp("real-shaped"))


def _run(capsys, *args: str) -> dict:
    code = cli.main([*args, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def _refused(capsys, *args: str) -> str:
    assert cli.main(list(args)) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    return err


@pytest.mark.parametrize(
    "name", ["sales_pipeline.csv", "sales_pipeline_mdy.csv", "sales_pipeline_dmy.csv"]
)
def test_analytics_pipeline_imports_exactly_and_gives_its_kpis(tmp_path, files, capsys, name):
    db = str(tmp_path / "a.sqlite")
    rep = _run(capsys, "import", str(files / name), "--db", db)
    e = R.ANALYTICS_EXPECTED
    assert rep["rows_read"] == e["rows_read"] and rep["imported"] == e["rows_read"]
    assert rep["rejected"] == 0
    assert rep["status_counts"] == e["status_counts"]
    assert rep["won_amount"] == e["won_amount"]
    assert rep["warnings"]["missing_amount"] == e["missing_amount"]
    assert rep["warnings"]["name_from_record_id"] == e["rows_read"]
    assert "all_deals_open" not in rep["warnings"] and "no_lost_deals" not in rep["warnings"]
    for col, field in e["columns"].items():
        assert rep["columns"][col] == field
    k = _run(capsys, "kpi", "--db", db, "--period", "2017")["kpis"]
    assert k["revenue"] == 6829.0 and k["deals_won"] == 7 and k["deals_lost"] == 3
    assert k["win_rate"] == pytest.approx(0.7)
    # won deals: engaged Oct 2016, closed March 2017
    days = [132, 137, 133, 135, 128, 123, 123]
    assert k["sales_cycle_days"] == pytest.approx(sum(days) / 7)


def test_workbook_whose_first_sheet_is_the_teams_imports_the_deals_sheet(tmp_path, files, capsys):
    rep = _run(capsys, "import", str(files / "data_model.xlsx"), "--db", str(tmp_path / "w.sqlite"))
    assert rep["sheet"] == "sales_pipeline"
    assert rep["status_counts"] == R.ANALYTICS_EXPECTED["status_counts"]
    assert rep["won_amount"] == R.ANALYTICS_EXPECTED["won_amount"]
    # a sheet the user names is read as named, and refused when it holds no deals
    err = _refused(
        capsys,
        "import",
        str(files / "data_model.xlsx"),
        "--sheet",
        "products",
        "--db",
        str(tmp_path / "p.sqlite"),
    )
    assert "no deal stage, status or date column" in err
    assert not (tmp_path / "p.sqlite").exists()


@pytest.mark.parametrize("name", ["accounts.csv", "products.csv", "sales_teams.csv"])
def test_account_product_and_team_tables_are_not_read_as_deals(tmp_path, files, capsys, name):
    db = tmp_path / "n.sqlite"
    err = _refused(capsys, "import", str(files / name), "--db", str(db), "--dry-run")
    assert "deal" in err and ("wizard" in err)
    assert not db.exists()


def test_activity_list_is_refused_as_deals_and_named_as_activities(tmp_path, files, capsys):
    f = str(files / "Activity.csv")
    err = _refused(capsys, "import", f, "--db", str(tmp_path / "a.sqlite"))
    assert err.endswith("its columns are those of activities: import it as activities.")
    rep = _run(capsys, "import", f, "--kind", "activities", "--db", str(tmp_path / "a.sqlite"))
    # a type outside the product's list ("Follow-up") is refused, the rest imports
    assert rep["imported"] == 2 and rep["rejected"] == 1
    assert rep["rejects"][0]["reason"] == "unknown activity type"


def test_pascal_case_opportunity_table(tmp_path, files, capsys):
    rep = _run(capsys, "import", str(files / "Opportunity.csv"), "--db", str(tmp_path / "o.db"))
    assert rep["status_counts"] == R.OPPORTUNITY_EXPECTED["status_counts"]
    assert rep["won_amount"] == pytest.approx(R.OPPORTUNITY_EXPECTED["won_amount"])
    assert rep["columns"] == R.OPPORTUNITY_EXPECTED["columns"]
    assert rep["left_out"] == {}


def test_hubspot_export_without_stage_is_all_open_and_says_so(tmp_path, files, capsys):
    f = str(files / "hubspot-crm-exports-all-deals.csv")
    rep = _run(capsys, "import", f, "--db", str(tmp_path / "h.db"), "--dry-run")
    assert rep["status_counts"] == {"open": 3, "won": 0, "lost": 0}
    assert rep["warnings"]["all_deals_open"] == 3 and rep["warnings"]["missing_amount"] == 1
    assert rep["columns"] == {"Record ID": "external_id", "Deal Name": "title", "Amount": "amount"}


def test_hubspot_custom_pipeline_outcome_from_its_flags(tmp_path, files, capsys):
    f = str(files / "hubspot-custom-pipeline.csv")
    rep = _run(capsys, "import", f, "--db", str(tmp_path / "c.db"), "--dry-run")
    assert rep["status_counts"] == {"open": 1, "won": 2, "lost": 1}
    assert rep["won_amount"] == 5000.0
    assert rep["columns"]["Is Closed Won"] == "is_won"
    assert rep["columns"]["Is closed lost"] == "is_lost"
    assert "Deal Stage" in rep["left_out"]


def test_oro_status_ids_and_close_revenue(tmp_path, files, capsys):
    f = str(files / "oro_opportunities.csv")
    rep = _run(capsys, "import", f, "--db", str(tmp_path / "oro.db"), "--dry-run")
    assert rep["status_counts"] == {"open": 2, "won": 2, "lost": 1}
    # the revenue a won opportunity brought, not its budget
    assert rep["won_amount"] == 2450.0
    assert rep["columns"]["Status Id"] == "status"
    assert rep["columns"]["Close Revenue"] == "amount"
    assert rep["columns"]["Close Revenue Currency"] == "currency"
    assert rep["warnings"]["missing_amount"] == 3


def test_superoffice_sold_is_won_and_stalled_is_open(tmp_path, files, capsys):
    f = str(files / "superoffice_verkaeufe.csv")
    rep = _run(capsys, "import", f, "--db", str(tmp_path / "so.db"), "--dry-run")
    assert rep["columns"]["Verkauf"] == "title" and rep["columns"]["Status"] == "status"
    assert rep["status_counts"] == {"open": 2, "won": 0, "lost": 0}
    # "Datum" may be the expected or the actual date: a sold or lost sale without a
    # close date is refused, never counted as open
    assert [r["detail"] for r in rep["rejects"]] == [
        "A won deal needs a close date.",
        "A lost deal needs a close date.",
    ]
    rep = _run(
        capsys,
        "import",
        f,
        "--db",
        str(tmp_path / "so2.db"),
        "--dry-run",
        "--map",
        "close_date=Datum",
    )
    assert rep["status_counts"] == {"open": 2, "won": 1, "lost": 1}
    assert rep["won_amount"] == 12500.0


def test_won_loss_outcome_column(tmp_path, files, capsys):
    f = str(files / "win_loss.csv")
    rep = _run(capsys, "import", f, "--db", str(tmp_path / "wl.db"), "--dry-run")
    assert rep["status_counts"] == {"open": 0, "won": 2, "lost": 3}
    assert rep["won_amount"] == 7750.0
    assert rep["columns"]["Opportunity Result"] == "status"
    assert rep["columns"]["Opportunity Amount USD"] == "amount"


def test_unknown_word_beside_won_is_refused_not_open(tmp_path, files, capsys):
    # "Nope" is no outcome word; beside "Won" alone it is not read as open
    f = str(files / "win_loss_own_word.csv")
    rep = _run(capsys, "import", f, "--db", str(tmp_path / "wl2.db"), "--dry-run")
    assert rep["status_counts"] == {"open": 0, "won": 2, "lost": 0}
    assert rep["rejected"] == 3
    assert {r["reason"] for r in rep["rejects"]} == {"outcome unknown"}
    assert "'Nope'" in rep["rejects"][0]["detail"]


def test_empty_status_beside_won_stays_open(tmp_path, capsys):
    f = tmp_path / "won_blank.csv"
    f.write_text(
        "Deal Name,Status,Amount,Close Date\n"
        "A,Won,100,2025-01-05\nB,,200,2026-12-01\nC,Won,300,2025-02-05\n",
        encoding="utf-8",
    )
    rep = _run(capsys, "import", str(f), "--db", str(tmp_path / "b.db"), "--dry-run")
    assert rep["status_counts"] == {"open": 1, "won": 2, "lost": 0} and rep["rejected"] == 0
