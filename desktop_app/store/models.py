"""SQLAlchemy 2 models: one class per table of the design, typed and dumb.

Table names follow ``design.md`` (deals, stage_history, leads, spend, nps, quotas,
forecasts, accounts, rates, activities) plus the lookup tables (reps, sources, products), the
pipeline stages, settings and the import bookkeeping (import_batches, import_changes,
mapping_presets).

Dates are ``Date`` columns (ISO text in SQLite). Money is a float in the row's own
currency. ``batch_id`` names the import batch that created a row (NULL when it was
entered by hand); ``import_changes`` keeps the previous values of rows a batch updated,
so that an import can be undone.

The fields of each kind are declared in ``desktop_app.store.kinds``; these models are the
schema the Alembic migrations build (``tests/store/test_kinds.py`` checks both agree).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    #: every model here is mapped to one table (SQLAlchemy types it as any FromClause)
    __table__: ClassVar[Table]


def _batch_fk() -> Mapped[int | None]:
    return mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), nullable=True, index=True
    )


class Versioned:
    """Columns of every table the window edits (migration 0004).

    ``version`` is one more with every change of the row (a trigger counts it up): a form
    saves only where the version is still the one it read. On a team database the server
    sets ``created_by``/``updated_by`` to the login that wrote the row; a file leaves them
    empty.
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_by: Mapped[str | None] = mapped_column(String(63))
    updated_by: Mapped[str | None] = mapped_column(String(63))


# --- lookups ---------------------------------------------------------------------------


class Account(Versioned, Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    created_on: Mapped[dt.date | None] = mapped_column(Date)
    churned_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    batch_id: Mapped[int | None] = _batch_fk()


class Rep(Base):
    __tablename__ = "reps"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class PipelineStage(Base):
    """The workspace's own ordered pipeline; probability is a percentage 0..100."""

    __tablename__ = "pipeline_stages"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    probability: Mapped[float] = mapped_column(Float)


class Setting(Base):
    """Workspace settings as key -> JSON text (base_currency, nps_scheme, ...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DatasetStamp(Base):
    """One row: a random number that triggers change with every write of the dataset's tables.

    The loader's snapshot is used only while it matches (``desktop_app.store.snapshot``,
    migration 0003 creates the triggers).
    """

    __tablename__ = "dataset_stamp"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stamp: Mapped[int] = mapped_column(Integer().with_variant(BigInteger(), "postgresql"))


# --- facts -----------------------------------------------------------------------------


class Deal(Versioned, Base):
    __tablename__ = "deals"
    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    title: Mapped[str] = mapped_column(String(500))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True)
    product_type: Mapped[str | None] = mapped_column(String(200))
    stage: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(10), default="open")
    amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    cost: Mapped[float | None] = mapped_column(Float)
    probability: Mapped[float | None] = mapped_column(Float)
    created_on: Mapped[dt.date | None] = mapped_column(Date)
    expected_close_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    lost_reason: Mapped[str | None] = mapped_column(String(500))
    contract_months: Mapped[int | None] = mapped_column(Integer)
    one_time_fee: Mapped[float | None] = mapped_column(Float)
    list_amount: Mapped[float | None] = mapped_column(Float)
    quantity: Mapped[float | None] = mapped_column(Float)
    content_hash: Mapped[str | None] = mapped_column(String(40))
    batch_id: Mapped[int | None] = _batch_fk()
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class StageHistory(Base):
    __tablename__ = "stage_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(100))
    entered_on: Mapped[dt.date] = mapped_column(Date)
    batch_id: Mapped[int | None] = _batch_fk()


class Lead(Versioned, Base):
    __tablename__ = "leads"
    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    name: Mapped[str] = mapped_column(String(500))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"), index=True)
    created_on: Mapped[dt.date | None] = mapped_column(Date)
    sql_on: Mapped[dt.date | None] = mapped_column(Date)
    converted_on: Mapped[dt.date | None] = mapped_column(Date)
    deal_external_id: Mapped[str | None] = mapped_column(String(200))
    disqualified_on: Mapped[dt.date | None] = mapped_column(Date)
    content_hash: Mapped[str | None] = mapped_column(String(40))
    batch_id: Mapped[int | None] = _batch_fk()


class Spend(Versioned, Base):
    __tablename__ = "spend"
    id: Mapped[int] = mapped_column(primary_key=True)
    spent_on: Mapped[dt.date] = mapped_column(Date, index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    category: Mapped[str] = mapped_column(String(20), default="marketing")
    amount: Mapped[float] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    note: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(40), index=True)
    batch_id: Mapped[int | None] = _batch_fk()


class NpsResponse(Versioned, Base):
    __tablename__ = "nps"
    id: Mapped[int] = mapped_column(primary_key=True)
    responded_on: Mapped[dt.date] = mapped_column(Date, index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(40), index=True)
    batch_id: Mapped[int | None] = _batch_fk()


class Quota(Versioned, Base):
    __tablename__ = "quotas"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("reps.id"), index=True)
    period_start: Mapped[dt.date] = mapped_column(Date, index=True)
    period_end: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Float)
    content_hash: Mapped[str | None] = mapped_column(String(40), index=True)
    batch_id: Mapped[int | None] = _batch_fk()


class Forecast(Versioned, Base):
    __tablename__ = "forecasts"
    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date, index=True)
    period_end: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Float)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"), index=True)
    content_hash: Mapped[str | None] = mapped_column(String(40), index=True)
    batch_id: Mapped[int | None] = _batch_fk()


class Rate(Versioned, Base):
    """Exchange rate: units of the base currency per unit of ``currency``."""

    __tablename__ = "rates"
    id: Mapped[int] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), index=True)
    rate: Mapped[float] = mapped_column(Float)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    content_hash: Mapped[str | None] = mapped_column(String(40), index=True)
    batch_id: Mapped[int | None] = _batch_fk()


class Activity(Versioned, Base):
    """A call, meeting, e-mail, demo, proposal, admin, training or other piece of work."""

    __tablename__ = "activities"
    id: Mapped[int] = mapped_column(primary_key=True)
    done_on: Mapped[dt.date] = mapped_column(Date, index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"), index=True)
    type: Mapped[str] = mapped_column(String(20), default="other")
    hours: Mapped[float | None] = mapped_column(Float)
    deal_external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(40), index=True)
    batch_id: Mapped[int | None] = _batch_fk()


# --- the team (a team database; a file has no members) ------------------------------------


class TeamMember(Base):
    """A login of the team database: its role (``manager`` or ``rep``) and the rep it is."""

    __tablename__ = "team_members"
    __table_args__ = (CheckConstraint("role IN ('manager', 'rep')", name="role"),)
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))
    role: Mapped[str] = mapped_column(String(10))


class TeamSetting(Base):
    """The one row of the team's settings: whether reps see only their own records."""

    __tablename__ = "team_settings"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reps_see_only_own: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


# --- import bookkeeping ------------------------------------------------------------------


class ImportBatch(Base):
    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(500))
    preset: Mapped[str | None] = mapped_column(String(50))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    report_json: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ImportChange(Base):
    """The values a row had before an import batch updated it (JSON of column -> value)."""

    __tablename__ = "import_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[int] = mapped_column(Integer)
    before_json: Mapped[str] = mapped_column(Text)


class MappingPreset(Base):
    """A user-saved column/stage mapping, applied again to files with the same headers."""

    __tablename__ = "mapping_presets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    header_signature: Mapped[str] = mapped_column(String(64), index=True)
    mapping_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
