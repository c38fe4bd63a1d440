"""Screenshots of the six import-wizard steps, for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1440x900x24" python scripts/shot_wizard.py [--file PATH]

Runs the real ``ImportWizard`` on a fresh database in a private data folder (DEALBOOK_HOME
is set to a temp folder; the user's data is never opened). Without ``--file`` it writes a
messy Salesforce "Opportunities" report export into that folder: 140 deals with dollar
signs and thousands separators in Amount, empty amounts, Salesforce's own stage names, the
"Grand Totals" / "Confidential Information" footer and five rows the import must reject.
It walks every step programmatically and saves ``docs/screenshots/import-<n>-<step>.png``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HOME = Path(tempfile.mkdtemp(prefix="dealbook-wizard-shots-"))
os.environ["DEALBOOK_HOME"] = str(HOME)  # never the user's data folder
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from _qt_wait import wait_until  # noqa: E402

OUT = ROOT / "docs" / "screenshots"

REPS = ["Ann Lee", "Bob Ray", "Cy Dunn", "Dana Wu", "Eli Park"]
ACCOUNTS = [
    "Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Industries", "Wayne Logistics",
    "Hooli", "Vandelay Imports", "Soylent Foods", "Wonka Retail", "Tyrell Systems",
    "Cyberdyne", "Oscorp Labs", "Pied Piper", "Massive Dynamic", "Gringotts Finance",
]  # fmt: skip
WHAT = ["renewal", "new licences", "upsell", "pilot", "services", "expansion", "add-on"]
OPEN = [
    ("Prospecting", 10), ("Qualification", 10), ("Needs Analysis", 20),
    ("Value Proposition", 50), ("Id. Decision Makers", 60), ("Perception Analysis", 70),
    ("Proposal/Price Quote", 75), ("Negotiation/Review", 90),
]  # fmt: skip
SOURCES = ["Web", "Phone Inquiry", "Partner Referral", "Trade Show", "Purchased List", "Other"]
HEAD = [
    "Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Fiscal Period",
    "Amount", "Probability (%)", "Age", "Close Date", "Created Date", "Lead Source", "Type",
    "Opportunity ID",
]  # fmt: skip


def _us(d: dt.date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def _amount(rng: random.Random, value: int) -> str:
    style = rng.random()
    if style < 0.08:
        return ""
    if style < 0.35:
        return f"${value:,.2f}"
    if style < 0.55:
        return f"{value:,.2f}"
    return str(value)


def salesforce_export(path: Path, n: int = 140, seed: int = 7) -> Path:
    """A Salesforce Opportunities report as "Export → CSV" writes it, with a few defects."""
    rng = random.Random(seed)
    today = dt.date.today()
    rows = []
    for i in range(1, n + 1):
        created = today - dt.timedelta(days=rng.randint(40, 600))
        r = rng.random()
        if r < 0.35:
            stage, prob = "Closed Won", 100
            close = min(today - dt.timedelta(days=1), created + dt.timedelta(rng.randint(10, 90)))
        elif r < 0.55:
            stage, prob = "Closed Lost", 0
            close = min(today - dt.timedelta(days=1), created + dt.timedelta(rng.randint(10, 90)))
        else:
            stage, prob = rng.choice(OPEN)
            close = today + dt.timedelta(days=rng.randint(10, 200))
        account = rng.choice(ACCOUNTS)
        value = rng.randrange(1_500, 95_000, 250)
        rows.append(
            [
                rng.choice(REPS), account, f"{account} - {rng.choice(WHAT)}", stage,
                f"Q{(close.month - 1) // 3 + 1}-{close.year}", _amount(rng, value), str(prob),
                str(max(1, (min(close, today) - created).days)), _us(close), _us(created),
                rng.choice(SOURCES), rng.choice(["New Business", "Existing Business"]),
                f"0065g0000{i:06d}",
            ]
        )  # fmt: skip
    rows[11][2] = ""  # missing name
    rows[27][5] = "TBD"  # not a number
    rows[43][3], rows[43][8] = "Closed Won", _us(today + dt.timedelta(days=45))  # future close
    rows[68][8] = "next quarter"  # unreadable date
    rows[90][12] = rows[89][12]  # the same record id twice
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        w.writerow(HEAD)
        w.writerows(rows)
        fh.write(f'\r\n"Grand Totals ({n} records)"\r\n\r\n')
        fh.write('"Confidential Information - Do Not Distribute"\r\n')
        fh.write('"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\r\n')
    return path


def save(widget, name: str) -> None:  # noqa: ANN001
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"import-{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"saved {path}")


def hold_import_at_writing(api, gate: threading.Event) -> None:  # noqa: ANN001
    """Make ``api.run_import`` wait at its first "Writing" tick until ``gate`` is set."""
    real = api.run_import

    class HeldState:
        def __init__(self, state) -> None:  # noqa: ANN001
            self._state = state

        @property
        def cancelled(self) -> bool:
            return self._state.cancelled

        def progress(self, fraction: float, text: str = "") -> None:
            self._state.progress(fraction, text)
            if text == "Writing" and not gate.is_set():
                gate.wait(30)

    def held(*args, state=None, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        return real(*args, state=HeldState(state) if state is not None else None, **kwargs)

    api.run_import = held


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", help="the file to import (default: a generated export)")
    parser.add_argument("--out", help="folder for the PNGs (default: docs/screenshots)")
    args = parser.parse_args()
    global OUT
    OUT = Path(args.out) if args.out else OUT

    from desktop_app.importing import api
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.import_wizard import ImportWizard
    from desktop_app.ui.launch import make_application
    from desktop_app.ui.tasks import wait_for_all

    app = make_application()
    path = Path(args.file) if args.file else salesforce_export(HOME / "Opportunities.csv")
    context = AppContext(HOME / "dealbook.sqlite")
    wiz = ImportWizard(context, str(path))
    wiz.show()
    ready = lambda: wiz.analysis is not None and not wiz.busy  # noqa: E731
    wait_until(lambda: ready() or wiz.error is not None, "the analysis")
    if wiz.error:
        raise SystemExit(wiz.error)
    save(wiz, "1-settings")
    wiz.next()
    wait_until(lambda: wiz.currentId() == wiz.COLUMNS and ready(), "the columns step")
    save(wiz, "2-columns")
    wiz.next()
    wait_until(lambda: wiz.currentId() in (wiz.STAGES, wiz.DRY_RUN) and ready(), "stages")
    if wiz.currentId() == wiz.STAGES:
        save(wiz, "3-stages")
        wiz.next()
    wait_until(lambda: wiz.currentId() == wiz.DRY_RUN and ready(), "the dry run")
    save(wiz, "4-check")
    gate = threading.Event()
    hold_import_at_writing(api, gate)
    wiz.next()
    wait_until(lambda: wiz.run_page.bar.value() >= 40, "the import's progress")
    save(wiz, "5-importing")
    gate.set()
    wait_until(lambda: wiz.currentId() == wiz.RESULT, "the result", timeout=120)
    save(wiz, "6-result")
    wiz.close()
    wait_for_all(30000)
    context.close()
    del app
    print(f"data folder: {HOME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
