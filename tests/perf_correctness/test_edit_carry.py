"""After random saved edits, the patched dataset, its carried prepared data, the caches the
KPI families carry with it and every KPI equal a fresh load with a fresh ``prepare``."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest

from desktop_app.cli import main
from desktop_app.store.engine import open_database
from desktop_app.store.loader import load_dataset, load_kpi_settings
from desktop_app.store.repository import create_record, delete_records, update_record
from desktop_app.store.snapshot_patch import patch_dataset, splice
from kpi_core import (
    activities,
    clear_cache,
    compute_kpis,
    lead_arrays,
    prepare,
    recurring,
    sources,
)
from kpi_core._util import ratio
from kpi_core.context import KpiContext
from kpi_core.conversion import lead_converted, lead_reached_sql
from kpi_core.dataset import COLUMNS, Dataset, KpiSettings
from kpi_core.filters import Filters
from kpi_core.periods import parse_period
from kpi_core.planner import historical_rates
from kpi_core.prepared import Prepared, cached_entry, first_seen, register
from kpi_core.prepared_update import carry

PERIODS = ("2025", "2025-Q2", "2024-11")


def ordered(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    if name == "rates":
        return frame
    key = "deal_id" if name == "stage_history" else "id"
    return frame.sort_values(key, kind="stable").reset_index(drop=True)


def values_of(prep: Prepared, like: Prepared) -> dict[str, object]:
    """Everything ``like`` holds, asked of ``prep``, as values (codes are an internal
    numbering, their order means nothing)."""
    out: dict[str, object] = {}
    for column in like._codes:
        codes, keys = prep.codes(column)
        out[f"key {column}"] = np.append(keys, None).take(codes).tolist()
    for base in like._money:
        for i, array in enumerate(prep.money(base)):
            out[f"money {base} {i}"] = array
    out["won"], out["lost"], out["hist_pos"] = prep.won, prep.lost, prep.hist_pos
    codes, keys = prep.history_codes
    out["history stage"] = np.append(keys, None).take(codes).tolist()
    out["known"], out["days"] = prep.stints
    assert prep._reach.keys() == like._reach.keys()
    for names, (current, reach) in prep._reach.items():
        out[f"current {names}"], out[f"reach {names}"] = current, reach
    out["first won"], out["first won order"] = prep.first_won_parts
    codes, keys = prep.codes("account")
    out["churn of each deal's account"] = prep.account_churn[codes]
    return out


def assert_same_prepared(carried: dict[str, object], fresh: dict[str, object]) -> None:
    assert carried.keys() == fresh.keys()
    for name, value in carried.items():
        other = fresh[name]
        if isinstance(value, pd.DataFrame):
            pdt.assert_frame_equal(value, other, obj=name)  # type: ignore[arg-type]
        elif isinstance(value, list):
            assert value == other, name
        else:
            assert np.array_equal(value, other, equal_nan=True), name  # type: ignore[call-overload]


def assert_family_caches_fresh(
    dataset: Dataset, prep: Prepared, settings: KpiSettings
) -> dict[str, int]:
    """The caches of the KPI families that the patch carried over for ``prep`` (before any
    computation on it) equal what the families compute from scratch; how many of each."""
    kept = {"sources": 0, "recurring": 0, "activities": 0, "leads": 0}
    entry = sources._source_codes.get(prep)
    if entry is not None:
        codes, names = first_seen(*prep.codes("source"))
        assert np.array_equal(entry[0], codes) and entry[1].tolist() == names.tolist()
        kept["sources"] += 1
    for (owner, source, product, base), found in recurring._CACHE.get(prep, {}).items():
        ctx = KpiContext(
            dataset,
            parse_period("2025"),
            Filters(owner=owner, source=source, product=product),
            replace(settings, base_currency=base),
            date(2025, 12, 31),
        )
        again = recurring._contracts(ctx)
        for field in ("start", "stop", "value", "account", "row"):
            assert np.array_equal(getattr(found, field), getattr(again, field)), field
        kept["recurring"] += 1
    for data, rows in activities._links.get(prep, {}).items():
        again = activities.linked_rows(data.deal_id, data.external_id, prep.deals)
        assert np.array_equal(rows, again)
        kept["activities"] += 1
    leads = lead_arrays.cached(dataset.leads)
    if leads is not None:
        again = lead_arrays.build(dataset.leads)
        for field in ("created", "sql_on", "converted", "reached_sql"):
            assert pd.Series(getattr(leads, field)).equals(pd.Series(getattr(again, field)))
        kept["leads"] += 1
    return kept


def random_write(engine, dataset: Dataset, rng: random.Random, step: int):  # type: ignore[no-untyped-def]
    """One write the window makes, chosen at random: ``(kind, Changes)``."""
    deals = dataset.deals
    deal = int(deals["id"].iloc[rng.randrange(len(deals))])
    owner = str(deals["owner"].dropna().iloc[0])
    account = str(deals["account"].dropna().iloc[rng.randrange(20)])
    choice = rng.choice(
        [
            "amount",
            "stage",
            "owner",
            "close",
            "account",
            "new",
            "delete",
            "lead",
            "spend",
            "contract",
            "source",
        ]
    )
    if choice == "amount":
        return "deals", update_record(engine, "deals", deal, {"amount": rng.uniform(10, 9e4)})
    if choice == "contract":  # a won deal's contract: its length, fee and amount
        won = deals[deals["status"] == "won"]
        if len(won):
            deal = int(won["id"].iloc[rng.randrange(len(won))])
        fields = {
            "contract_months": rng.choice([0, 6, 12, 24]),
            "one_time_fee": rng.choice([0.0, 500.0]),
            "amount": rng.uniform(1000, 9e4),
        }
        return "deals", update_record(engine, "deals", deal, fields)
    if choice == "source":
        source = rng.choice([str(deals["source"].dropna().iloc[0]), f"New Source {step}"])
        return "deals", update_record(engine, "deals", deal, {"source": source})
    if choice == "stage":
        stage = rng.choice(["Qualified", "Meeting", "Proposal", "Negotiation"])
        return "deals", update_record(engine, "deals", deal, {"stage": stage})
    if choice == "owner":
        name = rng.choice([owner, f"New Rep {step}"])
        return "deals", update_record(engine, "deals", deal, {"owner": name})
    if choice == "close":
        fields = {
            "status": rng.choice(["won", "lost"]),
            "closed_on": f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        }
        return "deals", update_record(engine, "deals", deal, fields)
    if choice == "account":
        fields = {
            "account": rng.choice([account, f"Fresh Account {step}"]),
            "status": "won",
            "closed_on": "2024-11-05",
        }
        return "deals", update_record(engine, "deals", deal, fields)
    if choice == "new":
        record = {
            "title": f"Deal {step}",
            "account": rng.choice([account, f"New Customer {step}"]),
            "owner": owner,
            "stage": "Qualified",
            "status": rng.choice(["open", "won"]),
            "amount": 1500,
            "created_on": "2025-03-01",
            "closed_on": "2025-04-02",
            "contract_months": rng.choice([0, 12]),
        }
        return "deals", create_record(engine, "deals", record)
    if choice == "delete":
        return "deals", delete_records(engine, "deals", [deal])
    if choice == "lead" and rng.random() < 0.5 and len(dataset.leads):
        lead = int(dataset.leads["id"].iloc[rng.randrange(len(dataset.leads))])
        if rng.random() < 0.5:
            return "leads", delete_records(engine, "leads", [lead])
        fields = {"converted_on": rng.choice([None, "2025-03-03"]), "sql_on": "2025-02-20"}
        return "leads", update_record(engine, "leads", lead, fields)
    if choice == "lead":
        record = {
            "name": f"Lead {step}",
            "created_on": "2025-02-09",
            "source": "Fresh",
            "account": f"Lead Account {step}",
        }
        return "leads", create_record(engine, "leads", record)
    record = {"spent_on": "2025-05-01", "source": "Fresh", "amount": 250.0, "category": "marketing"}
    return "spend", create_record(engine, "spend", record)


@pytest.mark.parametrize("seed", [1, 2])
def test_random_edits_carry_prepared_data_equal_to_a_fresh_load(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "work.sqlite"
    assert main(["demo", "--db", str(path), "--deals", "250", "--seed", str(seed)]) == 0
    engine = open_database(path)
    settings = load_kpi_settings(engine)
    dataset = load_dataset(engine, snapshot=False)
    prepare(dataset, settings.base_currency, settings.stages)
    rng = random.Random(seed)
    owner = str(dataset.deals["owner"].dropna().iloc[0])
    source = str(dataset.deals["source"].dropna().iloc[0])
    carried_caches = {"sources": 0, "recurring": 0, "activities": 0, "leads": 0}
    for step in range(20):
        kind, changes = random_write(engine, dataset, rng, step)
        patched = patch_dataset(path, dataset, kind, changes.ids)
        assert patched is not None
        carried = cached_entry(patched)
        assert carried is not None and "stints" in carried.__dict__, (
            "the prepared data was not carried"
        )
        prepare(patched, settings.base_currency, settings.stages)  # finds the carried data
        assert cached_entry(patched) is carried
        kept = assert_family_caches_fresh(patched, carried, settings)
        for family, n in kept.items():
            carried_caches[family] += n
        fresh = load_dataset(engine, snapshot=False)
        for name in COLUMNS:
            pdt.assert_frame_equal(
                ordered(getattr(patched, name), name), ordered(getattr(fresh, name), name), obj=name
            )
        period = parse_period(PERIODS[step % len(PERIODS)])
        for filters in (Filters(), Filters(owner=owner), Filters(source=source)):
            assert compute_kpis(patched, period, filters, settings) == compute_kpis(
                fresh, period, filters, settings
            ), (kind, step)
        # the dashboard's planner rates after the edit (its leads masks kept per frame)
        rates = historical_rates(patched, settings)
        assert rates == historical_rates(fresh, settings)
        leads = fresh.leads
        sql, converted = lead_reached_sql(leads).sum(), lead_converted(leads).sum()
        assert rates["MQL → SQL"] == ratio(int(sql), len(leads))
        assert rates["SQL → Deal"] == ratio(int(converted), int(sql))
        carried_values = values_of(carried, carried)
        clear_cache()
        fresh_prep = prepare(patched, settings.base_currency, settings.stages)
        assert_same_prepared(carried_values, values_of(fresh_prep, carried))
        register(patched, carried)  # the next edit carries the carried data further
        dataset = patched
    engine.dispose()
    # the families' caches were carried over edits (not only computed again)
    assert all(n > 0 for n in carried_caches.values()), carried_caches


def test_a_deal_removed_without_its_history_is_carried_as_a_fresh_prepare(
    tmp_path: Path,
) -> None:
    """History rows whose deal is gone (another writer's rows, say) lose their stints."""
    path = tmp_path / "work.sqlite"
    assert main(["demo", "--db", str(path), "--deals", "120", "--seed", "3"]) == 0
    engine = open_database(path)
    settings = load_kpi_settings(engine)
    dataset = load_dataset(engine, snapshot=False)
    engine.dispose()
    prepare(dataset, settings.base_currency, settings.stages)
    with_history = dataset.stage_history["deal_id"].value_counts().index[:2].tolist()
    empty = dataset.deals.iloc[:0]
    deals, rows = splice(dataset.deals, with_history, empty)  # gone; history left as it was
    patched = Dataset(**{**{n: getattr(dataset, n) for n in COLUMNS}, "deals": deals})
    carried = carry(dataset, patched, {"deals": rows})
    assert carried is not None
    known, _days = carried.stints
    assert not known[dataset.stage_history["deal_id"].isin(with_history).to_numpy()].any()
    carried_values = values_of(carried, carried)
    clear_cache()
    assert_same_prepared(
        carried_values,
        values_of(prepare(patched, settings.base_currency, settings.stages), carried),
    )
