"""The one presentation table: how every KPI of the output contract is worded and shown.

For each scalar KPI id of ``kpi_spec.md`` ("Output contract"): its label, a short label for
cards and narrow columns, its unit (see :mod:`desktop_app.presentation.units`: the value
text and the change rule follow from it), which direction is good news, the formula in words
and the sentence shown when the value is undefined. Breakdowns and the inputs of the explain
panel are in :mod:`desktop_app.presentation.breakdown_table`.

Every word is marked with ``QT_TRANSLATE_NOOP`` (context ``kpi``) and translated where it is
shown (:func:`desktop_app.presentation.i18n.tr`). Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.presentation import units as u
from desktop_app.presentation.i18n import QT_TRANSLATE_NOOP, Words, tr
from kpi_core.types import KpiResult


@dataclass(frozen=True)
class KpiText:
    """How one scalar KPI is worded and shown."""

    id: str
    label: Words
    short: Words
    unit: str
    good: str  # units.UP / DOWN / NEUTRAL
    formula: Words
    undefined: Words
    rule: str | None = None  # a change rule other than the unit's

    @property
    def change_rule(self) -> str:
        """How a change against the previous period is written (units.CHANGE_RULE)."""
        return self.rule or u.CHANGE_RULE.get(self.unit, u.NONE)


NOT_ENOUGH = QT_TRANSLATE_NOOP("kpi", "Not enough data in this period.")
NO_DEALS = QT_TRANSLATE_NOOP("kpi", "There are no deals yet, or none matches the filters.")
FORECAST_FILTERED = QT_TRANSLATE_NOOP(
    "kpi", "The forecast is company-wide; clear the filters to compare it."
)


def _k(
    kpi_id: str,
    label: Words,
    short: Words | None,
    unit: str,
    good: str,
    formula: Words,
    undefined: Words | None = None,
    rule: str | None = None,
) -> KpiText:
    return KpiText(
        kpi_id, label, short or label, unit, good, formula, undefined or NOT_ENOUGH, rule
    )


_NO_WON = QT_TRANSLATE_NOOP("kpi", "No deal won in this period.")
_NO_CLOSED = QT_TRANSLATE_NOOP("kpi", "No deal was won or lost in this period.")
_NO_LEADS = QT_TRANSLATE_NOOP("kpi", "No lead was created in this period.")
_NO_START = QT_TRANSLATE_NOOP("kpi", "No customer at the start of the period.")
_NO_QUOTA = QT_TRANSLATE_NOOP("kpi", "No rep has a quota above 0 inside this period.")
_NO_CONTRACT = QT_TRANSLATE_NOOP(
    "kpi", "No contract (a won deal with contract months) matches the filters."
)
_NO_START_MRR = QT_TRANSLATE_NOOP(
    "kpi", "No account had recurring revenue at the start of the period."
)

# fmt: off
KPIS: dict[str, KpiText] = {k.id: k for k in (
    _k("revenue", QT_TRANSLATE_NOOP("kpi", "Revenue"), None, u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Sum of the amounts of the deals won in the period."), NO_DEALS),
    _k("deals_won", QT_TRANSLATE_NOOP("kpi", "Deals won"), None, u.COUNT, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Count of the deals won in the period.")),
    _k("deals_lost", QT_TRANSLATE_NOOP("kpi", "Deals lost"), None, u.COUNT, u.DOWN,
       QT_TRANSLATE_NOOP("kpi", "Count of the deals lost in the period.")),
    _k("revenue_growth", QT_TRANSLATE_NOOP("kpi", "Revenue growth"), None, u.GROWTH, u.UP,
       QT_TRANSLATE_NOOP("kpi", "(Revenue − revenue of the previous period) / revenue of the previous period."),
       QT_TRANSLATE_NOOP("kpi", "No revenue in the previous period to compare with.")),
    _k("avg_deal_size", QT_TRANSLATE_NOOP("kpi", "Average deal size"), QT_TRANSLATE_NOOP("kpi", "Average deal"), u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Revenue / deals won."), _NO_WON),
    _k("new_customer_revenue_share", QT_TRANSLATE_NOOP("kpi", "New-customer revenue share"), QT_TRANSLATE_NOOP("kpi", "New-customer share"), u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Revenue of the deals won in the period by new customers / revenue."),
       QT_TRANSLATE_NOOP("kpi", "No revenue in this period.")),
    _k("gross_margin", QT_TRANSLATE_NOOP("kpi", "Gross margin"), None, u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Over the deals won in the period that have a cost: (sum of their amounts − sum of their costs) / sum of their amounts."),
       QT_TRANSLATE_NOOP("kpi", "No deal won in this period has a recorded cost.")),
    _k("net_profit_margin", QT_TRANSLATE_NOOP("kpi", "Net profit margin"), None, u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "(Revenue − recorded costs of the won deals − all spend dated in the period) / revenue."),
       QT_TRANSLATE_NOOP("kpi", "No revenue in this period, or nothing recorded to subtract (no deal cost and no spend).")),
    _k("sales_per_rep", QT_TRANSLATE_NOOP("kpi", "Sales per rep"), None, u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Revenue / number of reps active in the period."),
       QT_TRANSLATE_NOOP("kpi", "No rep was active in this period.")),
    _k("acv", QT_TRANSLATE_NOOP("kpi", "Annual contract value"), QT_TRANSLATE_NOOP("kpi", "Contract value (ACV)"), u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Mean over the deals won in the period with contract months > 0 of (amount − one-time fee) / (contract months / 12)."),
       QT_TRANSLATE_NOOP("kpi", "No deal won in this period has a contract length.")),
    _k("win_rate", QT_TRANSLATE_NOOP("kpi", "Win rate"), None, u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Deals won / (deals won + deals lost), both closed in the period."), _NO_CLOSED),
    _k("opportunity_win_rate", QT_TRANSLATE_NOOP("kpi", "Opportunity win rate"), None, u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Of the deals created in the period, the share won by now."),
       QT_TRANSLATE_NOOP("kpi", "No deal was created in this period.")),
    _k("lead_conversion_rate", QT_TRANSLATE_NOOP("kpi", "Lead conversion rate"), QT_TRANSLATE_NOOP("kpi", "Lead conversion"), u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Of the leads created in the period, the share converted into a deal."), _NO_LEADS),
    _k("mql_to_sql_rate", QT_TRANSLATE_NOOP("kpi", "MQL → SQL rate"), QT_TRANSLATE_NOOP("kpi", "MQL → SQL"), u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Of the leads created in the period, the share that reached SQL."), _NO_LEADS),
    _k("qualified_leads", QT_TRANSLATE_NOOP("kpi", "Qualified leads"), None, u.COUNT, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Count of the leads whose SQL date lies in the period.")),
    _k("pipeline_coverage", QT_TRANSLATE_NOOP("kpi", "Pipeline coverage"), None, u.RATIO, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Value of the deals open at period end / (sum of all reps' quotas of the period − revenue)."),
       QT_TRANSLATE_NOOP("kpi", "The quotas of this period are already met, or there is no quota.")),
    _k("sales_cycle_days", QT_TRANSLATE_NOOP("kpi", "Sales cycle"), None, u.DAYS, u.DOWN,
       QT_TRANSLATE_NOOP("kpi", "Mean of (close date − creation date) in days over the deals won in the period."), _NO_WON),
    _k("deal_velocity_days", QT_TRANSLATE_NOOP("kpi", "Deal velocity"), None, u.DAYS, u.DOWN,
       QT_TRANSLATE_NOOP("kpi", "Mean of (close date − creation date) in days over the deals won or lost in the period."),
       _NO_CLOSED),
    _k("pipeline_velocity", QT_TRANSLATE_NOOP("kpi", "Pipeline velocity"), None, u.MONEY_PER_DAY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "(Deals open at period end × average deal size × win rate) / sales cycle days."),
       QT_TRANSLATE_NOOP("kpi", "Needs an average deal, a win rate and a sales cycle above 0 days in this period.")),
    _k("pipeline_velocity_month", QT_TRANSLATE_NOOP("kpi", "Pipeline velocity (30 days)"), QT_TRANSLATE_NOOP("kpi", "Velocity (30 days)"), u.MONEY_PER_30_DAYS, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Pipeline velocity × 30."),
       QT_TRANSLATE_NOOP("kpi", "Needs an average deal, a win rate and a sales cycle above 0 days in this period.")),
    _k("weighted_pipeline", QT_TRANSLATE_NOOP("kpi", "Weighted pipeline"), None, u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Sum over the deals open at period end of amount × probability: an open deal's own probability, else its stage's default, else the first stage's; a deal closed after period end takes its stage's default (never its own)."),
       NO_DEALS),
    _k("new_customers", QT_TRANSLATE_NOOP("kpi", "New customers"), None, u.COUNT, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Accounts whose first-ever won deal closes in the period.")),
    _k("cac", QT_TRANSLATE_NOOP("kpi", "Customer acquisition cost (CAC)"), QT_TRANSLATE_NOOP("kpi", "Acquisition cost (CAC)"), u.MONEY, u.DOWN,
       QT_TRANSLATE_NOOP("kpi", "Marketing and sales spend of the period / new customers."),
       QT_TRANSLATE_NOOP("kpi", "No marketing or sales spend is recorded in this period, or there is no new customer.")),
    _k("customers_start", QT_TRANSLATE_NOOP("kpi", "Customers at start"), None, u.COUNT, u.NEUTRAL,
       QT_TRANSLATE_NOOP("kpi", "Customers on the day before the period starts.")),
    _k("customers_end", QT_TRANSLATE_NOOP("kpi", "Customers at end"), None, u.COUNT, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Customers on the last day of the period.")),
    _k("churned_customers", QT_TRANSLATE_NOOP("kpi", "Churned customers"), None, u.COUNT, u.DOWN,
       QT_TRANSLATE_NOOP("kpi", "Customers at period start whose churn date lies in the period.")),
    _k("churn_rate", QT_TRANSLATE_NOOP("kpi", "Churn rate"), None, u.RATE, u.DOWN,
       QT_TRANSLATE_NOOP("kpi", "Churned customers / customers at start."), _NO_START),
    _k("net_customer_churn", QT_TRANSLATE_NOOP("kpi", "Net customer churn"), None, u.RATE, u.DOWN,
       QT_TRANSLATE_NOOP("kpi", "(Churned customers − new customers) / customers at start."), _NO_START),
    _k("retention_rate", QT_TRANSLATE_NOOP("kpi", "Retention rate"), None, u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Customers at period start who are still customers at period end / customers at start."),
       _NO_START),
    _k("cltv", QT_TRANSLATE_NOOP("kpi", "Customer lifetime value (CLTV)"), QT_TRANSLATE_NOOP("kpi", "Lifetime value (CLTV)"), u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Average yearly revenue per customer (revenue of the 365 days ending with the period / accounts with a deal won in them) × lifetime in years (1 / churn rate of those days, else the workspace setting)."),
       QT_TRANSLATE_NOOP("kpi", "No deal with an account was won in the twelve months up to the end of the period.")),
    _k("cltv_to_cac", QT_TRANSLATE_NOOP("kpi", "CLTV : CAC"), None, u.RATIO, u.UP,
       QT_TRANSLATE_NOOP("kpi", "CLTV / CAC."),
       QT_TRANSLATE_NOOP("kpi", "Needs both the lifetime value and the acquisition cost.")),
    _k("nps", QT_TRANSLATE_NOOP("kpi", "Net Promoter Score"), QT_TRANSLATE_NOOP("kpi", "NPS"), u.SCORE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "(Promoters − detractors) / responses × 100 over the responses in the period."),
       QT_TRANSLATE_NOOP("kpi", "No NPS answer in this period.")),
    _k("quota_attainment", QT_TRANSLATE_NOOP("kpi", "Reps at quota"), None, u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Reps whose revenue in the period ≥ their quota / reps with a quota above 0 in the period."),
       _NO_QUOTA),
    _k("forecast_accuracy", QT_TRANSLATE_NOOP("kpi", "Forecast accuracy"), None, u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "1 − |revenue − forecast| / revenue."),
       QT_TRANSLATE_NOOP("kpi", "The period has no company forecast, or no revenue.")),
    _k("team_attainment", QT_TRANSLATE_NOOP("kpi", "Team quota attainment"), QT_TRANSLATE_NOOP("kpi", "Team attainment"), u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Revenue of the reps with a quota above 0 in the period / sum of those quotas."), _NO_QUOTA),
    _k("leads_created", QT_TRANSLATE_NOOP("kpi", "Leads created"), None, u.COUNT, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Count of the leads created in the period.")),
    _k("opportunities_created", QT_TRANSLATE_NOOP("kpi", "Opportunities created"), QT_TRANSLATE_NOOP("kpi", "Opportunities"), u.COUNT, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Count of the deals created in the period.")),
    _k("mrr", QT_TRANSLATE_NOOP("kpi", "Monthly recurring revenue (MRR)"), QT_TRANSLATE_NOOP("kpi", "MRR"), u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Sum of the monthly values ((amount − one-time fee) / contract months) of the contracts active on the last day of the period."),
       _NO_CONTRACT),
    _k("arr", QT_TRANSLATE_NOOP("kpi", "Annual recurring revenue (ARR)"), QT_TRANSLATE_NOOP("kpi", "ARR"), u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "MRR × 12."), _NO_CONTRACT),
    _k("mrr_growth", QT_TRANSLATE_NOOP("kpi", "MRR growth"), None, u.GROWTH, u.UP,
       QT_TRANSLATE_NOOP("kpi", "(MRR at period end − MRR at start) / MRR at start."),
       QT_TRANSLATE_NOOP("kpi", "No recurring revenue at the start of the period.")),
    _k("net_revenue_retention", QT_TRANSLATE_NOOP("kpi", "Net revenue retention"), QT_TRANSLATE_NOOP("kpi", "Net retention (NRR)"), u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Over the accounts with MRR at start: their MRR at period end / their MRR at start (expansion, contraction and churn included)."),
       _NO_START_MRR),
    _k("gross_revenue_retention", QT_TRANSLATE_NOOP("kpi", "Gross revenue retention"), QT_TRANSLATE_NOOP("kpi", "Gross retention (GRR)"), u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Over the accounts with MRR at start: sum of the lower of each account's MRR at period end and at start / their MRR at start."),
       _NO_START_MRR),
    _k("growth_ceiling", QT_TRANSLATE_NOOP("kpi", "Growth ceiling (MRR)"), QT_TRANSLATE_NOOP("kpi", "Growth ceiling"), u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "The MRR at which new contracts just replace what leaves: new monthly value of the last 365 days × average MRR / MRR lost in them."),
       QT_TRANSLATE_NOOP("kpi", "No recurring revenue was lost in the last twelve months, so there is no ceiling.")),
    _k("sales_efficiency", QT_TRANSLATE_NOOP("kpi", "Sales efficiency"), None, u.RATIO, u.UP,
       QT_TRANSLATE_NOOP("kpi", "(ARR at period end − ARR at start) / marketing and sales spend of the period."),
       QT_TRANSLATE_NOOP("kpi", "No marketing or sales spend in this period, or no contract.")),
    _k("ttm_revenue", QT_TRANSLATE_NOOP("kpi", "Revenue, trailing twelve months"), QT_TRANSLATE_NOOP("kpi", "Revenue (12 months)"), u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Revenue of the deals won in the 365 days ending with the period."), NO_DEALS),
    _k("ttm_growth", QT_TRANSLATE_NOOP("kpi", "Growth, trailing twelve months"), QT_TRANSLATE_NOOP("kpi", "Growth (12 months)"), u.GROWTH, u.UP,
       QT_TRANSLATE_NOOP("kpi", "(Revenue of the trailing twelve months − revenue of the twelve months before) / revenue of the twelve months before."),
       QT_TRANSLATE_NOOP("kpi", "No revenue in the twelve months before the trailing year.")),
    _k("discount_rate", QT_TRANSLATE_NOOP("kpi", "Discount rate"), None, u.RATE, u.DOWN,
       QT_TRANSLATE_NOOP("kpi", "Over the deals won in the period with a list price: 1 − sum of amounts / sum of list prices."),
       QT_TRANSLATE_NOOP("kpi", "No deal won in this period has a list price.")),
    _k("revenue_per_unit", QT_TRANSLATE_NOOP("kpi", "Revenue per unit"), None, u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Over the deals won in the period with a quantity: sum of amounts / sum of quantities."),
       QT_TRANSLATE_NOOP("kpi", "No deal won in this period has a quantity.")),
    _k("marginal_revenue_per_unit", QT_TRANSLATE_NOOP("kpi", "Marginal revenue per unit"), QT_TRANSLATE_NOOP("kpi", "Marginal revenue/unit"), u.MONEY, u.UP,
       QT_TRANSLATE_NOOP("kpi", "(Amounts − amounts of the previous period) / (units − units of the previous period), over the deals won with a quantity."),
       QT_TRANSLATE_NOOP("kpi", "Needs deals with quantities in this and the previous period, and a different number of units."),
       u.WAS),  # already a comparison with the previous period
    _k("activities", QT_TRANSLATE_NOOP("kpi", "Activities"), None, u.COUNT, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Count of the activities done in the period.")),
    _k("selling_hours", QT_TRANSLATE_NOOP("kpi", "Selling hours"), None, u.HOURS, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Sum of the hours of the selling activities (calls, meetings, e-mails, demos, proposals) of the period.")),
    _k("time_spent_selling", QT_TRANSLATE_NOOP("kpi", "Time spent selling"), None, u.RATE, u.UP,
       QT_TRANSLATE_NOOP("kpi", "Selling hours / (working time of one rep in the period × people with an activity in the period)."),
       QT_TRANSLATE_NOOP("kpi", "No activity of this period has hours.")),
    _k("activities_per_won_deal", QT_TRANSLATE_NOOP("kpi", "Activities per won deal"), QT_TRANSLATE_NOOP("kpi", "Activities per win"), u.DECIMAL, u.DOWN,
       QT_TRANSLATE_NOOP("kpi", "Activities / deals won."), _NO_WON),
)}
# fmt: on


def kpi(kpi_id: str) -> KpiText:
    """The entry of ``kpi_id`` (KeyError for an id the table does not know)."""
    return KPIS[kpi_id]


def label(kpi_id: str) -> str:
    """The translated label of a KPI or breakdown id."""
    from desktop_app.presentation.breakdown_table import BREAKDOWNS

    if kpi_id in KPIS:
        return tr(KPIS[kpi_id].label)
    if kpi_id in BREAKDOWNS:
        return tr(BREAKDOWNS[kpi_id].label)
    return kpi_id.replace("_", " ").capitalize()


def short_label(kpi_id: str) -> str:
    """The translated short label (cards, narrow columns)."""
    return tr(KPIS[kpi_id].short) if kpi_id in KPIS else label(kpi_id)


def formula(kpi_id: str) -> str:
    """The translated formula in words of a KPI or breakdown id."""
    from desktop_app.presentation.breakdown_table import BREAKDOWNS

    if kpi_id in KPIS:
        return tr(KPIS[kpi_id].formula)
    if kpi_id in BREAKDOWNS:
        return tr(BREAKDOWNS[kpi_id].formula)
    return ""


def unit(kpi_id: str) -> str:
    """The unit of a scalar KPI (units.TEXT when unknown)."""
    return KPIS[kpi_id].unit if kpi_id in KPIS else u.TEXT


def why_undefined(kpi_id: str, result: KpiResult | None = None) -> str:
    """The translated sentence saying why ``kpi_id`` has no value (the "why" tooltip).

    ``result`` (the ``compute_kpis`` object) refines it: the company forecast cannot be
    compared under an owner, source or product filter.
    """
    filters = (result["filters"] if result else None) or {}
    if kpi_id == "forecast_accuracy" and any(filters.values()):
        return tr(FORECAST_FILTERED)
    entry = KPIS.get(kpi_id)
    return tr(entry.undefined if entry else NOT_ENOUGH)
