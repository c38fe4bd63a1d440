"""The sales review: one document model built from ``compute_kpis``, rendered by each writer.

``build_review`` computes the KPIs of the period, of the previous period (for the change
column of the summary) and the revenue by month of the same period a year before (for the
monthly chart, :func:`kpi_core.series.year_before_revenue`), then
lays out the sections: cover, summary, funnel, revenue by month (with the trailing-year and
price figures), sources, opportunities and expected revenue by source, reps, activities (when
the workspace has activities), customers, recurring revenue (when it has contracts), NPS,
all figures and an appendix with the formula of every KPI shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from desktop_app.presentation import format as fmt
from desktop_app.presentation import locale as loc
from desktop_app.reports import review_recurring as rr
from desktop_app.reports import review_sections as sec
from desktop_app.reports.document import Chart, Document, Paragraph, Review, Row
from desktop_app.reports.figures import filter_value
from desktop_app.reports.i18n import tr
from desktop_app.translation import QT_TRANSLATE_NOOP  # typed: returns the text
from kpi_core.types import KpiResult, YearBefore

TITLE = QT_TRANSLATE_NOOP("reports", "Sales review")  # translated when the document is built

#: the cover's headline figures
HIGHLIGHTS = ("revenue", "win_rate", "avg_deal_size", "nps")

Compute = Callable[..., KpiResult]


def _make_period(start: dt.date, end: dt.date) -> Any:
    from kpi_core.periods import Period

    return Period(start, end)


def _period_label(period: Any) -> str:
    """``Q1 2025`` / ``2025年第1季度`` (:func:`desktop_app.presentation.locale.period_label`)."""
    return loc.period_label(period)


def _day(day: dt.date) -> str:
    """``1 Jul 2025`` / ``2025年7月1日``."""
    return loc.date_text(day)


def _filters_label(filters: Any) -> str:
    names = {"owner": tr("Owner: {0}"), "source": tr("Source: {0}"), "product": tr("Product: {0}")}
    parts = [
        template.format(value)
        for name, template in names.items()
        if (value := filter_value(filters, name))
    ]
    return "; ".join(parts)


def _as_filters(filters: Any) -> Any:
    """``kpi_core.filters.Filters`` from ``None``, a mapping, or a Filters."""
    if filters is not None and not isinstance(filters, dict):
        return filters
    from kpi_core.filters import Filters

    return Filters(**(filters or {}))


def _default_compute() -> Compute:
    from kpi_core.engine import compute_kpis

    return compute_kpis


def _previous_bounds(result: KpiResult, period: Any) -> tuple[dt.date, dt.date]:
    info = result.get("period") or {}
    if info.get("previous_start") and info.get("previous_end"):
        return (
            dt.date.fromisoformat(info["previous_start"]),
            dt.date.fromisoformat(info["previous_end"]),
        )
    from kpi_core.periods import previous_period

    prev = previous_period(period)
    return prev.start, prev.end


def _year_before(dataset: Any, period: Any, filters: Any, settings: Any) -> YearBefore:
    """Revenue by month of the same months a year before (kpi_core's series)."""
    from kpi_core import series

    return series.year_before_revenue(series.context(dataset, period, filters, settings))


def _charts(sections: list[Any]) -> list[Chart]:
    """Every chart of ``sections``, also those inside rows."""
    found: list[Chart] = []
    for section in sections:
        for block in section.blocks:
            inner = block.blocks if isinstance(block, Row) else [block]
            found += [b for b in inner if isinstance(b, Chart)]
    return found


def fmt_float(value: Any) -> float | None:
    """A plain float, or None for None/NaN."""
    return None if fmt.is_null(value) else float(value)


def build_review(
    dataset: Any,
    period: Any,
    filters: Any,
    settings: Any,
    company_name: str,
    logo_path: str | None,
    printed_on: dt.date | None = None,
    *,
    compute: Compute | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> Review:
    """Compute the KPIs and lay out the sales review of ``period`` under ``filters``.

    ``compute`` defaults to :func:`kpi_core.engine.compute_kpis`; ``progress(fraction,
    text)`` is called between the steps (for a progress bar).
    """
    compute = compute or _default_compute()
    filters = _as_filters(filters)
    printed_on = printed_on or dt.date.today()
    step = progress or (lambda _f, _t: None)

    def run(start: dt.date, end: dt.date) -> KpiResult:
        return compute(dataset, _make_period(start, end), filters, settings)

    step(0.05, tr("Computing the period"))
    result = compute(dataset, period, filters, settings)
    step(0.40, tr("Computing the previous period"))
    previous = run(*_previous_bounds(result, period))
    step(0.70, tr("Computing the year before"))
    last_year = _year_before(dataset, period, filters, settings)
    step(0.95, tr("Laying out the review"))
    currency = result.get("currency") or getattr(settings, "base_currency", "USD") or "USD"
    scheme = getattr(settings, "nps_scheme", "standard")

    monthly = sec.monthly_section(result, last_year, currency)
    monthly.blocks.append(rr.trailing_grid(result, previous, currency))
    months = rr.movements(dataset, period, filters, settings)
    recorded = len(getattr(dataset, "activities", ()))
    optional = [
        sec.summary_section(result, previous, currency),
        sec.funnel_section(result),
        monthly,
        sec.sources_section(dataset, period, filters, result, currency),
        rr.pipeline_sources_section(result, currency),
        sec.reps_section(result, currency),
        rr.activities_section(result, previous, recorded, currency),
        sec.customers_section(result, previous, currency),
        rr.recurring_section(result, previous, months, currency),
        sec.nps_section(dataset, period, result, scheme),
        sec.all_figures_section(result, previous, currency),
        sec.appendix_section(),
    ]
    sections = [s for s in optional if s is not None]
    for chart in _charts(sections):
        chart.dataset, chart.settings = dataset, settings
    filters_text = _filters_label(filters)
    dates = f"{_day(period.start)} – {_day(period.end)}"
    scope = filters_text or tr("All owners, sources and products")
    label = _period_label(period)
    subtitle = scope if label == dates else f"{dates}  ·  {scope}"
    doc = Document(
        title=tr(TITLE),
        company_name=company_name or "",
        period_label=label,
        printed_on=printed_on,
        sections=sections,
        logo_path=logo_path or None,
        subtitle=subtitle,
        currency=currency,
        meta={
            "result": result,
            "previous": previous,
            "year_before": last_year,
            "filters_label": filters_text or tr("All owners, sources and products"),
        },
        highlights=sec.kpi_items(HIGHLIGHTS, result, previous, currency),
    )
    excluded = result.get("excluded_missing_rate") or 0
    if excluded:
        sections[0].blocks.append(
            Paragraph(
                tr(
                    "{0} deals have no exchange rate for their currency and are left out of "
                    "the money figures."
                ).format(fmt.count(excluded)),
                small=True,
            )
        )
    step(1.0, tr("Done"))
    return doc
