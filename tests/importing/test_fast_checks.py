"""The shortcuts of the checks give what the value-by-value checks give, on any column.

A number column whose texts hold no mark, no sign or no blank is answered by one search of
the joined texts instead of one call per value; the outcome of a deal skips the flag columns
a file does not have; a float column is written without a call per value; a date column is
parsed, ordered and checked once per distinct value. Each is compared here with the
straightforward code it replaces, on generated columns (texts, missing values, and values
that are not text, which must take the careful path). An import into a database it creates
skips the plan before the write and must give what an import into an empty one gives.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.importing import checks as C
from desktop_app.importing import outcome
from desktop_app.importing import values as V
from desktop_app.importing.api import ImportOptions, run_import, run_import_at
from desktop_app.store import bulk_write
from desktop_app.store.engine import open_database
from tests.importing.conftest import TODAY, dump

NUMBER_TEXT = st.text(alphabet="0123456789.,-+ $€%()'abcUSDzł\u00a0\u2009\t", max_size=12)
PLAIN_NUMBER = st.integers(0, 10**9).map(str)
CELL = st.one_of(
    NUMBER_TEXT,
    PLAIN_NUMBER,
    st.sampled_from(["", " ", "1.234", "1,234", "1.234,5", "(12)", "EUR 5", "1.234.567"]),
    st.text(min_size=60, max_size=70, alphabet="0123456789$"),  # past the longest number
)
MISSING = st.sampled_from([None, float("nan")])
COLUMN = st.lists(st.one_of(CELL, MISSING), min_size=0, max_size=40)
#: columns that are not all text: the shortcuts must step aside
ODD_COLUMN = st.lists(
    st.one_of(CELL, MISSING, st.floats(allow_nan=False, width=32), st.integers(-5, 5)),
    min_size=1,
    max_size=20,
)


def _series(cells: list[object]) -> pd.Series:
    return pd.Series(cells, dtype=object)


def _same(a: pd.Series, b: pd.Series) -> None:
    assert a.index.equals(b.index)
    assert [None if pd.isna(x) else x for x in a] == [None if pd.isna(x) else x for x in b]


# --- the straightforward code the shortcuts replace ---------------------------------------


def _mark_of_each(values: pd.Series) -> pd.Series:
    return V.map_unique(values, C._mark)


def _thousands_each(values: pd.Series) -> np.ndarray:
    if _mark_of_each(values).notna().any():
        return np.zeros(len(values), dtype=bool)
    amb = V.map_unique(values, lambda x: "." in str(x) and bool(C._DOT_THOUSANDS.match(C._core(x))))
    return (amb == True).to_numpy(dtype=bool)  # noqa: E712


def _has_text_each(raw: pd.Series) -> pd.Series:
    return V.map_unique(raw, lambda x: bool(str(x).strip())) == True  # noqa: E712


def _currency_each(values: pd.Series) -> pd.Series:
    values = values.where(values.astype("string").str.len() <= V.MAX_NUMBER_CHARS)
    if not values.astype("string").str.contains(r"[^\d.,\s()+-]", regex=True, na=False).any():
        return pd.Series(None, index=values.index, dtype=object)
    s = values.astype("string").str.strip()
    code = s.str.extract(V._CODE_RE)
    out = code[0].fillna(code[1]).str.upper()
    for sym, iso in V._SYMBOL_CODES.items():
        has = s.str.contains(re.escape(sym), regex=True, na=False)
        out = out.mask(has & out.isna(), iso)
    return out.astype(object).where(out.notna(), None)


def _decimal_mark_each(values: pd.Series, hint: str | None) -> str:
    s = pd.Series(pd.unique(values.dropna().astype(str)), dtype=object)
    s = s[s.str.len() <= V.MAX_NUMBER_CHARS]
    if s.empty:
        return hint or "."
    if not s.str.contains(r"[,\s\u00a0\u202f\u2009']", regex=True).any():
        dotted = s[s.str.contains(".", regex=False)]
        if hint == "," and len(dotted) and dotted.str.fullmatch(r"\d{1,3}(\.\d{3})+").all():
            return ","
        return "."
    return V.decimal_mark(values, hint)  # past the shortcut the code is the same


# --- numbers -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.one_of(COLUMN, ODD_COLUMN), st.sampled_from([None, ","]))
def test_number_shortcuts_equal_the_value_by_value_checks(cells, hint) -> None:
    s = _series(cells)
    _same(C.mark_of(s), _mark_of_each(s))
    assert C.thousands_ambiguous(s).tolist() == _thousands_each(s).tolist()
    assert C.thousands_ambiguous(s, C.mark_of(s)).tolist() == _thousands_each(s).tolist()
    _same(V._currency_in(s), _currency_each(s))
    _same(V.currency_in(s), V.map_unique(s, lambda x: _currency_each(_series([x])).iat[0]))
    assert V.decimal_mark(s, hint) == _decimal_mark_each(s, hint)
    parsed = V.parse_numbers(s, V.decimal_mark(s, hint))
    want = (_has_text_each(s) & parsed.isna()).astype(bool)
    assert V.is_bad_number(s, parsed).tolist() == want.tolist()


def test_a_column_of_plain_whole_numbers_takes_the_shortcuts() -> None:
    s = _series([str(i) for i in range(1000)] + [None, "", " "])
    assert V.texts_present(s) is not None
    assert C.mark_of(s).isna().all()
    assert not C.thousands_ambiguous(s).any()
    assert V._currency_in(s).isna().all()
    assert V.decimal_mark(s[:-1], ",") == "."  # no grouping character: a point
    assert V.decimal_mark(s, ",") == ","  # a blank may group digits: the file's locale
    assert V.filled_texts(s).tolist() == [True] * 1000 + [False, False, False]


def test_a_value_that_is_not_text_takes_the_careful_path() -> None:
    s = _series(["12", 1.5, None])
    assert V.texts_present(s) is None
    assert V.filled_texts(s) is None
    assert C.mark_of(s).tolist() == [None, ".", None]  # 1.5 reads "1.5": a decimal point


# --- dates ---------------------------------------------------------------------------------

DATE_TEXT = st.one_of(
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)).map(lambda d: d.isoformat()),
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)).map(lambda d: d.strftime("%d/%m/%Y")),
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)).map(lambda d: d.strftime("%m/%d/%y")),
    st.sampled_from(["", " ", "2025-13-45", "soon", "13/01/2025", "01/13/2025", "45000"]),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(DATE_TEXT, MISSING), min_size=0, max_size=40),
    st.sampled_from(["dmy", "mdy"]),
)
def test_dates_checked_once_per_distinct_value_equal_the_row_checks(cells, order) -> None:
    s = _series(cells)
    u = V.Distinct(s)
    d_u = V.parse_dates(u.values, order)
    _same(u.rows(d_u), V.parse_dates(s, order))
    other = {"dmy": "mdy", "mdy": "dmy"}[order]
    assert (
        u.rows((C.order_of(u.values) == other).to_numpy(dtype=bool)).tolist()
        == (C.order_of(s) == other).to_numpy(dtype=bool).tolist()
    )
    parsed = V.parse_dates(s, order)
    want = (_has_text_each(s) & parsed.isna()).astype(bool).tolist()
    assert u.rows(V.is_bad_date(u.values, d_u).to_numpy(dtype=bool)).tolist() == want
    assert V.is_bad_date(s, parsed).tolist() == want


# --- outcome -------------------------------------------------------------------------------


def _decide_each(out: pd.DataFrame, raw: dict[str, pd.Series], rule_status: pd.Series):
    """``outcome.decide`` as it was written before: every flag column, present or not."""
    n = len(out)
    idx = out.index
    status = pd.Series([None] * n, index=idx, dtype=object)

    def flags(field: str) -> pd.Series:
        if field not in raw:
            return pd.Series([None] * n, index=idx, dtype=object)
        return pd.Series(V.map_unique(raw[field], outcome.truth).to_numpy(dtype=object), index=idx)

    if "status" in raw:
        status = outcome._fill(status, V.map_unique(raw["status"], outcome.word))
    if "state_code" in raw:
        status = outcome._fill(status, V.map_unique(raw["state_code"], outcome._state_code))
    is_won, is_lost, is_closed = flags("is_won"), flags("is_lost"), flags("is_closed")
    status = status.mask(status.isna() & (is_won == True), "won")  # noqa: E712
    status = status.mask(status.isna() & (is_lost == True), "lost")  # noqa: E712
    closed_not_won = (is_closed == True) & (is_won == False)  # noqa: E712
    status = status.mask(status.isna() & closed_not_won, "lost")
    status = status.mask(status.isna() & (is_closed == False), "open")  # noqa: E712
    status = outcome._fill(status, rule_status.to_numpy(dtype=object))
    if "status_reason" in raw:
        status = outcome._fill(status, V.map_unique(raw["status_reason"], outcome._reason_word))
    if "active" in raw:
        inactive = flags("active") == False  # noqa: E712
        status = status.mask(status.isna() & inactive, "lost")
    status = status.mask(status.isna() & out["won_time"].notna().to_numpy(), "won")
    status = status.mask(status.isna() & out["lost_time"].notna().to_numpy(), "lost")
    closed = (status.isna() & (is_closed == True)).to_numpy()  # noqa: E712
    for f in ("stage", "status"):
        if f in raw:
            said = V.map_unique(
                raw[f], lambda x: outcome.fold(outcome._PCT.sub("", str(x))) in outcome.CLOSED_WORDS
            )
            closed |= status.isna().to_numpy() & (said.to_numpy(dtype=object) == True)  # noqa: E712
    if closed.any():
        prob = pd.to_numeric(out["probability"], errors="coerce").to_numpy()
        status = status.mask(closed & (prob >= 100), "won")
        status = status.mask(closed & (prob == 0), "lost")
        closed = closed & status.isna().to_numpy()
    return status, closed


FLAG = st.sampled_from([None, "", "true", "false", "yes", "no", "1", "0", "x", "maybe"])
WORD = st.sampled_from([None, "", "Won", "Lost", "Open", "Closed", "closed won", "1", "2", "3"])
FIELDS = ["status", "state_code", "is_won", "is_lost", "is_closed", "status_reason", "active"]
FIELDS += ["stage"]


@settings(max_examples=250, deadline=None)
@given(st.integers(0, 12), st.sets(st.sampled_from(FIELDS)), st.data())
def test_outcome_without_absent_flag_columns_equals_the_full_decision(n, present, data) -> None:
    raw = {}
    for f in sorted(present):
        cells = data.draw(
            st.lists(FLAG if f.startswith(("is_", "active")) else WORD, min_size=n, max_size=n)
        )
        raw[f] = _series(cells)
    when = st.one_of(st.none(), st.just(dt.date(2025, 1, 2)))
    out = pd.DataFrame(
        {
            "won_time": _series(data.draw(st.lists(when, min_size=n, max_size=n))),
            "lost_time": _series(data.draw(st.lists(when, min_size=n, max_size=n))),
            "probability": _series(
                data.draw(
                    st.lists(st.sampled_from([None, 0.0, 50.0, 100.0]), min_size=n, max_size=n)
                )
            ),
        },
        index=pd.RangeIndex(n),
    )
    rules = _series(
        data.draw(st.lists(st.sampled_from([None, "won", "lost"]), min_size=n, max_size=n))
    )
    status, closed = outcome.decide(out, raw, rules)
    want_status, want_closed = _decide_each(out, raw, rules)
    _same(status, want_status)
    assert np.asarray(closed).tolist() == np.asarray(want_closed).tolist()


# --- the insert's parameters ---------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.none(),
            st.just(float("nan")),
            st.floats(allow_nan=False),
            st.builds(np.float64, st.floats(allow_nan=False, width=32)),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_a_float_column_is_written_as_each_value_alone(cells) -> None:
    col = _series(cells)
    got = bulk_write._column_values(col).tolist()
    want = [bulk_write._iso(v) for v in cells]
    assert [type(v) for v in got] == [type(v) for v in want]
    assert got == want


# --- a database the import creates ----------------------------------------------------------

NATIVE = ["native_accounts.csv", "native_leads.csv", "native_nps.csv", "native_spend.csv"]
NATIVE += ["native_quotas.csv", "native_forecasts.csv", "native_rates.csv", "native_deals.csv"]


def _normalised(report: dict) -> dict:
    return {k: v for k, v in report.items() if k not in ("file", "batch_id")}


def _tables(engine) -> dict:
    stamp = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+$")  # updated_at: the time of writing
    return {
        t: [tuple("<now>" if stamp.match(str(v)) else v for v in r) for r in rows]
        for t, rows in dump(engine).items()
    }


@pytest.mark.parametrize("name", NATIVE)
def test_an_import_into_a_new_database_equals_one_into_an_empty_database(
    files, name: str, tmp_path
) -> None:
    """Into a database the import creates, no plan is worked out before the write (every
    row is new); the report and every table equal those of the same file imported into an
    existing empty database, which does work the plan out first."""
    kind = name.split("_", 1)[1].split(".")[0]
    opts = ImportOptions(today=TODAY)
    new = tmp_path / "new.sqlite"
    created = run_import_at(new, files / name, kind, options=opts).to_dict()
    empty = open_database(tmp_path / "empty.sqlite")
    try:
        existing = run_import(empty, files / name, kind, options=opts).to_dict()
        assert _normalised(created) == _normalised(existing)
        fresh = open_database(new, create=False)
        try:
            assert _tables(fresh) == _tables(empty)
        finally:
            fresh.dispose()
    finally:
        empty.dispose()
