"""Period-independent arrays of the leads, computed once per leads frame.

The lead rates (``lead_conversion_rate``, ``mql_to_sql_rate``) ask of every lead created in
the period whether it was converted and whether it reached SQL. Those two answers do not
depend on the period or the filters, so they are worked out once for the whole frame (a
test of missing values over text columns of millions of rows) and a computation only
counts them over its period's leads.

The frames of a dataset are read-only by contract (a changed workspace brings new frames):
a leads frame that is replaced, or whose length or columns change, is computed again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from kpi_core._identity_cache import IdentityCache

_CACHE_SIZE = 4


@dataclass(frozen=True)
class LeadArrays:
    """Arrays over the rows of a leads frame (or of some of its rows, :meth:`take`)."""

    #: ``created_on`` and ``sql_on`` of each lead (NaT when missing)
    created: np.ndarray
    sql_on: np.ndarray
    #: converted: has ``converted_on`` or a ``deal_external_id``
    converted: np.ndarray
    #: reached SQL: has ``sql_on`` or was converted (a later step)
    reached_sql: np.ndarray

    def take(self, rows: np.ndarray | None) -> LeadArrays:
        """The arrays of the leads at ``rows`` (None: all of them)."""
        if rows is None:
            return self
        return LeadArrays(
            self.created[rows], self.sql_on[rows], self.converted[rows], self.reached_sql[rows]
        )


def converted_mask(leads: pd.DataFrame) -> np.ndarray:
    """A lead is converted when it has ``converted_on`` or a ``deal_external_id``."""
    return np.asarray(
        leads["converted_on"].notna().to_numpy() | leads["deal_external_id"].notna().to_numpy()
    )


def build(leads: pd.DataFrame) -> LeadArrays:
    """The :class:`LeadArrays` of every row of ``leads``."""
    converted = converted_mask(leads)
    return LeadArrays(
        created=leads["created_on"].to_numpy(),
        sql_on=leads["sql_on"].to_numpy(),
        converted=converted,
        reached_sql=np.asarray(leads["sql_on"].notna().to_numpy() | converted),
    )


def _shape(leads: pd.DataFrame) -> tuple[int, tuple[str, ...]]:
    return len(leads), tuple(leads.columns)


_cache: IdentityCache[LeadArrays] = IdentityCache(_CACHE_SIZE, _shape)


def lead_arrays(leads: pd.DataFrame) -> LeadArrays:
    """The :class:`LeadArrays` of ``leads``, remembered for the last few frames."""
    hit = cached(leads)
    return hit if hit is not None else remember(leads, build(leads))


def cached(leads: pd.DataFrame) -> LeadArrays | None:
    """The remembered :class:`LeadArrays` of ``leads`` (None when not remembered)."""
    return _cache.get(leads)


def remember(leads: pd.DataFrame, result: LeadArrays) -> LeadArrays:
    """Remember ``result`` as the :class:`LeadArrays` of ``leads`` (and return it): for a
    frame whose arrays were brought up to date from another's (an edited lead, see
    :mod:`kpi_core.prepared_update`)."""
    return _cache.put(leads, result)


def clear_cache() -> None:
    """Forget every remembered frame (after editing one in place)."""
    _cache.clear()
