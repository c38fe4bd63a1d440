"""Fill an empty database with a believable small B2B company (``dealbook demo``).

Brightline Analytics (demo) sells analytics subscriptions (12, 24 or 36 month contracts,
renewed or lost when they end) and add-on services and hardware. The demo covers whole
calendar years from a January 18 to 29 months before ``today``'s month, up to ``today``: an
installed base of
customers from before the first month, 6 reps with monthly quotas that some beat and some
miss, 8 channels with marketing and sales spend every month, deals that walk the built-in
pipeline stage by stage with their stage history, open deals wherever ``today`` catches
them, EUR and GBP customers with monthly rates, leads (MQL, SQL, deal), NPS answers every
month and company forecasts near what was won. Nothing is dated after ``today`` except the
expected close of open deals and the end of the current month's quota and forecast. See
``demo_sim`` for how the company is simulated.

The same ``seed`` and ``today`` give the same database content. The rows are simulated in
plain Python and written with Core bulk inserts in one transaction.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import Connection, Date, DateTime, Engine, Table, func, select

from desktop_app.errors import UserError
from desktop_app.store import demo_data as cast
from desktop_app.store.bulk_write import raw_cursor
from desktop_app.store.demo_sim import Simulation, simulate
from desktop_app.store.lookups import ensure_ids
from desktop_app.store.models import (
    Activity,
    Deal,
    Forecast,
    Lead,
    NpsResponse,
    Quota,
    Rate,
    Spend,
    StageHistory,
)
from desktop_app.store.settings import get_setting, set_setting
from desktop_app.translation import translate

FACT_TABLES = (Deal, Lead, Spend, NpsResponse, Quota, Forecast, Activity)
MAX_DEALS = 200_000


def database_has_data(conn: Connection) -> bool:
    """Whether any deal, lead, spend, NPS, quota, forecast or activity row exists."""
    return any(
        conn.execute(select(func.count()).select_from(model.__table__)).scalar()
        for model in FACT_TABLES
    )


def generate_demo(
    engine: Engine, deals: int = 1500, seed: int | None = None, today: dt.date | None = None
) -> dict[str, int]:
    """Write the demo company into an empty database; return the row count of each table.

    Raises ``UserError`` when the database already holds data or ``deals`` is out of range.
    """
    if not 1 <= deals <= MAX_DEALS:
        raise UserError(
            translate("errors", "The demo can have between 1 and {0} deals.").format(
                f"{MAX_DEALS:,}"
            )
        )
    today = today or dt.date.today()
    rng = random.Random(seed)
    sim = simulate(rng, deals, today)
    with engine.begin() as conn:
        if database_has_data(conn):
            raise UserError(
                translate(
                    "errors",
                    "This database already holds data, so the demo was not added. "
                    "Choose a new file with --db to create a demo company.",
                )
            )
        return _write(conn, sim, today)


def _sql(value: object) -> object:
    """A value as SQLAlchemy's SQLite types store it (ISO dates and timestamps)."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _insert(conn: Connection, table: Table, rows: list[dict[str, object]]) -> None:
    """Insert ``rows`` (all with the same keys) in one executemany on the driver."""
    if not rows:
        return
    columns = list(rows[0])
    unknown = [c for c in columns if c not in table.c]
    if unknown:  # a programming error, never the user's
        raise KeyError(f"{table.name} has no column {unknown[0]}")
    dates = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, Date | DateTime)]
    values = []
    for row in rows:
        line = [row[c] for c in columns]
        for i in dates:
            if line[i] is not None:
                line[i] = _sql(line[i])
        values.append(tuple(line))
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    raw_cursor(conn).executemany(sql, values)  # a team database: one COPY (pg_bulk)


def _write(conn: Connection, sim: Simulation, today: dt.date) -> dict[str, int]:
    reps = ensure_ids(conn, "reps", [r.name for r in cast.REPS])
    sources = ensure_ids(conn, "sources", [s.name for s in cast.SOURCES])
    products = ensure_ids(conn, "products", [p.name for p in cast.PRODUCTS])
    accounts = ensure_ids(conn, "accounts", list(sim.accounts))
    raw_cursor(conn).executemany(
        "UPDATE accounts SET created_on = ?, churned_on = ? WHERE id = ?",
        [
            (_sql(a.created_on), _sql(a.churned_on), accounts[name])
            for name, a in sim.accounts.items()
        ],
    )
    first_id = (conn.execute(select(func.max(Deal.id))).scalar() or 0) + 1
    stamp = dt.datetime.combine(today, dt.time())
    deal_rows: list[dict[str, object]] = []
    history_rows: list[dict[str, object]] = []
    for offset, d in enumerate(sim.deals):
        deal_id = first_id + offset
        row: dict[str, object] = {
            "id": deal_id,
            "external_id": d.external_id,
            "title": d.title,
            "account_id": accounts[d.account],
            "owner_id": reps[d.owner],
            "source_id": sources[d.source],
            "product_id": products[d.product],
            "product_type": d.product_type,
            "stage": d.stage,
            "status": d.status,
            "amount": d.amount,
            "currency": d.currency,
            "cost": d.cost,
            "probability": d.probability,
            "created_on": d.created_on,
            "expected_close_on": d.expected_close_on,
            "closed_on": d.closed_on,
            "lost_reason": d.lost_reason,
            "contract_months": d.contract_months,
            "one_time_fee": d.one_time_fee,
            "list_amount": d.list_amount,
            "quantity": d.quantity,
            "updated_at": stamp,
        }
        deal_rows.append(row)
        history_rows.extend(
            {"deal_id": deal_id, "stage": stage, "entered_on": day} for stage, day in d.history
        )
    _insert(conn, Deal.__table__, deal_rows)
    _insert(conn, StageHistory.__table__, history_rows)
    _insert(
        conn,
        Lead.__table__,
        [
            {
                "external_id": lead.external_id,
                "name": lead.name,
                "account_id": accounts.get(lead.account) if lead.account else None,
                "source_id": sources[lead.source],
                "owner_id": reps[lead.owner] if lead.owner else None,
                "created_on": lead.created_on,
                "sql_on": lead.sql_on,
                "converted_on": lead.converted_on,
                "deal_external_id": lead.deal_external_id,
                "disqualified_on": lead.disqualified_on,
            }
            for lead in sim.leads
        ],
    )
    _insert(
        conn,
        Spend.__table__,
        [
            {
                "spent_on": s.spent_on,
                "source_id": sources[s.source] if s.source else None,
                "category": s.category,
                "amount": s.amount,
                "currency": "USD",
                "note": s.note,
            }
            for s in sim.spend
        ],
    )
    _insert(
        conn,
        NpsResponse.__table__,
        [
            {
                "responded_on": n.responded_on,
                "account_id": accounts[n.account],
                "score": n.score,
                "comment": n.comment,
            }
            for n in sim.nps
        ],
    )
    _insert(
        conn,
        Quota.__table__,
        [
            {
                "owner_id": reps[q.owner],
                "period_start": q.start,
                "period_end": q.end,
                "amount": q.amount,
            }
            for q in sim.quotas
            if q.owner is not None  # every quota is a rep's
        ],
    )
    _insert(
        conn,
        Forecast.__table__,
        [
            {"period_start": f.start, "period_end": f.end, "amount": f.amount, "owner_id": None}
            for f in sim.forecasts
        ],
    )
    _insert(
        conn,
        Rate.__table__,
        [{"currency": r.currency, "rate": r.rate, "valid_from": r.valid_from} for r in sim.rates],
    )
    _insert(
        conn,
        Activity.__table__,
        [
            {
                "done_on": a.done_on,
                "owner_id": reps[a.owner],
                "type": a.type,
                "hours": a.hours,
                "deal_external_id": a.deal_external_id,
                "account_id": accounts[a.account] if a.account else None,
                "note": a.note,
            }
            for a in sim.activities
        ],
    )
    if conn.dialect.name == "postgresql":  # deals were written with their ids
        from desktop_app.store.pg_bulk import reset_sequences

        reset_sequences(raw_cursor(conn), ["deals"])
    if not get_setting(conn, "company_name"):
        set_setting(conn, "company_name", cast.COMPANY_NAME)
    if not get_setting(conn, "base_currency"):
        set_setting(conn, "base_currency", "USD")
    return {
        "accounts": len(sim.accounts),
        "reps": len(cast.REPS),
        "sources": len(cast.SOURCES),
        "products": len(cast.PRODUCTS),
        "deals": len(deal_rows),
        "won": sum(1 for d in sim.deals if d.status == "won"),
        "lost": sum(1 for d in sim.deals if d.status == "lost"),
        "open": sum(1 for d in sim.deals if d.status == "open"),
        "stage_history": len(history_rows),
        "leads": len(sim.leads),
        "spend": len(sim.spend),
        "nps": len(sim.nps),
        "quotas": len(sim.quotas),
        "forecasts": len(sim.forecasts),
        "rates": len(sim.rates),
        "activities": len(sim.activities),
    }
