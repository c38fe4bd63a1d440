"""The data the KPI engine reads: plain pandas DataFrames with fixed columns.

This module is the contract between the store (which loads a dataset from the database)
and the KPI functions (which only read it). Every frame has exactly the columns listed
below, in any row order:

* dates are ``datetime64[ns]`` at midnight, ``NaT`` when unknown;
* money and other numbers are ``float64``, ``NaN`` when unknown;
* text columns are ``object`` dtype holding ``str`` or ``None`` (equal names may be one
  shared ``str`` object, in one frame or across frames: a reader that shares them saves a
  string object per row, and nothing can tell, as strings are immutable).

Names (account, owner, source, product) are the display names, not database ids.

The frames are read-only once in a Dataset: a changed workspace is a new Dataset with new
frames for what changed (unchanged frames, and unchanged columns of a changed frame, may be
shared with the old one). ``kpi_core.prepared`` remembers derived data per dataset and
notices a replaced frame, not one edited in place. A store that splices a few changed rows
into new frames may pass the map of old to new rows to ``kpi_core.prepared_update.carry``
to update that data instead of computing it again over every row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from kpi_core.types import Row

DEAL_STATUSES = ("open", "won", "lost")
SPEND_CATEGORIES = ("marketing", "sales", "other")

DATE = "date"
NUMBER = "number"
TEXT = "text"
INTEGER = "integer"

#: frame name -> ordered {column: kind}
COLUMNS: dict[str, dict[str, str]] = {
    "deals": {
        "id": INTEGER,
        "external_id": TEXT,
        "title": TEXT,
        "account": TEXT,
        "owner": TEXT,
        "source": TEXT,
        "product": TEXT,
        "product_type": TEXT,
        "stage": TEXT,
        "status": TEXT,  # open / won / lost
        "amount": NUMBER,  # in ``currency``; NaN = unknown (adds 0 to sums)
        "currency": TEXT,  # ISO code; None = the workspace's base currency
        "cost": NUMBER,
        "probability": NUMBER,  # percentage 0..100, NaN = use the stage default
        "created_on": DATE,
        "expected_close_on": DATE,
        "closed_on": DATE,
        "lost_reason": TEXT,
        "contract_months": NUMBER,
        "one_time_fee": NUMBER,
        "list_amount": NUMBER,  # price before discount, in ``currency``; NaN = unknown
        "quantity": NUMBER,  # units sold; NaN = unknown
    },
    "stage_history": {"deal_id": INTEGER, "stage": TEXT, "entered_on": DATE},
    "leads": {
        "id": INTEGER,
        "external_id": TEXT,
        "name": TEXT,
        "account": TEXT,
        "source": TEXT,
        "owner": TEXT,
        "created_on": DATE,
        "sql_on": DATE,
        "converted_on": DATE,
        "deal_external_id": TEXT,
        "disqualified_on": DATE,
    },
    "spend": {
        "id": INTEGER,
        "spent_on": DATE,
        "source": TEXT,
        "category": TEXT,  # marketing / sales / other; None means marketing
        "amount": NUMBER,
        "currency": TEXT,
        "note": TEXT,
    },
    "nps": {"id": INTEGER, "responded_on": DATE, "account": TEXT, "score": NUMBER, "comment": TEXT},
    "quotas": {
        "id": INTEGER,
        "owner": TEXT,
        "period_start": DATE,
        "period_end": DATE,
        "amount": NUMBER,
    },
    "forecasts": {
        "id": INTEGER,
        "period_start": DATE,
        "period_end": DATE,
        "amount": NUMBER,
        "owner": TEXT,  # None = company-level forecast
    },
    "accounts": {"id": INTEGER, "name": TEXT, "created_on": DATE, "churned_on": DATE},
    "rates": {"currency": TEXT, "rate": NUMBER, "valid_from": DATE},
    "activities": {
        "id": INTEGER,
        "done_on": DATE,
        "owner": TEXT,
        "type": TEXT,  # call / meeting / email / demo / proposal / admin / training / other
        "hours": NUMBER,  # >= 0; NaN = unknown
        "deal_id": NUMBER,  # id of the linked deal; NaN = not linked by id
        "deal_external_id": TEXT,  # external id of the linked deal; None = not linked
        "account": TEXT,
        "note": TEXT,
    },
}


@dataclass(frozen=True)
class Stage:
    """A pipeline stage and its default win probability as a fraction (0.2 = 20 %)."""

    name: str
    probability: float


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage("Lead-in", 0.10),
    Stage("Qualified", 0.20),
    Stage("Meeting", 0.40),
    Stage("Proposal", 0.60),
    Stage("Negotiation", 0.80),
)


@dataclass(frozen=True)
class KpiSettings:
    """Workspace settings that change how KPIs are computed."""

    base_currency: str = "USD"
    stages: tuple[Stage, ...] = DEFAULT_STAGES
    nps_scheme: str = "standard"  # "standard" (detractors 0-6) or "0-5"
    default_lifetime_years: float = 3.0
    working_hours_per_week: float = 40.0  # one rep's working time, for time spent selling


def empty_frame(name: str) -> pd.DataFrame:
    """An empty frame with the columns and dtypes of ``name``."""
    return normalize_frame(name, pd.DataFrame({c: [] for c in COLUMNS[name]}))


def normalize_frame(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with exactly the contract's columns and dtypes.

    Missing columns are added empty; extra columns are dropped; dates are parsed and cut
    to midnight; numbers become float64; text stays object with None for missing.
    """
    spec = COLUMNS[name]
    out = {}
    n = len(frame)
    for column, kind in spec.items():
        if column in frame.columns:
            values = frame[column]
        else:
            values = pd.Series([None] * n, index=frame.index, dtype=object)
        if kind == DATE:
            values = pd.to_datetime(values, errors="coerce")
            if getattr(values.dt, "tz", None) is not None:
                values = values.dt.tz_localize(None)
            values = values.dt.normalize().astype("datetime64[ns]")
        elif kind == NUMBER:
            values = pd.to_numeric(values, errors="coerce").astype("float64")
        elif kind == INTEGER:
            values = pd.to_numeric(values, errors="coerce").fillna(0).astype("int64")
        else:
            values = values.astype(object).where(values.notna(), None)
        out[column] = values
    return pd.DataFrame(out, index=frame.index).reset_index(drop=True)


@dataclass
class Dataset:
    """All the workspace's data, one frame per table of the design."""

    deals: pd.DataFrame = field(default_factory=lambda: empty_frame("deals"))
    stage_history: pd.DataFrame = field(default_factory=lambda: empty_frame("stage_history"))
    leads: pd.DataFrame = field(default_factory=lambda: empty_frame("leads"))
    spend: pd.DataFrame = field(default_factory=lambda: empty_frame("spend"))
    nps: pd.DataFrame = field(default_factory=lambda: empty_frame("nps"))
    quotas: pd.DataFrame = field(default_factory=lambda: empty_frame("quotas"))
    forecasts: pd.DataFrame = field(default_factory=lambda: empty_frame("forecasts"))
    accounts: pd.DataFrame = field(default_factory=lambda: empty_frame("accounts"))
    rates: pd.DataFrame = field(default_factory=lambda: empty_frame("rates"))
    activities: pd.DataFrame = field(default_factory=lambda: empty_frame("activities"))

    @classmethod
    def from_frames(cls, **frames: pd.DataFrame | list[Row]) -> Dataset:
        """Build a dataset from frames or lists of row dicts, normalising each."""
        kwargs = {}
        for name, value in frames.items():
            if name not in COLUMNS:
                raise KeyError(f"unknown frame {name!r}")
            frame = pd.DataFrame(value) if not isinstance(value, pd.DataFrame) else value
            kwargs[name] = normalize_frame(name, frame)
        return cls(**kwargs)
