"""Whether a file is the kind of records it is imported as, and where the right ones are.

A CRM's export folder holds more than deals: account, product, team, contact and activity
lists sit next to the deals file, and a workbook often has the deals on its second sheet.
Read as deals, such a list gives a plausible wrong pipeline (every account an open deal
worth the company's revenue), so the importer refuses it and says what to import instead:

- ``has_deal_life``: whether a deals file says where each deal stands or when it happened:
  a stage, a status or won/lost flag, or one of the deal's dates.
- ``not_deals``: no deal life, and no name column of its own or headers that fit another
  kind better: an account, product, team or activity list, refused.
- ``better_kind``: another kind whose fields the headers name clearly better (at least two
  columns more, its required fields all present).
- ``better_sheet``: in a workbook read from its first sheet, another sheet whose headers
  name enough fields of the kind; the importer then reads that sheet (the report names it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.importing.fields import KINDS
from desktop_app.importing.mapping import map_columns
from desktop_app.translation import QT_TRANSLATE_NOOP, translate

#: deal fields that tell where a deal stands or when it happened
DEAL_LIFE = frozenset(
    {
        "stage",
        "status",
        "is_won",
        "is_lost",
        "is_closed",
        "active",
        "state_code",
        "status_reason",
        "probability",
        "created_on",
        "expected_close_on",
        "closed_on",
        "close_date",
        "won_time",
        "lost_time",
        "stage_changed_on",
    }
)

#: the kinds' names in sentences
KIND_WORDS = {
    "deals": QT_TRANSLATE_NOOP("import", "deals"),
    "leads": QT_TRANSLATE_NOOP("import", "leads"),
    "spend": QT_TRANSLATE_NOOP("import", "marketing spend"),
    "nps": QT_TRANSLATE_NOOP("import", "NPS answers"),
    "quotas": QT_TRANSLATE_NOOP("import", "quotas"),
    "forecasts": QT_TRANSLATE_NOOP("import", "forecasts"),
    "accounts": QT_TRANSLATE_NOOP("import", "accounts"),
    "rates": QT_TRANSLATE_NOOP("import", "exchange rates"),
    "activities": QT_TRANSLATE_NOOP("import", "activities"),
    "stage_history": QT_TRANSLATE_NOOP("import", "stage history"),
}

#: the words a refusal uses for a required field no column could fill
FIELD_WORDS = {
    "title": QT_TRANSLATE_NOOP("import", "the deal name"),
    "name": QT_TRANSLATE_NOOP("import", "the name"),
    "amount": QT_TRANSLATE_NOOP("import", "amount"),
    "currency": QT_TRANSLATE_NOOP("import", "currency"),
    "deal_external_id": QT_TRANSLATE_NOOP("import", "deal external id"),
    "done_on": QT_TRANSLATE_NOOP("import", "done on"),
    "entered_on": QT_TRANSLATE_NOOP("import", "entered on"),
    "owner": QT_TRANSLATE_NOOP("import", "owner"),
    "period_end": QT_TRANSLATE_NOOP("import", "period end"),
    "period_start": QT_TRANSLATE_NOOP("import", "period start"),
    "rate": QT_TRANSLATE_NOOP("import", "rate"),
    "responded_on": QT_TRANSLATE_NOOP("import", "responded on"),
    "score": QT_TRANSLATE_NOOP("import", "score"),
    "spent_on": QT_TRANSLATE_NOOP("import", "spent on"),
    "stage": QT_TRANSLATE_NOOP("import", "stage"),
    "valid_from": QT_TRANSLATE_NOOP("import", "valid from"),
}


def has_deal_life(columns: dict[str, str]) -> bool:
    """True when the mapped columns include a stage, an outcome or a date of the deal."""
    return bool(DEAL_LIFE & set(columns.values()))


def not_deals(columns: dict[str, str], headers: Sequence[str]) -> bool:
    """True for a file read as deals that is some other list.

    It has no stage, outcome or date of a deal, and either no name column of its own (the
    name would be made from an account, product or record id) or headers that fit another
    kind clearly better. A list with a deal name and an amount only is still deals (all
    open, and the import says so).
    """
    if has_deal_life(columns):
        return False
    return "title" not in columns.values() or better_kind(headers, "deals") is not None


def better_kind(headers: Sequence[str], kind: str) -> str | None:
    """The kind the headers fit clearly better than ``kind``, if there is one."""
    heads = [str(h) for h in headers if str(h).strip()]
    own = len(map_columns(heads, kind))
    best, best_n = None, own + 1
    for other, fields in KINDS.items():
        if other == kind:
            continue
        got = set(map_columns(heads, other).values())
        required = {f.name for f in fields if f.required}
        if len(got) > best_n and required <= got:
            best, best_n = other, len(got)
    return best


def better_sheet(
    path: Path,
    sheets: Sequence[str],
    current: str | None,
    kind: str,
    read_headers: Callable[[Path, str], Sequence[str]],
) -> str | None:
    """Another sheet of the workbook whose headers name at least three fields of ``kind``."""
    best, best_n = None, 2
    for name in sheets:
        if name == current:
            continue
        try:
            heads = [str(h) for h in read_headers(path, name) if str(h).strip()]
        except Exception:  # noqa: BLE001 - a sheet that cannot be read is no suggestion
            continue
        got = set(map_columns(heads, kind).values())
        if kind == "deals" and not (DEAL_LIFE & got):
            continue
        if len(got) > best_n:
            best, best_n = name, len(got)
    return best


def no_deal_life_sentence(headers: Sequence[str], kind: str) -> str:
    """The refusal for a deals file with no stage, outcome or date column."""
    k = better_kind(headers, kind)
    if k is not None:
        return translate(
            "import",
            "This file has no deal stage, status or date column, so it is a list of something "
            "other than deals (accounts, products, people) and would show every row as an open "
            "deal; its columns are those of {0}: import it as {1}.",
        ).format(translate("import", KIND_WORDS.get(k, k)), k)
    return translate(
        "import",
        "This file has no deal stage, status or date column, so it is a list of something "
        "other than deals (accounts, products, people) and would show every row as an open "
        "deal; import the deals export with its stage and close date, or choose the columns "
        "in the import wizard.",
    )


def no_column_sentence(missing: Sequence[str], headers: Sequence[str], kind: str) -> str:
    """The refusal for a file where no column fills the required fields ``missing``."""
    what = translate("import", ", ", "between the items of a list").join(
        translate("import", FIELD_WORDS[f]) if f in FIELD_WORDS else f.replace("_", " ")
        for f in missing
    ) or translate("import", "any field")
    k = better_kind(headers, kind)
    if k is not None:
        return translate(
            "import",
            "No column of this file could be used as {0} for {1}; its columns are those of "
            "{2}: import it as {3}.",
        ).format(what, kind, translate("import", KIND_WORDS.get(k, k)), k)
    return translate(
        "import",
        "No column of this file could be used as {0} for {1}; check that it is a {1} export "
        "with a header row, or choose the columns in the import wizard.",
    ).format(what, kind)
