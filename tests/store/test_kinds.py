"""Every surface covers exactly the declared fields of every kind (desktop_app.store.kinds).

A new field or kind is one declaration plus a migration: this test fails when the database,
the repository, the loader, the export, the importer, a table or a form disagrees with it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.importing.fields import KINDS as IMPORT_KINDS
from desktop_app.importing.fields import stored_fields
from desktop_app.store import repository as repo
from desktop_app.store.engine import open_database
from desktop_app.store.export import export_kind, headers
from desktop_app.store.kinds import EDITABLE_KINDS, INTERNAL_COLUMNS, KINDS, TYPES
from desktop_app.store.models import Base
from desktop_app.store.repository_frames import table_frame
from kpi_core.dataset import COLUMNS

ALL = sorted(KINDS)

#: one valid record of every editable kind, by native field name
SAMPLES = {
    "deals": {"title": "Big deal", "owner": "Ann", "amount": 100.0, "list_amount": 120.0},
    "leads": {"name": "Lead", "owner": "Ann"},
    "spend": {"spent_on": dt.date(2025, 1, 5), "amount": 10.0},
    "nps": {"responded_on": dt.date(2025, 1, 5), "score": 9},
    "quotas": {
        "owner": "Ann",
        "period_start": dt.date(2025, 1, 1),
        "period_end": dt.date(2025, 3, 31),
        "amount": 1000.0,
    },
    "forecasts": {
        "period_start": dt.date(2025, 1, 1),
        "period_end": dt.date(2025, 3, 31),
        "amount": 900.0,
    },
    "accounts": {"name": "Acme"},
    "rates": {"currency": "EUR", "rate": 1.1, "valid_from": dt.date(2025, 1, 1)},
    "activities": {"done_on": dt.date(2025, 1, 5), "owner": "Ann", "type": "call", "hours": 1.5},
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    eng = open_database(Path(tmp_path_factory.mktemp("kinds")) / "kinds.sqlite")
    for name in EDITABLE_KINDS:
        repo.create_record(eng, name, SAMPLES[name])
    yield eng
    eng.dispose()


def test_declarations_are_well_formed() -> None:
    assert set(SAMPLES) == set(EDITABLE_KINDS)
    for decl in KINDS.values():
        assert len(set(decl.names)) == len(decl.names), decl.name
        for f in decl.fields:
            assert f.type in TYPES, (decl.name, f.name)
            assert f.label, (decl.name, f.name)
            assert (f.type == "lookup") == (f.lookup is not None), (decl.name, f.name)
            assert (f.type == "choice") == bool(f.choices), (decl.name, f.name)


@pytest.mark.parametrize("kind", ALL)
def test_database_table_has_exactly_the_declared_columns(kind: str) -> None:
    decl = KINDS[kind]
    columns = set(Base.metadata.tables[decl.table].c.keys())
    assert columns - INTERNAL_COLUMNS == {f.column for f in decl.fields}


@pytest.mark.parametrize("kind", ALL)
def test_importer_stores_exactly_the_declared_fields(kind: str) -> None:
    assert stored_fields(kind) == list(KINDS[kind].names)
    specs = {f.name: f for f in IMPORT_KINDS[kind] if f.stored}
    for f in KINDS[kind].fields:
        assert specs[f.name].required == f.required
        assert specs[f.name].lookup == f.lookup


@pytest.mark.parametrize("kind", ALL)
def test_export_writes_exactly_the_declared_fields(kind: str, engine, tmp_path: Path) -> None:
    assert headers(kind) == list(KINDS[kind].names)
    out = tmp_path / f"{kind}.csv"
    export_kind(engine, kind, out)
    first = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.split(",") == list(KINDS[kind].names)


@pytest.mark.parametrize("kind", ALL)
def test_loader_frame_holds_the_declared_fields(kind: str) -> None:
    """The dataset contract has every declared field (a deal reference as its row id)."""
    wanted = {"deal_id" if f.type == "deal" else f.name for f in KINDS[kind].fields}
    extra = {"id"} | ({"deal_id"} if kind == "activities" else set())
    assert set(COLUMNS[kind]) - extra == wanted


@pytest.mark.parametrize("kind", EDITABLE_KINDS)
def test_repository_reads_and_writes_exactly_the_declared_fields(kind: str, engine) -> None:
    frame = table_frame(engine, kind)
    assert list(frame.columns) == ["id", *KINDS[kind].names, "batch_id"]
    record = repo.get_record(engine, kind, int(frame["id"].iloc[0]))
    bookkeeping = {"id", "batch_id", "version", "created_by", "updated_by"}
    assert set(record) - bookkeeping == set(KINDS[kind].names)
    for key, value in SAMPLES[kind].items():
        assert record[key] == value, key


@pytest.mark.parametrize("kind", EDITABLE_KINDS)
def test_table_and_form_show_exactly_the_declared_fields(kind: str) -> None:
    from desktop_app.ui.forms.specs import form_spec
    from desktop_app.ui.tables.kinds import table_spec

    decl = KINDS[kind]
    table = table_spec(kind)
    assert [c.key for c in table.columns] == ["id", *decl.names]
    assert table.tables == decl.tables
    form = form_spec(kind)
    assert [f.key for f in form.fields] == list(decl.names)
    assert {f.key for f in form.fields if f.required} == set(decl.required)
    for f in form.fields:
        if decl.field(f.key).type == "choice":
            assert [v for v, _ in f.choices or ()] == list(decl.field(f.key).choice_values)


def test_required_fields_and_bounds_are_enforced_by_the_store(engine) -> None:
    from desktop_app.errors import UserError

    with pytest.raises(UserError, match="Done on is required"):
        repo.create_record(engine, "activities", {"type": "call"})
    with pytest.raises(UserError, match="Hours must be 0 or more"):
        repo.create_record(engine, "activities", {"done_on": dt.date(2025, 1, 1), "hours": -1})
    with pytest.raises(UserError, match="Type must be one of"):
        repo.create_record(engine, "activities", {"done_on": dt.date(2025, 1, 1), "type": "nap"})
    with pytest.raises(UserError, match="Quantity must be 0 or more"):
        repo.create_record(engine, "deals", {"title": "x", "quantity": -2})
    new = repo.create_record(engine, "activities", {"done_on": dt.date(2025, 1, 2)})
    assert repo.get_record(engine, "activities", new.id)["type"] == "other"
