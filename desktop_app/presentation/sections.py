"""Words of the dashboard's and the review's optional sections, and of the MRR movements.

A section shows only when the workspace holds the records it needs; otherwise its hint says
in one line what to record. The MRR movements series (:mod:`kpi_core.movements`) is worded
here like a breakdown: a caption and a unit per field. Every word is marked with
``QT_TRANSLATE_NOOP`` (context ``kpi``); nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.presentation import units as u
from desktop_app.presentation.breakdown_table import FieldText
from desktop_app.presentation.i18n import QT_TRANSLATE_NOOP, Words, tr
from kpi_core.types import KpiResult


@dataclass(frozen=True)
class SectionText:
    """An optional section: its title, what it needs and the hint shown without it."""

    id: str
    title: Words
    hint: Words
    kpis: tuple[str, ...]


# fmt: off
SECTIONS: dict[str, SectionText] = {s.id: s for s in (
    SectionText("recurring", QT_TRANSLATE_NOOP("kpi", "Recurring revenue"),
                QT_TRANSLATE_NOOP("kpi", "Record contract lengths on won deals to see recurring revenue."),
                ("mrr", "arr", "mrr_growth", "net_revenue_retention", "gross_revenue_retention",
                 "growth_ceiling", "sales_efficiency")),
    SectionText("activities", QT_TRANSLATE_NOOP("kpi", "Activities"),
                QT_TRANSLATE_NOOP("kpi", "Log calls, meetings and demos to see how your team spends its time."),
                ("activities", "selling_hours", "time_spent_selling", "activities_per_won_deal")),
)}

#: the MRR movements of a month (kpi_core.movements.MrrMonth), in the order they are drawn
MOVEMENT_FIELDS: tuple[FieldText, ...] = (
    FieldText("start_mrr", QT_TRANSLATE_NOOP("kpi", "MRR at month start"), u.MONEY),
    FieldText("new", QT_TRANSLATE_NOOP("kpi", "New MRR"), u.MONEY),
    FieldText("expansion", QT_TRANSLATE_NOOP("kpi", "Expansion"), u.MONEY),
    FieldText("contraction", QT_TRANSLATE_NOOP("kpi", "Contraction"), u.MONEY),
    FieldText("lost", QT_TRANSLATE_NOOP("kpi", "Lost MRR"), u.MONEY),
    FieldText("end_mrr", QT_TRANSLATE_NOOP("kpi", "MRR at month end"), u.MONEY),
)
MOVEMENTS_TITLE = QT_TRANSLATE_NOOP("kpi", "MRR by month: new, expansion and lost")
MOVEMENTS_FORMULA = QT_TRANSLATE_NOOP(
    "kpi",
    "Per month and account: new = MRR at month end of an account without MRR the day before "
    "the month; expansion or contraction = the change of an account with MRR before and after; "
    "lost = MRR before of an account without MRR at month end. MRR at month end = MRR at month "
    "start + new + expansion − contraction − lost.",
)
NO_MOVEMENTS = QT_TRANSLATE_NOOP("kpi", "No month of this period has started yet.")
SOURCES_TITLE = QT_TRANSLATE_NOOP("kpi", "Opportunities and expected revenue by source")
ACTIVITIES_CHARTS_TITLE = QT_TRANSLATE_NOOP("kpi", "How the team spends its time")
TRAILING_TITLE = QT_TRANSLATE_NOOP("kpi", "Trailing twelve months, price and volume")
# fmt: on


def title(section_id: str) -> str:
    """The translated title of an optional section."""
    return tr(SECTIONS[section_id].title)


def hint(section_id: str, result: KpiResult | None = None) -> str:
    """The translated one-line hint shown while the section has no data.

    Under an owner, source or product filter the recurring section says that no contract
    matches the filters (the workspace may well have contracts): the presentation table's
    sentence for an undefined MRR.
    """
    filters = (result["filters"] if result else None) or {}
    if section_id == "recurring" and any(filters.values()):
        from desktop_app.presentation.kpi_table import why_undefined

        return why_undefined("mrr", result)
    return tr(SECTIONS[section_id].hint)


def movement_label(name: str) -> str:
    """The translated caption of a field of the MRR movements."""
    return tr(next(f.label for f in MOVEMENT_FIELDS if f.name == name))


def has_section_data(section_id: str, result: KpiResult | None, workspace_activities: int) -> bool:
    """Does the workspace hold what the section needs? Recurring revenue: a contract under
    the filters (``mrr`` is then defined). Activities: any activity recorded at all."""
    if section_id == "recurring":
        return result is not None and result["kpis"].get("mrr") is not None
    if section_id == "activities":
        return workspace_activities > 0
    return True
