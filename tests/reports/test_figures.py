"""Pure helpers of the review: per-source counts; the NPS bands come from kpi_core."""

from __future__ import annotations

import datetime as dt

from desktop_app.reports.figures import NO_SOURCE, source_activity
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


def test_review_nps_table_shows_kpi_core_bands():
    """The review's NPS table takes its bands from kpi_core.series (the spec's example)."""
    from desktop_app.reports.review_sections import nps_section
    from kpi_core.periods import parse_period

    scores = [10, 10, 10, 10, 9, 8, 8, 7, 6, 3]
    data = Dataset.from_frames(
        nps=[{"id": i, "responded_on": "2025-03-01", "score": s} for i, s in enumerate(scores)]
    )
    for scheme, counts in (("standard", [5, 3, 2]), ("0-5", [5, 4, 1])):
        section = nps_section(data, parse_period("2025-03"), {"kpis": {}}, scheme)
        table = next(b for b in section.blocks if hasattr(b, "rows"))
        assert [row[1] for row in table.rows] == counts
        assert table.rows[0][2] == 0.5 and table.total[1] == 10
