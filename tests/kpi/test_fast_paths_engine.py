"""The per-call fast paths of the engine equal the straightforward computations they replace:
the period's rows instead of masks, groupings by the deals' own key codes, the leads'
answers computed once per frame, and the quota runs summed with ``np.bincount``
(hypothesis and seeded random data, with sums built to land on their quotas)."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpi_core import Dataset, Filters, KpiSettings, compute_kpis, parse_period
from kpi_core._util import sort_rows
from kpi_core.context import KpiContext, code_counts, code_sums, equal_to, in_range, ts
from kpi_core.conversion import lead_converted, lead_reached_sql
from kpi_core.engine import build_context
from kpi_core.lead_arrays import build, clear_cache, lead_arrays
from kpi_core.periods import custom_period
from kpi_core.series import open_probabilities, open_probabilities_at
from kpi_core.team import (
    _month_code,
    consecutive_from_end,
    day_month_codes,
    quota_consistency,
    within,
)

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BASE = date(2025, 1, 1)
TODAY = date(2026, 1, 1)
OWNERS = ["Ann", "Bob", "Cy", "", None]
SOURCES = ["Web", "Fair", " ", None]
#: amounts whose float sums are not exact: 0.1 + 0.2 != 0.3, large and small together
AMOUNTS = [0.1, 0.2, 0.3, 0.6, 0.7, 1e16, 1.0, 3.0, 1e-3, 100.0, None]


def day(n: int) -> str:
    return (BASE + timedelta(days=n)).isoformat()


@st.composite
def workspaces(draw) -> Dataset:
    """Deals over a year (some without owner, rate or amount), monthly quotas near the
    reps' monthly sums, leads with and without their later steps."""
    n = draw(st.integers(0, 30))
    deals = []
    for i in range(n):
        created = draw(st.integers(-60, 330))
        status = draw(st.sampled_from(["open", "won", "won", "lost"]))
        closed = created + draw(st.integers(0, 120)) if status != "open" else None
        deals.append(
            {
                "id": i + 1,
                "status": status,
                "owner": draw(st.sampled_from(OWNERS)),
                "source": draw(st.sampled_from(SOURCES)),
                "product": draw(st.sampled_from(["A", "B"])),
                "account": draw(st.sampled_from(["Acme", "Beta", "Core", None])),
                "stage": draw(st.sampled_from(["Qualified", "Proposal", "", None])),
                "amount": draw(st.sampled_from(AMOUNTS)),
                "currency": draw(st.sampled_from(["USD", "USD", "EUR"])),
                "probability": draw(st.sampled_from([None, 20.0, 80.0])),
                "created_on": day(created),
                "closed_on": None if closed is None else day(closed),
            }
        )
    quotas = []
    for owner in ["Ann", "Bob", "Cy"]:
        for month in range(draw(st.integers(0, 12))):
            start = date(2025, 12 - month, 1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            quotas.append(
                {
                    "owner": owner,
                    "period_start": start.isoformat(),
                    "period_end": end.isoformat(),
                    "amount": draw(st.sampled_from([0.0, 0.3, 0.6, 1.0, 0.9, 1e16, 100.3])),
                }
            )
    leads = [
        {
            "id": i + 1,
            "owner": draw(st.sampled_from(OWNERS)),
            "source": draw(st.sampled_from(SOURCES)),
            "created_on": day(draw(st.integers(-30, 360))),
            "sql_on": draw(st.sampled_from([None, day(100)])),
            "converted_on": draw(st.sampled_from([None, day(200)])),
            "deal_external_id": draw(st.sampled_from([None, "D-1"])),
        }
        for i in range(draw(st.integers(0, 12)))
    ]
    rates = [{"currency": "EUR", "rate": 1.1, "valid_from": "2024-06-01"}]
    return Dataset.from_frames(deals=deals, quotas=quotas, leads=leads, rates=rates)


PERIODS = st.sampled_from(
    [
        parse_period("2025-Q4"),
        parse_period("2025"),
        parse_period("2025-06"),
        custom_period(date(2025, 3, 15), date(2025, 11, 10)),
        parse_period("2023"),
    ]
)
FILTERS = st.sampled_from(
    [Filters(), Filters(owner="Ann"), Filters(source="Web"), Filters(owner="Bob", source="Fair")]
)


def context(ds: Dataset, period, filters: Filters) -> KpiContext:
    return build_context(ds, period, filters, KpiSettings(), TODAY)


def old_quota_consistency(ctx: KpiContext, reps: list[str]) -> list[dict]:
    """The quota runs as pandas grouped every (owner, month) since the first quota."""
    if not reps:
        return []
    q = ctx.dataset.quotas
    q = q.loc[q["owner"].isin(reps).to_numpy()]
    qs, qe = _month_code(q["period_start"].to_numpy()), _month_code(q["period_end"].to_numpy())
    one = (qs == qe) & q["period_start"].notna().to_numpy() & q["period_end"].notna().to_numpy()
    q = pd.DataFrame(
        {"owner": q["owner"].to_numpy(dtype=object)[one], "m": qs[one], "amount": q["amount"][one]}
    )
    last = int(_month_code(np.array([ts(ctx.period.end)]))[0])
    q = q.loc[q["m"] <= last]
    first = int(q["m"].min()) if len(q) else last
    months = np.arange(first, last + 1)
    quota = q.groupby(["owner", "m"])["amount"].sum().unstack(fill_value=0.0)
    quota = quota.reindex(index=reps, columns=months, fill_value=0.0).fillna(0.0)
    dv = ctx.deals
    start = np.datetime64(f"{1970 + first // 12:04d}-{first % 12 + 1:02d}-01", "ns")
    won = dv.won & (dv.closed <= ts(ctx.period.end)) & (dv.closed >= start) & dv.has_rate
    owners = dv.column("owner", won)
    named = pd.notna(owners)
    rev = pd.DataFrame(
        {
            "owner": owners[named],
            "m": _month_code(dv.closed[won])[named],
            "amount": np.nan_to_num(dv.amount[won], nan=0.0)[named],
        }
    )
    revenue = rev.groupby(["owner", "m"])["amount"].sum().unstack(fill_value=0.0)
    revenue = revenue.reindex(index=reps, columns=months, fill_value=0.0).fillna(0.0)
    met = (quota.to_numpy() > 0) & (revenue.to_numpy() >= quota.to_numpy())
    runs = consecutive_from_end(met)
    return sort_rows({"key": r, "value": int(n)} for r, n in zip(reps, runs, strict=True))


@FAST
@given(workspaces(), PERIODS, FILTERS)
def test_quota_runs_equal_the_grouped_sums_of_every_month(ds, period, filters) -> None:
    ctx = context(ds, period, filters)
    reps = ["Ann", "Bob", "Cy"]
    assert quota_consistency(ctx, reps) == old_quota_consistency(ctx, reps)


def test_quota_runs_where_the_running_sum_and_the_grouped_sum_differ() -> None:
    # 0.3 + 0.6 + 0.1 is 0.9999999999999999 summed in a row, 1.0 compensated (pandas): a
    # quota of 1.0 is met by the grouped sum (in May Bob sold the 0.6: Ann's run is 7)
    deals: list[dict[str, object]] = []
    quotas: list[dict[str, object]] = []
    for month in range(1, 13):
        for i, amount in enumerate([0.3, 0.6, 0.1, 0.0]):
            deals.append(
                {
                    "id": len(deals) + 1,
                    "status": "won",
                    "owner": "Bob" if (month, i) == (5, 1) else "Ann",
                    "amount": amount,
                    "created_on": date(2025, month, 1).isoformat(),
                    "closed_on": date(2025, month, 2 + i).isoformat(),
                }
            )
        end = (date(2025, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        quotas.append(
            {
                "owner": "Ann",
                "period_start": date(2025, month, 1).isoformat(),
                "period_end": end.isoformat(),
                "amount": 1.0,
            }
        )
    ds = Dataset.from_frames(deals=deals, quotas=quotas)
    assert sum([0.3, 0.6, 0.1]) < 1.0 == pd.Series([0.3, 0.6, 0.1]).groupby([0] * 3).sum()[0]
    ctx = context(ds, parse_period("2025"), Filters())
    got = quota_consistency(ctx, ["Ann"])
    assert got == old_quota_consistency(ctx, ["Ann"]) == [{"key": "Ann", "value": 7}]


@FAST
@given(st.lists(st.integers(-40_000, 40_000), max_size=40))
def test_month_codes_by_day_lookup_equal_the_conversion(days: list[int]) -> None:
    dates = np.array(days, dtype="datetime64[D]").astype("datetime64[ns]")
    assert day_month_codes(dates).tolist() == _month_code(dates).tolist()


@FAST
@given(workspaces(), PERIODS, FILTERS)
def test_lead_answers_once_per_frame_equal_those_of_the_period_s_leads(ds, period, filters):
    ctx = context(ds, period, filters)
    created = ctx.leads.loc[in_range(ctx.leads["created_on"].to_numpy(), period.start, period.end)]
    result = compute_kpis(ds, period, filters, KpiSettings(), today=TODAY)["kpis"]
    n = len(created)
    converted, reached = int(lead_converted(created).sum()), int(lead_reached_sql(created).sum())
    assert result["lead_conversion_rate"] == (converted / n if n else None)
    assert result["mql_to_sql_rate"] == (reached / n if n else None)
    sql = in_range(ctx.leads["sql_on"].to_numpy(), period.start, period.end)
    assert result["qualified_leads"] == int(sql.sum())


def test_lead_answers_are_remembered_per_frame_and_renewed_with_it() -> None:
    leads = pd.DataFrame(
        {
            "created_on": pd.to_datetime(["2025-01-02", "2025-01-03"]),
            "sql_on": pd.to_datetime([None, "2025-02-01"]),
            "converted_on": pd.to_datetime([None, None]),
            "deal_external_id": [None, "D-9"],
        }
    )
    first = lead_arrays(leads)
    assert lead_arrays(leads) is first
    assert first.converted.tolist() == [False, True]
    assert first.reached_sql.tolist() == [False, True]
    other = leads.iloc[:1]
    assert lead_arrays(other).converted.tolist() == [False]
    clear_cache()
    assert lead_arrays(leads) is not first
    assert build(leads).take(np.array([1])).reached_sql.tolist() == [True]


@FAST
@given(workspaces(), PERIODS, FILTERS)
def test_rows_and_codes_equal_masks_and_first_appearance(ds, period, filters) -> None:
    ctx = context(ds, period, filters)
    dv = ctx.deals
    assert ctx.won.tolist() == dv.won_in(period.start, period.end).tolist()
    assert ctx.lost.tolist() == dv.lost_in(period.start, period.end).tolist()
    for rows, mask in (
        (ctx.won_rows, ctx.won),
        (ctx.lost_rows, ctx.lost),
        (ctx.closed_rows, ctx.won | ctx.lost),
        (ctx.created_rows, ctx.created),
        (ctx.open_rows, ctx.open_end),
        (ctx.won_money_rows, ctx.won_money),
    ):
        assert rows.tolist() == np.flatnonzero(mask).tolist()
        assert dv.revenue_at(rows) == dv.revenue(mask)
        for column in ("owner", "source", "product", "account"):
            assert dv.key_sums(column, rows, dv.amount[rows]) == dv.sums_by(
                column, mask, dv.amount[mask]
            )
            assert np.array_equal(
                dv.values_at("amount", rows), dv.values("amount")[mask], equal_nan=True
            )
    rows = ctx.open_rows
    assert np.array_equal(
        open_probabilities_at(ctx, rows), open_probabilities(ctx)[rows], equal_nan=True
    )
    named = {str(o) for o in dv.column("owner", ctx.created | ctx.won | ctx.lost) if o}
    named.update(o for o in ctx.rep_quota.index if isinstance(o, str))
    assert ctx.reps_active == sorted(named)


@FAST
@given(workspaces(), PERIODS, FILTERS)
def test_customer_figures_by_codes_equal_those_by_names(ds, period, filters) -> None:
    ctx = context(ds, period, filters)
    dv = ctx.deals
    result = compute_kpis(ds, period, filters, KpiSettings(), today=TODAY)
    # new-customer revenue: won deals of the accounts whose first win is in the period
    new = set(ctx.new_accounts["account"])
    acc = dv.column("account", ctx.won_money)
    by_new = ctx.won_money.copy()
    by_new[ctx.won_money] = np.array([a in new for a in acc], dtype=bool)
    revenue = ctx.revenue
    want = dv.revenue(by_new) / revenue if revenue else None
    assert result["kpis"]["new_customer_revenue_share"] == want
    # new customers per source, counted one by one
    fw = ctx.new_accounts
    per_source: dict[str | None, int] = {}
    for s in fw.loc[fw["matches"].to_numpy(), "source"]:
        key = s if isinstance(s, str) else None
        per_source[key] = per_source.get(key, 0) + 1
    for row in result["breakdowns"]["cac_by_source"]:
        found = row["key"]
        assert row["new_customers"] == per_source.get(found if isinstance(found, str) else None, 0)
    # accounts with a won deal in the CLTV window, by name
    w = ctx.window
    mask = dv.won_in(w.start, w.end) & dv.has_rate
    names = {a for a in dv.column("account", mask) if a is not None}
    rows = np.flatnonzero(mask)
    codes = dv.pick(ctx.prep.codes("account")[0], rows)
    assert len(names) == int(np.count_nonzero(np.bincount(codes[codes >= 0])))


@FAST
@given(
    st.lists(st.one_of(st.none(), st.integers(-400, 400)), max_size=30),
    st.integers(-300, 300),
    st.integers(-10, 200),
)
def test_within_by_one_unsigned_comparison(days: list[int | None], start: int, length: int):
    base = np.datetime64("1969-12-01", "ns")
    one = np.timedelta64(1, "D")
    values = np.array([np.datetime64("NaT", "ns") if d is None else base + d * one for d in days])
    values = values.astype("datetime64[ns]")
    lo, hi = base + start * one, base + (start + length) * one
    assert within(values, lo, hi).tolist() == ((values >= lo) & (values < hi)).tolist()


@FAST
@given(
    st.lists(st.integers(-1, 3), max_size=30),
    st.lists(st.sampled_from([0.5, 1e300, np.inf, -np.inf, np.nan, -2.0, 0.1]), max_size=30),
)
def test_code_sums_equal_the_sums_with_nan_and_inf_cleaned(codes: list[int], values) -> None:
    n = min(len(codes), len(values))
    c, v = np.array(codes[:n], dtype=np.int64), np.array(values[:n], dtype=np.float64)
    keys = np.array(["a", "b", "c", "d"], dtype=object)
    slots = np.where(c < 0, 4, c)
    want = np.bincount(slots, weights=np.nan_to_num(v, nan=0.0), minlength=5)
    got = code_sums(c, keys, v)
    assert list(got) == [keys[i] if i < 4 else None for i in sorted(set(slots.tolist()))]
    for i in set(slots.tolist()):
        assert np.array_equal(got[keys[i] if i < 4 else None], want[i], equal_nan=True)


@FAST
@given(
    st.lists(st.sampled_from(["Ann", "Bob", "", "  ", " Ann", None, "Cy"]), max_size=30),
    st.sampled_from(["Ann", " Ann", "Bob", "", " ", "Zed", "Cy"]),
)
def test_a_filter_by_codes_equals_comparing_the_texts(owners: list[str | None], value: str):
    ds = Dataset.from_frames(
        deals=[
            {"id": i + 1, "status": "open", "owner": o, "created_on": "2025-01-02"}
            for i, o in enumerate(owners)
        ]
    )
    ctx = context(ds, parse_period("2025"), Filters(owner=value))
    want = ds.deals["owner"].to_numpy(dtype=object) == value
    assert np.asarray(ctx.deal_mask).tolist() == want.tolist()
    assert equal_to(ctx.prep, "owner", value).tolist() == want.tolist()


def test_in_range_over_several_blocks_equals_the_plain_comparison() -> None:
    rng = np.random.default_rng(11)
    days = rng.integers(-2_000, 2_000, size=700_000)
    values = (np.datetime64("2020-01-01", "ns") + days * np.timedelta64(1, "D")).astype(
        "datetime64[ns]"
    )
    values[rng.integers(0, len(values), size=5_000)] = np.datetime64("NaT", "ns")
    start, end = date(2019, 3, 1), date(2021, 2, 28)
    want = (values >= np.datetime64(start, "ns")) & (values <= np.datetime64(end, "ns"))
    assert np.array_equal(in_range(values, start, end), want)
    assert not in_range(values, end, start).any()


@FAST
@given(st.lists(st.integers(-1, 3), max_size=40))
def test_code_counts_equal_the_sums_of_ones(codes: list[int]) -> None:
    c = np.array(codes, dtype=np.int64)
    keys = np.array(["a", "b", "c", "d"], dtype=object)
    got = code_counts(c, keys)
    want = code_sums(c, keys, np.ones(len(c)))
    assert list(got.items()) == list(want.items())
