"""Fuzz the importer: mutate real-looking CSV and XLSX exports and import each one.

Every input must end in a report or in the importer's one-sentence ``UserError``; never a
traceback. On a refusal the database must be unchanged (every data table compared), and
``PRAGMA integrity_check`` must say ok after every input. The suite runs a bounded version
(``tests/importing/test_fuzz_import.py``); this script runs thousands of inputs:

    python scripts/fuzz_import.py --inputs 5000 --seed 1
    python scripts/fuzz_import.py --minutes 20

and prints a summary (inputs, reports, refusals by first words, failures with the seed and
mutations that reproduce them). Exit status 1 when any input failed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 22)
DATA_TABLES = (
    "deals",
    "stage_history",
    "leads",
    "spend",
    "nps",
    "quotas",
    "forecasts",
    "accounts",
    "rates",
    "reps",
    "sources",
    "products",
    "pipeline_stages",
    "settings",
)

# --- seed files ------------------------------------------------------------------------

HUBSPOT = [
    ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Amount", "Deal owner", "Notes"],
    ["101", "Acme renewal", "Closed Won", "2025-03-04", "12000", "Ann Lee", "multi\nline"],
    ["102", "Müller GmbH rollout", "Contract Sent", "2026-12-01", "8,500.50", "Bob Stone", ""],
    ["103", '=HYPERLINK("x")', "Closed Lost", "2025-05-06", "", "Ann Lee", "note"],
    ["104", "Société Générale", "Appointment Scheduled", "2026-12-10", "$1,200", "Cid", ""],
    ["105", 'Beta "big" deal', "Closed Won", "2025-07-08", "(300)", "Bob Stone", "x"],
]
SALESFORCE_FOOTER = (
    "\r\nGrand Totals (5 records)\r\n\r\n"
    '"Confidential Information - Do Not Distribute"\r\n'
    '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\r\n'
)
EUROPEAN = [
    ["ID", "Deal Name", "Account", "Stage", "Amount", "Currency", "Close Date"],
    ["EU-1", "Projekt Müller", "Müller GmbH", "Closed Won", "1.234,50 €", "EUR", "05.03.2025"],
    ["EU-2", "Ñandú expansión", "Ñandú SA", "Proposal", "12.000,00", "EUR", "06.04.2026"],
    ["EU-3", "Øresund", "Øresund AB", "Closed Lost", "999,99", "EUR", "08.12.2025"],
]
CHINESE = [
    ["商机名称", "客户名称", "商机阶段", "商机金额", "负责人", "成交日期"],
    ["华东项目", "上海贸易", "赢单", "120000", "张伟", "2025年3月4日"],
    ["华北系统", "北京软件有限公司", "输单", "80000", "李娜", "2025/05/06"],
    ["深圳科技", "深圳科技", "谈判", "56000", "王芳", "2026-12-01"],
]


def _csv(rows: list[list[str]], delim: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delim, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _xlsx(rows: list[list[object]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Report: Opportunities"])
    ws.append([])
    for r in rows:
        ws.append(r)
    ws.append(["Grand Totals (5 records)"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def seeds() -> list[tuple[str, bytes]]:
    """(suffix, bytes) of the real-looking files the mutations start from."""
    hubspot = _csv(HUBSPOT)
    return [
        (".csv", b"\xef\xbb\xbf" + hubspot.encode("utf-8")),
        (".csv", (_csv(HUBSPOT) + SALESFORCE_FOOTER).encode("utf-8")),
        (".csv", _csv(EUROPEAN, ";").encode("cp1252")),
        (".csv", _csv(CHINESE).encode("gb18030")),
        (".tsv", _csv(HUBSPOT, "\t").encode("utf-16")),
        (".xlsx", _xlsx([list(r) for r in HUBSPOT])),
    ]


# --- mutations -------------------------------------------------------------------------


def flip_bytes(data: bytes, rnd: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        if b:
            b[rnd.randrange(len(b))] = rnd.randrange(256)
    return bytes(b)


def insert_bytes(data: bytes, rnd: random.Random) -> bytes:
    at = rnd.randint(0, len(data))
    junk = rnd.choice([b'"', b"\x00", b"\r", b"\n", b",", b";", b"\xff\xfe", b"\xe9", b"'="])
    return data[:at] + junk * rnd.randint(1, 4) + data[at:]


def delete_span(data: bytes, rnd: random.Random) -> bytes:
    if not data:
        return data
    a = rnd.randrange(len(data))
    return data[:a] + data[a + rnd.randint(1, 64) :]


def cut_lines(data: bytes, rnd: random.Random) -> bytes:
    lines = data.split(b"\n")
    if len(lines) > 1:
        i = rnd.randrange(len(lines))
        lines[i] = lines[i][: rnd.randint(0, len(lines[i]))]
    return b"\n".join(lines)


def duplicate_lines(data: bytes, rnd: random.Random) -> bytes:
    lines = data.split(b"\n")
    i = rnd.randrange(len(lines))
    return b"\n".join(lines[:i] + [lines[i]] * rnd.randint(2, 50) + lines[i:])


def change_delimiter(data: bytes, rnd: random.Random) -> bytes:
    a, b = rnd.sample([b",", b";", b"\t", b"|"], 2)
    if rnd.random() < 0.5:  # one line only
        lines = data.split(b"\n")
        i = rnd.randrange(len(lines))
        lines[i] = lines[i].replace(a, b)
        return b"\n".join(lines)
    return data.replace(a, b)


def mix_encoding(data: bytes, rnd: random.Random) -> bytes:
    """Re-encode one line in another code page (a row pasted from another export)."""
    lines = data.split(b"\n")
    i = rnd.randrange(len(lines))
    text = lines[i].decode("utf-8", errors="replace") + rnd.choice(
        ["Café", "Société", "华东", "東京", "Иванов", "서울", ""]
    )
    enc = rnd.choice(["cp1252", "gb18030", "shift_jis", "koi8_r", "euc_kr", "utf-8", "big5"])
    lines[i] = text.encode(enc, errors="replace")
    return b"\n".join(lines)


def huge_field(data: bytes, rnd: random.Random) -> bytes:
    at = data.find(b"\n") + 1
    size = rnd.choice([100_000, 1 << 20, 3 << 20])
    quote = rnd.random() < 0.7
    field = (b'"' + b"x" * size + b'"') if quote else b"y" * size
    return data[:at] + field + b"," + data[at:]


def many_fields(data: bytes, rnd: random.Random) -> bytes:
    at = data.find(b"\n") + 1
    return data[:at] + b"a," * rnd.choice([500, 3000, 20_000]) + b"\n" + data[at:]


def change_newlines(data: bytes, rnd: random.Random) -> bytes:
    return data.replace(b"\r\n", rnd.choice([b"\n", b"\r", b"\n\n", b"\r\r\n"]))


def truncate(data: bytes, rnd: random.Random) -> bytes:
    return data[: rnd.randint(0, len(data))]


def odd_values(data: bytes, rnd: random.Random) -> bytes:
    value = rnd.choice(
        [
            b"1e308",
            b"inf",
            b"-1e400",
            b"nan",
            b"1.234",
            b"1,234.56",
            b"13/01/2025",
            b"01/13/2025",
            b"\xe2\x82\xac100",
            b"'-5",
            b"'=SUM(A1)",
            b"99999999999999999999",
        ]
    )
    b = bytearray(data)
    for _ in range(rnd.randint(1, 5)):
        at = data.find(b",", rnd.randrange(max(1, len(data))))
        if at >= 0:
            b[at + 1 : at + 1] = value + b","
    return bytes(b)


def zip_member(data: bytes, rnd: random.Random) -> bytes:
    """Mutate one part of an XLSX (or flip bytes when it is not a zip)."""
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        items = [(i, src.read(i)) for i in src.infolist()]
    except Exception:  # noqa: BLE001 - not a zip any more
        return flip_bytes(data, rnd)
    k = rnd.randrange(len(items))
    info, content = items[k]
    content = rnd.choice([flip_bytes, truncate, delete_span, duplicate_lines])(content, rnd)
    if rnd.random() < 0.2 and info.filename.endswith(".xml"):
        content = content.replace(b'ref="A1:', b'ref="A1:XFD1048576 x="', 1)
    items[k] = (info, content)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i, c in items:
            z.writestr(i.filename, c)
    return out.getvalue()


TEXT_MUTATIONS: list[Callable[[bytes, random.Random], bytes]] = [
    flip_bytes,
    insert_bytes,
    delete_span,
    cut_lines,
    duplicate_lines,
    change_delimiter,
    mix_encoding,
    huge_field,
    many_fields,
    change_newlines,
    truncate,
    odd_values,
]
XLSX_MUTATIONS: list[Callable[[bytes, random.Random], bytes]] = [
    zip_member,
    zip_member,
    flip_bytes,
    truncate,
]


def mutate(suffix: str, data: bytes, steps: list[tuple[int, int]]) -> tuple[bytes, list[str]]:
    """Apply ``steps`` ((mutation index, seed) pairs) to ``data``; names of what was done."""
    muts = XLSX_MUTATIONS if suffix == ".xlsx" else TEXT_MUTATIONS
    names = []
    for k, seed in steps:
        m = muts[k % len(muts)]
        data = m(data, random.Random(seed))
        names.append(m.__name__)
    return data, names


# --- one input ---------------------------------------------------------------------------


def dump(engine) -> dict[str, list[tuple]]:  # noqa: ANN001 - the store's engine
    out: dict[str, list[tuple]] = {}
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        for t in DATA_TABLES:
            out[t] = sorted(cur.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
    return out


def integrity(engine) -> str:  # noqa: ANN001
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        return str(cur.execute("PRAGMA integrity_check").fetchone()[0])


class FuzzFailure(AssertionError):
    """An input broke a promise of the importer."""


def run_one(engine, path: Path, kind: str = "deals") -> str:  # noqa: ANN001
    """Import ``path``; ``"report"`` or ``"refused: <first words>"``, else ``FuzzFailure``."""
    from desktop_app.errors import UserError
    from desktop_app.importing.api import ImportOptions, run_import

    before = dump(engine)
    try:
        report = run_import(engine, path, kind, options=ImportOptions(today=TODAY))
    except UserError as exc:
        msg = str(exc)
        if not msg or "\n" in msg or "Traceback" in msg:
            raise FuzzFailure(f"refusal is not one sentence: {msg!r}") from exc
        if dump(engine) != before:
            raise FuzzFailure(f"the database changed on a refusal: {msg}") from exc
        outcome = "refused: " + " ".join(msg.split()[:5])
    else:
        d = report.to_dict()
        try:
            json.dumps(d, allow_nan=False, default=str)
        except ValueError as exc:
            raise FuzzFailure(f"the report is not valid JSON: {exc}") from exc
        total = d["imported"] + d["rejected"] + d["duplicates"]
        if d["rows_read"] < 0 or total < 0:
            raise FuzzFailure("negative counts in the report")
        outcome = "report"
    check = integrity(engine)
    if check != "ok":
        raise FuzzFailure(f"integrity_check says {check}")
    return outcome


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=2000, help="how many inputs (default 2000)")
    ap.add_argument("--minutes", type=float, default=None, help="stop after this many minutes")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    from desktop_app.store.engine import open_database

    rnd = random.Random(args.seed)
    base = seeds()
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    slowest = (0.0, "")
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(Path(tmp) / "fuzz.sqlite")
        try:
            for _n in range(args.inputs):
                if args.minutes and time.perf_counter() - t0 > args.minutes * 60:
                    break
                s = rnd.randrange(len(base))
                suffix, data = base[s]
                steps = [
                    (rnd.randrange(64), rnd.randrange(1 << 30)) for _ in range(rnd.randint(1, 3))
                ]
                data, names = mutate(suffix, data, steps)
                path = Path(tmp) / f"input{suffix}"
                path.write_bytes(data)
                t1 = time.perf_counter()
                try:
                    outcomes[run_one(engine, path)] += 1
                except Exception as exc:  # noqa: BLE001 - every failure is reported
                    tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
                    failures.append(f"seed file {s}, steps {steps} ({', '.join(names)}): {tb}")
                took = time.perf_counter() - t1
                if took > slowest[0]:
                    slowest = (took, f"seed file {s}, steps {steps} ({', '.join(names)})")
        finally:
            engine.dispose()
    total = sum(outcomes.values()) + len(failures)
    print(f"{total} inputs in {time.perf_counter() - t0:.0f} s (seed {args.seed})")
    print(f"  reports: {outcomes.pop('report', 0)}")
    for what, k in outcomes.most_common():
        print(f"  {k:6d}  {what}")
    print(f"  slowest input: {slowest[0]:.2f} s ({slowest[1]})")
    print(f"  failures: {len(failures)}")
    for f in failures[:50]:
        print("   ", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
