"""The presentation table of the breakdowns and of the explain panel's inputs.

A breakdown (``kpi_spec.md``, "Output contract") is a list of rows with a ``key``: its entry
gives its label, formula, the caption of its key column and, per field, the column caption
and unit. An input of ``kpi_core.explain`` is worded here too (``INPUTS``): ``kpi_core``
returns inputs by key, never words.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.presentation import units as u
from desktop_app.presentation.i18n import QT_TRANSLATE_NOOP, Words


@dataclass(frozen=True)
class FieldText:
    """One column of a breakdown: the row field, its caption and unit."""

    name: str
    label: Words
    unit: str


@dataclass(frozen=True)
class BreakdownText:
    """How one breakdown is worded and shown."""

    id: str
    label: Words
    formula: Words
    key_label: Words
    fields: tuple[FieldText, ...]

    def field(self, name: str) -> FieldText:
        """The column of field ``name``."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def _f(name: str, label: Words, unit: str) -> FieldText:
    return FieldText(name, label, unit)


SOURCE = QT_TRANSLATE_NOOP("kpi", "Source")
REP = QT_TRANSLATE_NOOP("kpi", "Rep")
MONTH = QT_TRANSLATE_NOOP("kpi", "Month")
REVENUE = QT_TRANSLATE_NOOP("kpi", "Revenue")
SHARE = QT_TRANSLATE_NOOP("kpi", "Share")
WIN_RATE = QT_TRANSLATE_NOOP("kpi", "Win rate")
SPEND = QT_TRANSLATE_NOOP("kpi", "Spend")
_SHARE_OF_REVENUE = (_f("value", REVENUE, u.MONEY), _f("share", SHARE, u.RATE))

# fmt: off
BREAKDOWNS: dict[str, BreakdownText] = {b.id: b for b in (
    BreakdownText("revenue_by_source", QT_TRANSLATE_NOOP("kpi", "Revenue by source"),
                  QT_TRANSLATE_NOOP("kpi", "Revenue grouped by the deal's source, with its share of revenue."), SOURCE, _SHARE_OF_REVENUE),
    BreakdownText("revenue_by_owner", QT_TRANSLATE_NOOP("kpi", "Revenue by rep"),
                  QT_TRANSLATE_NOOP("kpi", "Revenue grouped by the deal's owner, with its share of revenue."), REP, _SHARE_OF_REVENUE),
    BreakdownText("revenue_by_product", QT_TRANSLATE_NOOP("kpi", "Revenue by product"),
                  QT_TRANSLATE_NOOP("kpi", "Revenue grouped by product, with its share of revenue."),
                  QT_TRANSLATE_NOOP("kpi", "Product"), _SHARE_OF_REVENUE),
    BreakdownText("revenue_by_product_type", QT_TRANSLATE_NOOP("kpi", "Revenue by product type"),
                  QT_TRANSLATE_NOOP("kpi", "Revenue grouped by product type, with its share of revenue."),
                  QT_TRANSLATE_NOOP("kpi", "Product type"), _SHARE_OF_REVENUE),
    BreakdownText("revenue_by_month", QT_TRANSLATE_NOOP("kpi", "Revenue by month"),
                  QT_TRANSLATE_NOOP("kpi", "Revenue grouped by calendar month, with its share of revenue."), MONTH, _SHARE_OF_REVENUE),
    BreakdownText("win_rate_by_source", QT_TRANSLATE_NOOP("kpi", "Win rate by source"),
                  QT_TRANSLATE_NOOP("kpi", "Win rate grouped by source."), SOURCE, (_f("value", WIN_RATE, u.RATE),)),
    BreakdownText("win_rate_by_owner", QT_TRANSLATE_NOOP("kpi", "Win rate by rep"),
                  QT_TRANSLATE_NOOP("kpi", "Win rate grouped by owner."), REP, (_f("value", WIN_RATE, u.RATE),)),
    BreakdownText("attainment_by_rep", QT_TRANSLATE_NOOP("kpi", "Attainment by rep"),
                  QT_TRANSLATE_NOOP("kpi", "Revenue of the rep / quota of the rep."), REP,
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "Attainment"), u.RATE),)),
    BreakdownText("quota_consistency", QT_TRANSLATE_NOOP("kpi", "Quota consistency"),
                  QT_TRANSLATE_NOOP("kpi", "Per rep, the consecutive months ending with the period's last month in which the rep met the monthly quota."), REP,
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "Months at quota"), u.MONTHS),)),
    BreakdownText("nps_by_month", QT_TRANSLATE_NOOP("kpi", "NPS by month"),
                  QT_TRANSLATE_NOOP("kpi", "NPS per calendar month, counting only the responses inside the period."), MONTH,
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "NPS"), u.SCORE),)),
    BreakdownText("monthly_sales_growth", QT_TRANSLATE_NOOP("kpi", "Monthly sales growth"),
                  QT_TRANSLATE_NOOP("kpi", "For each month of the period, its revenue growth over the month before."), MONTH,
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "Growth"), u.GROWTH),)),
    BreakdownText("time_in_stage_days", QT_TRANSLATE_NOOP("kpi", "Time in stage"),
                  QT_TRANSLATE_NOOP("kpi", "Per stage, the mean days spent in it (from the stage history)."),
                  QT_TRANSLATE_NOOP("kpi", "Stage"), (_f("value", QT_TRANSLATE_NOOP("kpi", "Mean time"), u.DAYS),)),
    BreakdownText("funnel", QT_TRANSLATE_NOOP("kpi", "Funnel"),
                  QT_TRANSLATE_NOOP("kpi", "For each pipeline stage in order, then Won: the deals created in the period that reached it, and the conversion from the previous row."),
                  QT_TRANSLATE_NOOP("kpi", "Stage"),
                  (_f("count", QT_TRANSLATE_NOOP("kpi", "Deals"), u.COUNT), _f("conversion", QT_TRANSLATE_NOOP("kpi", "Conversion"), u.RATE))),
    BreakdownText("roi_by_source", QT_TRANSLATE_NOOP("kpi", "ROI by source"),
                  QT_TRANSLATE_NOOP("kpi", "(Revenue of the source − spend of the source) / spend of the source; return on spend = revenue / spend."), SOURCE,
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "ROI"), u.RATE), _f("spend", SPEND, u.MONEY), _f("revenue", REVENUE, u.MONEY),
                   _f("return_on_spend", QT_TRANSLATE_NOOP("kpi", "Return on spend"), u.RATE))),
    BreakdownText("cac_by_source", QT_TRANSLATE_NOOP("kpi", "CAC by source"),
                  QT_TRANSLATE_NOOP("kpi", "Marketing and sales spend of the source / new customers whose first won deal came from that source."), SOURCE,
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "CAC"), u.MONEY), _f("spend", SPEND, u.MONEY),
                   _f("new_customers", QT_TRANSLATE_NOOP("kpi", "New customers"), u.COUNT))),
    BreakdownText("rep_table", QT_TRANSLATE_NOOP("kpi", "Reps"),
                  QT_TRANSLATE_NOOP("kpi", "Per rep: deals won, revenue, win rate, sales cycle, quota and attainment."), REP,
                  (_f("deals_won", QT_TRANSLATE_NOOP("kpi", "Deals won"), u.COUNT), _f("revenue", REVENUE, u.MONEY),
                   _f("win_rate", WIN_RATE, u.RATE), _f("sales_cycle_days", QT_TRANSLATE_NOOP("kpi", "Sales cycle"), u.DAYS),
                   _f("quota", QT_TRANSLATE_NOOP("kpi", "Quota"), u.MONEY), _f("attainment", QT_TRANSLATE_NOOP("kpi", "Attainment"), u.RATE))),
    BreakdownText("opportunities_by_source", QT_TRANSLATE_NOOP("kpi", "Opportunities by source"),
                  QT_TRANSLATE_NOOP("kpi", "Per source, the deals created in the period, their share of all deals created, how many of them are won by now and that win rate."), SOURCE,
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "Opportunities"), u.COUNT), _f("share", SHARE, u.RATE),
                   _f("won", QT_TRANSLATE_NOOP("kpi", "Won by now"), u.COUNT), _f("win_rate", WIN_RATE, u.RATE))),
    BreakdownText("weighted_pipeline_by_source", QT_TRANSLATE_NOOP("kpi", "Expected revenue by source"),
                  QT_TRANSLATE_NOOP("kpi", "Weighted pipeline grouped by the deal's source, with its share of the weighted pipeline."), SOURCE,
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "Weighted pipeline"), u.MONEY), _f("share", SHARE, u.RATE))),
    BreakdownText("mrr_by_month", QT_TRANSLATE_NOOP("kpi", "MRR by month"),
                  QT_TRANSLATE_NOOP("kpi", "For each month of the period, the MRR on the month's last day (or on the period's end)."), MONTH,
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "MRR"), u.MONEY),)),
    BreakdownText("activities_by_type", QT_TRANSLATE_NOOP("kpi", "Activities by type"),
                  QT_TRANSLATE_NOOP("kpi", "Count of the activities of the period per type, with its share."),
                  QT_TRANSLATE_NOOP("kpi", "Type"),
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "Activities"), u.COUNT), _f("share", SHARE, u.RATE))),
    BreakdownText("time_spent_selling_by_rep", QT_TRANSLATE_NOOP("kpi", "Time spent selling by rep"),
                  QT_TRANSLATE_NOOP("kpi", "Per person with an activity in the period: selling hours / their working time."), REP,
                  (_f("value", QT_TRANSLATE_NOOP("kpi", "Time selling"), u.RATE), _f("hours", QT_TRANSLATE_NOOP("kpi", "Selling hours"), u.HOURS))),
)}

#: input key of ``kpi_core.explain`` -> (caption, unit); KPI ids among the inputs take the
#: KPI's own label and unit and need no row here
INPUTS: dict[str, tuple[Words, str]] = {
    "previous_revenue": (QT_TRANSLATE_NOOP("kpi", "Revenue of the previous period"), u.MONEY),
    "deals_won_with_rate": (QT_TRANSLATE_NOOP("kpi", "Deals won with an exchange rate"), u.COUNT),
    "reps_active": (QT_TRANSLATE_NOOP("kpi", "Reps active"), u.COUNT),
    "deal_costs": (QT_TRANSLATE_NOOP("kpi", "Costs of the won deals"), u.MONEY),
    "spend": (QT_TRANSLATE_NOOP("kpi", "Spend"), u.MONEY),
    "deals_created": (QT_TRANSLATE_NOOP("kpi", "Deals created"), u.COUNT),
    "won_by_now": (QT_TRANSLATE_NOOP("kpi", "Won by now"), u.COUNT),
    "converted": (QT_TRANSLATE_NOOP("kpi", "Converted into a deal"), u.COUNT),
    "reached_sql": (QT_TRANSLATE_NOOP("kpi", "Reached SQL"), u.COUNT),
    "open_value": (QT_TRANSLATE_NOOP("kpi", "Value of the deals open at period end"), u.MONEY),
    "quotas": (QT_TRANSLATE_NOOP("kpi", "Quotas of the period"), u.MONEY),
    "open_deals": (QT_TRANSLATE_NOOP("kpi", "Deals open at period end"), u.COUNT),
    "responses": (QT_TRANSLATE_NOOP("kpi", "NPS responses"), u.COUNT),
    "contracts": (QT_TRANSLATE_NOOP("kpi", "Contracts"), u.COUNT),
    "mrr_at_start": (QT_TRANSLATE_NOOP("kpi", "MRR at start"), u.MONEY),
    "mrr_on_end": (QT_TRANSLATE_NOOP("kpi", "MRR at period end"), u.MONEY),
    "arr_at_start": (QT_TRANSLATE_NOOP("kpi", "ARR at start"), u.MONEY),
    "arr_on_end": (QT_TRANSLATE_NOOP("kpi", "ARR at period end"), u.MONEY),
    "accounts_at_start": (QT_TRANSLATE_NOOP("kpi", "Accounts with MRR at start"), u.COUNT),
    "their_mrr_at_start": (QT_TRANSLATE_NOOP("kpi", "Their MRR at start"), u.MONEY),
    "their_mrr_on_end": (QT_TRANSLATE_NOOP("kpi", "Their MRR at period end"), u.MONEY),
    "kept_mrr": (QT_TRANSLATE_NOOP("kpi", "MRR kept (lower of start and end, per account)"), u.MONEY),
    "new": (QT_TRANSLATE_NOOP("kpi", "New monthly value, last 365 days"), u.MONEY),
    "lost": (QT_TRANSLATE_NOOP("kpi", "MRR lost, last 365 days"), u.MONEY),
    "average_mrr": (QT_TRANSLATE_NOOP("kpi", "Average MRR, last 365 days"), u.MONEY),
    "previous_ttm_revenue": (QT_TRANSLATE_NOOP("kpi", "Revenue of the twelve months before"), u.MONEY),
    "amount": (QT_TRANSLATE_NOOP("kpi", "Amounts of those deals"), u.MONEY),
    "list_amount": (QT_TRANSLATE_NOOP("kpi", "List prices of those deals"), u.MONEY),
    "quantity": (QT_TRANSLATE_NOOP("kpi", "Units sold"), u.DECIMAL),
    "previous_amount": (QT_TRANSLATE_NOOP("kpi", "Amounts of the previous period"), u.MONEY),
    "previous_quantity": (QT_TRANSLATE_NOOP("kpi", "Units sold in the previous period"), u.DECIMAL),
    "with_hours": (QT_TRANSLATE_NOOP("kpi", "Activities with hours"), u.COUNT),
    "working_hours_per_rep": (QT_TRANSLATE_NOOP("kpi", "Working time of one rep"), u.HOURS),
    "people": (QT_TRANSLATE_NOOP("kpi", "People with an activity"), u.COUNT),
}
# fmt: on

#: inputs that are bookkeeping, shown only when above 0 and then as a sentence
EXCLUDED_MISSING_RATE = "excluded_missing_rate"
EXCLUDED_CAPTION = QT_TRANSLATE_NOOP("kpi", "Deals left out")
EXCLUDED_SENTENCE = QT_TRANSLATE_NOOP("kpi", "{0} deals have no exchange rate for their currency")
#: the key of a breakdown row whose key is empty (``null`` in the JSON)
NO_KEY = QT_TRANSLATE_NOOP("kpi", "(none)")
