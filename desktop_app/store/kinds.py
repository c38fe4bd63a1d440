"""Every kind of record Dealbook keeps, declared once.

A :class:`Kind` names its database table and lists its :class:`Field` s: the native name
(also the CSV header and the record key the window uses), the type, whether it is
required, the lookup table behind a name (accounts, reps, sources, products), the allowed
values, the bounds and a human label. Everything else is made from these declarations:

* the repository (``repository.py``, ``repository_frames.py``): columns, lookups, dates,
  required fields;
* the loader's tables (``loader.py``) and the export (``export.py``);
* the importer's stored fields (``desktop_app.importing.fields.KINDS``);
* the window's table columns (``desktop_app.ui.tables.kinds``), forms
  (``desktop_app.ui.forms.specs``) and the tables a write touches (:func:`tables_of`).

Adding a field or a kind is one declaration here plus an Alembic migration (and the
SQLAlchemy model the migration builds; ``tests/store/test_kinds.py`` checks that every
surface covers exactly the declared fields).

This module imports neither Qt nor SQLAlchemy. Labels are wrapped in
:func:`QT_TRANSLATE_NOOP` (context ``"fields"``), a marker that returns its text unchanged
so that Qt's ``lupdate`` collects the strings; the window translates them when it shows
them (``QCoreApplication.translate("fields", label)``).

Probabilities: a deal's ``probability`` is a **percentage** 0..100 in the database, in the
native files and in the dataset. A pipeline :class:`kpi_core.dataset.Stage` carries its
default probability as a **fraction** 0..1; the store converts at its edge (the
``pipeline_stages`` table stores percentages) and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: the lookup tables a field may name a row of
LOOKUPS = ("accounts", "reps", "sources", "products")

#: field types. text: free text; lookup: a name in a lookup table; choice: one of
#: ``choices``; stage: a pipeline stage name; currency: a three-letter code; money: an
#: amount in the row's currency; number: a plain number; percent: 0..100; int: a whole
#: number; date: a calendar day; deal: a deal named by its ``external_id`` (stored as the
#: deal's row id)
TYPES: tuple[str, ...] = (
    "text",
    "lookup",
    "choice",
    "stage",
    "currency",
    "money",
    "number",
    "percent",
    "int",
)
TYPES += ("date", "deal")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name for it
    """Mark ``text`` for translation in ``context`` without translating it (see module)."""
    del context
    return text


@dataclass(frozen=True)
class Field:
    """One field of a kind of record."""

    name: str
    type: str = "text"
    label: str = ""
    required: bool = False
    lookup: str | None = None  # for type "lookup": accounts | reps | sources | products
    #: for type "choice": (stored value, label) pairs
    choices: tuple[tuple[str, str], ...] = ()
    default: str | None = None  # what an empty choice is stored as
    minimum: float | None = None
    maximum: float | None = None
    multiline: bool = False  # long text (a note or a comment)
    placeholder: str = ""
    shown: bool = True  # a column the table shows before the user picks its columns
    #: the schema revision that added the field (a later field joins an imported row's
    #: content hash only when the file fills it, so rows imported before still match)
    since: int = 1

    @property
    def column(self) -> str:
        """The database column: ``<name>_id`` for a lookup (``owner_id``), else the name."""
        if self.type == "lookup":
            return f"{self.name}_id"
        if self.type == "deal":
            return "deal_id"
        return self.name

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(v for v, _label in self.choices)


@dataclass(frozen=True)
class Kind:
    """One kind of record: its table, its fields, and how rows of a file are matched."""

    name: str
    table: str
    label: str
    fields: tuple[Field, ...]
    #: the field an import matches existing rows on (else the row's content)
    match_on: str | None = None
    #: whether the window edits rows of this kind in a form and shows them in a table
    editable: bool = True
    #: other tables a write of this kind changes (beside its own and its lookups)
    also_writes: frozenset[str] = field(default_factory=frozenset)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def names(self) -> tuple[str, ...]:
        """The declared field names, in order (the native CSV headers)."""
        return tuple(f.name for f in self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    @property
    def dates(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.type == "date")

    @property
    def lookups(self) -> dict[str, tuple[str, str]]:
        """field -> (foreign-key column, lookup table)."""
        return {f.name: (f.column, str(f.lookup)) for f in self.fields if f.type == "lookup"}

    @property
    def tables(self) -> frozenset[str]:
        """Every table a write of this kind may change (what the change signal carries)."""
        lookups = {str(f.lookup) for f in self.fields if f.type == "lookup"}
        return frozenset({self.table, *lookups, *self.also_writes})


_STATUSES = (
    ("open", QT_TRANSLATE_NOOP("fields", "Open")),
    ("won", QT_TRANSLATE_NOOP("fields", "Won")),
    ("lost", QT_TRANSLATE_NOOP("fields", "Lost")),
)
_CATEGORIES = (
    ("marketing", QT_TRANSLATE_NOOP("fields", "Marketing")),
    ("sales", QT_TRANSLATE_NOOP("fields", "Sales")),
    ("other", QT_TRANSLATE_NOOP("fields", "Other")),
)
#: activity types; the first five are selling time (kpi_spec.md, Activities)
ACTIVITY_TYPES = (
    ("call", QT_TRANSLATE_NOOP("fields", "Call")),
    ("meeting", QT_TRANSLATE_NOOP("fields", "Meeting")),
    ("email", QT_TRANSLATE_NOOP("fields", "E-mail")),
    ("demo", QT_TRANSLATE_NOOP("fields", "Demo")),
    ("proposal", QT_TRANSLATE_NOOP("fields", "Proposal")),
    ("admin", QT_TRANSLATE_NOOP("fields", "Admin")),
    ("training", QT_TRANSLATE_NOOP("fields", "Training")),
    ("other", QT_TRANSLATE_NOOP("fields", "Other")),
)


def _lookup(name: str, table: str, label: str, **kw: object) -> Field:
    return Field(name, "lookup", label, lookup=table, **kw)  # type: ignore[arg-type]


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "deals",
            "deals",
            QT_TRANSLATE_NOOP("fields", "Deals"),
            (
                Field("external_id", "text", QT_TRANSLATE_NOOP("fields", "CRM id"), shown=False),
                Field(
                    "title",
                    "text",
                    QT_TRANSLATE_NOOP("fields", "Deal"),
                    required=True,
                    placeholder=QT_TRANSLATE_NOOP("fields", "What is being sold"),
                ),
                _lookup("account", "accounts", QT_TRANSLATE_NOOP("fields", "Account")),
                _lookup("owner", "reps", QT_TRANSLATE_NOOP("fields", "Owner")),
                _lookup("source", "sources", QT_TRANSLATE_NOOP("fields", "Source")),
                _lookup("product", "products", QT_TRANSLATE_NOOP("fields", "Product")),
                Field(
                    "product_type", "text", QT_TRANSLATE_NOOP("fields", "Product type"), shown=False
                ),
                Field("stage", "stage", QT_TRANSLATE_NOOP("fields", "Stage")),
                Field(
                    "status",
                    "choice",
                    QT_TRANSLATE_NOOP("fields", "Status"),
                    choices=_STATUSES,
                    default="open",
                ),
                Field("amount", "money", QT_TRANSLATE_NOOP("fields", "Amount"), minimum=0),
                Field(
                    "currency",
                    "currency",
                    QT_TRANSLATE_NOOP("fields", "Currency"),
                    placeholder="USD",
                ),
                Field("cost", "money", QT_TRANSLATE_NOOP("fields", "Cost"), minimum=0, shown=False),
                Field(
                    "probability",
                    "percent",
                    QT_TRANSLATE_NOOP("fields", "Probability %"),
                    minimum=0,
                    maximum=100,
                    shown=False,
                ),
                Field("created_on", "date", QT_TRANSLATE_NOOP("fields", "Created")),
                Field(
                    "expected_close_on",
                    "date",
                    QT_TRANSLATE_NOOP("fields", "Expected close"),
                    shown=False,
                ),
                Field("closed_on", "date", QT_TRANSLATE_NOOP("fields", "Closed")),
                Field(
                    "lost_reason", "text", QT_TRANSLATE_NOOP("fields", "Lost reason"), shown=False
                ),
                Field(
                    "contract_months",
                    "int",
                    QT_TRANSLATE_NOOP("fields", "Contract months"),
                    minimum=0,
                    shown=False,
                ),
                Field(
                    "one_time_fee",
                    "money",
                    QT_TRANSLATE_NOOP("fields", "One-time fee"),
                    minimum=0,
                    shown=False,
                ),
                Field(
                    "list_amount",
                    "money",
                    QT_TRANSLATE_NOOP("fields", "List price"),
                    minimum=0,
                    shown=False,
                    since=2,
                ),
                Field(
                    "quantity",
                    "number",
                    QT_TRANSLATE_NOOP("fields", "Quantity"),
                    minimum=0,
                    shown=False,
                    since=2,
                ),
            ),
            match_on="external_id",
            also_writes=frozenset({"stage_history"}),
        ),
        Kind(
            "stage_history",
            "stage_history",
            QT_TRANSLATE_NOOP("fields", "Stage history"),
            (
                Field(
                    "deal_external_id",
                    "deal",
                    QT_TRANSLATE_NOOP("fields", "Deal"),
                    required=True,
                ),
                Field("stage", "stage", QT_TRANSLATE_NOOP("fields", "Stage"), required=True),
                Field(
                    "entered_on", "date", QT_TRANSLATE_NOOP("fields", "Entered on"), required=True
                ),
            ),
            editable=False,
        ),
        Kind(
            "leads",
            "leads",
            QT_TRANSLATE_NOOP("fields", "Leads"),
            (
                Field("external_id", "text", QT_TRANSLATE_NOOP("fields", "CRM id"), shown=False),
                Field("name", "text", QT_TRANSLATE_NOOP("fields", "Lead"), required=True),
                _lookup("account", "accounts", QT_TRANSLATE_NOOP("fields", "Account")),
                _lookup("source", "sources", QT_TRANSLATE_NOOP("fields", "Source")),
                _lookup("owner", "reps", QT_TRANSLATE_NOOP("fields", "Owner")),
                Field("created_on", "date", QT_TRANSLATE_NOOP("fields", "Created (MQL)")),
                Field("sql_on", "date", QT_TRANSLATE_NOOP("fields", "Became SQL")),
                Field("converted_on", "date", QT_TRANSLATE_NOOP("fields", "Converted")),
                Field("deal_external_id", "text", QT_TRANSLATE_NOOP("fields", "Deal"), shown=False),
                Field("disqualified_on", "date", QT_TRANSLATE_NOOP("fields", "Disqualified")),
            ),
            match_on="external_id",
        ),
        Kind(
            "spend",
            "spend",
            QT_TRANSLATE_NOOP("fields", "Spend"),
            (
                Field("spent_on", "date", QT_TRANSLATE_NOOP("fields", "Date"), required=True),
                _lookup("source", "sources", QT_TRANSLATE_NOOP("fields", "Source")),
                Field(
                    "category",
                    "choice",
                    QT_TRANSLATE_NOOP("fields", "Category"),
                    choices=_CATEGORIES,
                    default="marketing",
                ),
                Field(
                    "amount",
                    "money",
                    QT_TRANSLATE_NOOP("fields", "Amount"),
                    required=True,
                    minimum=0,
                ),
                Field(
                    "currency",
                    "currency",
                    QT_TRANSLATE_NOOP("fields", "Currency"),
                    placeholder="USD",
                ),
                Field("note", "text", QT_TRANSLATE_NOOP("fields", "Note"), multiline=True),
            ),
        ),
        Kind(
            "nps",
            "nps",
            QT_TRANSLATE_NOOP("fields", "NPS answers"),
            (
                Field(
                    "responded_on",
                    "date",
                    QT_TRANSLATE_NOOP("fields", "Answered on"),
                    required=True,
                ),
                _lookup("account", "accounts", QT_TRANSLATE_NOOP("fields", "Account")),
                Field(
                    "score",
                    "int",
                    QT_TRANSLATE_NOOP("fields", "Score (0–10)"),
                    required=True,
                    minimum=0,
                    maximum=10,
                ),
                Field("comment", "text", QT_TRANSLATE_NOOP("fields", "Comment"), multiline=True),
            ),
        ),
        Kind(
            "quotas",
            "quotas",
            QT_TRANSLATE_NOOP("fields", "Quotas"),
            (
                _lookup("owner", "reps", QT_TRANSLATE_NOOP("fields", "Rep"), required=True),
                Field("period_start", "date", QT_TRANSLATE_NOOP("fields", "From"), required=True),
                Field("period_end", "date", QT_TRANSLATE_NOOP("fields", "To"), required=True),
                Field(
                    "amount",
                    "money",
                    QT_TRANSLATE_NOOP("fields", "Quota"),
                    required=True,
                    minimum=0,
                ),
            ),
        ),
        Kind(
            "forecasts",
            "forecasts",
            QT_TRANSLATE_NOOP("fields", "Forecasts"),
            (
                Field("period_start", "date", QT_TRANSLATE_NOOP("fields", "From"), required=True),
                Field("period_end", "date", QT_TRANSLATE_NOOP("fields", "To"), required=True),
                Field(
                    "amount",
                    "money",
                    QT_TRANSLATE_NOOP("fields", "Forecast"),
                    required=True,
                    minimum=0,
                ),
                _lookup(
                    "owner",
                    "reps",
                    QT_TRANSLATE_NOOP("fields", "Rep"),
                    placeholder=QT_TRANSLATE_NOOP("fields", "Empty = the whole company"),
                ),
            ),
        ),
        Kind(
            "accounts",
            "accounts",
            QT_TRANSLATE_NOOP("fields", "Accounts"),
            (
                Field("name", "text", QT_TRANSLATE_NOOP("fields", "Account"), required=True),
                Field("created_on", "date", QT_TRANSLATE_NOOP("fields", "Customer since")),
                Field("churned_on", "date", QT_TRANSLATE_NOOP("fields", "Churned on")),
            ),
            match_on="name",
        ),
        Kind(
            "rates",
            "rates",
            QT_TRANSLATE_NOOP("fields", "Exchange rates"),
            (
                Field(
                    "currency",
                    "currency",
                    QT_TRANSLATE_NOOP("fields", "Currency"),
                    required=True,
                    placeholder="EUR",
                ),
                Field(
                    "rate",
                    "number",
                    QT_TRANSLATE_NOOP("fields", "Rate (base per unit)"),
                    required=True,
                ),
                Field(
                    "valid_from", "date", QT_TRANSLATE_NOOP("fields", "Valid from"), required=True
                ),
            ),
        ),
        Kind(
            "activities",
            "activities",
            QT_TRANSLATE_NOOP("fields", "Activities"),
            (
                Field("done_on", "date", QT_TRANSLATE_NOOP("fields", "Done on"), required=True),
                _lookup("owner", "reps", QT_TRANSLATE_NOOP("fields", "Owner")),
                Field(
                    "type",
                    "choice",
                    QT_TRANSLATE_NOOP("fields", "Type"),
                    choices=ACTIVITY_TYPES,
                    default="other",
                ),
                Field(
                    "hours",
                    "number",
                    QT_TRANSLATE_NOOP("fields", "Hours"),
                    minimum=0,
                    placeholder=QT_TRANSLATE_NOOP("fields", "Empty = not known"),
                ),
                Field("deal_external_id", "text", QT_TRANSLATE_NOOP("fields", "Deal")),
                _lookup("account", "accounts", QT_TRANSLATE_NOOP("fields", "Account")),
                Field("note", "text", QT_TRANSLATE_NOOP("fields", "Note"), multiline=True),
            ),
        ),
    )
}

#: columns every table of a kind has beside its declared fields (never edited by hand)
INTERNAL_COLUMNS = frozenset(
    {"id", "batch_id", "content_hash", "updated_at", "version", "created_by", "updated_by"}
)

#: the kinds the window edits (a form and a table each)
EDITABLE_KINDS: tuple[str, ...] = tuple(k for k, v in KINDS.items() if v.editable)


def kind(name: str) -> Kind:
    """The declaration of ``name``; ``ValueError`` for a kind Dealbook does not know."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown kind {name!r}") from None


def tables_of(*kinds: str) -> frozenset[str]:
    """The tables a write of these kinds may change."""
    out: set[str] = set()
    for name in kinds:
        out |= kind(name).tables
    return frozenset(out)


def kinds_of_tables(tables: frozenset[str] | set[str]) -> frozenset[str]:
    """The kinds whose own table is among ``tables``."""
    return frozenset(k.name for k in KINDS.values() if k.table in tables)
