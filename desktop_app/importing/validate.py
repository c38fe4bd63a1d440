"""Turn raw records into typed rows of one kind and apply the row rules of design.md.

A row is rejected (with its row, line, reason and detail) when it does not have the
header's number of fields, lacks a required field (a deal's name), has a value that is not
a number or date, a negative amount, an NPS score outside 0..10, or is won/lost without a
close date or with one after today. Exact repeats of an earlier record count as
``duplicates``. Missing amounts and formula-like text are counted in ``warnings``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import methodcaller

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from desktop_app.importing import checks as C
from desktop_app.importing import outcome
from desktop_app.importing import values as V
from desktop_app.importing.dates import DateOrder, date_order_evidence
from desktop_app.importing.fields import KINDS, hashed_fields, spec, stored_fields
from desktop_app.importing.mapping import StageRule
from desktop_app.importing.reader import RawTable
from desktop_app.store.kinds import KINDS as DECLARED
from desktop_app.translation import translate


@dataclass
class Prepared:
    """Typed rows ready for the upsert, and what was rejected on the way."""

    frame: pd.DataFrame  # stored fields + row, line, content_hash, stage_changed_on
    rejects: list[dict] = field(default_factory=list)
    duplicates: int = 0
    warnings: dict[str, int] = field(default_factory=dict)
    date_order: dict[str, dict] = field(default_factory=dict)
    decimal_marks: dict[str, str] = field(default_factory=dict)


class _Rejects:
    def __init__(self, n: int) -> None:
        self.reason = np.full(n, None, dtype=object)
        self.detail = np.full(n, None, dtype=object)

    def add(
        self,
        mask: pd.Series | np.ndarray,
        reason: str,
        template: str,
        values: pd.Series | None = None,
    ) -> None:
        """Reject the rows of ``mask`` not yet rejected; ``template`` formats ``values``."""
        m = np.asarray(mask, dtype=bool) & (self.reason == None)  # noqa: E711
        if not m.any():
            return
        self.reason[m] = reason
        if values is None:
            self.detail[m] = template
        else:
            picked = np.asarray(values.astype(object), dtype=object)[m]
            self.detail[m] = [template.format(v) for v in picked]

    @property
    def mask(self) -> np.ndarray:
        return self.reason != None  # noqa: E711


def _text(s: pd.Series) -> pd.Series:
    return V.clean_text(s)


_ENTERED = re.compile(r'^date entered\s+"?(.+?)(?:\s*\([^)]*\))?"?$', re.IGNORECASE)


def _entered_columns(headers: list[str]) -> dict[str, int]:
    """HubSpot's ``Date entered "<Stage> (<Pipeline>)"`` columns: stage (lower) -> position."""
    cols = {}
    for i, h in enumerate(headers):
        m = _ENTERED.match(h.strip())
        if m:
            cols[m.group(1).strip().lower()] = i
    return cols


def _date_entered(
    cols: dict[str, int], fields: dict[int, np.ndarray], stage: pd.Series | None
) -> pd.Series | None:
    """The date each row entered its current stage (text), or None without such columns."""
    if not cols or stage is None:
        return None
    keys = V.map_unique(stage, lambda x: str(x).strip().lower() if isinstance(x, str) else None)
    keys = keys.to_numpy(dtype=object)
    out = np.full(len(keys), None, dtype=object)
    for k, i in cols.items():
        m = keys == k
        out[m] = fields[i][m]
    return pd.Series(out, dtype=object)


def _duplicated(fields: list[np.ndarray], n: int) -> np.ndarray:
    """Records that repeat an earlier record exactly (every field equal)."""
    key = None
    for col in fields:
        codes, uniques = pd.factorize(col)
        if len(uniques) == n:  # a column without repeats: no record repeats
            return np.zeros(n, dtype=bool)
        codes = codes.astype(np.int64)
        key = codes if key is None else pd.factorize(key * (len(uniques) + 1) + codes)[0]
    if key is None:
        return np.zeros(n, dtype=bool)
    return pd.Series(key).duplicated().to_numpy()


def decide_order(
    raw: dict[str, pd.Series], forced: str | None, decimal_hint: str
) -> dict[str, DateOrder]:
    """Day/month order per date column: its values, else the option, other columns, locale."""
    votes = {h: date_order_evidence(s) for h, s in raw.items()}
    decided = {h: ("dmy" if d > m else "mdy") for h, (d, m, _a, _n) in votes.items() if d or m}
    out: dict[str, DateOrder] = {}
    for h, (d, m, amb, numeric) in votes.items():
        if not numeric:
            out[h] = DateOrder(forced or "mdy", "not needed", 0)
            continue
        if d or m:
            out[h] = DateOrder(decided[h], "values", amb if (d and m) else 0)
            continue
        if forced:
            out[h] = DateOrder(forced, "option", amb)
        elif decided:
            out[h] = DateOrder(next(iter(decided.values())), "other column", amb)
        elif (
            decimal_hint == ","
            or raw[h]
            .astype("string")
            .str.contains(r"^\d{1,2}\.\d{1,2}\.\d{2,4}", regex=True, na=False)
            .any()
        ):
            out[h] = DateOrder("dmy", "number format", amb)
        else:
            out[h] = DateOrder("mdy", "default", amb)
    return out


def _hash_texts(col: pd.Series) -> list[str] | None:
    """``str`` of every value of ``col``, missing as ``"None"`` (None when all are missing)."""
    arr = col.to_numpy(dtype=object)
    kind = infer_dtype(arr, skipna=True)
    if kind == "empty":
        return None
    if kind == "string":  # str(x) is x: only the missing values change
        missing = pd.isna(arr)
        if missing.any():
            arr = arr.copy()
            arr[missing] = "None"
        return arr.tolist()
    codes, uniques = pd.factorize(arr, use_na_sentinel=True)  # dates, numbers: str once each
    table = np.empty(len(uniques) + 1, dtype=object)
    table[:-1] = [str(u) for u in uniques]
    table[-1] = "None"
    return table[codes].tolist()


def _row_hash(frame: pd.DataFrame, cols: list[str]) -> pd.Series:
    """sha1 of the row's stored values as text, joined by a unit separator.

    A column without any value is ``None`` in every row: neighbouring ones are joined once."""
    n = len(frame)
    parts: list[Iterable[str]] = []
    empty: list[str] = []
    for c in cols:
        texts = _hash_texts(frame[c])
        if texts is None:
            empty.append("None")
            continue
        if empty:
            parts.append(repeat("\x1f".join(empty), n))
            empty = []
        parts.append(texts)
    if empty:
        parts.append(repeat("\x1f".join(empty), n))
    rows = map("\x1f".join, zip(*parts, strict=True))
    digests = map(hashlib.sha1, map(methodcaller("encode", "utf-8"), rows))
    out = np.empty(n, dtype=object)
    out[:] = list(map(methodcaller("hexdigest"), digests))
    return pd.Series(out, index=frame.index, dtype=object)


def prepare(
    table: RawTable,
    kind: str,
    columns: dict[str, str],
    stage_rules: dict[str, StageRule] | None = None,
    pipeline: list[tuple[str, float]] | None = None,
    date_order: str | None = None,
    today: dt.date | None = None,
    release: bool = False,
) -> Prepared:
    """Typed, validated rows of ``kind`` from ``table`` using ``columns`` (header -> field)."""
    today = today or dt.date.today()
    width = len(table.headers)
    counts = table.field_counts()
    good = counts == width
    rows = np.asarray(table.rows, dtype=np.int64)
    lines = np.asarray(table.lines, dtype=np.int64)
    fields_differ = translate("import", "The row has {0} fields, the header has {1}.")
    rejects: list[tuple[int, int, str, str]] = [
        (
            int(rows[i]),
            int(lines[i]),
            "wrong number of fields",
            fields_differ.format(int(counts[i]), width),
        )
        for i in np.flatnonzero(~good)
    ]
    every = good.all()
    rows, lines = rows[good], lines[good]
    pos = {h: i for i, h in enumerate(table.headers)}
    entered_cols = _entered_columns(table.headers) if kind == "deals" else {}
    needed = {pos[h] for h in columns} | set(entered_cols.values())
    fields: dict[int, np.ndarray] = {}
    all_fields: list[np.ndarray] = []
    for i in range(width):
        col = table.column(i)
        all_fields.append(col if every else col[good])
        if i in needed:
            fields[i] = all_fields[-1]
    dup = _duplicated(all_fields, len(rows))
    del all_fields
    duplicates = int(dup.sum())
    if duplicates:
        fields = {i: c[~dup] for i, c in fields.items()}
        rows, lines = rows[~dup], lines[~dup]
    raw = {f: pd.Series(fields[pos[h]], dtype=object) for h, f in columns.items()}
    header_of = {f: h for h, f in columns.items()}
    n = len(rows)
    entered = None
    if kind == "deals" and "stage" in raw:
        entered = _date_entered(entered_cols, fields, _text(raw["stage"]))
    del fields
    if release:  # the raw records are no longer needed: free their memory early
        table.release()
    rej = _Rejects(n)
    formula_all = np.zeros(n, dtype=bool)
    out = pd.DataFrame(index=pd.RangeIndex(n))
    warnings: dict[str, int] = {}
    hint = "," if table.delimiter == ";" else None
    marks: dict[str, str] = {}
    date_fields = [f for f in raw if spec(kind, f).type == "date"]
    orders = decide_order({header_of[f]: raw[f] for f in date_fields}, date_order, hint or ".")
    for f in (fs.name for fs in KINDS[kind]):
        if f not in raw:
            out[f] = None
            continue
        s, t, h = raw[f], spec(kind, f).type, header_of[f]
        hh = h.replace("{", "{{").replace("}", "}}")
        if t in ("money", "number", "percent", "int"):
            u = V.Distinct(s)  # every check below reads each distinct value once
            txt = u.values
            if t == "percent":
                txt = txt.astype("string").str.replace("%", "", regex=False).astype(object)
            mark = V.decimal_mark(txt, hint)
            marks[h] = mark
            num_u = V.parse_numbers(txt, mark)
            num = u.rows(num_u)
            bad = u.rows(V.is_bad_number(u.values, num_u))
            rej.add(bad, "not a number", translate("import", "{0} is '{1}'").format(hh, "{}"), s)
            _number_rules(rej, s, u, txt, num, mark, hh, warnings, table.source == "csv")
            if t == "money":
                negative = (num < 0).to_numpy()
                if negative.any():
                    is_value = translate("import", "{0} is {1}").format(hh, "{}")
                    rej.add(negative, "negative amount", is_value, s.str.strip())
                if f == "amount" and kind in ("deals", "spend"):
                    out["_currency_in_amount"] = u.rows(V.currency_in(u.values))
            if t == "percent":
                valid = num.dropna()
                if len(valid) and valid.max() <= 1 and (valid % 1 != 0).any():
                    num = num * 100
                rej.add(
                    (num < 0) | (num > 100),
                    "probability out of range",
                    translate("import", "{0} is {1}; a probability is 0 to 100.").format(hh, "{}"),
                    s,
                )
            if t == "int":
                rej.add(
                    num.notna() & (num % 1 != 0),
                    "not a whole number",
                    translate("import", "{0} is {1}").format(hh, "{}"),
                    s,
                )
            out[f] = num.astype(object).where(num.notna(), None)
        elif t == "date":
            o = orders[h]
            u = V.Distinct(s)  # parsed, ordered and checked once per distinct value
            d_u = V.parse_dates(u.values, o.order)
            d = u.rows(d_u)
            against = u.rows((C.order_of(u.values) == _OTHER[o.order]).to_numpy(dtype=bool))
            says = _order_says(o.order).format(hh, "{}")
            rej.add(against, "mixed date order", says, s)
            unreadable = translate("import", "{0} is '{1}'").format(hh, "{}")
            bad = u.rows(V.is_bad_date(u.values, d_u).to_numpy(dtype=bool))
            rej.add(bad, "unreadable date", unreadable, s)
            out[f] = d
        elif t == "bool":
            out[f] = V.parse_bools(s)
        elif t == "currency":
            c = _text(s)
            out[f] = V.map_unique(c, lambda x: str(x).upper()[:3])
        else:
            out[f], flags = V.clean_text_flags(s)
            if spec(kind, f).stored:
                formula_all |= flags
    if kind == "deals" and "title" not in raw:  # no name column: made from other fields
        out["title"], how = outcome.made_title(out)
        if how is not None:
            key = "name_from_record_id" if how == "record id" else "name_from_account_product"
            warnings[key] = int(out["title"].notna().sum())
    for fs in KINDS[kind]:
        if fs.required:
            what = "name" if fs.name in ("title", "name") else fs.name.replace("_", " ")
            rej.add(
                out[fs.name].isna(),
                f"missing {what}",
                translate("import", "The row has no {0}.").format(header_of.get(fs.name, fs.name)),
            )
    for declared in DECLARED[kind].fields:  # quantities and hours cannot be negative
        name = declared.name
        if declared.type == "number" and declared.minimum is not None and name in raw:
            low = pd.to_numeric(out[name], errors="coerce") < declared.minimum
            what = header_of[name].replace("{", "{{").replace("}", "}}")
            is_value = translate("import", "{0} is {1}").format(what, "{}")
            rej.add(low.to_numpy(), f"negative {name}", is_value, raw[name])
    if kind == "deals":
        if entered is not None and "stage_changed_on" not in raw:
            out["stage_changed_on"] = V.parse_dates(entered, "mdy")
        has_stage = "stage" in columns.values()
        _deal_rules(out, rej, raw, stage_rules or {}, pipeline or [], today, warnings, has_stage)
    elif kind == "nps":
        sc = pd.to_numeric(out["score"], errors="coerce")
        rej.add(
            (sc < 0) | (sc > 10),
            "score out of range",
            translate("import", "NPS score is {:g}, it must be 0 to 10."),
            sc,
        )
    elif kind == "spend":
        cat = V.map_unique(out["category"], lambda x: str(x).lower()).fillna("marketing")
        out["category"] = cat.where(cat.isin(["marketing", "sales", "other"]), "other")
    elif kind == "activities":  # an empty type is "other"; an unknown one is refused
        allowed = DECLARED["activities"].field("type").choice_values
        kinds = V.map_unique(out["type"], lambda x: str(x).strip().lower())
        unknown = (kinds.notna() & ~kinds.isin(allowed)).to_numpy()
        rej.add(
            unknown,
            "unknown activity type",
            translate("import", "Type is '{0}'; use one of {1}.").format("{}", ", ".join(allowed)),
            out["type"],
        )
        out["type"] = kinds.fillna("other")
    elif kind in ("quotas", "forecasts"):
        bad = out["period_end"].notna() & out["period_start"].notna()
        bad &= out["period_end"].astype(str) < out["period_start"].astype(str)
        rej.add(
            bad,
            "period ends before it starts",
            translate("import", "{0} is before {1}.").format(
                header_of.get("period_end", "period_end"),
                header_of.get("period_start", "period_start"),
            ),
        )
    if "_currency_in_amount" in out:
        cur = out.pop("_currency_in_amount")
        if "currency" in raw:
            h_amt, h_cur = header_of["amount"], header_of["currency"]
            clash = C.currency_conflicts(cur, out["currency"])
            if clash.any():
                written_in = translate("import", "{0} is written in {1}, but {2} is {3}.")
                said = pd.Series(
                    [
                        written_in.format(h_amt, a, h_cur, c)
                        for a, c in zip(cur, out["currency"], strict=True)
                    ],
                    dtype=object,
                )
                rej.add(clash, "currency differs", "{}", said)
        if "currency" in out:
            out["currency"] = out["currency"].where(out["currency"].notna(), cur)
    keep = ~rej.mask
    for at in np.flatnonzero(rej.mask):
        rejects.append((int(rows[at]), int(lines[at]), str(rej.reason[at]), str(rej.detail[at])))
    rejects.sort()
    frame = out if keep.all() else out[keep].reset_index(drop=True)
    del out, raw
    frame["row"] = rows[keep]
    frame["line"] = lines[keep]
    if len(frame):
        formula = formula_all[keep]
        if formula.any():
            warnings["formula_like_text"] = int(formula.sum())
        if kind == "deals":
            miss = int(frame["amount"].isna().sum())
            if miss:
                warnings["missing_amount"] = miss
            early = outcome.closed_before_created(frame)
            if early:
                warnings["close_before_created"] = early
        filled = {c for c in stored_fields(kind) if V.has_value(frame[c])}
        frame["content_hash"] = _row_hash(frame, hashed_fields(kind, filled))
    else:
        frame["content_hash"] = pd.Series(dtype=object)
    amb = [h for h, o in orders.items() if o.ambiguous]
    if amb:
        warnings["ambiguous_date_order"] = len(amb)
    return Prepared(
        frame,
        [{"row": r, "line": ln, "reason": rs, "detail": d} for r, ln, rs, d in rejects],
        duplicates,
        warnings,
        {
            h: {"order": o.order, "decided_by": o.decided_by, "ambiguous_values": o.ambiguous}
            for h, o in orders.items()
        },
        marks,
    )


_OTHER = {"dmy": "mdy", "mdy": "dmy"}


def _order_says(order: str) -> str:
    """The detail of a date written in the other day/month order than its column's
    (``{0}`` the column, ``{1}`` the value)."""
    if order == "dmy":
        return translate(
            "import",
            "{0} is '{1}', month first, while the column's other dates are day first; "
            "correct the date",
        )
    return translate(
        "import",
        "{0} is '{1}', day first, while the column's other dates are month first; correct the date",
    )


def _number_rules(
    rej: _Rejects,
    raw: pd.Series,
    u: V.Distinct,
    txt: pd.Series,
    num: pd.Series,
    mark: str,
    hh: str,
    warnings: dict[str, int],
    text_file: bool,
) -> None:
    """Reject numbers out of range or with the other decimal mark; warn on ``1.234``.

    ``txt`` holds the distinct values of ``u`` as numbers are read from them."""
    rej.add(
        C.out_of_range(num),
        "number out of range",
        translate(
            "import", "{0} is '{1}'; numbers must be smaller than 1,000,000,000,000,000."
        ).format(hh, "{}"),
        raw,
    )
    marks = C.mark_of(txt)
    other = u.rows((marks == ("." if mark == "," else ",")).to_numpy(dtype=bool))
    says = (
        translate("import", "{0} is '{1}', but the column's numbers use a decimal comma")
        if mark == ","
        else translate("import", "{0} is '{1}', but the column's numbers use a decimal point")
    )
    rej.add(other, "mixed decimal marks", says.format(hh, "{}"), raw)
    if text_file:
        amb = u.rows(C.thousands_ambiguous(txt, marks)).to_numpy(dtype=bool) & ~rej.mask
        if amb.any():
            warnings["ambiguous_thousands"] = warnings.get("ambiguous_thousands", 0) + int(
                amb.sum()
            )


def _deal_rules(
    out: pd.DataFrame,
    rej: _Rejects,
    raw: dict[str, pd.Series],
    rules: dict[str, StageRule],
    pipeline: list[tuple[str, float]],
    today: dt.date,
    warnings: dict[str, int],
    has_stage: bool = True,
) -> None:
    """Decide status, stage and close dates of deals, then the won/lost close-date rules.

    A won deal gets the last pipeline stage when the export cannot tell its stage: its stage
    names the outcome ("Closed Won") or the file has no stage column. An empty stage in a
    stage column stays empty (Dealbook's own export writes a won deal without stage so).
    """
    on_stage = V.factorized(out["stage"])  # the file's stage column, hashed once
    rule_status = on_stage(lambda x: rules[x].status if x in rules else None)
    status, unknown = outcome.decide(out, raw, rule_status)
    rej.add(
        unknown,
        "outcome unknown",
        translate(
            "import",
            "The deal is closed, but nothing in the row says won or lost; map the column "
            "that says it (IsWon, a status or a won/lost stage).",
        ),
    )
    rej.add(
        outcome.unsure_status(raw, status) & ~np.asarray(unknown, dtype=bool),
        "outcome unknown",
        translate(
            "import",
            "The status is '{0}', which Dealbook does not read as won, lost or open, while "
            "the column's other values are all one outcome; write Won, Lost or Open and "
            "import again.",
        ).format("{}"),
        raw.get("status"),
    )
    status = status.fillna("open")
    # each outcome compared once (a comparison of 500,000 texts is not free)
    said = status.to_numpy(dtype=object)
    won = pd.Series(said == "won", index=status.index)
    lost = pd.Series(said == "lost", index=status.index)
    last = pipeline[-1][0] if pipeline else None
    stage = on_stage(lambda x: rules[x].stage if x in rules else None)
    outcome_stage = rule_status.notna()
    stage = stage.mask(outcome_stage & lost, None)
    cannot_tell = outcome_stage if has_stage else pd.Series(True, index=stage.index)
    stage = stage.mask(stage.isna() & won & cannot_tell, last)
    stage = stage.mask(outcome_stage & pd.Series(said == "open", index=status.index), None)
    unmapped = on_stage(lambda x: x in rules and rules[x].how == "default")
    unmapped = int((unmapped.to_numpy(dtype=object) == True).sum())  # noqa: E712
    if unmapped:
        warnings["unmapped_stage"] = int(unmapped)
    closed = won | lost
    cdate = out["closed_on"]
    cdate = cdate.where(cdate.notna(), out["won_time"].where(won))
    cdate = cdate.where(cdate.notna(), out["lost_time"].where(lost))
    cdate = cdate.where(cdate.notna(), out["close_date"].where(closed))
    cdate = cdate.where(cdate.notna(), out["expected_close_on"].where(closed))
    exp = out["expected_close_on"]
    exp = exp.where(exp.notna(), out["close_date"].where(~closed))
    out["status"] = status
    out["stage"] = stage
    out["closed_on"] = cdate.where(closed, None)
    out["expected_close_on"] = exp
    needs = {
        "won": translate("import", "A won deal needs a close date."),
        "lost": translate("import", "A lost deal needs a close date."),
    }
    rej.add(closed & cdate.isna(), "missing close date", "{}", status.map(needs))
    future = closed & (V.map_unique(cdate, lambda d: d > today) == True)  # noqa: E712
    after_today = translate("import", "Close date is {0}, after today.").format("{}")
    rej.add(future, "close date in the future", after_today, cdate)
