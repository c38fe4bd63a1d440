"""Pure helpers of the review: per-source counts, NPS bands, the year before."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from desktop_app.reports.figures import NO_SOURCE, nps_bands, source_activity, year_before
from kpi_core.dataset import Dataset
from kpi_core.filters import Filters


def _data() -> Dataset:
    return Dataset.from_frames(
        deals=[
            {
                "id": 1,
                "source": "Web",
                "owner": "A",
                "status": "won",
                "created_on": "2025-01-05",
                "closed_on": "2025-02-01",
                "amount": 10.0,
            },
            {
                "id": 2,
                "source": "Web",
                "owner": "B",
                "status": "lost",
                "created_on": "2025-01-06",
                "closed_on": "2025-02-01",
                "amount": 10.0,
            },
            {
                "id": 3,
                "source": None,
                "owner": "A",
                "status": "won",
                "created_on": "2024-12-01",
                "closed_on": "2025-03-01",
                "amount": 10.0,
            },
            {"id": 4, "source": "Fair", "owner": "A", "status": "open", "created_on": "2025-04-01"},
        ],
        leads=[
            {"id": 1, "source": "Web", "owner": "A", "created_on": "2025-01-02"},
            {"id": 2, "source": "Fair", "owner": "B", "created_on": "2025-02-02"},
            {"id": 3, "source": "Fair", "owner": "B", "created_on": "2024-02-02"},
        ],
    )


def test_source_activity_counts_leads_deals_and_won():
    data = _data()
    out = source_activity(data.deals, data.leads, dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert out.loc["Web"].to_dict() == {"leads": 1, "deals": 2, "won": 1}
    assert out.loc["Fair"].to_dict() == {"leads": 1, "deals": 0, "won": 0}
    assert out.loc[NO_SOURCE].to_dict() == {"leads": 0, "deals": 0, "won": 1}


def test_source_activity_follows_filters():
    data = _data()
    out = source_activity(
        data.deals, data.leads, dt.date(2025, 1, 1), dt.date(2025, 3, 31), Filters(owner="B")
    )
    assert out.loc["Web"].to_dict() == {"leads": 0, "deals": 1, "won": 0}
    assert out.loc["Fair", "leads"] == 1


def test_source_activity_empty():
    data = Dataset()
    out = source_activity(data.deals, data.leads, dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert out.empty


def test_nps_bands_spec_example():
    scores = [10, 10, 10, 10, 9, 8, 8, 7, 6, 3]
    frame = pd.DataFrame(
        {"responded_on": pd.to_datetime(["2025-03-01"] * 10), "score": [float(s) for s in scores]}
    )
    bands = nps_bands(frame, dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert (bands.promoters, bands.passives, bands.detractors) == (5, 3, 2)
    assert bands.score == 30
    assert bands.share("promoters") == 0.5
    other = nps_bands(frame, dt.date(2025, 3, 1), dt.date(2025, 3, 31), scheme="0-5")
    assert other.detractors == 1 and other.score == 40
    empty = nps_bands(frame, dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert empty.score is None and empty.share("passives") is None


def test_year_before_handles_leap_day():
    assert year_before(dt.date(2024, 2, 1), dt.date(2024, 2, 29)) == (
        dt.date(2023, 2, 1),
        dt.date(2023, 2, 28),
    )
