"""The review's per-source counts and NPS bands come from kpi_core.series."""

from __future__ import annotations

from desktop_app.reports.figures import NO_SOURCE
from kpi_core.dataset import Dataset
from kpi_core.filters import Filters


def test_review_sources_table_takes_its_counts_from_kpi_core():
    """Leads, deals and won per source in the review are kpi_core.series.source_activity."""
    from desktop_app.reports.review_sections import sources_section
    from kpi_core.engine import compute_kpis
    from kpi_core.periods import parse_period

    data = Dataset.from_frames(
        deals=[
            {"id": 1, "source": "Web", "status": "won", "created_on": "2025-01-05",
             "closed_on": "2025-02-01", "amount": 10.0},
            {"id": 2, "source": "", "status": "lost", "created_on": "2025-01-06",
             "closed_on": "2025-02-01", "amount": 10.0},
        ],
        leads=[{"id": 1, "source": "Fair", "created_on": "2025-01-02"}],
    )  # fmt: skip
    period = parse_period("2025-Q1")
    result = compute_kpis(data, period, Filters())
    section = sources_section(data, period, Filters(), result, "USD")
    table = next(b for b in section.blocks if hasattr(b, "rows"))
    counts = {row[0]: row[1:4] for row in table.rows}
    assert counts == {"Web": [0, 1, 1], NO_SOURCE: [0, 1, 0], "Fair": [1, 0, 0]}


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
