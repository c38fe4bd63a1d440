"""Exact counts for every fixture file: CRM exports, native kinds, defects."""

from __future__ import annotations

import pytest

from desktop_app.importing.api import ImportOptions, run_import
from tests.importing.conftest import TODAY, count

OPTS = ImportOptions(today=TODAY)

#: file -> (kind, expected subset of the report)
CASES: dict[str, tuple[str, dict]] = {
    "salesforce.csv": (
        "deals",
        {
            "preset": "salesforce",
            "encoding": "utf-8",
            "delimiter": ",",
            "rows_read": 8,
            "imported": 8,
            "updated": 0,
            "duplicates": 0,
            "rejected": 0,
            "warnings": {"missing_amount": 1, "ambiguous_date_order": 1},
            "status_counts": {"open": 4, "won": 3, "lost": 1},
            "won_amount": 40000.0,
            "won_amount_by_currency": {"USD": 40000.0},
            "footer_lines": 5,
            "header_row": 1,
        },
    ),
    "salesforce_formatted.xlsx": (
        "deals",
        {
            "preset": "salesforce",
            "rows_read": 4,
            "imported": 4,
            "rejected": 0,
            "status_counts": {"open": 1, "won": 2, "lost": 1},
            "won_amount": 32000.5,
            "header_row": 5,
            "sheet": "Report",
        },
    ),
    "hubspot.csv": (
        "deals",
        {
            "preset": "hubspot",
            "encoding": "utf-8-sig",
            "rows_read": 5,
            "imported": 5,
            "warnings": {"missing_amount": 1},
            "status_counts": {"open": 3, "won": 1, "lost": 1},
            "won_amount": 12000.0,
        },
    ),
    "hubspot_utf16.csv": (
        "deals",
        {
            "preset": "hubspot",
            "encoding": "utf-16",
            "delimiter": "\t",
            "rows_read": 5,
            "imported": 5,
            "status_counts": {"open": 3, "won": 1, "lost": 1},
        },
    ),
    "pipedrive.csv": (
        "deals",
        {
            "preset": "pipedrive",
            "rows_read": 5,
            "imported": 5,
            "rejected": 0,
            "status_counts": {"open": 2, "won": 2, "lost": 1},
            "won_amount": None,
            "won_amount_by_currency": {"USD": 1000.0, "EUR": 2000.0},
        },
    ),
    "zoho.csv": (
        "deals",
        {
            "preset": "zoho",
            "rows_read": 4,
            "imported": 4,
            "rejected": 0,
            "status_counts": {"open": 2, "won": 1, "lost": 1},
            "won_amount": 95570.69,
        },
    ),
    "odoo.csv": (
        "deals",
        {
            "preset": "odoo",
            "rows_read": 4,
            "imported": 4,
            "rejected": 0,
            "status_counts": {"open": 2, "won": 1, "lost": 1},
            "won_amount": 25000.0,
        },
    ),
    "wukong.csv": (
        "deals",
        {
            "preset": "wukong",
            "encoding": "gb18030",
            "rows_read": 5,
            "imported": 5,
            "rejected": 0,
            "warnings": {"missing_amount": 1},
            "status_counts": {"open": 2, "won": 1, "lost": 2},
            "won_amount": 120000.0,
        },
    ),
    "european.csv": (
        "deals",
        {
            "preset": "generic",
            "encoding": "cp1252",
            "delimiter": ";",
            "rows_read": 4,
            "imported": 4,
            "rejected": 0,
            "warnings": {"ambiguous_date_order": 2},
            "status_counts": {"open": 2, "won": 1, "lost": 1},
            "won_amount": 1234.5,
            "won_amount_by_currency": {"EUR": 1234.5},
        },
    ),
    "defects.csv": (
        "deals",
        {
            "rows_read": 11,
            "imported": 4,
            "updated": 0,
            "duplicates": 1,
            "rejected": 6,
            "warnings": {"formula_like_text": 1, "missing_amount": 1},
            "status_counts": {"open": 2, "won": 1, "lost": 1},
            "won_amount": 100.0,
            "rejects": [
                {
                    "row": 2,
                    "line": 3,
                    "reason": "wrong number of fields",
                    "detail": "The row has 7 fields, the header has 6.",
                },
                {"row": 3, "line": 4, "reason": "negative amount", "detail": "Amount is -500.00"},
                {
                    "row": 4,
                    "line": 5,
                    "reason": "close date in the future",
                    "detail": "Close date is 2099-01-01, after today.",
                },
                {
                    "row": 5,
                    "line": 6,
                    "reason": "missing name",
                    "detail": "The row has no Deal Name.",
                },
                {
                    "row": 10,
                    "line": 14,
                    "reason": "missing close date",
                    "detail": "A lost deal needs a close date.",
                },
                {"row": 11, "line": 15, "reason": "not a number", "detail": "Amount is 'abc'"},
            ],
        },
    ),
    "ambiguous.csv": (
        "deals",
        {
            "rows_read": 3,
            "imported": 3,
            "warnings": {"ambiguous_date_order": 1},
            "date_order": {
                "Close Date": {"order": "mdy", "decided_by": "default", "ambiguous_values": 3}
            },
        },
    ),
    "native_deals.csv": (
        "deals",
        {
            "preset": "native",
            "rows_read": 3,
            "imported": 3,
            "status_counts": {"open": 1, "won": 1, "lost": 1},
            "won_amount": 12000.0,
        },
    ),
    "native_leads.csv": ("leads", {"preset": "native", "rows_read": 2, "imported": 2}),
    "native_spend.csv": (
        "spend",
        {
            "rows_read": 3,
            "imported": 2,
            "rejected": 1,
            "rejects": [
                {"row": 3, "line": 4, "reason": "negative amount", "detail": "amount is -10"}
            ],
        },
    ),
    "native_nps.csv": (
        "nps",
        {
            "rows_read": 3,
            "imported": 2,
            "rejected": 1,
            "rejects": [
                {
                    "row": 3,
                    "line": 4,
                    "reason": "score out of range",
                    "detail": "NPS score is 11, it must be 0 to 10.",
                }
            ],
        },
    ),
    "native_quotas.csv": ("quotas", {"rows_read": 2, "imported": 2}),
    "native_forecasts.csv": ("forecasts", {"rows_read": 2, "imported": 2}),
    "native_accounts.csv": ("accounts", {"rows_read": 2, "imported": 2}),
    "native_rates.csv": ("rates", {"rows_read": 2, "imported": 2}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_fixture_counts(engine, files, name):
    kind, expected = CASES[name]
    report = run_import(engine, files / name, kind, options=OPTS).to_dict()
    for key, value in expected.items():
        assert report[key] == value, (key, report[key])
    assert count(engine, kind) == report["imported"]
    # importing the same file again adds nothing
    again = run_import(engine, files / name, kind, options=OPTS).to_dict()
    assert again["imported"] == 0 and again["updated"] == 0
    assert count(engine, kind) == report["imported"]
    if kind == "deals":
        assert again["status_counts"] == report["status_counts"]


def test_contract_keys_first(engine, files):
    d = run_import(engine, files / "hubspot.csv", options=OPTS).to_dict()
    assert list(d)[:16] == [
        "file",
        "kind",
        "preset",
        "encoding",
        "delimiter",
        "rows_read",
        "imported",
        "updated",
        "duplicates",
        "rejected",
        "rejects",
        "warnings",
        "status_counts",
        "won_amount",
        "won_amount_by_currency",
        "preset_confidence",
    ]


def test_utf16_tab_export_is_the_same_records(engine, files):
    run_import(engine, files / "hubspot.csv", options=OPTS)
    again = run_import(engine, files / "hubspot_utf16.csv", options=OPTS).to_dict()
    assert (again["imported"], again["updated"]) == (0, 0)


def test_stored_values(engine, files):
    run_import(engine, files / "european.csv", options=OPTS)
    run_import(engine, files / "wukong.csv", options=OPTS)
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        rows = dict(cur.execute("SELECT title, amount FROM deals").fetchall())
        eu = cur.execute(
            "SELECT closed_on, status, stage, currency FROM deals WHERE external_id = 'EU-1'"
        ).fetchone()
        cn = cur.execute(
            "SELECT expected_close_on, closed_on, status, stage FROM deals WHERE title = '华东项目'"
        ).fetchone()
        base = cur.execute("SELECT value FROM settings WHERE key='base_currency'").fetchone()
    assert rows["Projekt Müller"] == 1234.5 and rows["Ñandú expansión"] == 1234.5
    assert rows["Øresund"] == 999.99 and rows["华东项目"] == 120000.0
    assert eu == ("2025-03-05", "won", "Negotiation", "EUR")
    assert cn == ("2025-03-04", "2025-03-04", "won", "Negotiation")
    assert base == ('"EUR"',)


def test_formula_text_stored_as_is_and_multiline_kept(engine, files):
    run_import(engine, files / "defects.csv", options=OPTS)
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        titles = {r[0] for r in cur.execute("SELECT title FROM deals")}
    assert '=HYPERLINK("x")' in titles
    assert "Multi\nline\nname" in titles


def test_date_order_option_overrides(engine, files):
    opts = ImportOptions(today=TODAY, date_order="dmy")
    d = run_import(engine, files / "ambiguous.csv", options=opts).to_dict()
    assert d["date_order"]["Close Date"]["order"] == "dmy"
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        got = cur.execute("SELECT closed_on FROM deals WHERE external_id='A1'").fetchone()
    assert got == ("2025-04-03",)


def test_formatted_xlsx_rows_serials_and_sheet_choice(engine, files):
    from desktop_app.errors import UserError
    from desktop_app.importing.api import analyse

    a = analyse(files / "salesforce_formatted.xlsx", options=OPTS)
    assert [r["row"] for r in a["preview"]] == [1, 2, 3, 4]
    assert a["sheets"] == ["Report"] and a["header_row"] == 5
    run_import(engine, files / "salesforce_formatted.xlsx", options=OPTS)
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        got = cur.execute(
            "SELECT closed_on, created_on FROM deals WHERE external_id = '0061x00005'"
        ).fetchone()
    assert got == ("2025-09-30", "2025-07-01")
    with pytest.raises(UserError, match="no sheet named 'Nope'"):
        analyse(files / "salesforce_formatted.xlsx", options=ImportOptions(sheet="Nope"))
