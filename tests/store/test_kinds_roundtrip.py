"""Property: any records of any kind, entered through the store, export and import back as is.

Records are drawn from each kind's declaration (``desktop_app.store.kinds``): a value of the
field's type inside its bounds and choices. Exported in the native format, imported into an
empty workspace and exported again, the file is the same; importing it a second time adds
nothing.
"""

from __future__ import annotations

import datetime as dt
import string
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from desktop_app.importing.api import ImportOptions, run_import
from desktop_app.store import repository as repo
from desktop_app.store.engine import open_database
from desktop_app.store.export import export_kind
from desktop_app.store.kinds import KINDS, Field

TODAY = dt.date(2026, 11, 22)
_TEXT = st.text(string.ascii_letters + string.digits, min_size=1, max_size=10)
_DAY = st.dates(dt.date(2021, 1, 1), dt.date(2025, 12, 31))


def _value(kind: str, f: Field) -> st.SearchStrategy[Any]:
    if f.type == "lookup":
        return st.sampled_from(["Ann", "Bo", "Cy Lee"])
    if f.type == "choice":
        return st.sampled_from(f.choice_values)
    if f.type == "stage":
        return st.sampled_from(["Qualified", "Meeting", "Proposal"])
    if f.type == "currency":
        return st.sampled_from(["USD", "EUR"])
    if f.type == "date":
        return _DAY
    if f.type == "percent":
        return st.integers(2, 100).map(float)
    if f.type == "int":
        return st.integers(int(f.minimum or 0), int(f.maximum if f.maximum is not None else 60))
    if f.type in ("money", "number"):
        low = 0.01 if (kind, f.name) == ("rates", "rate") else 0.0
        return st.floats(low, 100_000, allow_nan=False).map(lambda x: round(x, 2))
    return _TEXT


@st.composite
def _record(draw: st.DrawFn, kind: str) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for f in KINDS[kind].fields:
        strategy = _value(kind, f)
        record[f.name] = draw(strategy if f.required else st.none() | strategy)
    if kind == "deals":  # what a deal row must be: a closed deal has its close date
        record["currency"] = record["currency"] or "USD"
        record["status"] = record["status"] or "open"
        if record["status"] == "open":
            record["closed_on"] = None
        elif record["closed_on"] is None:
            record["closed_on"] = dt.date(2025, 6, 30)
    if kind == "spend":
        record["currency"] = record["currency"] or "USD"
        record["category"] = record["category"] or "marketing"
    if kind == "activities":
        record["type"] = record["type"] or "other"
    for start, end in (("period_start", "period_end"), ("created_on", "churned_on")):
        if record.get(start) and record.get(end) and record[end] < record[start]:
            record[start], record[end] = record[end], record[start]
    return record


KIND_RECORDS = st.sampled_from([k for k in KINDS if KINDS[k].editable]).flatmap(
    lambda kind: st.tuples(st.just(kind), st.lists(_record(kind), min_size=1, max_size=4))
)


@settings(
    max_examples=10,
    deadline=None,
    phases=[
        Phase.explicit,
        Phase.reuse,
        Phase.generate,
    ],  # two databases per example: no slow shrink
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(KIND_RECORDS)
def test_export_imports_back_unchanged(kind_records: tuple[str, list[dict[str, Any]]]) -> None:
    kind, records = kind_records
    # an exact repeat of a row is a duplicate (design.md), an account's name its identity
    records = list({repr(sorted(r.items(), key=str)): r for r in records}.values())
    if kind == "accounts":
        records = list({r["name"]: r for r in records}.values())
    opts = ImportOptions(today=TODAY)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = open_database(folder / "source.sqlite")
        target = open_database(folder / "target.sqlite")
        try:
            for record in records:
                repo.create_record(source, kind, record)
            first = folder / "first.csv"
            assert export_kind(source, kind, first) == len(records)
            report = run_import(target, first, kind, preset="native", options=opts).to_dict()
            assert (report["rejected"], report["imported"]) == (0, report["rows_read"])
            second = folder / "second.csv"
            export_kind(target, kind, second)
            assert second.read_text(encoding="utf-8-sig") == first.read_text(encoding="utf-8-sig")
            again = run_import(target, first, kind, preset="native", options=opts).to_dict()
            assert (again["imported"], again["updated"]) == (0, 0)
        finally:
            source.dispose()
            target.dispose()
