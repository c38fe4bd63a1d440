"""Fuzz the whole importer (``api.run_import``) with mutated real-looking CSV and XLSX files.

Bytes flipped, encodings mixed, lines cut, delimiters changed, huge fields and rows, damaged
zip parts: every input ends in a report or in one ``UserError`` sentence, a refusal leaves
the database exactly as it was, and ``PRAGMA integrity_check`` stays ok. Bounded to about a
minute (``DEALBOOK_FUZZ_IMPORTS`` raises the number of inputs); the nightly run is
``scripts/fuzz_import.py`` with thousands of inputs.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.store.engine import open_database

_SPEC = importlib.util.spec_from_file_location(
    "fuzz_import", Path(__file__).resolve().parents[2] / "scripts" / "fuzz_import.py"
)
fuzz = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fuzz)

SEEDS = fuzz.seeds()


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    eng = open_database(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite")
    yield eng
    eng.dispose()


@settings(
    max_examples=int(os.environ.get("DEALBOOK_FUZZ_IMPORTS", "70")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
@given(
    seed=st.integers(0, len(SEEDS) - 1),
    steps=st.lists(st.tuples(st.integers(0, 63), st.integers(0, 2**30)), min_size=1, max_size=3),
)
def test_mutated_exports_end_in_a_report_or_one_sentence(fuzz_db, tmp_path_factory, seed, steps):
    suffix, data = SEEDS[seed]
    data, _names = fuzz.mutate(suffix, data, steps)
    path = tmp_path_factory.mktemp("in") / f"input{suffix}"
    path.write_bytes(data)
    outcome = fuzz.run_one(fuzz_db, path)  # raises FuzzFailure (or anything else) on a fault
    assert outcome == "report" or outcome.startswith("refused: ")


#: inputs the nightly fuzz found faults with (seed file, mutation steps), kept as regressions
FOUND = [
    (3, [(6, 593768750)]),  # a header of only "?" signs folded to nothing
    (3, [(13, 513565630), (39, 849386661), (30, 146973053)]),
    (5, [(18, 526528610), (14, 108232630)]),  # a zip member of an unknown zip version
    (5, [(21, 803161680), (40, 119727220), (30, 507071192)]),  # the same, seen by the ODS check
]


@pytest.mark.parametrize("seed,steps", FOUND)
def test_inputs_the_fuzzer_found(fuzz_db, tmp_path, seed, steps):
    suffix, data = SEEDS[seed]
    data, _names = fuzz.mutate(suffix, data, steps)
    path = tmp_path / f"found{suffix}"
    path.write_bytes(data)
    outcome = fuzz.run_one(fuzz_db, path)
    assert outcome == "report" or outcome.startswith("refused: ")


@pytest.mark.parametrize("index", range(len(SEEDS)))
def test_unmutated_seeds_import(tmp_path, index):
    """The seed files themselves are real-looking exports that import."""
    eng = open_database(tmp_path / "seed.sqlite")
    try:
        suffix, data = SEEDS[index]
        path = tmp_path / f"seed{suffix}"
        path.write_bytes(data)
        assert fuzz.run_one(eng, path) == "report"
    finally:
        eng.dispose()


def test_script_summary_runs(capsys):
    assert fuzz.main(["--inputs", "12", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "12 inputs" in out and "failures: 0" in out
