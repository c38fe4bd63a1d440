"""Dealbook's pure KPI library: pandas frames in, numbers out (see ``kpi_spec.md``)."""

from kpi_core.dataset import Dataset, KpiSettings, Stage
from kpi_core.engine import BREAKDOWN_IDS, KPI_IDS, compute_kpis
from kpi_core.filters import Filters
from kpi_core.periods import Period, custom_period, parse_period, previous_period
from kpi_core.prepared import clear_cache, prepare

__all__ = [
    "BREAKDOWN_IDS",
    "KPI_IDS",
    "Dataset",
    "Filters",
    "KpiSettings",
    "Period",
    "Stage",
    "clear_cache",
    "compute_kpis",
    "custom_period",
    "parse_period",
    "prepare",
    "previous_period",
]
