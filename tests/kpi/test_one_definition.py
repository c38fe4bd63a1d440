"""The engine's figures of the volume and unit KPIs are those of their one definition
(``kpi_core.sources``, ``kpi_core.trailing``) applied to the period's records."""

from datetime import date

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpi_builders import Q1, dataset, deal, kpis

from kpi_core.context import in_range
from kpi_core.sources import leads_created, opportunities_created
from kpi_core.trailing import revenue_per_unit

DAYS = st.dates(date(2024, 11, 1), date(2025, 5, 31)).map(date.isoformat)
deals_drawn = st.lists(
    st.tuples(
        st.sampled_from(["won", "lost", "open"]),
        st.one_of(st.none(), st.floats(0, 1e6, allow_nan=False)),
        st.one_of(st.none(), st.floats(-2, 50, allow_nan=False)),
        DAYS,
        DAYS,
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deals_drawn, st.lists(st.one_of(st.none(), DAYS), max_size=15))
def test_the_engine_counts_and_divides_with_the_one_definition(drawn, lead_days) -> None:
    rows = [
        deal(status=s, amount=a, created=c, closed=d if s != "open" else None, quantity=q)
        for s, a, q, c, d in drawn
    ]
    leads = [{"id": i + 1, "created_on": d} for i, d in enumerate(lead_days)]
    ds = dataset(deals=rows, leads=leads) if rows else dataset(leads=leads)
    got = kpis(ds)
    frame = ds.deals
    created = in_range(frame["created_on"].to_numpy(), Q1.start, Q1.end)
    assert got["opportunities_created"] == opportunities_created(created)
    assert got["opportunities_created"] == opportunities_created(np.flatnonzero(created))
    assert got["leads_created"] == leads_created(ds.leads["created_on"].to_numpy(), Q1)
    won = (frame["status"] == "won").to_numpy() & in_range(
        frame["closed_on"].to_numpy(), Q1.start, Q1.end
    )
    amounts = frame["amount"].to_numpy(dtype="float64")[won]
    quantities = frame["quantity"].to_numpy(dtype="float64")[won]
    assert got["revenue_per_unit"] == revenue_per_unit(amounts, quantities)


def test_opportunities_created_of_rows_counts_row_zero() -> None:
    assert opportunities_created(np.array([0, 3, 4])) == 3
    assert opportunities_created(np.array([True, False, True])) == 2
    assert opportunities_created(np.zeros(0, dtype=np.int64)) == 0
