"""A fast generator of big synthetic Dealbook databases, shared by the benchmarks.

    from benchmarks._synthetic import cached_db
    path = cached_db(1_000_000)          # built once, kept in <tmp>/dealbook-benchmarks

The data is vectorised with numpy and written with ``sqlite3.executemany`` into a file whose
schema comes from ``open_database`` (so it is a real Dealbook database at the current
revision). Sizes follow ``deals``: 2 leads, ~2.6 stage-history rows, 0.2 NPS answers and
0.01 spend rows per deal, one rep per 2,000 deals (at least 6), one account per 5 deals,
monthly quotas and forecasts. Dates span ``years`` years ending on ``end`` (fixed by
default, so a cached file stays valid). Same arguments, same file content.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path

import numpy as np

from desktop_app.store.engine import open_database

END = dt.date(2025, 12, 31)
STAGES = ("Lead-in", "Qualified", "Meeting", "Proposal", "Negotiation")
SOURCES = (
    "Website",
    "Referral",
    "LinkedIn",
    "Trade Show",
    "Google Ads",
    "Partner",
    "Cold Call",
    "Webinar",
)
PRODUCTS = (
    ("Core Licence", "Licence"),
    ("Pro Licence", "Licence"),
    ("Enterprise Licence", "Licence"),
    ("Onboarding", "Service"),
    ("Training Day", "Service"),
    ("Support Plan", "Subscription"),
    ("Analytics Add-on", "Subscription"),
    ("API Access", "Subscription"),
)
LOST_REASONS = ("Price", "Competitor", "No decision", "Timing", "No budget")
GENERATOR_VERSION = 1


def _iso(days: np.ndarray, epoch: np.datetime64) -> list[str | None]:
    """Day offsets from ``epoch`` -> ISO strings; negative offsets -> None."""
    text = np.datetime_as_string(epoch + days.astype("timedelta64[D]"), unit="D").astype(object)
    text[days < 0] = None
    return text.tolist()


def _nullable(values: np.ndarray, mask: np.ndarray) -> list[object]:
    out = values.astype(object)
    out[~mask] = None
    return out.tolist()


def build_synthetic_db(
    path: str | Path, deals: int = 100_000, seed: int = 42, end: dt.date = END, years: int = 3
) -> dict[str, int]:
    """Write a synthetic database of ``deals`` deals to ``path`` (replaced); return counts."""
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(path).dispose()
    rng = np.random.default_rng(seed)
    span = years * 365
    epoch = np.datetime64(end - dt.timedelta(days=span - 1))
    n = deals
    n_reps = max(6, n // 2000)
    n_accounts = max(20, n // 5)
    counts: dict[str, int] = {}

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=OFF")
    cur = conn.cursor()
    cur.executemany(
        "INSERT INTO reps (id, name, active) VALUES (?, ?, 1)",
        [(i, f"Rep {i:04d}") for i in range(1, n_reps + 1)],
    )
    cur.executemany("INSERT INTO sources (id, name) VALUES (?, ?)", list(enumerate(SOURCES, 1)))
    cur.executemany(
        "INSERT INTO products (id, name) VALUES (?, ?)",
        [(i, p[0]) for i, p in enumerate(PRODUCTS, 1)],
    )

    acc_created = rng.integers(-365, span, n_accounts)
    churn = np.where(
        rng.random(n_accounts) < 0.12, acc_created + rng.integers(120, 900, n_accounts), -1
    )
    churn[churn >= span] = -1
    cur.executemany(
        "INSERT INTO accounts (id, name, created_on, churned_on) VALUES (?, ?, ?, ?)",
        zip(
            range(1, n_accounts + 1),
            [f"Account {i:07d} Ltd" for i in range(1, n_accounts + 1)],
            _iso(np.maximum(acc_created, 0), epoch),
            _iso(churn, epoch),
            strict=True,
        ),
    )
    counts.update(reps=n_reps, sources=len(SOURCES), products=len(PRODUCTS), accounts=n_accounts)

    # --- deals -----------------------------------------------------------------------
    created = rng.integers(0, span, n)
    cycle = np.clip(rng.lognormal(np.log(45), 0.45, n), 7, 240).astype(np.int64)
    closes = created + cycle
    u = rng.random(n)
    status = np.where(u < 0.30, 1, 2)  # 1 won, 2 lost
    status[(closes >= span) | (rng.random(n) < 0.04)] = 0  # 0 open
    closes[status == 0] = -1
    stage_idx = np.where(status == 1, 4, rng.integers(0, 5, n))
    product = rng.integers(0, len(PRODUCTS), n)
    amount = np.round(rng.lognormal(np.log(12000), 0.8, n), 2)
    has_cost = (status == 1) & (rng.random(n) < 0.4)
    cost = np.round(amount * rng.uniform(0.25, 0.7, n), 2)
    cur_pick = rng.random(n)
    currency = np.where(cur_pick < 0.95, "USD", np.where(cur_pick < 0.98, "EUR", "GBP")).astype(
        object
    )
    has_prob = (status == 0) & (rng.random(n) < 0.2)
    prob = rng.integers(5, 95, n).astype(float)
    months = rng.choice(np.array([12, 24, 36]), n)
    has_contract = rng.random(n) < 0.3
    has_fee = has_contract & (rng.random(n) < 0.5)
    fee = np.round(amount * 0.1, 2)
    lost_reason = np.array(LOST_REASONS, dtype=object)[rng.integers(0, len(LOST_REASONS), n)]
    status_names = np.array(["open", "won", "lost"], dtype=object)[status]
    ids = np.arange(1, n + 1)
    ext = [f"D{i:08d}" for i in ids.tolist()]
    rows = zip(
        ids.tolist(),
        ext,
        [f"Deal {e}" for e in ext],
        rng.integers(1, n_accounts + 1, n).tolist(),
        rng.integers(1, n_reps + 1, n).tolist(),
        rng.integers(1, len(SOURCES) + 1, n).tolist(),
        (product + 1).tolist(),
        [PRODUCTS[p][1] for p in product.tolist()],
        np.array(STAGES, dtype=object)[stage_idx].tolist(),
        status_names.tolist(),
        amount.tolist(),
        currency.tolist(),
        _nullable(cost, has_cost),
        _nullable(prob, has_prob),
        _iso(created, epoch),
        _iso(created + cycle, epoch),
        _iso(closes, epoch),
        _nullable(lost_reason, status == 2),
        _nullable(months, has_contract),
        _nullable(fee, has_fee),
        strict=True,
    )
    cur.executemany(
        "INSERT INTO deals (id, external_id, title, account_id, owner_id, source_id, product_id,"
        " product_type, stage, status, amount, currency, cost, probability, created_on,"
        " expected_close_on, closed_on, lost_reason, contract_months, one_time_fee, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, '2025-12-31 00:00:00')",
        rows,
    )
    counts["deals"] = n

    # --- stage history: one entry per stage reached, spread over the cycle -------------
    reached = stage_idx + 1
    deal_rep = np.repeat(ids, reached)
    starts = np.repeat(np.cumsum(reached) - reached, reached)
    pos = np.arange(len(deal_rep)) - starts
    length = np.repeat(np.where(status == 0, np.minimum(cycle, span - 1 - created), cycle), reached)
    entered = np.repeat(created, reached) + (pos * length) // np.repeat(reached, reached)
    cur.executemany(
        "INSERT INTO stage_history (deal_id, stage, entered_on) VALUES (?, ?, ?)",
        zip(
            deal_rep.tolist(),
            np.array(STAGES, dtype=object)[pos].tolist(),
            _iso(entered, epoch),
            strict=True,
        ),
    )
    counts["stage_history"] = len(deal_rep)

    # --- leads -------------------------------------------------------------------------
    m = 2 * n
    l_created = rng.integers(0, span, m)
    is_sql = rng.random(m) < 0.35
    sql_on = np.where(is_sql, l_created + rng.integers(1, 30, m), -1)
    conv = is_sql & (rng.random(m) < 0.5)
    conv_on = np.where(conv, sql_on + rng.integers(1, 20, m), -1)
    sql_on[sql_on >= span] = -1
    conv_on[(conv_on >= span) | (sql_on < 0)] = -1
    disq = np.where(~is_sql & (rng.random(m) < 0.3), l_created + rng.integers(1, 40, m), -1)
    disq[disq >= span] = -1
    deal_ref = np.array(ext, dtype=object)[rng.integers(0, n, m)]
    lid = np.arange(1, m + 1)
    cur.executemany(
        "INSERT INTO leads (id, external_id, name, account_id, source_id, owner_id, created_on,"
        " sql_on, converted_on, deal_external_id, disqualified_on) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        zip(
            lid.tolist(),
            [f"L{i:08d}" for i in lid.tolist()],
            [f"Lead {i}" for i in lid.tolist()],
            rng.integers(1, n_accounts + 1, m).tolist(),
            rng.integers(1, len(SOURCES) + 1, m).tolist(),
            rng.integers(1, n_reps + 1, m).tolist(),
            _iso(l_created, epoch),
            _iso(sql_on, epoch),
            _iso(conv_on, epoch),
            _nullable(deal_ref, conv_on >= 0),
            _iso(disq, epoch),
            strict=True,
        ),
    )
    counts["leads"] = m

    # --- spend, nps, quotas, forecasts, rates --------------------------------------------
    k = max(100, n // 100)
    cats = np.array(["marketing", "sales", "other"], dtype=object)[
        rng.choice(3, k, p=[0.6, 0.3, 0.1])
    ]
    cur.executemany(
        "INSERT INTO spend (spent_on, source_id, category, amount, currency) VALUES (?,?,?,?, 'USD')",
        zip(
            _iso(rng.integers(0, span, k), epoch),
            rng.integers(1, len(SOURCES) + 1, k).tolist(),
            cats.tolist(),
            np.round(rng.uniform(200, 20000, k), 2).tolist(),
            strict=True,
        ),
    )
    q = max(50, n // 5)
    scores = rng.choice(11, q, p=[0.02, 0.01, 0.02, 0.03, 0.04, 0.06, 0.07, 0.12, 0.18, 0.2, 0.25])
    cur.executemany(
        "INSERT INTO nps (responded_on, account_id, score) VALUES (?, ?, ?)",
        zip(
            _iso(rng.integers(0, span, q), epoch),
            rng.integers(1, n_accounts + 1, q).tolist(),
            scores.tolist(),
            strict=True,
        ),
    )
    month_starts = np.arange(epoch.astype("datetime64[M]"), np.datetime64(end, "M") + 1)
    ms = [(str(s) + "-01", str(np.datetime64(s + 1, "D") - 1)) for s in month_starts]
    per_rep = float(np.mean(amount) * n * 0.3 / years / 12 / n_reps)
    cur.executemany(
        "INSERT INTO quotas (owner_id, period_start, period_end, amount) VALUES (?, ?, ?, ?)",
        [(r, a, b, round(per_rep, 2)) for r in range(1, n_reps + 1) for a, b in ms],
    )
    cur.executemany(
        "INSERT INTO forecasts (period_start, period_end, amount) VALUES (?, ?, ?)",
        [(a, b, round(per_rep * n_reps * rng.uniform(0.85, 1.15), 2)) for a, b in ms],
    )
    cur.executemany(
        "INSERT INTO rates (currency, rate, valid_from) VALUES (?, ?, ?)",
        [
            (c, round(base * rng.uniform(0.97, 1.03), 4), a)
            for a, _ in ms
            for c, base in (("EUR", 1.08), ("GBP", 1.26))
        ],
    )
    counts.update(spend=k, nps=q, quotas=n_reps * len(ms), forecasts=len(ms), rates=2 * len(ms))
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return counts


def bench_dir() -> Path:
    """Where cached synthetic databases live (``DEALBOOK_BENCH_DIR`` overrides)."""
    folder = Path(
        os.environ.get("DEALBOOK_BENCH_DIR") or Path(tempfile.gettempdir()) / "dealbook-benchmarks"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cached_db(deals: int, seed: int = 42, folder: Path | None = None) -> Path:
    """The path of a synthetic database of ``deals`` deals, built on first use."""
    path = (folder or bench_dir()) / f"synthetic-{deals}-s{seed}-v{GENERATOR_VERSION}.sqlite"
    if not path.exists():
        tmp = path.with_name(path.name + ".building")
        build_synthetic_db(tmp, deals=deals, seed=seed)
        for suffix in ("-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        tmp.replace(path)
    return path
