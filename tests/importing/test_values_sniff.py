"""Number, date, encoding, delimiter, header and footer sniffing; fuzzed with hypothesis."""

from __future__ import annotations

import datetime as dt
import os

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.errors import UserError
from desktop_app.importing import sniff
from desktop_app.importing import values as V
from desktop_app.importing.api import ImportOptions, analyse
from desktop_app.importing.dates import date_order_evidence, parse_date_value
from desktop_app.importing.reader import read_csv_text, read_table


@pytest.mark.parametrize(
    "text,mark,value",
    [
        ("1234.5", ".", 1234.5),
        ("1,234.50", ".", 1234.5),
        ("1.234,50", ",", 1234.5),
        ("1 234,50", ",", 1234.5),
        ("1\u00a0234,50", ",", 1234.5),
        ("1\u202f234,50", ",", 1234.5),
        ("1\u2009234,50", ",", 1234.5),
        ("$1,234.50", ".", 1234.5),
        ("€1.234,50", ",", 1234.5),
        ("1.234,50 €", ",", 1234.5),
        ("USD 1234.56", ".", 1234.56),
        ("1234.56 USD", ".", 1234.56),
        ("(1,234.00)", ".", -1234.0),
        ("£12", ".", 12.0),
        ("¥100", ".", 100.0),
    ],
)
def test_numbers(text, mark, value):
    s = pd.Series([text])
    assert V.decimal_mark(s) == mark
    assert V.parse_numbers(s, mark).iat[0] == pytest.approx(value)


def test_bad_numbers_and_currency_codes():
    s = pd.Series(["abc", "", None, "12", "USD 5", "5 €"], dtype=object)
    p = V.parse_numbers(s)
    assert V.is_bad_number(s, p).tolist() == [True, False, False, False, False, False]
    assert V.currency_in(s).tolist() == [None, None, None, None, "USD", "EUR"]


@pytest.mark.parametrize(
    "text,order,value",
    [
        ("2025-03-04", "mdy", dt.date(2025, 3, 4)),
        ("2025-03-04T10:22:00Z", "mdy", dt.date(2025, 3, 4)),
        ("2025-03-04 10:22", "mdy", dt.date(2025, 3, 4)),
        ("3/4/2025", "mdy", dt.date(2025, 3, 4)),
        ("3/4/2025", "dmy", dt.date(2025, 4, 3)),
        ("3/4/2025, 10:22 AM", "mdy", dt.date(2025, 3, 4)),
        ("3/5/2026 2:15:33 PM", "mdy", dt.date(2026, 3, 5)),
        ("05.03.2026", "dmy", dt.date(2026, 3, 5)),
        ("2025/03/04", "mdy", dt.date(2025, 3, 4)),
        ("2025年3月4日", "mdy", dt.date(2025, 3, 4)),
        ("Sep 12, 2026", "mdy", dt.date(2026, 9, 12)),
        ("12 Sep 2026", "mdy", dt.date(2026, 9, 12)),
        ("45930", "mdy", dt.date(2025, 9, 30)),
        ("13/01/2025", "mdy", dt.date(2025, 1, 13)),
        ("2025-02-30", "mdy", None),
        ("soon", "mdy", None),
    ],
)
def test_dates(text, order, value):
    assert parse_date_value(text, order) == value


def test_date_order_evidence():
    assert date_order_evidence(pd.Series(["13/01/2025", "1/2/2025"]))[:3] == (1, 0, 1)
    assert date_order_evidence(pd.Series(["01/13/2025"]))[:2] == (0, 1)
    assert date_order_evidence(pd.Series(["2025-01-13"]))[3] == 0


def test_encodings():
    text = "Deal Name,Amount\nMüller,1\n"
    assert sniff.detect_encoding(text.encode("utf-8")) == "utf-8"
    assert sniff.detect_encoding(b"\xef\xbb\xbf" + text.encode()) == "utf-8-sig"
    assert sniff.detect_encoding(text.encode("utf-16")) == "utf-16"
    assert sniff.detect_encoding(text.encode("utf-16-le")) == "utf-16-le"
    cn = "商机名称,商机金额\n华东项目,120000\n华北项目,80000\n" * 5
    assert sniff.detect_encoding(cn.encode("gb18030")) == "gb18030"
    eu = "Name;Betrag\nSociété Générale;1.234,50 €\nMüller GmbH;12,00\n" * 5
    assert sniff.detect_encoding(eu.encode("cp1252")) == "cp1252"


@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_delimiters(delim):
    text = delim.join(["a", "b", "c"]) + "\n" + delim.join(["1", "2,5", "x"]) + "\n"
    assert sniff.detect_delimiter(text) == delim


def test_header_under_title_rows_and_footer():
    text = (
        "Opportunity report\nFiltered by: all\n\nDeal Name,Amount,Stage\nA,1,Won\n\n"
        "B,2,Lost\n\nGrand Totals (2 records)\n\nConfidential Information - Do Not "
        "Distribute\nCopyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\n"
    )
    t = read_csv_text(text)
    assert t.headers == ["Deal Name", "Amount", "Stage"]
    assert t.header_line == 4 and t.rows == [1, 2] and t.lines == [5, 7]
    assert t.footer_lines == 5


def test_multiline_record_line_numbers():
    t = read_csv_text('Deal Name,Amount\n"two\nlines",1\n\n"x",2\n')
    assert t.records == [["two\nlines", "1"], ["x", "2"]]
    assert t.rows == [1, 2] and t.lines == [2, 5]


def test_unclosed_quote_is_user_error(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text('Deal Name,Amount\n"never closed,1\n' + "x" * 200_000)
    with pytest.raises(UserError):
        read_table(p)


_fuzz = settings(
    max_examples=int(os.environ.get("DEALBOOK_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@_fuzz
@given(
    st.lists(
        st.one_of(
            st.none(),
            st.text(max_size=20),
            st.from_regex(r"[-(]?[$€]?\d{1,7}([.,]\d{1,3}){0,2}\)?( ?€)?", fullmatch=True),
        ),
        max_size=30,
    )
)
def test_fuzz_numbers_never_raise(items):
    s = pd.Series(items, dtype=object)
    p = V.parse_numbers(s, V.decimal_mark(s))
    assert len(p) == len(s)
    V.is_bad_number(s, p)
    V.currency_in(s)


@_fuzz
@given(
    st.lists(
        st.one_of(
            st.none(),
            st.text(max_size=25),
            st.from_regex(r"\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}日?( \d\d:\d\d)?", fullmatch=True),
        ),
        max_size=30,
    ),
    st.sampled_from(["dmy", "mdy"]),
)
def test_fuzz_dates_never_raise(items, order):
    s = pd.Series(items, dtype=object)
    d = V.parse_dates(s, order)
    assert len(d) == len(s)
    date_order_evidence(s)
    V.is_bad_date(s, d)


@_fuzz
@given(st.binary(max_size=400))
def test_fuzz_bytes_read_or_user_error(tmp_path, data):
    p = tmp_path / "fuzz.csv"
    p.write_bytes(data)
    try:
        analyse(p, "deals", "auto", ImportOptions())
    except UserError as exc:
        assert str(exc) and "\n" not in str(exc)


HEADER = "Record ID,Deal Name,Deal Stage,Close Date,Amount,Deal owner\n"


@_fuzz
@given(
    st.lists(
        st.lists(
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
            min_size=0,
            max_size=8,
        ),
        max_size=12,
    )
)
def test_fuzz_rows_become_rows_or_rejects(tmp_path, rows):
    import csv
    import io

    buf = io.StringIO()
    buf.write(HEADER)
    csv.writer(buf).writerows(rows)
    p = tmp_path / "rows.csv"
    p.write_text(buf.getvalue(), encoding="utf-8")
    try:
        out = analyse(p, "deals", "hubspot", ImportOptions())
    except UserError:
        return
    rep = out["report"]
    assert rep["imported"] + rep["rejected"] + rep["duplicates"] == rep["rows_read"]
