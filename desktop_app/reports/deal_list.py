"""The "deal list" report: the rows of a deals frame (the filtered Deals table) as a document."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from desktop_app.presentation import format as fmt
from desktop_app.presentation import units as u
from desktop_app.reports.document import Column, Document, Paragraph, Section, Table
from desktop_app.reports.i18n import tr

#: column -> (title, kind, weight); the order in which known columns are printed
KNOWN_COLUMNS: dict[str, tuple[str, str, float]] = {
    "external_id": (tr("ID"), u.TEXT, 0.8),
    "title": (tr("Deal"), u.TEXT, 2.2),
    "account": (tr("Account"), u.TEXT, 1.6),
    "owner": (tr("Owner"), u.TEXT, 1.2),
    "source": (tr("Source"), u.TEXT, 1.2),
    "product": (tr("Product"), u.TEXT, 1.3),
    "stage": (tr("Stage"), u.TEXT, 1.1),
    "status": (tr("Status"), u.TEXT, 0.7),
    "amount": (tr("Amount"), u.NUMBER, 1.2),
    "currency": (tr("Cur."), u.TEXT, 0.5),
    "probability": (tr("Prob. %"), u.COUNT, 0.7),
    "created_on": (tr("Created"), u.DATE, 1.0),
    "expected_close_on": (tr("Expected"), u.DATE, 1.0),
    "closed_on": (tr("Closed"), u.DATE, 1.0),
}
DEFAULT_COLUMNS = (
    "title",
    "account",
    "owner",
    "source",
    "stage",
    "status",
    "amount",
    "currency",
    "created_on",
    "closed_on",
)


def _cell(value: Any, kind: str) -> Any:
    if fmt.is_null(value):
        return None
    if kind == u.DATE and isinstance(value, pd.Timestamp):
        return value.date()
    if hasattr(value, "item"):  # numpy scalar -> Python
        return value.item()
    return value


def _kind_of(series: pd.Series) -> tuple[str, float]:
    if pd.api.types.is_datetime64_any_dtype(series):
        return u.DATE, 1.0
    if pd.api.types.is_numeric_dtype(series):
        return u.NUMBER, 1.0
    return u.TEXT, 1.2


def build_deal_list(
    frame: pd.DataFrame,
    title: str = "",
    *,
    company_name: str = "",
    printed_on: dt.date | None = None,
    columns: list[str] | None = None,
    subtitle: str = "",
    base_currency: str | None = None,
) -> Document:
    """A landscape document listing the rows of ``frame`` in their order.

    Known deal columns get their app titles and formats; with ``columns`` ``None`` the
    usual deal columns present in ``frame`` are printed (every column when none of them is).
    Amounts are printed without a currency code, next to the deal's currency column (an
    empty currency is the workspace's ``base_currency`` when given).
    """
    title = title or tr("Deal list")
    chosen = columns or [c for c in DEFAULT_COLUMNS if c in frame.columns] or list(frame.columns)
    spec: list[Column] = []
    for name in chosen:
        if name in KNOWN_COLUMNS:
            head, kind, weight = KNOWN_COLUMNS[name]
        else:
            kind, weight = _kind_of(frame[name])
            head = str(name).replace("_", " ").capitalize()
        spec.append(Column(head, kind, weight))
    kinds = [c.kind for c in spec]
    if base_currency and "currency" in chosen:
        frame = frame.assign(currency=frame["currency"].fillna(base_currency))
    rows = [
        [_cell(v, k) for v, k in zip(values, kinds, strict=True)]
        for values in frame[chosen].itertuples(index=False, name=None)
    ]
    total: list[Any] | None = None
    if "amount" in chosen and len(frame):
        currencies = set(frame["currency"].dropna()) if "currency" in frame.columns else set()
        if len(currencies) <= 1:
            total = [None] * len(chosen)
            total[0] = tr("{0} deals").format(fmt.count(len(frame)))
            total[chosen.index("amount")] = float(frame["amount"].fillna(0).sum())
    table = Table(columns=spec, rows=rows, total=total, empty_text=tr("No deals."))
    blocks: list[Any] = [table]
    if subtitle:
        blocks.insert(0, Paragraph(subtitle, small=True))
    return Document(
        title=title,
        company_name=company_name,
        period_label=tr("{0} deals").format(fmt.count(len(frame))),
        printed_on=printed_on or dt.date.today(),
        sections=[Section(title, blocks, sheet_name="Deals")],
        cover=False,
        landscape=True,
        subtitle=subtitle,
    )
