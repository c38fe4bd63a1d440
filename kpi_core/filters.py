"""Filters of a KPI computation: owner, source and product (None = all)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Filters:
    """Restrict the KPIs to one owner (rep), one source and/or one product.

    What each filter touches is documented in ``docs/kpis.md`` ("Filters"): deals by all
    three; leads by owner and source; spend by source; quotas by owner; company forecasts,
    NPS answers and accounts' churn dates are not filtered (customers are attributed to the
    owner/source/product of their first won deal).
    """

    owner: str | None = None
    source: str | None = None
    product: str | None = None

    @property
    def active(self) -> bool:
        """True when at least one filter is set."""
        return any(v is not None for v in (self.owner, self.source, self.product))

    def as_dict(self) -> dict[str, str | None]:
        """``{"owner": ..., "source": ..., "product": ...}`` for the output object."""
        return {"owner": self.owner, "source": self.source, "product": self.product}
