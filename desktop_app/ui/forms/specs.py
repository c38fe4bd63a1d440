"""The fields and the rules of each kind's form."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("forms", text)


@dataclass(frozen=True)
class FieldSpec:
    """One field: key (native column), label, widget kind and where its names come from."""

    key: str
    label: str
    widget: str = "line"  # line | number | int | date | choice | text
    names: str | None = None  # accounts | reps | sources | products | stages | ...
    choices: tuple[tuple[Any, str], ...] | None = None
    required: bool = False
    placeholder: str = ""
    parse_error: str = ""


Validator = Callable[[dict[str, Any]], dict[str, str]]
OnChange = Callable[[str, dict[str, Any]], None]


@dataclass(frozen=True)
class FormSpec:
    kind: str
    title_new: str
    title_edit: str
    fields: list[FieldSpec]
    validate: Validator
    on_change: OnChange | None = None
    default_values: dict[str, Any] = field(default_factory=dict)

    def defaults(self) -> dict[str, Any]:
        return dict(self.default_values)


_CURRENCY = re.compile(r"^[A-Za-z]{3}$")


def _not_negative(values: dict[str, Any], key: str, message: str, out: dict[str, str]) -> None:
    value = values.get(key)
    if value is not None and value < 0:
        out[key] = message


def _currency(values: dict[str, Any], out: dict[str, str], key: str = "currency") -> None:
    value = values.get(key)
    if value and not _CURRENCY.match(value):
        out[key] = _t("Use a three-letter code such as USD or EUR.")


def _range(values: dict[str, Any], start: str, end: str, out: dict[str, str]) -> None:
    a, b = values.get(start), values.get(end)
    if a and b and b < a:
        out[end] = _t("The end cannot be before the start.")


def _deal_rules(values: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    _not_negative(values, "amount", _t("Amount must be 0 or more."), out)
    _not_negative(values, "cost", _t("Cost must be 0 or more."), out)
    _not_negative(values, "one_time_fee", _t("The fee must be 0 or more."), out)
    _not_negative(values, "contract_months", _t("Months must be 0 or more."), out)
    prob = values.get("probability")
    if prob is not None and not 0 <= prob <= 100:
        out["probability"] = _t("Probability is a percentage from 0 to 100.")
    _currency(values, out)
    if values.get("status") in ("won", "lost"):
        closed = values.get("closed_on")
        if closed is None:
            out["closed_on"] = _t("A won or lost deal needs its close date.")
        elif closed > dt.date.today():
            out["closed_on"] = _t("The close date of a won or lost deal cannot be after today.")
    created, closed = values.get("created_on"), values.get("closed_on")
    if created and closed and closed < created and "closed_on" not in out:
        out["closed_on"] = _t("The close date cannot be before the created date.")
    return out


def _deal_changed(key: str, fields: dict[str, Any]) -> None:
    """Winning or losing a deal fills in today as its close date."""
    closing = key == "status" and fields["status"].value() in ("won", "lost")
    if closing and not fields["closed_on"].edit.text().strip():
        fields["closed_on"].set_value(dt.date.today())


def _lead_rules(values: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key in ("sql_on", "converted_on", "disqualified_on"):
        _range(values, "created_on", key, out)
        if key in out:
            out[key] = _t("This date cannot be before the lead was created.")
    return out


def _spend_rules(values: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    _not_negative(values, "amount", _t("Amount must be 0 or more."), out)
    _currency(values, out)
    return out


def _nps_rules(values: dict[str, Any]) -> dict[str, str]:
    score = values.get("score")
    if score is not None and not 0 <= score <= 10:
        return {"score": _t("The score is a whole number from 0 to 10.")}
    return {}


def _period_rules(values: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    _range(values, "period_start", "period_end", out)
    _not_negative(values, "amount", _t("Amount must be 0 or more."), out)
    return out


def _account_rules(values: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    _range(values, "created_on", "churned_on", out)
    if "churned_on" in out:
        out["churned_on"] = _t("An account cannot churn before it became a customer.")
    return out


def _rate_rules(values: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    _currency(values, out)
    rate = values.get("rate")
    if rate is not None and rate <= 0:
        out["rate"] = _t("The rate must be above 0.")
    return out


def form_spec(kind: str) -> FormSpec:
    """The form of ``kind`` (labels translated now)."""
    num = _t("Type a number, e.g. 12500 or 12,500.00.")
    day = _t("Type a date as YYYY-MM-DD.")
    whole = _t("Type a whole number.")
    if kind == "deals":
        statuses = (("open", _t("Open")), ("won", _t("Won")), ("lost", _t("Lost")))
        fields = [
            FieldSpec("title", _t("Deal"), required=True, placeholder=_t("What is being sold")),
            FieldSpec("account", _t("Account"), names="accounts"),
            FieldSpec("owner", _t("Owner"), names="reps"),
            FieldSpec("source", _t("Source"), names="sources"),
            FieldSpec("product", _t("Product"), names="products"),
            FieldSpec("product_type", _t("Product type"), names="product_types"),
            FieldSpec("stage", _t("Stage"), "choice", names="stages"),
            FieldSpec("status", _t("Status"), "choice", choices=statuses),
            FieldSpec("amount", _t("Amount"), "number", parse_error=num),
            FieldSpec("currency", _t("Currency"), names="currencies", placeholder="USD"),
            FieldSpec("probability", _t("Probability %"), "number", parse_error=num),
            FieldSpec("created_on", _t("Created"), "date", parse_error=day),
            FieldSpec("expected_close_on", _t("Expected close"), "date", parse_error=day),
            FieldSpec("closed_on", _t("Closed"), "date", parse_error=day),
            FieldSpec("lost_reason", _t("Lost reason")),
            FieldSpec("cost", _t("Cost"), "number", parse_error=num),
            FieldSpec("contract_months", _t("Contract months"), "int", parse_error=whole),
            FieldSpec("one_time_fee", _t("One-time fee"), "number", parse_error=num),
        ]
        return FormSpec(
            kind,
            _t("New deal"),
            _t("Edit deal"),
            fields,
            _deal_rules,
            _deal_changed,
            {"status": "open", "created_on": dt.date.today()},
        )
    if kind == "leads":
        fields = [
            FieldSpec("name", _t("Lead"), required=True),
            FieldSpec("account", _t("Account"), names="accounts"),
            FieldSpec("source", _t("Source"), names="sources"),
            FieldSpec("owner", _t("Owner"), names="reps"),
            FieldSpec("created_on", _t("Created (MQL)"), "date", parse_error=day),
            FieldSpec("sql_on", _t("Became SQL"), "date", parse_error=day),
            FieldSpec("converted_on", _t("Converted"), "date", parse_error=day),
            FieldSpec("deal_external_id", _t("Deal id")),
            FieldSpec("disqualified_on", _t("Disqualified"), "date", parse_error=day),
        ]
        return FormSpec(
            kind,
            _t("New lead"),
            _t("Edit lead"),
            fields,
            _lead_rules,
            None,
            {"created_on": dt.date.today()},
        )
    if kind == "spend":
        cats = (("marketing", _t("Marketing")), ("sales", _t("Sales")), ("other", _t("Other")))
        fields = [
            FieldSpec("spent_on", _t("Date"), "date", required=True, parse_error=day),
            FieldSpec("source", _t("Source"), names="sources"),
            FieldSpec("category", _t("Category"), "choice", choices=cats),
            FieldSpec("amount", _t("Amount"), "number", required=True, parse_error=num),
            FieldSpec("currency", _t("Currency"), names="currencies", placeholder="USD"),
            FieldSpec("note", _t("Note"), "text"),
        ]
        return FormSpec(
            kind,
            _t("New spend entry"),
            _t("Edit spend entry"),
            fields,
            _spend_rules,
            None,
            {"spent_on": dt.date.today(), "category": "marketing"},
        )
    if kind == "nps":
        fields = [
            FieldSpec("responded_on", _t("Answered on"), "date", required=True, parse_error=day),
            FieldSpec("account", _t("Account"), names="accounts"),
            FieldSpec("score", _t("Score (0–10)"), "int", required=True, parse_error=whole),
            FieldSpec("comment", _t("Comment"), "text"),
        ]
        return FormSpec(
            kind,
            _t("New NPS answer"),
            _t("Edit NPS answer"),
            fields,
            _nps_rules,
            None,
            {"responded_on": dt.date.today()},
        )
    if kind in ("quotas", "forecasts"):
        fields = [
            FieldSpec("owner", _t("Rep"), names="reps", required=kind == "quotas"),
            FieldSpec("period_start", _t("From"), "date", required=True, parse_error=day),
            FieldSpec("period_end", _t("To"), "date", required=True, parse_error=day),
            FieldSpec("amount", _t("Amount"), "number", required=True, parse_error=num),
        ]
        if kind == "forecasts":
            fields[0] = FieldSpec(
                "owner", _t("Rep"), names="reps", placeholder=_t("Empty = the whole company")
            )
            return FormSpec(kind, _t("New forecast"), _t("Edit forecast"), fields, _period_rules)
        return FormSpec(kind, _t("New quota"), _t("Edit quota"), fields, _period_rules)
    if kind == "accounts":
        fields = [
            FieldSpec("name", _t("Account"), required=True),
            FieldSpec("created_on", _t("Customer since"), "date", parse_error=day),
            FieldSpec("churned_on", _t("Churned on"), "date", parse_error=day),
        ]
        return FormSpec(kind, _t("New account"), _t("Edit account"), fields, _account_rules)
    if kind == "rates":
        fields = [
            FieldSpec("currency", _t("Currency"), required=True, placeholder="EUR"),
            FieldSpec("rate", _t("Rate (base per unit)"), "number", required=True, parse_error=num),
            FieldSpec("valid_from", _t("Valid from"), "date", required=True, parse_error=day),
        ]
        return FormSpec(
            kind,
            _t("New exchange rate"),
            _t("Edit exchange rate"),
            fields,
            _rate_rules,
            None,
            {"valid_from": dt.date.today()},
        )
    raise ValueError(f"unknown kind {kind!r}")
