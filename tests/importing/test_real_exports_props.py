"""Property: how an export names and orders its columns does not change what it imports.

A deals file in one column per field is rewritten with its columns shuffled, every header
renamed to another known name of the same field (any CRM, any language), and its case and
separators changed (``Close Date``, ``CLOSE_DATE``, ``closeDate``, ``close.date``); the
counts, outcomes and won amount stay those of the original.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.importing.api import ImportOptions, run_import_at
from desktop_app.importing.vocabulary import DEALS as WORDS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import crm_fixtures3 as C  # noqa: E402
from crm_fixtures import _csv  # noqa: E402

OPTS = ImportOptions(today=dt.date(2026, 11, 22))


def _cells(d: C.Deal) -> dict[str, str]:
    return {
        "external_id": f"R-{d.n}",
        "title": d.name,
        "account": d.account,
        "owner": d.owner,
        "source": "Web",
        "stage": C.stage_of(d, C.EN),
        "amount": C.money(d.amount),
        "currency": "USD",
        "probability": str(d.probability),
        "close_date": d.closed.isoformat(),
        "created_on": d.created.isoformat(),
        "is_closed": str(d.outcome != "open").upper(),
        "is_won": str(d.outcome == "won").upper(),
    }


FIELDS = list(_cells(C.DEALS[0]))


def _style(word: str, style: int) -> str:
    parts = [p for p in re.split(r"[\s_.\-/]+", word) if p]
    if not parts or not word.isascii():
        return word
    return [
        " ".join(parts),
        "_".join(parts).upper(),
        "_".join(parts).lower(),
        parts[0].lower() + "".join(p.capitalize() for p in parts[1:]),
        ".".join(p.capitalize() for p in parts),
        "-".join(parts),
        " ".join(p.capitalize() for p in parts),
    ][style % 7]


def _synonyms(field: str) -> list[str]:
    """Known names of ``field`` that name nothing else (no ``(...)`` or bare words)."""
    return [w for w in WORDS[field] if "(" not in w and len(w) > 1]


def _import(path: Path, tmp: Path) -> dict:
    r = run_import_at(tmp / "never-created.sqlite", path, dry_run=True, options=OPTS).to_dict()
    assert not (tmp / "never-created.sqlite").exists()
    return {k: r[k] for k in ("imported", "rejected", "status_counts", "won_amount", "duplicates")}


@settings(
    max_examples=int(os.environ.get("DEALBOOK_FUZZ_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_renamed_shuffled_restyled_columns_import_the_same(tmp_path, data):
    base = tmp_path / "base.csv"
    rows = [[f for f in FIELDS]] + [[_cells(d)[f] for f in FIELDS] for d in C.DEALS]
    base.write_text(_csv(rows), encoding="utf-8")
    expected = _import(base, tmp_path)
    assert expected["status_counts"] == C.EXPECTED["status_counts"]
    assert expected["won_amount"] == C.EXPECTED["won_amount"]
    order = data.draw(st.permutations(FIELDS))
    headers = [
        _style(data.draw(st.sampled_from(_synonyms(f))), data.draw(st.integers(0, 6)))
        for f in order
    ]
    changed = tmp_path / "changed.csv"
    out = [headers] + [[_cells(d)[f] for f in order] for d in C.DEALS]
    changed.write_text(_csv(out), encoding="utf-8")
    assert _import(changed, tmp_path) == expected, headers


def test_ten_thousand_columns_map_in_well_under_a_second():
    """Header mapping is one dict lookup per column (plus a bounded fuzzy step)."""
    import time

    from desktop_app.importing.mapping import map_columns, map_table, vocabulary_index

    vocabulary_index("deals")
    headers = [f"Custom_Field_{i}__c" for i in range(10_000)]
    headers += ["Name", "StageName", "Amount", "CloseDate", "IsWon"]
    start = time.perf_counter()
    by_name = map_columns(headers, "deals", "generic")
    header_time = time.perf_counter() - start
    values = {"StageName": ["Closed Won", "Prospecting"], "Amount": ["10", "20.5"]}
    values |= {"CloseDate": ["2025-01-02", "2025-02-03"], "IsWon": ["true", "false"]}
    start = time.perf_counter()
    mapped = map_table(headers, lambda i: values.get(headers[i], ["text", "more"]), "deals")
    table_time = time.perf_counter() - start
    assert by_name == {
        "Name": "title",
        "StageName": "stage",
        "Amount": "amount",
        "CloseDate": "close_date",
        "IsWon": "is_won",
    }
    assert mapped.columns == by_name
    assert header_time < 1.0 and table_time < 2.0, (header_time, table_time)
