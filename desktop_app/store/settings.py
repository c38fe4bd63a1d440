"""Workspace settings (JSON values in the ``settings`` table) and the pipeline stages.

Every function takes a ``bind``: an ``Engine`` (a transaction of its own), a
``Connection`` or a ORM ``Session`` (the caller's transaction). Known keys and their
defaults are in ``DEFAULTS``; values are validated by ``set_setting`` and a bad value
raises ``UserError`` with a plain sentence.

Pipeline stages are returned and accepted as ``kpi_core.dataset.Stage`` with the
probability as a **fraction** (0.2); the table stores a percentage (20.0).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.orm import Session

from desktop_app.errors import UserError
from desktop_app.store.models import Deal, PipelineStage, Setting
from kpi_core.dataset import DEFAULT_STAGES, Stage

Bind = Engine | Connection | Session

NPS_SCHEMES = ("standard", "0-5")
FALLBACK_CURRENCY = "USD"

#: known keys -> default value (``base_currency`` None = derived, see ``base_currency``)
DEFAULTS: dict[str, Any] = {
    "base_currency": None,
    "nps_scheme": "standard",
    "default_lifetime_years": 3.0,
    #: each rep's working time for time spent selling (kpi_spec.md, Activities)
    "working_hours_per_week": 40.0,
    "company_name": "",
    "logo_path": None,
    "last_auto_backup": None,  # ISO date of the last automatic backup
}

_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


@contextlib.contextmanager
def _connection(bind: Bind) -> Iterator[Connection]:
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            yield conn
    elif isinstance(bind, Session):
        yield bind.connection()
    else:
        yield bind


def _validate(key: str, value: Any) -> Any:
    if key == "base_currency" and value is not None:
        value = str(value).strip().upper()
        if not _CURRENCY_RE.match(value):
            raise UserError(
                f"{value!r} is not a currency code. Use a three-letter code such as USD or EUR."
            )
    elif key == "nps_scheme" and value not in NPS_SCHEMES:
        raise UserError('The NPS scheme must be "standard" (detractors 0-6) or "0-5".')
    elif key == "default_lifetime_years":
        try:
            value = float(value)
        except (TypeError, ValueError):
            value = -1.0
        if not value > 0 or value != value:
            raise UserError("The customer lifetime must be a number of years above 0.")
    elif key == "working_hours_per_week":
        try:
            value = float(value)
        except (TypeError, ValueError):
            value = -1.0
        if not 0 < value <= 168:
            raise UserError("The working hours per week must be a number above 0 and at most 168.")
    return value


def get_setting(bind: Bind, key: str, default: Any = None) -> Any:
    """The stored value of ``key``, else ``default``, else ``DEFAULTS[key]``."""
    with _connection(bind) as conn:
        raw = conn.execute(select(Setting.value).where(Setting.key == key)).scalar()
    if raw is None:
        return default if default is not None else DEFAULTS.get(key)
    return json.loads(raw)


def get_settings(bind: Bind) -> dict[str, Any]:
    """Every known setting (defaults filled in) plus any other stored key."""
    with _connection(bind) as conn:
        rows = conn.execute(select(Setting.key, Setting.value)).all()
    out = dict(DEFAULTS)
    out.update({k: json.loads(v) for k, v in rows})
    return out


def set_setting(bind: Bind, key: str, value: Any) -> None:
    """Store ``value`` (JSON-serialisable) under ``key``; ``None`` removes the key."""
    value = _validate(key, value)
    with _connection(bind) as conn:
        conn.execute(delete(Setting).where(Setting.key == key))
        if value is not None:
            conn.execute(insert(Setting).values(key=key, value=json.dumps(value)))


def first_deal_currency(bind: Bind) -> str | None:
    """The currency of the first deal recorded (lowest id) that has one."""
    with _connection(bind) as conn:
        value = conn.execute(
            select(Deal.currency)
            .where(Deal.currency.is_not(None), Deal.currency != "")
            .order_by(Deal.id)
            .limit(1)
        ).scalar()
    return str(value).upper() if value else None


def base_currency(bind: Bind) -> str:
    """The workspace's base currency.

    The ``base_currency`` setting when set; otherwise the currency of the first deal; USD
    when there is no deal with a currency. Reading never writes: call
    ``ensure_base_currency`` to fix the derived value for good.
    """
    stored = get_setting(bind, "base_currency")
    if stored:
        return str(stored)
    return first_deal_currency(bind) or FALLBACK_CURRENCY


def ensure_base_currency(bind: Bind) -> str:
    """Store the derived base currency when none is set yet (after a first import)."""
    with _connection(bind) as conn:
        stored = get_setting(conn, "base_currency")
        if stored:
            return str(stored)
        first = first_deal_currency(conn)
        if first is None:
            return FALLBACK_CURRENCY
        set_setting(conn, "base_currency", first)
        return first


def get_stages(bind: Bind) -> tuple[Stage, ...]:
    """The pipeline in order; probabilities as fractions. Built-in stages if none is stored."""
    with _connection(bind) as conn:
        rows = conn.execute(
            select(PipelineStage.name, PipelineStage.probability).order_by(
                PipelineStage.position, PipelineStage.id
            )
        ).all()
    if not rows:
        return DEFAULT_STAGES
    return tuple(Stage(name, float(prob or 0.0) / 100.0) for name, prob in rows)


def set_stages(bind: Bind, stages: Iterable[Stage | tuple[str, float]]) -> tuple[Stage, ...]:
    """Replace the pipeline with ``stages`` in order (probabilities as fractions 0..1).

    Deals keep their stage text; renaming a stage does not rename it on the deals.
    """
    clean: list[Stage] = []
    seen: set[str] = set()
    for item in stages:
        name, prob = (item.name, item.probability) if isinstance(item, Stage) else item
        name = str(name).strip()
        if not name:
            raise UserError("Every pipeline stage needs a name.")
        if name.casefold() in seen:
            raise UserError(f"The stage {name!r} appears twice. Give each stage its own name.")
        try:
            prob = float(prob)
        except (TypeError, ValueError):
            prob = -1.0
        if not 0.0 <= prob <= 1.0:
            raise UserError(f"The probability of {name!r} must lie between 0 % and 100 %.")
        seen.add(name.casefold())
        clean.append(Stage(name, prob))
    if not clean:
        raise UserError("The pipeline needs at least one stage.")
    with _connection(bind) as conn:
        conn.execute(delete(PipelineStage))
        conn.execute(
            insert(PipelineStage),
            [
                {"name": s.name, "position": i, "probability": round(s.probability * 100.0, 6)}
                for i, s in enumerate(clean, start=1)
            ],
        )
    return tuple(clean)
