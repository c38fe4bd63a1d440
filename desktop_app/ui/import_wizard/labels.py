"""Words a sales manager reads in the wizard for Dealbook's internal names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.importing.presets import PRESETS


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportLabels", text)


def kind_label(kind: str) -> str:
    labels = {
        "deals": _t("Deals (opportunities)"),
        "leads": _t("Leads"),
        "spend": _t("Marketing spend"),
        "nps": _t("NPS survey answers"),
        "quotas": _t("Sales quotas"),
        "forecasts": _t("Forecasts"),
        "accounts": _t("Accounts (customers)"),
        "rates": _t("Exchange rates"),
        "activities": _t("Activities (calls, meetings, demos…)"),
        "stage_history": _t("Stage history of deals"),
    }
    return labels.get(kind, kind)


def rows_of_kind(kind: str, count: int) -> str:
    """ "135 deals", "12 leads", ... for a count of rows of ``kind``."""
    texts = {
        "deals": _t("{0} deals"),
        "leads": _t("{0} leads"),
        "spend": _t("{0} spend rows"),
        "nps": _t("{0} NPS answers"),
        "quotas": _t("{0} quotas"),
        "forecasts": _t("{0} forecasts"),
        "accounts": _t("{0} accounts"),
        "rates": _t("{0} exchange rates"),
        "activities": _t("{0} activities"),
        "stage_history": _t("{0} stage changes"),
    }
    return texts.get(kind, _t("{0} rows")).format(f"{count:,}")


def preset_label(name: str) -> str:
    if name == "auto":
        return _t("Detect automatically")
    if name == "native":
        return _t("Dealbook export")
    if name == "generic":
        return _t("Other (match columns by name)")
    preset = PRESETS.get(name)
    return preset.label if preset is not None else name


def encoding_label(encoding: str) -> str:
    e = encoding.lower().replace("_", "-")
    names = {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8",
        "utf-16": "UTF-16",
        "utf-16-le": "UTF-16",
        "utf-16-be": "UTF-16",
        "cp1252": "Windows-1252",
        "windows-1252": "Windows-1252",
        "cp1251": "Windows-1251",
        "windows-1251": "Windows-1251",
        "gb18030": "GB18030",
        "big5": "Big5",
    }
    return names.get(e, encoding.upper())


def delimiter_label(delimiter: str | None) -> str:
    labels = {
        ",": _t("comma-separated"),
        ";": _t("semicolon-separated"),
        "\t": _t("tab-separated"),
        "|": _t("pipe-separated"),
    }
    if not delimiter:
        return _t("Excel workbook")
    return labels.get(delimiter, _t("separated by {0}").format(repr(delimiter)))


def field_label(name: str) -> str:
    labels = {
        "row": _t("Row"),
        "external_id": _t("Record ID"),
        "title": _t("Deal name"),
        "name": _t("Name"),
        "account": _t("Account"),
        "owner": _t("Owner (sales rep)"),
        "source": _t("Lead source"),
        "product": _t("Product"),
        "product_type": _t("Product type / deal type"),
        "stage": _t("Pipeline stage"),
        "status": _t("Outcome (open / won / lost)"),
        "amount": _t("Amount"),
        "currency": _t("Currency"),
        "cost": _t("Cost"),
        "probability": _t("Probability %"),
        "created_on": _t("Created on"),
        "expected_close_on": _t("Expected close"),
        "closed_on": _t("Closed on"),
        "lost_reason": _t("Lost reason"),
        "contract_months": _t("Contract months"),
        "one_time_fee": _t("One-time fee"),
        "close_date": _t("Close date (expected or actual)"),
        "won_time": _t("Won on"),
        "lost_time": _t("Lost on"),
        "stage_changed_on": _t("Entered stage on"),
        "is_won": _t("Is won (yes/no)"),
        "is_lost": _t("Is lost (yes/no)"),
        "active": _t("Active (yes/no)"),
        "is_closed": _t("Is closed (yes/no)"),
        "state_code": _t("State (open / won / lost, or 0 / 1 / 2)"),
        "status_reason": _t("Status reason"),
        "sql_on": _t("Sales-qualified on"),
        "converted_on": _t("Converted on"),
        "deal_external_id": _t("Deal record ID"),
        "disqualified_on": _t("Disqualified on"),
        "spent_on": _t("Spent on"),
        "category": _t("Category"),
        "note": _t("Note"),
        "responded_on": _t("Answered on"),
        "score": _t("Score (0-10)"),
        "comment": _t("Comment"),
        "period_start": _t("Period start"),
        "period_end": _t("Period end"),
        "churned_on": _t("Churned on"),
        "rate": _t("Rate"),
        "valid_from": _t("Valid from"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def warning_text(key: str, count: int) -> str:
    """One sentence for a report warning."""
    texts = {
        "missing_amount": _t("{0} deals have no amount; they are imported without one."),
        "formula_like_text": _t(
            "{0} rows have text starting with = + - or @; it is kept as plain text."
        ),
        "ambiguous_date_order": _t(
            "{0} date columns could be day-first or month-first; see the first step."
        ),
        "unmapped_stage": _t(
            "{0} deals have a stage that matches no pipeline stage; they go to the first stage."
        ),
        "no_lost_deals": _t(
            "{0} deals are won and none is lost: if your CRM records lost deals in a column "
            "Dealbook did not use, map it on the Columns step."
        ),
        "all_deals_open": _t(
            "All {0} deals are open: if a column says which are won or lost, map it on the "
            "Columns step."
        ),
        "close_before_created": _t(
            "{0} deals close before they were created; check the date columns."
        ),
        "unused_status_column": _t(
            "{0} columns look like won/lost statuses but are not used; map one as Status."
        ),
        "unused_amount_column": _t(
            "{0} columns look like amounts but are not used; map one as Amount."
        ),
        "name_from_record_id": _t(
            "The file has no name column: {0} deals are named by their record id."
        ),
        "name_from_account_product": _t(
            "The file has no name column: {0} deals are named by their account and product."
        ),
        "ambiguous_thousands": _t(
            "{0} numbers like 1.234 could be thousands or decimals; they are read with their "
            "column's decimal mark: check them."
        ),
    }
    if key in texts:
        return texts[key].format(count)
    return _t("{0} rows: {1}.").format(count, key.replace("_", " "))
