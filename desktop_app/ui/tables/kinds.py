"""Which columns and filters each kind's table shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.tables.model import DATE, INT, MONEY, NUMBER, PERCENT, TEXT, Column


def _t(text: str) -> str:
    return QCoreApplication.translate("tables", text)


@dataclass(frozen=True)
class TableSpec:
    """A kind's table: columns, searchable columns, filter combos, the period's date."""

    kind: str
    columns: list[Column]
    search: tuple[str, ...]
    #: column -> filter combo title
    combos: dict[str, str]
    date_column: str | tuple[str, ...] | None
    #: the database tables a change to which makes this table reload
    tables: frozenset[str]
    #: the column shown sorted at first (newest first for dates)
    default_sort: str | None = None


def table_spec(kind: str) -> TableSpec:
    """The table of ``kind`` (titles translated now)."""
    if kind == "deals":
        cols = [
            Column("id", _t("ID"), INT, False),
            Column("title", _t("Deal")),
            Column("account", _t("Account")),
            Column("owner", _t("Owner")),
            Column("source", _t("Source")),
            Column("product", _t("Product")),
            Column("product_type", _t("Product type"), TEXT, False),
            Column("stage", _t("Stage")),
            Column("status", _t("Status")),
            Column("amount", _t("Amount"), MONEY),
            Column("currency", _t("Currency")),
            Column("cost", _t("Cost"), MONEY, False),
            Column("probability", _t("Probability"), PERCENT, False),
            Column("created_on", _t("Created"), DATE),
            Column("expected_close_on", _t("Expected close"), DATE, False),
            Column("closed_on", _t("Closed"), DATE),
            Column("lost_reason", _t("Lost reason"), TEXT, False),
            Column("contract_months", _t("Contract months"), INT, False),
            Column("one_time_fee", _t("One-time fee"), MONEY, False),
            Column("external_id", _t("CRM id"), TEXT, False),
        ]
        return TableSpec(
            kind,
            cols,
            ("title", "account", "owner", "source", "product", "stage", "external_id"),
            {"status": _t("Status"), "owner": _t("Owner"), "source": _t("Source")},
            ("created_on", "closed_on"),
            frozenset({"deals", "stage_history", "accounts", "reps", "sources", "products"}),
            "created_on",
        )
    if kind == "leads":
        cols = [
            Column("id", _t("ID"), INT, False),
            Column("name", _t("Lead")),
            Column("account", _t("Account")),
            Column("source", _t("Source")),
            Column("owner", _t("Owner")),
            Column("created_on", _t("Created (MQL)"), DATE),
            Column("sql_on", _t("SQL on"), DATE),
            Column("converted_on", _t("Converted"), DATE),
            Column("deal_external_id", _t("Deal id"), TEXT, False),
            Column("disqualified_on", _t("Disqualified"), DATE),
            Column("external_id", _t("CRM id"), TEXT, False),
        ]
        return TableSpec(
            kind,
            cols,
            ("name", "account", "source", "owner", "external_id"),
            {"owner": _t("Owner"), "source": _t("Source")},
            "created_on",
            frozenset({"leads", "accounts", "reps", "sources"}),
            "created_on",
        )
    if kind == "spend":
        cols = [
            Column("id", _t("ID"), INT, False),
            Column("spent_on", _t("Date"), DATE),
            Column("source", _t("Source")),
            Column("category", _t("Category")),
            Column("amount", _t("Amount"), MONEY),
            Column("currency", _t("Currency")),
            Column("note", _t("Note")),
        ]
        return TableSpec(
            kind,
            cols,
            ("source", "category", "note"),
            {"source": _t("Source"), "category": _t("Category")},
            "spent_on",
            frozenset({"spend", "sources"}),
            "spent_on",
        )
    if kind == "nps":
        cols = [
            Column("id", _t("ID"), INT, False),
            Column("responded_on", _t("Answered"), DATE),
            Column("account", _t("Account")),
            Column("score", _t("Score"), INT),
            Column("comment", _t("Comment")),
        ]
        return TableSpec(
            kind,
            cols,
            ("account", "comment"),
            {"account": _t("Account")},
            "responded_on",
            frozenset({"nps", "accounts"}),
            "responded_on",
        )
    if kind == "quotas":
        cols = [
            Column("id", _t("ID"), INT, False),
            Column("owner", _t("Rep")),
            Column("period_start", _t("From"), DATE),
            Column("period_end", _t("To"), DATE),
            Column("amount", _t("Quota"), MONEY),
        ]
        return TableSpec(
            kind,
            cols,
            ("owner",),
            {"owner": _t("Rep")},
            "period_start",
            frozenset({"quotas", "reps"}),
            "period_start",
        )
    if kind == "forecasts":
        cols = [
            Column("id", _t("ID"), INT, False),
            Column("period_start", _t("From"), DATE),
            Column("period_end", _t("To"), DATE),
            Column("owner", _t("Rep (empty = company)")),
            Column("amount", _t("Forecast"), MONEY),
        ]
        return TableSpec(
            kind,
            cols,
            ("owner",),
            {"owner": _t("Rep")},
            "period_start",
            frozenset({"forecasts", "reps"}),
            "period_start",
        )
    if kind == "accounts":
        cols = [
            Column("id", _t("ID"), INT, False),
            Column("name", _t("Account")),
            Column("created_on", _t("Customer since"), DATE),
            Column("churned_on", _t("Churned"), DATE),
        ]
        return TableSpec(
            kind, cols, ("name",), {}, "created_on", frozenset({"accounts", "deals"}), "name"
        )
    if kind == "rates":
        cols = [
            Column("id", _t("ID"), INT, False),
            Column("currency", _t("Currency")),
            Column("rate", _t("Rate"), NUMBER),
            Column("valid_from", _t("Valid from"), DATE),
        ]
        return TableSpec(kind, cols, ("currency",), {}, None, frozenset({"rates"}), "valid_from")
    raise ValueError(f"unknown kind {kind!r}")
