"""The words of the explain panel for the source, recurring-revenue, trailing and activity
KPIs: label, unit, formula and undefined case of every id (same layout as
``_explain_text``; ``kpi_core.explain`` merges both into one table)."""

from __future__ import annotations

_P = "in the period"
_CONTRACT = "contracts (won deals with contract months > 0)"

#: id -> (label, unit, formula, why it can be undefined)
_TEXT: dict[str, tuple[str, str, str, str]] = {
    "leads_created": ("Leads created", "count", f"Count of the leads created {_P}", ""),
    "opportunities_created": ("Opportunities created", "count", f"Count of the deals created {_P}", ""),
    "opportunities_by_source": (
        "Opportunities by source", "count",
        f"Per source, the deals created {_P}: their count, share of opportunities created, how many are won by now and that win rate",
        "",
    ),
    "weighted_pipeline_by_source": (
        "Expected revenue by source", "money",
        "Weighted pipeline grouped by the deal's source, with its share of the weighted pipeline", "",
    ),
    "mrr": (
        "MRR", "money",
        f"Sum of the monthly values ((amount − one-time fee) / contract months) of the {_CONTRACT} active on the period's last day",
        "No contract (won deal with contract months) in the workspace.",
    ),
    "arr": ("ARR", "money", "MRR × 12", "No contract (won deal with contract months) in the workspace."),
    "mrr_growth": (
        "MRR growth", "rate", "(MRR on the period's last day − MRR on the day before it starts) / MRR on the day before it starts",
        "No MRR on the day before the period starts.",
    ),
    "net_revenue_retention": (
        "Net revenue retention", "rate",
        "Over the accounts with MRR on the day before the period starts: their MRR at period end / their MRR at start (expansion, contraction and churn included)",
        "No account had MRR on the day before the period starts.",
    ),
    "gross_revenue_retention": (
        "Gross revenue retention", "rate",
        "Over the same accounts: Σ min(MRR at period end, MRR at start) / Σ MRR at start",
        "No account had MRR on the day before the period starts.",
    ),
    "growth_ceiling": (
        "Growth ceiling", "money",
        "New MRR of the last 365 days × average MRR of those days / MRR lost in them: the MRR at which new contracts just replace what leaves",
        "No MRR was lost in the last 365 days (or there is no contract).",
    ),
    "sales_efficiency": (
        "Sales efficiency", "ratio",
        f"(ARR at period end − ARR on the day before it starts) / marketing and sales spend {_P}",
        "No marketing or sales spend in the period, or no contract.",
    ),
    "mrr_by_month": (
        "MRR by month", "money", "MRR on the last day of each month of the period (or on its last day)", "",
    ),
    "ttm_revenue": (
        "Trailing twelve months revenue", "money",
        "Revenue of the deals won in the 365 days ending with the period",
        "No deal in the workspace.",
    ),
    "ttm_growth": (
        "Trailing twelve months growth", "rate",
        "(Trailing twelve months revenue − revenue of the 365 days before them) / the latter",
        "No revenue in the 365 days before the trailing twelve months.",
    ),
    "discount_rate": (
        "Discount rate", "rate",
        f"Over the deals won {_P} with a list amount: 1 − Σ amount / Σ list amount",
        "No deal won in the period has a list amount.",
    ),
    "revenue_per_unit": (
        "Revenue per unit", "money", f"Over the deals won {_P} with a quantity: Σ amount / Σ quantity",
        "No deal won in the period has a quantity.",
    ),
    "marginal_revenue_per_unit": (
        "Marginal revenue per unit", "money",
        "(Σ amount − the same of the previous period) / (Σ quantity − the same of the previous period), over the deals won with a quantity",
        "A period has no deal won with a quantity, or both sold the same number of units.",
    ),
    "activities": ("Activities", "count", f"Count of the activities done {_P}", ""),
    "selling_hours": (
        "Selling hours", "hours",
        f"Σ hours of the calls, meetings, e-mails, demos and proposals {_P}",
        "No activity of the period has hours.",
    ),
    "time_spent_selling": (
        "Time spent selling", "rate",
        "Selling hours / (working hours per week × days in the period / 7 × people with an activity in the period)",
        "No activity of the period has hours.",
    ),
    "activities_per_won_deal": (
        "Activities per won deal", "ratio", "Activities / deals won", "No deal won in the period.",
    ),
    "activities_by_type": ("Activities by type", "count", "Count of the activities of the period per type, with its share", ""),
    "time_spent_selling_by_rep": (
        "Time spent selling by rep", "rate",
        "Per person with an activity: their selling hours / (working hours per week × days in the period / 7)",
        "",
    ),
}  # fmt: skip

FORMULAS: dict[str, str] = {k: v[2] for k, v in _TEXT.items()}
UNITS: dict[str, str] = {k: v[1] for k, v in _TEXT.items()}
LABELS: dict[str, str] = {k: v[0] for k, v in _TEXT.items()}
UNDEFINED: dict[str, str] = {k: v[3] or "Not enough data in this period." for k, v in _TEXT.items()}
