"""Workspace settings as the window's Settings page reads and writes them.

A thin layer over :mod:`desktop_app.store.settings` so that widgets call one repository.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Engine

from desktop_app.store import settings as st
from desktop_app.store.changes import Changes
from kpi_core.dataset import Stage

#: the keys the Settings page edits
EDITABLE = (
    "base_currency",
    "nps_scheme",
    "default_lifetime_years",
    "working_hours_per_week",
    "company_name",
    "logo_path",
)


def workspace_settings(engine: Engine) -> dict[str, Any]:
    """The editable settings, the base currency resolved, and the stages (fractions)."""
    values = st.get_settings(engine)
    out = {key: values.get(key) for key in EDITABLE}
    out["base_currency"] = st.base_currency(engine)
    out["stages"] = list(st.get_stages(engine))
    return out


def save_workspace_settings(engine: Engine, values: Mapping[str, Any]) -> Changes:
    """Store the editable settings given (each validated; a bad value raises UserError)."""
    tables = set()
    with engine.begin() as conn:
        for key in EDITABLE:
            if key in values:
                st.set_setting(conn, key, values[key])
                tables.add("settings")
        if "stages" in values:
            st.set_stages(conn, values["stages"])
            tables.add("pipeline_stages")
    return Changes.of_tables(tables)


def stage_names(engine: Engine) -> list[str]:
    """The pipeline's stage names in order (for the deal form and bulk stage change)."""
    return [s.name for s in st.get_stages(engine)]


def stages(engine: Engine) -> list[Stage]:
    return list(st.get_stages(engine))


def save_stages(engine: Engine, new: Sequence[Stage | tuple[str, float]]) -> Changes:
    """Replace the pipeline (probabilities as fractions)."""
    st.set_stages(engine, new)
    return Changes.of_tables({"pipeline_stages"})


def get_value(engine: Engine, key: str, default: Any = None) -> Any:
    return st.get_setting(engine, key, default)


def set_value(engine: Engine, key: str, value: Any) -> Changes:
    st.set_setting(engine, key, value)
    return Changes.of_tables({"settings"})
