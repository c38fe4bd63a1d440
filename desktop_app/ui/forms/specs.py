"""The fields and the rules of each kind's form.

The fields, their labels, widgets, choices and required marks come from the kind's
declaration (``desktop_app.store.kinds``); a form adds only its rules, titles and defaults.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.store.kinds import QT_TRANSLATE_NOOP
from desktop_app.store.kinds import kind as declared


def _t(text: str) -> str:
    return QCoreApplication.translate("forms", text)


def _field(text: str) -> str:
    """A declared label or placeholder, translated."""
    return QCoreApplication.translate("fields", text)


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


def _activity_rules(values: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    _not_negative(values, "hours", _t("Hours must be 0 or more."), out)
    return out


#: (kind, field) -> the names a line field suggests, beside the lookups
_SUGGEST = {("deals", "product_type"): "product_types"}
#: (kind, field) holding another record's CRM id -> the list it is picked from
_PICKED = {("leads", "deal_external_id"): "deals"}
#: declared field type -> form widget
_WIDGET = {"money": "number", "number": "number", "percent": "number", "int": "int"}
_WIDGET |= {"date": "date", "choice": "choice", "stage": "choice"}


def form_fields(kind: str) -> list[FieldSpec]:
    """The form's fields: the kind's declared fields (``desktop_app.store.kinds``), in order,
    with their declared labels translated in the ``"fields"`` context."""
    num = _t("Type a number, e.g. 12500 or 12,500.00.")
    day = _t("Type a date as YYYY-MM-DD.")
    whole = _t("Type a whole number.")
    errors = {"number": num, "int": whole, "date": day}
    out = []
    for f in declared(kind).fields:
        widget = "text" if f.multiline else _WIDGET.get(f.type, "line")
        names = f.lookup or _SUGGEST.get((kind, f.name))
        if f.type == "stage":
            names = "stages"
        elif f.type == "currency":
            names = "currencies"
        choices = tuple((v, _field(label)) for v, label in f.choices) or None
        label = _field(f.label)
        if (kind, f.name) in _PICKED:  # a person names a deal and picks it, not its id
            widget, names, label = "choice", _PICKED[(kind, f.name)], _t("Deal")
        out.append(
            FieldSpec(
                f.name,
                label,
                widget,
                names=names,
                choices=choices,
                required=f.required,
                placeholder=_field(f.placeholder) if f.placeholder else "",
                parse_error=errors.get(widget, ""),
            )
        )
    return out


#: kind -> (title of a new record, title of an edit, rules, on change)
_FORMS: dict[str, tuple[str, str, Validator, OnChange | None]] = {
    "deals": (
        QT_TRANSLATE_NOOP("forms", "New deal"),
        QT_TRANSLATE_NOOP("forms", "Edit deal"),
        _deal_rules,
        _deal_changed,
    ),
    "leads": (
        QT_TRANSLATE_NOOP("forms", "New lead"),
        QT_TRANSLATE_NOOP("forms", "Edit lead"),
        _lead_rules,
        None,
    ),
    "spend": (
        QT_TRANSLATE_NOOP("forms", "New spend entry"),
        QT_TRANSLATE_NOOP("forms", "Edit spend entry"),
        _spend_rules,
        None,
    ),
    "nps": (
        QT_TRANSLATE_NOOP("forms", "New NPS answer"),
        QT_TRANSLATE_NOOP("forms", "Edit NPS answer"),
        _nps_rules,
        None,
    ),
    "quotas": (
        QT_TRANSLATE_NOOP("forms", "New quota"),
        QT_TRANSLATE_NOOP("forms", "Edit quota"),
        _period_rules,
        None,
    ),
    "forecasts": (
        QT_TRANSLATE_NOOP("forms", "New forecast"),
        QT_TRANSLATE_NOOP("forms", "Edit forecast"),
        _period_rules,
        None,
    ),
    "accounts": (
        QT_TRANSLATE_NOOP("forms", "New account"),
        QT_TRANSLATE_NOOP("forms", "Edit account"),
        _account_rules,
        None,
    ),
    "rates": (
        QT_TRANSLATE_NOOP("forms", "New exchange rate"),
        QT_TRANSLATE_NOOP("forms", "Edit exchange rate"),
        _rate_rules,
        None,
    ),
    "activities": (
        QT_TRANSLATE_NOOP("forms", "New activity"),
        QT_TRANSLATE_NOOP("forms", "Edit activity"),
        _activity_rules,
        None,
    ),
}

#: kind -> the date fields a new record starts with today
_TODAY = {
    "deals": ("created_on",),
    "leads": ("created_on",),
    "spend": ("spent_on",),
    "nps": ("responded_on",),
    "rates": ("valid_from",),
    "activities": ("done_on",),
}


def form_spec(kind: str) -> FormSpec:
    """The form of ``kind`` (labels translated now)."""
    if kind not in _FORMS:
        raise ValueError(f"unknown kind {kind!r}")
    title_new, title_edit, rules, on_change = _FORMS[kind]
    decl = declared(kind)
    defaults: dict[str, Any] = {f.name: f.default for f in decl.fields if f.default is not None}
    defaults.update(dict.fromkeys(_TODAY.get(kind, ()), dt.date.today()))
    return FormSpec(
        kind, _t(title_new), _t(title_edit), form_fields(kind), rules, on_change, defaults
    )
