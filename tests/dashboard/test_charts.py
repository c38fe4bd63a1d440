"""Chart builders draw what the result says; the off-screen renderer gives real images."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QPointF

from desktop_app.charts import format as fmt
from desktop_app.charts.funnel import funnel_chart
from desktop_app.charts.nps import nps_chart
from desktop_app.charts.pipeline import pipeline_chart
from desktop_app.charts.render import CHART_NAMES, render_chart_image, render_chart_svg
from desktop_app.charts.revenue import monthly_revenue_chart
from desktop_app.charts.sources import source_chart
from kpi_core import series
from kpi_core.dataset import DEFAULT_STAGES, Dataset, KpiSettings
from kpi_core.periods import parse_period

STAGE_NAMES = [s.name for s in DEFAULT_STAGES] + ["Won"]


def result() -> dict:
    counts = [1000, 620, 400, 250, 160, 90]
    funnel = [
        {"key": k, "count": c, "conversion": (c / counts[i - 1]) if i else None}
        for i, (k, c) in enumerate(zip(STAGE_NAMES, counts, strict=True))
    ]
    return {
        "period": {"start": "2025-01-01", "end": "2025-12-31"},
        "filters": {"owner": None, "source": None, "product": None},
        "currency": "EUR",
        "kpis": {"pipeline_coverage": 2.5, "weighted_pipeline": 120000.0},
        "breakdowns": {
            "funnel": funnel,
            "revenue_by_month": [
                {"key": f"2025-{m:02d}", "value": 1000.0 * m, "share": m / 78} for m in range(1, 13)
            ],
            "revenue_by_source": [
                {"key": "Website", "value": 500.0, "share": 0.5},
                {"key": "Referral", "value": 300.0, "share": 0.3},
                {"key": "Events", "value": 200.0, "share": 0.2},
            ],
            "win_rate_by_source": [
                {"key": "Website", "value": 0.3},
                {"key": "Events", "value": 0.1},
            ],
            "cac_by_source": [
                {"key": "Website", "value": 250.0, "spend": 1000.0, "new_customers": 4},
                {"key": "Events", "value": None, "spend": 500.0, "new_customers": 0},
            ],
            "nps_by_month": [{"key": "2025-01", "value": 30.0}, {"key": "2025-02", "value": -10.0}],
        },
    }


def comparison() -> dict:
    rows = [{"key": f"2024-{m:02d}", "value": 900.0 * m, "share": 0.0} for m in range(1, 13)]
    return {"breakdowns": {"revenue_by_month": rows}}


def bar_count(view) -> int:
    return sum(
        len(b.opts["height"] if b.opts["height"] is not None else b.opts["width"])
        for b in view.bars
    )


def test_funnel_has_one_bar_and_three_labels_per_stage(qtbot):
    view = funnel_chart(result())
    qtbot.addWidget(view)
    assert len(view.bars) == 1
    assert len(view.bars[0].opts["x"]) == 6
    assert len(view.labels) == 3 * 6
    texts = [label.toPlainText() for label in view.labels]
    assert "1,000" in texts and "90" in texts
    assert any("62.0 % of previous" in t for t in texts)
    assert any("9.0 % overall" in t for t in texts)  # 90 / 1000
    assert [h.key for h in view.hits] == STAGE_NAMES


def test_funnel_click_emits_the_stage(qtbot):
    view = funnel_chart(result())
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    hit = view.hits[1]
    scene_pos = hit.plot.getViewBox().mapViewToScene(QPointF(0.0, hit.rect.center().y()))
    assert view.hit_at(scene_pos) is hit
    with qtbot.waitSignal(view.clicked) as blocker:
        view.clicked.emit(view.hit_at(scene_pos).key)
    assert blocker.args == ["Qualified"]


def test_monthly_revenue_pairs_each_month_with_the_year_before(qtbot):
    view = monthly_revenue_chart(result(), comparison(), "EUR")
    qtbot.addWidget(view)
    assert len(view.bars) == 2
    assert [len(b.opts["height"]) for b in view.bars] == [12, 12]
    assert len(view.hits) == 24
    assert len(view.labels) == 12  # one value label per month of the period
    ticks = view.plots[0].getAxis("bottom")._tickLevels[0]
    assert ticks[0][1] == "Jan 25" and ticks[-1][1] == "Dec 25"


def test_monthly_revenue_without_comparison_has_one_series(qtbot):
    view = monthly_revenue_chart(result())
    qtbot.addWidget(view)
    assert len(view.bars) == 1 and bar_count(view) == 12


@pytest.mark.parametrize(("kind", "rows"), [("revenue", 3), ("win_rate", 2), ("cac", 2)])
def test_source_charts_have_a_bar_per_source(qtbot, kind, rows):
    view = source_chart(result(), kind, "EUR")
    qtbot.addWidget(view)
    assert len(view.bars) == 1 and len(view.bars[0].opts["width"]) == rows
    assert len(view.labels) == rows
    if kind == "cac":
        assert view.labels[-1].toPlainText() == fmt.DASH  # undefined CAC is "—", no bar


def nps_months(days: list[str], scores: list[int], period: str = "2025", scheme="standard"):
    """kpi_core's NPS bands by month of a dataset holding these answers."""
    data = Dataset.from_frames(
        nps=pd.DataFrame({"id": range(len(days)), "responded_on": days, "score": scores})
    )
    ctx = series.context(data, parse_period(period), settings=KpiSettings(nps_scheme=scheme))
    return series.nps_months(ctx)


def test_nps_chart_draws_the_score_and_stacked_shares(qtbot):
    months = nps_months(
        ["2025-01-05"] * 10 + ["2025-02-01"] * 2, [10, 10, 10, 10, 9, 8, 8, 7, 6, 3, 0, 10]
    )
    view = nps_chart(result(), months)
    qtbot.addWidget(view)
    assert len(view.bars) == 3  # detractors, passives, promoters stacked
    assert len(view.plots) == 2
    assert [round(m.score, 6) for m in months] == [30.0, 0.0]


def test_nps_shares_respect_the_scheme():
    days, scores = ["2025-03-02"] * 10, [10, 10, 10, 10, 9, 8, 8, 7, 6, 3]
    standard = nps_months(days, scores, "2025-03")[0]
    variant = nps_months(days, scores, "2025-03", "0-5")[0]
    assert (standard.promoters, standard.detractors) == (0.5, 0.2)
    assert round(standard.score, 9) == 30.0
    assert round(variant.score, 9) == 40.0 and round(variant.passives, 9) == 0.4


def test_pipeline_chart_has_value_and_weighted_bars_per_stage(qtbot):
    data = Dataset.from_frames(
        deals=[
            {
                "id": 1,
                "stage": "Qualified",
                "status": "open",
                "amount": 1000,
                "created_on": "2025-01-02",
            },
            {
                "id": 2,
                "stage": "Proposal",
                "status": "open",
                "amount": 500,
                "probability": 50,
                "created_on": "2025-02-02",
            },
            {
                "id": 3,
                "stage": "Proposal",
                "status": "won",
                "amount": 700,
                "created_on": "2025-02-02",
                "closed_on": "2025-03-01",
            },
        ]
    )
    stages = series.open_pipeline(series.context(data, parse_period("2025")))
    assert [s.count for s in stages] == [0, 1, 0, 1, 0]
    assert stages[1].weighted == pytest.approx(200.0) and stages[3].weighted == pytest.approx(250.0)
    view = pipeline_chart(result(), stages, "EUR")
    qtbot.addWidget(view)
    assert len(view.bars) == 2 and [len(b.opts["height"]) for b in view.bars] == [5, 5]
    assert len(view.hits) == 5


@pytest.mark.parametrize("name", CHART_NAMES)
def test_render_chart_image_is_the_requested_size_and_not_blank(qapp, name):
    image = render_chart_image(name, result(), comparison(), size=(800, 450))
    assert (image.width(), image.height()) == (800, 450)
    colours = {image.pixel(x, y) for x in range(0, 800, 7) for y in range(0, 450, 7)}
    assert len(colours) > 3


def test_render_chart_svg_is_svg(qapp):
    data = render_chart_svg("funnel", result(), size=(800, 450))
    assert data.lstrip().startswith(b"<?xml") or b"<svg" in data[:400]
    assert b"Qualified" in data


def test_export_png_and_svg(qtbot, tmp_path):
    view = funnel_chart(result())
    qtbot.addWidget(view)
    view.resize(640, 360)
    view.export_png(tmp_path / "f.png", width=640)
    view.export_svg(tmp_path / "f.svg")
    assert (tmp_path / "f.png").stat().st_size > 1000
    assert b"<svg" in (tmp_path / "f.svg").read_bytes()


def test_formats():
    assert fmt.value_text("revenue", 1234567.4, "USD") == "USD 1,234,567"
    assert fmt.value_text("win_rate", 0.25) == "25.0 %"
    assert fmt.value_text("cac", None) == fmt.DASH
    churn = fmt.change("churn_rate", 0.05, 0.06)
    assert (churn.text, churn.goodness) == ("-1.0 pp", 1)  # churn down is good
    assert (fmt.change("cac", 90.0, 100.0).text, fmt.change("cac", 90.0, 100.0).goodness) == (
        "-10.0 %",
        1,
    )
    assert fmt.change("revenue", 90.0, 100.0).goodness == -1
    assert fmt.change("sales_cycle_days", 25.0, 20.0).goodness == -1
    assert fmt.change("revenue", 5.0, 0.0).text == "was USD 0"


def test_charts_write_with_the_presentation_formatter():
    """The charts' formatter is the presentation layer's, not a copy."""
    from desktop_app.presentation import format as shared

    assert fmt.value_text is shared.value_text and fmt.money is shared.money
