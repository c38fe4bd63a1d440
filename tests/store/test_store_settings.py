"""Settings, pipeline stages and the base currency."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert

from desktop_app.errors import UserError
from desktop_app.store.engine import open_database
from desktop_app.store.models import Deal
from desktop_app.store.settings import (
    DEFAULTS,
    base_currency,
    ensure_base_currency,
    get_setting,
    get_settings,
    get_stages,
    set_setting,
    set_stages,
)
from kpi_core.dataset import DEFAULT_STAGES, Stage


@pytest.fixture
def engine(tmp_path: Path):
    eng = open_database(tmp_path / "settings.sqlite")
    yield eng
    eng.dispose()


def test_defaults_and_round_trip(engine) -> None:
    assert get_setting(engine, "nps_scheme") == "standard"
    assert get_setting(engine, "default_lifetime_years") == 3.0
    assert get_setting(engine, "nope", "fallback") == "fallback"
    set_setting(engine, "company_name", "Northwind Ltd")
    set_setting(engine, "nps_scheme", "0-5")
    set_setting(engine, "last_auto_backup", "2025-06-01")
    set_setting(engine, "custom", {"a": [1, 2]})
    values = get_settings(engine)
    assert values["company_name"] == "Northwind Ltd"
    assert values["nps_scheme"] == "0-5"
    assert values["custom"] == {"a": [1, 2]}
    assert set(DEFAULTS) <= set(values)
    set_setting(engine, "company_name", None)
    assert get_setting(engine, "company_name") == ""


@pytest.mark.parametrize(
    ("key", "value"),
    [("nps_scheme", "0-6"), ("default_lifetime_years", 0), ("base_currency", "dollars")],
)
def test_bad_values_are_user_errors(engine, key: str, value: object) -> None:
    with pytest.raises(UserError):
        set_setting(engine, key, value)


def test_stages_seeded_and_replaced(engine) -> None:
    assert get_stages(engine) == DEFAULT_STAGES
    new = set_stages(engine, [("Discovery", 0.1), Stage("Demo", 0.35), ("Contract", 0.9)])
    assert [s.name for s in new] == ["Discovery", "Demo", "Contract"]
    assert get_stages(engine) == (
        Stage("Discovery", 0.1),
        Stage("Demo", 0.35),
        Stage("Contract", 0.9),
    )
    with pytest.raises(UserError):
        set_stages(engine, [("A", 0.1), ("a", 0.2)])
    with pytest.raises(UserError):
        set_stages(engine, [("A", 1.5)])
    with pytest.raises(UserError):
        set_stages(engine, [])


def test_base_currency_follows_first_deal_until_set(engine) -> None:
    assert base_currency(engine) == "USD"
    with engine.begin() as conn:
        conn.execute(
            insert(Deal),
            [
                {"title": "no currency", "status": "open", "currency": None},
                {"title": "first", "status": "open", "currency": "eur"},
                {"title": "second", "status": "open", "currency": "GBP"},
            ],
        )
    assert base_currency(engine) == "EUR"
    assert get_setting(engine, "base_currency") is None
    assert ensure_base_currency(engine) == "EUR"
    assert get_setting(engine, "base_currency") == "EUR"
    set_setting(engine, "base_currency", "chf")
    assert base_currency(engine) == "CHF"
