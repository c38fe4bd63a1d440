"""load_dataset: the dtype contract of kpi_core.dataset, values round-trip, every reader agrees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import insert

from desktop_app.store import loader
from desktop_app.store.engine import open_database
from desktop_app.store.lookups import ensure_ids
from desktop_app.store.models import (
    Account,
    Deal,
    Forecast,
    Lead,
    NpsResponse,
    Quota,
    Rate,
    Spend,
    StageHistory,
)
from desktop_app.store.settings import set_setting, set_stages
from kpi_core.dataset import COLUMNS, DATE, INTEGER, NUMBER, TEXT, Stage

METHODS = ["sqlite3", "sqlalchemy"] + (["adbc"] if loader.adbc_available() else [])
EXPECTED_DTYPE = {DATE: "datetime64[ns]", NUMBER: "float64", INTEGER: "int64", TEXT: "object"}


@pytest.fixture
def engine(tmp_path: Path):
    eng = open_database(tmp_path / "load.sqlite")
    with eng.begin() as conn:
        reps = ensure_ids(conn, "reps", ["Ada Quinn", "Bo Li"])
        src = ensure_ids(conn, "sources", ["Website"])
        prod = ensure_ids(conn, "products", ["Widget"])
        acc = ensure_ids(conn, "accounts", ["Acme Ltd", "=Evil Corp"])
        conn.execute(
            Account.__table__.update()
            .where(Account.id == acc["Acme Ltd"])
            .values(created_on=dt.date(2024, 1, 5), churned_on=dt.date(2025, 2, 1))
        )
        base = {
            c: None
            for c in (
                "account_id",
                "owner_id",
                "source_id",
                "product_id",
                "cost",
                "probability",
                "closed_on",
                "contract_months",
                "one_time_fee",
                "lost_reason",
                "currency",
                "external_id",
                "product_type",
                "stage",
                "expected_close_on",
                "created_on",
                "amount",
            )
        }
        rows = [{**base, "title": f"open {i}", "status": "open"} for i in range(1500)]
        rows.append(
            {
                **base,
                "external_id": "X-1",
                "title": "Big one",
                "account_id": acc["Acme Ltd"],
                "owner_id": reps["Bo Li"],
                "source_id": src["Website"],
                "product_id": prod["Widget"],
                "product_type": "Licence",
                "stage": "Negotiation",
                "status": "won",
                "amount": 1234.5,
                "currency": "EUR",
                "cost": 100.0,
                "probability": 80.0,
                "created_on": dt.date(2025, 1, 2),
                "expected_close_on": dt.date(2025, 2, 1),
                "closed_on": dt.date(2025, 2, 3),
                "contract_months": 12,
                "one_time_fee": 34.5,
            }
        )
        conn.execute(insert(Deal), rows)
        conn.execute(
            insert(StageHistory),
            [{"deal_id": 1501, "stage": "Lead-in", "entered_on": dt.date(2025, 1, 2)}],
        )
        conn.execute(
            insert(Lead),
            [
                {
                    "name": "L",
                    "source_id": src["Website"],
                    "owner_id": None,
                    "created_on": dt.date(2025, 1, 1),
                    "sql_on": None,
                    "deal_external_id": "X-1",
                }
            ],
        )
        conn.execute(
            insert(Spend),
            [
                {
                    "spent_on": dt.date(2025, 1, 1),
                    "source_id": None,
                    "category": "marketing",
                    "amount": 10.0,
                }
            ],
        )
        conn.execute(
            insert(NpsResponse),
            [{"responded_on": dt.date(2025, 1, 1), "account_id": acc["=Evil Corp"], "score": 9}],
        )
        conn.execute(
            insert(Quota),
            [
                {
                    "owner_id": reps["Ada Quinn"],
                    "period_start": dt.date(2025, 1, 1),
                    "period_end": dt.date(2025, 1, 31),
                    "amount": 5000.0,
                }
            ],
        )
        conn.execute(
            insert(Forecast),
            [
                {
                    "period_start": dt.date(2025, 1, 1),
                    "period_end": dt.date(2025, 3, 31),
                    "amount": 9000.0,
                }
            ],
        )
        conn.execute(
            insert(Rate), [{"currency": "EUR", "rate": 1.1, "valid_from": dt.date(2024, 12, 1)}]
        )
    yield eng
    eng.dispose()


@pytest.mark.parametrize("method", METHODS)
def test_dtypes_follow_the_contract(engine, method: str) -> None:
    ds = loader.load_dataset(engine, method=method)
    for name, spec in COLUMNS.items():
        frame = getattr(ds, name)
        assert list(frame.columns) == list(spec), name
        for column, kind in spec.items():
            assert str(frame[column].dtype) == EXPECTED_DTYPE[kind], (
                name,
                column,
                frame[column].dtype,
            )
            if kind == TEXT:
                assert all(v is None or type(v) is str for v in frame[column]), (name, column)


@pytest.mark.parametrize("method", METHODS)
def test_values_round_trip(engine, method: str) -> None:
    ds = loader.load_dataset(engine, method=method)
    deals = ds.deals
    assert len(deals) == 1501
    big = deals[deals["title"] == "Big one"].iloc[0]
    assert big["account"] == "Acme Ltd" and big["owner"] == "Bo Li"
    assert big["source"] == "Website" and big["product"] == "Widget"
    assert big["amount"] == 1234.5 and big["currency"] == "EUR" and big["probability"] == 80.0
    assert big["closed_on"] == pd.Timestamp("2025-02-03") and big["contract_months"] == 12.0
    other = deals[deals["title"] == "open 0"].iloc[0]
    assert other["account"] is None and np.isnan(other["amount"]) and pd.isna(other["closed_on"])
    assert ds.nps["account"].tolist() == ["=Evil Corp"]
    assert ds.accounts.set_index("name").loc["Acme Ltd", "churned_on"] == pd.Timestamp("2025-02-01")
    assert ds.quotas["owner"].tolist() == ["Ada Quinn"]
    assert ds.forecasts["owner"].tolist() == [None]
    assert ds.stage_history["deal_id"].tolist() == [int(big["id"])]
    assert ds.rates["rate"].tolist() == [1.1]
    assert ds.spend["source"].tolist() == [None]


def test_every_reader_gives_the_same_frames(engine) -> None:
    first = loader.load_dataset(engine, method=METHODS[0])
    for method in METHODS[1:]:
        other = loader.load_dataset(engine, method=method)
        for name in COLUMNS:
            pd.testing.assert_frame_equal(getattr(first, name), getattr(other, name))


def test_empty_database_loads_empty_frames(tmp_path: Path) -> None:
    eng = open_database(tmp_path / "empty.sqlite")
    for method in METHODS:
        ds = loader.load_dataset(eng, method=method)
        for name, spec in COLUMNS.items():
            frame = getattr(ds, name)
            assert len(frame) == 0 and list(frame.columns) == list(spec)
            assert [str(frame[c].dtype) for c in spec] == [EXPECTED_DTYPE[k] for k in spec.values()]
    eng.dispose()


def test_parse_dates_keeps_odd_forms() -> None:
    out = loader.parse_dates(
        pd.Series(["2025-01-02", None, "2025-01-03 10:30:00", "junk"], dtype=object)
    )
    assert out.dtype == "datetime64[ns]"
    assert out.tolist()[0] == pd.Timestamp("2025-01-02")
    assert pd.isna(out.tolist()[1])
    assert out.tolist()[2] == pd.Timestamp("2025-01-03")
    assert pd.isna(out.tolist()[3])


def test_kpi_settings(engine) -> None:
    settings = loader.load_kpi_settings(engine)
    assert settings.base_currency == "EUR"  # the first deal with a currency
    assert settings.nps_scheme == "standard" and settings.default_lifetime_years == 3.0
    assert [s.name for s in settings.stages][0] == "Lead-in"
    set_setting(engine, "nps_scheme", "0-5")
    set_setting(engine, "base_currency", "USD")
    set_setting(engine, "default_lifetime_years", 4)
    set_stages(engine, [Stage("A", 0.3), Stage("B", 0.7)])
    settings = loader.load_kpi_settings(engine)
    assert settings.base_currency == "USD" and settings.nps_scheme == "0-5"
    assert settings.default_lifetime_years == 4.0
    assert settings.stages == (Stage("A", 0.3), Stage("B", 0.7))


def test_odd_cells_still_load(tmp_path: Path) -> None:
    """SQLite lets a cell hold any type: a text amount or a real month count must not break."""
    import sqlite3

    path = tmp_path / "odd.sqlite"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO deals (title, status, amount, contract_months, created_on, updated_at)"
        " VALUES (?, 'open', ?, ?, ?, '2025-01-01 00:00:00')",
        [
            ("a", 10.0, 12, "2025-01-02"),
            ("b", "n/a", 12.5, "2025-01-03 08:00:00"),
            ("c", None, None, "02/01/2025"),
        ],
    )
    conn.commit()
    conn.close()
    eng = open_database(path)
    for method in METHODS:
        deals = loader.load_dataset(eng, method=method).deals
        assert deals["amount"].tolist()[0] == 10.0 and np.isnan(deals["amount"].tolist()[1])
        assert deals["contract_months"].tolist()[:2] == [12.0, 12.5]
        assert deals["created_on"].tolist()[:2] == [
            pd.Timestamp("2025-01-02"),
            pd.Timestamp("2025-01-03"),
        ]
        assert str(deals["created_on"].dtype) == "datetime64[ns]"
    eng.dispose()
